// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/actions/rolloutactions.h"

#include "core/actions/workloadpatches.h"
#include "ui/actions/actionsupport.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Sextant::Ui {

namespace {

QList<PermissionNeed> patchNeed()
{
    return { PermissionNeed { QStringLiteral("patch"), {}, {}, true } };
}

// Several objects get one label: "deployment web" or "3 deployments".
QString describeAll(const ActionTarget &target)
{
    if (target.objects.size() == 1)
        return ActionSupport::describe(target.resource, target.objects.first());
    return QCoreApplication::translate(
        "Sextant::Ui::RolloutActions", "%n %1 objects", nullptr, int(target.objects.size()))
        .arg(ActionSupport::singular(target.resource));
}

} // namespace

QString RestartAction::text() const
{
    return QCoreApplication::translate("Sextant::Ui::RolloutActions", "Restart rollout");
}

bool RestartAction::appliesTo(const Core::ResourceRef &resource) const
{
    using namespace Core::WorkloadPatches;
    return isDeployment(resource) || isStatefulSet(resource) || isDaemonSet(resource);
}

QList<PermissionNeed> RestartAction::permissions(const ActionTarget &) const
{
    return patchNeed();
}

QString RestartAction::unavailableReason(const ActionTarget &target) const
{
    for (const QJsonObject &object : target.objects) {
        const QString refusal = Core::WorkloadPatches::restartRefusal(target.resource, object);
        if (!refusal.isEmpty())
            return target.objects.size() == 1 ? refusal
                                              : ActionSupport::nameOf(object) + QStringLiteral(": ") + refusal;
    }
    return {};
}

void RestartAction::trigger(const ActionTarget &target, QWidget *parent)
{
    if (target.objects.isEmpty() || !unavailableReason(target).isEmpty())
        return;
    const QString what = describeAll(target);
    ActionSupport::confirm(parent, QCoreApplication::translate("Sextant::Ui::RolloutActions", "Restart rollout"),
        QCoreApplication::translate(
            "Sextant::Ui::RolloutActions", "Restart %1? Every pod is replaced, following the rollout strategy.")
            .arg(what),
        QCoreApplication::translate("Sextant::Ui::RolloutActions", "Restart"), [target, parent] {
            // One timestamp for the whole selection, as one kubectl command would.
            const QByteArray patch = Core::WorkloadPatches::restart(QDateTime::currentDateTimeUtc());
            Core::PatchOptions options;
            options.type = Core::PatchType::StrategicMerge;
            for (const QJsonObject &object : target.objects) {
                const QString one = ActionSupport::describe(target.resource, object);
                ActionSupport::patchObject(target, object, patch, options,
                    QCoreApplication::translate("Sextant::Ui::RolloutActions", "Restarting %1…").arg(one),
                    QCoreApplication::translate("Sextant::Ui::RolloutActions", "Restarted %1.").arg(one),
                    QCoreApplication::translate("Sextant::Ui::RolloutActions", "Could not restart %1").arg(one),
                    ActionSupport::requestContext(target));
            }
        });
}

QString PauseAction::id() const
{
    return m_pause ? QStringLiteral("workload.pause") : QStringLiteral("workload.resume");
}

QString PauseAction::text() const
{
    return m_pause ? QCoreApplication::translate("Sextant::Ui::RolloutActions", "Pause rollout")
                   : QCoreApplication::translate("Sextant::Ui::RolloutActions", "Resume rollout");
}

bool PauseAction::appliesTo(const Core::ResourceRef &resource) const
{
    return Core::WorkloadPatches::isDeployment(resource);
}

QList<PermissionNeed> PauseAction::permissions(const ActionTarget &) const
{
    return patchNeed();
}

QString PauseAction::unavailableReason(const ActionTarget &target) const
{
    // Fits when at least one selected deployment would change, as kubectl
    // pauses those it can and reports the others "already paused".
    for (const QJsonObject &object : target.objects) {
        if (Core::WorkloadPatches::isPaused(object) != m_pause)
            return {};
    }
    const bool many = target.objects.size() > 1;
    if (m_pause)
        return many ? QCoreApplication::translate("Sextant::Ui::RolloutActions", "These rollouts are already paused.")
                    : QCoreApplication::translate("Sextant::Ui::RolloutActions", "This rollout is already paused.");
    return many ? QCoreApplication::translate("Sextant::Ui::RolloutActions", "These rollouts are not paused.")
                : QCoreApplication::translate("Sextant::Ui::RolloutActions", "This rollout is not paused.");
}

void PauseAction::trigger(const ActionTarget &target, QWidget *)
{
    Core::PatchOptions options;
    options.type = Core::PatchType::StrategicMerge;
    const QByteArray patch = Core::WorkloadPatches::paused(m_pause);
    for (const QJsonObject &object : target.objects) {
        if (Core::WorkloadPatches::isPaused(object) == m_pause)
            continue;
        const QString one = ActionSupport::describe(target.resource, object);
        ActionSupport::patchObject(target, object, patch, options,
            m_pause ? QCoreApplication::translate("Sextant::Ui::RolloutActions", "Pausing rollout of %1…").arg(one)
                    : QCoreApplication::translate("Sextant::Ui::RolloutActions", "Resuming rollout of %1…").arg(one),
            m_pause ? QCoreApplication::translate("Sextant::Ui::RolloutActions", "Paused rollout of %1.").arg(one)
                    : QCoreApplication::translate("Sextant::Ui::RolloutActions", "Resumed rollout of %1.").arg(one),
            m_pause ? QCoreApplication::translate("Sextant::Ui::RolloutActions", "Could not pause %1").arg(one)
                    : QCoreApplication::translate("Sextant::Ui::RolloutActions", "Could not resume %1").arg(one),
            ActionSupport::requestContext(target));
    }
}

} // namespace Sextant::Ui
