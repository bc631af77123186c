// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/actions/rollbackaction.h"

#include "core/actions/workloadpatches.h"
#include "ui/actions/rollbackdialog.h"

#include <QCoreApplication>

namespace Sextant::Ui {

QString RollbackAction::text() const
{
    return QCoreApplication::translate("Sextant::Ui::RollbackAction", "Roll back…");
}

bool RollbackAction::appliesTo(const Core::ResourceRef &resource) const
{
    using namespace Core::WorkloadPatches;
    return isDeployment(resource) || isStatefulSet(resource) || isDaemonSet(resource);
}

QList<PermissionNeed> RollbackAction::permissions(const ActionTarget &target) const
{
    const Core::ResourceRef history = Core::WorkloadPatches::isDeployment(target.resource)
        ? Core::ResourceRef { QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("replicasets"), true }
        : Core::ResourceRef { QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("controllerrevisions"),
              true };
    return { PermissionNeed { QStringLiteral("patch"), {}, {}, true },
        PermissionNeed { QStringLiteral("list"), history, {}, false } };
}

QString RollbackAction::unavailableReason(const ActionTarget &target) const
{
    if (Core::WorkloadPatches::isDeployment(target.resource) && !target.objects.isEmpty()
        && Core::WorkloadPatches::isPaused(target.objects.first())) {
        // kubectl's words (polymorphichelpers/rollback.go).
        return QCoreApplication::translate("Sextant::Core",
            "you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again");
    }
    return {};
}

void RollbackAction::trigger(const ActionTarget &target, QWidget *parent)
{
    if (target.objects.isEmpty())
        return;
    auto *dialog = new RollbackDialog(target, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Sextant::Ui
