// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/actions/scaleaction.h"

#include "core/actions/workloadpatches.h"
#include "ui/actions/scaledialog.h"

#include <QCoreApplication>

namespace Sextant::Ui {

QString ScaleAction::text() const
{
    return QCoreApplication::translate("Sextant::Ui::ScaleAction", "Scale…");
}

bool ScaleAction::appliesTo(const Core::ResourceRef &resource) const
{
    using namespace Core::WorkloadPatches;
    return isDeployment(resource) || isStatefulSet(resource) || isReplicaSet(resource);
}

QList<PermissionNeed> ScaleAction::permissions(const ActionTarget &) const
{
    return { PermissionNeed { QStringLiteral("patch"), {}, QStringLiteral("scale"), true } };
}

void ScaleAction::trigger(const ActionTarget &target, QWidget *parent)
{
    if (target.objects.isEmpty())
        return;
    auto *dialog = new ScaleDialog(target, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Sextant::Ui
