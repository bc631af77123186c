// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/nodeactions/taintsaction.h"

#include "ui/nodeactions/nodeactionsupport.h"
#include "ui/nodeactions/taintsdialog.h"

namespace Sextant::Ui {

QString TaintsAction::text() const
{
    return tr("Edit taints…");
}

bool TaintsAction::appliesTo(const Core::ResourceRef &resource) const
{
    return NodeActionSupport::isCoreResource(resource, "nodes");
}

QList<PermissionNeed> TaintsAction::permissions(const ActionTarget &) const
{
    // An update, so that a concurrent change is refused (409) rather than overwritten.
    return { PermissionNeed { QStringLiteral("update"), {}, {}, true } };
}

void TaintsAction::trigger(const ActionTarget &target, QWidget *parent)
{
    if (target.objects.isEmpty() || !NodeActionSupport::clientOf(target))
        return;
    auto *dialog = new TaintsDialog(target, parent);
    dialog->open();
}

} // namespace Sextant::Ui
