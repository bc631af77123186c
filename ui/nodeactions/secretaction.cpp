// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/nodeactions/secretaction.h"

#include "ui/nodeactions/nodeactionsupport.h"
#include "ui/nodeactions/secretdialog.h"

namespace Sextant::Ui {

QString SecretAction::text() const
{
    return tr("Show secret values…");
}

bool SecretAction::appliesTo(const Core::ResourceRef &resource) const
{
    return NodeActionSupport::isCoreResource(resource, "secrets");
}

QList<PermissionNeed> SecretAction::permissions(const ActionTarget &) const
{
    return { PermissionNeed { QStringLiteral("get"), {}, {}, true } };
}

void SecretAction::trigger(const ActionTarget &target, QWidget *parent)
{
    if (target.objects.isEmpty() || !NodeActionSupport::clientOf(target))
        return;
    auto *dialog = new SecretDialog(target, parent);
    dialog->open();
}

} // namespace Sextant::Ui
