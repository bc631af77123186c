// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/actions/cronjobactions.h"

#include "core/actions/jobfromcronjob.h"
#include "core/actions/workloadpatches.h"
#include "core/api/apiclient.h"
#include "ui/actions/actionsupport.h"

#include <QCoreApplication>

namespace Sextant::Ui {

namespace {

const Core::ResourceRef jobs { QStringLiteral("batch"), QStringLiteral("v1"), QStringLiteral("jobs"), true };

} // namespace

QString SuspendCronJobAction::id() const
{
    return m_suspend ? QStringLiteral("cronjob.suspend") : QStringLiteral("cronjob.resume");
}

QString SuspendCronJobAction::text() const
{
    return m_suspend ? QCoreApplication::translate("Sextant::Ui::CronJobActions", "Suspend")
                     : QCoreApplication::translate("Sextant::Ui::CronJobActions", "Resume");
}

bool SuspendCronJobAction::appliesTo(const Core::ResourceRef &resource) const
{
    return Core::WorkloadPatches::isCronJob(resource);
}

QList<PermissionNeed> SuspendCronJobAction::permissions(const ActionTarget &) const
{
    return { PermissionNeed { QStringLiteral("patch"), {}, {}, true } };
}

QString SuspendCronJobAction::unavailableReason(const ActionTarget &target) const
{
    for (const QJsonObject &object : target.objects) {
        if (Core::WorkloadPatches::isSuspended(object) != m_suspend)
            return {};
    }
    return m_suspend ? QCoreApplication::translate("Sextant::Ui::CronJobActions", "Already suspended.")
                     : QCoreApplication::translate("Sextant::Ui::CronJobActions", "Not suspended.");
}

void SuspendCronJobAction::trigger(const ActionTarget &target, QWidget *)
{
    Core::PatchOptions options;
    options.type = Core::PatchType::Merge;
    const QByteArray patch = Core::WorkloadPatches::suspend(m_suspend);
    for (const QJsonObject &object : target.objects) {
        if (Core::WorkloadPatches::isSuspended(object) == m_suspend)
            continue;
        const QString one = ActionSupport::describe(target.resource, object);
        ActionSupport::patchObject(target, object, patch, options,
            m_suspend ? QCoreApplication::translate("Sextant::Ui::CronJobActions", "Suspending %1…").arg(one)
                      : QCoreApplication::translate("Sextant::Ui::CronJobActions", "Resuming %1…").arg(one),
            m_suspend ? QCoreApplication::translate("Sextant::Ui::CronJobActions", "Suspended %1.").arg(one)
                      : QCoreApplication::translate("Sextant::Ui::CronJobActions", "Resumed %1.").arg(one),
            m_suspend ? QCoreApplication::translate("Sextant::Ui::CronJobActions", "Could not suspend %1").arg(one)
                      : QCoreApplication::translate("Sextant::Ui::CronJobActions", "Could not resume %1").arg(one),
            ActionSupport::requestContext(target));
    }
}

QString RunCronJobNowAction::text() const
{
    return QCoreApplication::translate("Sextant::Ui::CronJobActions", "Run now");
}

bool RunCronJobNowAction::appliesTo(const Core::ResourceRef &resource) const
{
    return Core::WorkloadPatches::isCronJob(resource);
}

QList<PermissionNeed> RunCronJobNowAction::permissions(const ActionTarget &) const
{
    return { PermissionNeed { QStringLiteral("create"), jobs, {}, false } };
}

void RunCronJobNowAction::trigger(const ActionTarget &target, QWidget *)
{
    Core::ApiClient *client = ActionSupport::clientOf(target);
    if (!client || target.objects.isEmpty())
        return;
    const QJsonObject cronJob = target.objects.first();
    const QString cronJobName = ActionSupport::nameOf(cronJob);
    const QJsonObject job = Core::jobFromCronJob(cronJob, Core::manualJobName(cronJobName));
    ActionSupport::progress(target,
        QCoreApplication::translate("Sextant::Ui::CronJobActions", "Creating a job from cronjob %1…").arg(cronJobName));
    client->create(
        jobs, ActionSupport::namespaceOf(cronJob), job, {}, ActionSupport::requestContext(target),
        [target, cronJobName](const QJsonObject &created) {
            ActionSupport::succeeded(target,
                QCoreApplication::translate("Sextant::Ui::CronJobActions", "Created job %1 from cronjob %2.")
                    .arg(ActionSupport::nameOf(created), cronJobName));
        },
        [target, cronJobName](const Core::ApiError &error) {
            ActionSupport::failed(target,
                QCoreApplication::translate("Sextant::Ui::CronJobActions", "Could not run cronjob %1").arg(cronJobName),
                error);
        });
}

} // namespace Sextant::Ui
