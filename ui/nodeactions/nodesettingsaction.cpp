// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/nodeactions/nodesettingsaction.h"

#include "ui/nodeactions/nodeactionsupport.h"
#include "ui/nodeactions/nodesettingswizard.h"

namespace Sextant::Ui {

bool NodeSettingsAction::appliesTo(const Core::ResourceRef &resource) const
{
    return NodeActionSupport::isCoreResource(resource, "nodes");
}

QList<PermissionNeed> NodeSettingsAction::permissions(const ActionTarget &) const
{
    // An update, so that a concurrent change is refused (409) rather than overwritten.
    return { PermissionNeed { QStringLiteral("update"), {}, {}, true } };
}

void NodeSettingsAction::trigger(const ActionTarget &target, QWidget *parent)
{
    if (target.objects.isEmpty() || !NodeActionSupport::clientOf(target)) {
        return;
    }
    auto *wizard = new NodeSettingsWizard(target, parent);
    wizard->open();
}

} // namespace Sextant::Ui
