// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/nodeactions/drainaction.h"

#include "core/nodes/nodepatches.h"
#include "ui/nodeactions/draindialog.h"
#include "ui/nodeactions/nodeactionsupport.h"

namespace Sextant::Ui {

QString DrainAction::text() const
{
    return tr("Drain…");
}

bool DrainAction::appliesTo(const Core::ResourceRef &resource) const
{
    return NodeActionSupport::isCoreResource(resource, "nodes");
}

QList<PermissionNeed> DrainAction::permissions(const ActionTarget &) const
{
    const Core::ResourceRef pods = Core::NodePatches::podsResource();
    return {
        PermissionNeed { QStringLiteral("patch"), {}, {}, true },
        PermissionNeed { QStringLiteral("list"), pods, {}, false },
        PermissionNeed { QStringLiteral("create"), pods, QStringLiteral("eviction"), false },
    };
}

void DrainAction::trigger(const ActionTarget &target, QWidget *parent)
{
    if (target.objects.isEmpty() || !NodeActionSupport::clientOf(target))
        return;
    auto *dialog = new DrainDialog(target, parent);
    dialog->open();
}

} // namespace Sextant::Ui
