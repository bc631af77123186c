// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/kinds/workloadrenderers.h"

#include "core/kinds/renderhelpers.h"

namespace Sextant::Core {

using namespace RenderHelpers;

namespace {

bool generationObserved(const QJsonObject &workload)
{
    return integer(object(workload, "status"), "observedGeneration")
        >= integer(object(workload, "metadata"), "generation");
}

Health deploymentHealth(const QJsonObject &deployment)
{
    const QJsonObject spec = object(deployment, "spec");
    const QJsonObject status = object(deployment, "status");
    const QJsonObject progressing = condition(status, "Progressing");
    if (string(progressing, "status") == QLatin1String("False")
        && string(progressing, "reason") == QLatin1String("ProgressDeadlineExceeded")) {
        return Health::Failed;
    }
    if (spec.value(QLatin1String("paused")).toBool()) {
        return Health::Warning;
    }
    const qint64 desired = integer(spec, "replicas", 1);
    const qint64 updated = integer(status, "updatedReplicas");
    const qint64 available = integer(status, "availableReplicas");
    const qint64 current = integer(status, "replicas");
    if (!generationObserved(deployment) || updated < desired || current > updated) {
        return Health::Progressing; // a rollout is under way
    }
    if (available < desired) {
        // Rolled out but pods are not available: waiting, or broken once Available turns False.
        return string(condition(status, "Available"), "status") == QLatin1String("False") ? Health::Warning
                                                                                          : Health::Progressing;
    }
    return Health::Healthy;
}

QString quantityOrUnknown(const QJsonObject &current, const char *key)
{
    const QJsonValue v = current.value(QLatin1String(key));
    return v.isString() ? v.toString() : QStringLiteral("<unknown>");
}

// One metric of formatHPAMetrics; status is the entry at the same index (may be empty).
QString formatMetric(const QJsonObject &spec, const QJsonObject &status)
{
    const QString type = string(spec, "type");
    if (type == QLatin1String("External") || type == QLatin1String("Object")) {
        const char *key = type == QLatin1String("External") ? "external" : "object";
        const QJsonObject target = object(object(spec, key), "target");
        const bool hasStatus = status.contains(QLatin1String(key));
        const QJsonObject current = object(object(status, key), "current");
        if (target.contains(QLatin1String("averageValue"))) {
            const QString now = hasStatus ? quantityOrUnknown(current, "averageValue") : QStringLiteral("<unknown>");
            return QStringLiteral("%1/%2 (avg)").arg(now, string(target, "averageValue"));
        }
        const QString now = hasStatus ? string(current, "value") : QStringLiteral("<unknown>");
        return QStringLiteral("%1/%2").arg(now.isEmpty() ? QStringLiteral("0") : now, string(target, "value"));
    }
    if (type == QLatin1String("Pods")) {
        const QJsonObject target = object(object(spec, "pods"), "target");
        const QString now = status.contains(QLatin1String("pods"))
            ? string(object(object(status, "pods"), "current"), "averageValue")
            : QStringLiteral("<unknown>");
        return QStringLiteral("%1/%2").arg(now, string(target, "averageValue"));
    }
    if (type == QLatin1String("Resource") || type == QLatin1String("ContainerResource")) {
        const char *key = type == QLatin1String("Resource") ? "resource" : "containerResource";
        const QJsonObject source = object(spec, key);
        const QJsonObject target = object(source, "target");
        const bool hasStatus = status.contains(QLatin1String(key));
        const QJsonObject current = object(object(status, key), "current");
        const QString prefix = string(source, "name");
        if (target.contains(QLatin1String("averageValue"))) {
            const QString now = hasStatus ? quantityOrUnknown(current, "averageValue") : QStringLiteral("<unknown>");
            return QStringLiteral("%1: %2/%3").arg(prefix, now, string(target, "averageValue"));
        }
        const QString now = hasStatus && current.contains(QLatin1String("averageUtilization"))
            ? QStringLiteral("%1%").arg(integer(current, "averageUtilization"))
            : QStringLiteral("<unknown>");
        const QString goal = target.contains(QLatin1String("averageUtilization"))
            ? QStringLiteral("%1%").arg(integer(target, "averageUtilization"))
            : QStringLiteral("<auto>");
        return QStringLiteral("%1: %2/%3").arg(prefix, now, goal);
    }
    return QStringLiteral("<unknown type>");
}

} // namespace

// --- Deployment

QList<ColumnSpec> DeploymentRenderer::columns() const
{
    return {
        nameColumn(),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Ready"), true),
        number(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Up-to-date")),
        number(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Available")),
        ageColumn(),
    };
}

RenderedRow DeploymentRenderer::render(const QJsonObject &deployment) const
{
    const QJsonObject status = object(deployment, "status");
    RenderedRow row;
    row.created = creationTime(deployment);
    row.health = deploymentHealth(deployment);
    row.cells = {
        objectName(deployment),
        QStringLiteral("%1/%2")
            .arg(integer(status, "readyReplicas"))
            .arg(integer(object(deployment, "spec"), "replicas", 1)),
        integer(status, "updatedReplicas"),
        integer(status, "availableReplicas"),
        QVariant(),
    };
    return row;
}

Capabilities DeploymentRenderer::capabilities() const
{
    return KindRenderer::capabilities() | Capability::Scale | Capability::Restart;
}

// --- StatefulSet

QList<ColumnSpec> StatefulSetRenderer::columns() const
{
    return { nameColumn(), text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Ready"), true), ageColumn() };
}

RenderedRow StatefulSetRenderer::render(const QJsonObject &statefulSet) const
{
    const QJsonObject status = object(statefulSet, "status");
    const qint64 desired = integer(object(statefulSet, "spec"), "replicas", 1);
    const qint64 ready = integer(status, "readyReplicas");
    const bool revisionsMatch = string(status, "updateRevision").isEmpty()
        || string(status, "updateRevision") == string(status, "currentRevision");
    RenderedRow row;
    row.created = creationTime(statefulSet);
    row.health = generationObserved(statefulSet) && revisionsMatch && ready == desired
            && integer(status, "replicas") == desired
        ? Health::Healthy
        : Health::Progressing;
    row.cells = { objectName(statefulSet), QStringLiteral("%1/%2").arg(ready).arg(desired), QVariant() };
    return row;
}

Capabilities StatefulSetRenderer::capabilities() const
{
    return KindRenderer::capabilities() | Capability::Scale | Capability::Restart;
}

// --- DaemonSet

QList<ColumnSpec> DaemonSetRenderer::columns() const
{
    return {
        nameColumn(),
        number(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Desired")),
        number(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Current")),
        number(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Ready"), true),
        number(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Up-to-date")),
        number(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Available")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Node selector")),
        ageColumn(),
    };
}

RenderedRow DaemonSetRenderer::render(const QJsonObject &daemonSet) const
{
    const QJsonObject status = object(daemonSet, "status");
    const qint64 desired = integer(status, "desiredNumberScheduled");
    const qint64 available = integer(status, "numberAvailable");
    const qint64 updated = integer(status, "updatedNumberScheduled");
    // labels.SelectorFromSet(nodeSelector).String(): sorted "k=v" pairs.
    QJsonObject selector;
    selector.insert(QStringLiteral("matchLabels"),
        object(object(object(object(daemonSet, "spec"), "template"), "spec"), "nodeSelector"));
    RenderedRow row;
    row.created = creationTime(daemonSet);
    row.health = integer(status, "numberMisscheduled") > 0                            ? Health::Warning
        : generationObserved(daemonSet) && available == desired && updated == desired ? Health::Healthy
                                                                                      : Health::Progressing;
    row.cells = {
        objectName(daemonSet),
        desired,
        integer(status, "currentNumberScheduled"),
        integer(status, "numberReady"),
        updated,
        available,
        formatLabelSelector(selector),
        QVariant(),
    };
    return row;
}

Capabilities DaemonSetRenderer::capabilities() const
{
    return KindRenderer::capabilities() | Capability::Restart;
}

// --- ReplicaSet

QList<ColumnSpec> ReplicaSetRenderer::columns() const
{
    return {
        nameColumn(),
        number(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Desired")),
        number(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Current")),
        number(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Ready"), true),
        ageColumn(),
    };
}

RenderedRow ReplicaSetRenderer::render(const QJsonObject &replicaSet) const
{
    const QJsonObject status = object(replicaSet, "status");
    const qint64 desired = integer(object(replicaSet, "spec"), "replicas", 1);
    const qint64 ready = integer(status, "readyReplicas");
    RenderedRow row;
    row.created = creationTime(replicaSet);
    row.health = ready == desired && integer(status, "replicas") == desired ? Health::Healthy : Health::Progressing;
    row.cells = { objectName(replicaSet), desired, integer(status, "replicas"), ready, QVariant() };
    return row;
}

Capabilities ReplicaSetRenderer::capabilities() const
{
    return KindRenderer::capabilities() | Capability::Scale;
}

// --- Job

QList<ColumnSpec> JobRenderer::columns() const
{
    return {
        nameColumn(),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Status"), true),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Completions")),
        { QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Duration"), ColumnSpec::Type::Since },
        ageColumn(),
    };
}

QString JobRenderer::status(const QJsonObject &job)
{
    const QJsonObject status = object(job, "status");
    if (conditionIsTrue(status, "Complete")) {
        return QStringLiteral("Complete");
    }
    if (conditionIsTrue(status, "Failed")) {
        return QStringLiteral("Failed");
    }
    if (object(job, "metadata").contains(QLatin1String("deletionTimestamp"))) {
        return QStringLiteral("Terminating");
    }
    if (conditionIsTrue(status, "Suspended")) {
        return QStringLiteral("Suspended");
    }
    if (conditionIsTrue(status, "FailureTarget")) {
        return QStringLiteral("FailureTarget");
    }
    if (conditionIsTrue(status, "SuccessCriteriaMet")) {
        return QStringLiteral("SuccessCriteriaMet");
    }
    return QStringLiteral("Running");
}

RenderedRow JobRenderer::render(const QJsonObject &job) const
{
    const QJsonObject spec = object(job, "spec");
    const QJsonObject status = object(job, "status");
    const qint64 succeeded = integer(status, "succeeded");
    QString completions;
    if (spec.contains(QLatin1String("completions"))) {
        completions = QStringLiteral("%1/%2").arg(succeeded).arg(integer(spec, "completions"));
    } else if (integer(spec, "parallelism", 1) > 1) {
        completions = QStringLiteral("%1/1 of %2").arg(succeeded).arg(integer(spec, "parallelism"));
    } else {
        completions = QStringLiteral("%1/1").arg(succeeded);
    }
    const QDateTime start = timestamp(status, "startTime");
    const QDateTime end = timestamp(status, "completionTime");
    // A running job's duration grows: the model ages it from the start time.
    QVariant duration = QString();
    if (start.isValid()) {
        duration = end.isValid() ? QVariant(humanDuration(start.secsTo(end))) : QVariant(start);
    }

    const QString state = JobRenderer::status(job);
    RenderedRow row;
    row.created = creationTime(job);
    row.health = state == QLatin1String("Complete") || state == QLatin1String("SuccessCriteriaMet") ? Health::Healthy
        : state == QLatin1String("Failed") || state == QLatin1String("FailureTarget")               ? Health::Failed
        : state == QLatin1String("Suspended")                                                       ? Health::Warning
                                              : Health::Progressing;
    row.cells = { objectName(job), state, completions, duration, QVariant() };
    return row;
}

Capabilities JobRenderer::capabilities() const
{
    return KindRenderer::capabilities() | Capability::Logs;
}

// --- CronJob

QList<ColumnSpec> CronJobRenderer::columns() const
{
    return {
        nameColumn(),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Schedule")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Timezone")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Suspend"), true),
        number(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Active")),
        { QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Last schedule"), ColumnSpec::Type::Since },
        ageColumn(),
    };
}

RenderedRow CronJobRenderer::render(const QJsonObject &cronJob) const
{
    const QJsonObject spec = object(cronJob, "spec");
    const QJsonObject status = object(cronJob, "status");
    const QJsonValue suspend = spec.value(QLatin1String("suspend"));
    const QDateTime last = timestamp(status, "lastScheduleTime");
    RenderedRow row;
    row.created = creationTime(cronJob);
    row.health = suspend.toBool() ? Health::Warning : Health::Healthy;
    row.cells = {
        objectName(cronJob),
        string(spec, "schedule"),
        spec.contains(QLatin1String("timeZone")) ? string(spec, "timeZone") : QStringLiteral("<none>"),
        suspend.isBool() ? (suspend.toBool() ? QStringLiteral("True") : QStringLiteral("False"))
                         : QStringLiteral("<unset>"),
        qint64(array(status, "active").size()),
        last.isValid() ? QVariant(last) : QVariant(QStringLiteral("<none>")),
        QVariant(),
    };
    return row;
}

// --- HorizontalPodAutoscaler

QList<ColumnSpec> HorizontalPodAutoscalerRenderer::columns() const
{
    return {
        nameColumn(),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Reference")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Targets"), true),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "MinPods")),
        number(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "MaxPods")),
        number(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Replicas")),
        ageColumn(),
    };
}

QString HorizontalPodAutoscalerRenderer::targets(const QJsonObject &hpa)
{
    const QJsonArray specs = array(object(hpa, "spec"), "metrics");
    const QJsonArray statuses = array(object(hpa, "status"), "currentMetrics");
    if (specs.isEmpty()) {
        return QStringLiteral("<none>");
    }
    constexpr qsizetype max = 2;
    QStringList shown;
    for (qsizetype i = 0; i < specs.size() && i < max; ++i) {
        shown.append(formatMetric(specs.at(i).toObject(), statuses.at(i).toObject()));
    }
    const QString joined = shown.join(QStringLiteral(", "));
    return specs.size() > max ? QStringLiteral("%1 + %2 more...").arg(joined).arg(specs.size() - max) : joined;
}

RenderedRow HorizontalPodAutoscalerRenderer::render(const QJsonObject &hpa) const
{
    const QJsonObject spec = object(hpa, "spec");
    const QJsonObject status = object(hpa, "status");
    const QJsonObject target = object(spec, "scaleTargetRef");
    const bool cannotScale = string(condition(status, "AbleToScale"), "status") == QLatin1String("False")
        || string(condition(status, "ScalingActive"), "status") == QLatin1String("False");
    RenderedRow row;
    row.created = creationTime(hpa);
    row.health = cannotScale ? Health::Warning : Health::Healthy;
    row.cells = {
        objectName(hpa),
        QStringLiteral("%1/%2").arg(string(target, "kind"), string(target, "name")),
        targets(hpa),
        spec.contains(QLatin1String("minReplicas")) ? QString::number(integer(spec, "minReplicas"))
                                                    : QStringLiteral("<unset>"),
        integer(spec, "maxReplicas"),
        integer(status, "currentReplicas"),
        QVariant(),
    };
    return row;
}

} // namespace Sextant::Core
