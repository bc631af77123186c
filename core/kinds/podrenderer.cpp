// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/kinds/podrenderer.h"

#include "core/kinds/renderhelpers.h"

#include <QJsonArray>

namespace Sextant::Core {

using namespace RenderHelpers;

namespace {

// A sidecar: an init container with restartPolicy Always keeps running.
bool isRestartableInit(const QJsonArray &initContainers, qsizetype index)
{
    return index < initContainers.size()
        && initContainers.at(index).toObject().value(QLatin1String("restartPolicy")).toString()
        == QLatin1String("Always");
}

QString terminatedReason(const QJsonObject &terminated, const QString &prefix)
{
    const QString reason = terminated.value(QLatin1String("reason")).toString();
    if (!reason.isEmpty()) {
        return prefix + reason;
    }
    const int signal = terminated.value(QLatin1String("signal")).toInt();
    if (signal != 0) {
        return prefix + QStringLiteral("Signal:%1").arg(signal);
    }
    return prefix + QStringLiteral("ExitCode:%1").arg(terminated.value(QLatin1String("exitCode")).toInt());
}

struct PodSummary {
    QString reason;
    int ready = 0;
    int total = 0;
    qint64 restarts = 0;
};

PodSummary summarize(const QJsonObject &pod)
{
    const QJsonObject spec = object(pod, "spec");
    const QJsonObject status = object(pod, "status");
    const QJsonArray initSpecs = spec.value(QLatin1String("initContainers")).toArray();
    PodSummary s;
    s.total = int(spec.value(QLatin1String("containers")).toArray().size());
    s.reason = status.value(QLatin1String("phase")).toString();
    if (const QString r = status.value(QLatin1String("reason")).toString(); !r.isEmpty()) {
        s.reason = r;
    }

    // Sidecars count towards READY and the total, as kubectl does.
    for (qsizetype i = 0; i < initSpecs.size(); ++i) {
        if (isRestartableInit(initSpecs, i)) {
            ++s.total;
        }
    }

    bool initializing = false;
    qint64 sidecarRestarts = 0;
    const QJsonArray initStatuses = status.value(QLatin1String("initContainerStatuses")).toArray();
    for (qsizetype i = 0; i < initStatuses.size(); ++i) {
        const QJsonObject c = initStatuses.at(i).toObject();
        const QJsonObject state = object(c, "state");
        const qint64 restarts = c.value(QLatin1String("restartCount")).toInteger();
        s.restarts += restarts;
        if (isRestartableInit(initSpecs, i)) {
            sidecarRestarts += restarts;
        }
        const QJsonObject terminated = object(state, "terminated");
        const QJsonObject waiting = object(state, "waiting");
        if (!terminated.isEmpty() && terminated.value(QLatin1String("exitCode")).toInt() == 0) {
            continue;
        }
        if (isRestartableInit(initSpecs, i) && c.value(QLatin1String("started")).toBool()) {
            if (c.value(QLatin1String("ready")).toBool()) {
                ++s.ready;
            }
            continue;
        }
        if (!terminated.isEmpty()) {
            s.reason = terminatedReason(terminated, QStringLiteral("Init:"));
        } else if (const QString w = waiting.value(QLatin1String("reason")).toString();
                   !w.isEmpty() && w != QLatin1String("PodInitializing")) {
            s.reason = QStringLiteral("Init:") + w;
        } else {
            s.reason = QStringLiteral("Init:%1/%2").arg(i).arg(initSpecs.size());
        }
        initializing = true;
        break;
    }

    if (!initializing || conditionIsTrue(status, "Initialized")) {
        s.restarts = sidecarRestarts;
        bool hasRunning = false;
        const QJsonArray statuses = status.value(QLatin1String("containerStatuses")).toArray();
        for (qsizetype i = statuses.size() - 1; i >= 0; --i) {
            const QJsonObject c = statuses.at(i).toObject();
            const QJsonObject state = object(c, "state");
            const QJsonObject terminated = object(state, "terminated");
            s.restarts += c.value(QLatin1String("restartCount")).toInteger();
            if (const QString w = object(state, "waiting").value(QLatin1String("reason")).toString(); !w.isEmpty()) {
                s.reason = w;
            } else if (!terminated.isEmpty()) {
                s.reason = terminatedReason(terminated, QString());
            } else if (c.value(QLatin1String("ready")).toBool() && state.contains(QLatin1String("running"))) {
                hasRunning = true;
                ++s.ready;
            }
        }
        if (s.reason == QLatin1String("Completed") && hasRunning) {
            s.reason = conditionIsTrue(status, "Ready") ? QStringLiteral("Running") : QStringLiteral("NotReady");
        }
    }

    const bool deleting = object(pod, "metadata").contains(QLatin1String("deletionTimestamp"));
    const QString phase = status.value(QLatin1String("phase")).toString();
    if (deleting && status.value(QLatin1String("reason")).toString() == QLatin1String("NodeLost")) {
        s.reason = QStringLiteral("Unknown");
    } else if (deleting && phase != QLatin1String("Succeeded") && phase != QLatin1String("Failed")) {
        s.reason = QStringLiteral("Terminating");
    }
    return s;
}

Health healthOf(const PodSummary &s)
{
    if (s.reason == QLatin1String("Running")) {
        return s.ready == s.total ? Health::Healthy : Health::Progressing;
    }
    if (s.reason == QLatin1String("Completed") || s.reason == QLatin1String("Succeeded")) {
        return Health::Healthy;
    }
    if (s.reason == QLatin1String("Pending") || s.reason == QLatin1String("ContainerCreating")
        || s.reason == QLatin1String("PodInitializing") || s.reason == QLatin1String("Terminating")
        || (s.reason.startsWith(QLatin1String("Init:")) && s.reason.size() > 5 && s.reason.at(5).isDigit())) {
        return Health::Progressing;
    }
    if (s.reason == QLatin1String("Unknown") || s.reason == QLatin1String("NotReady")) {
        return Health::Warning;
    }
    return Health::Failed;
}

} // namespace

QList<ColumnSpec> PodRenderer::columns() const
{
    return {
        nameColumn(),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Ready")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Status"), true),
        number(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Restarts")),
        ageColumn(),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "IP")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Node")),
    };
}

RenderedRow PodRenderer::render(const QJsonObject &pod) const
{
    const PodSummary s = summarize(pod);
    const QJsonObject status = object(pod, "status");
    RenderedRow row;
    row.created = creationTime(pod);
    row.health = healthOf(s);
    row.cells = {
        objectName(pod),
        QStringLiteral("%1/%2").arg(s.ready).arg(s.total),
        s.reason,
        s.restarts,
        QVariant(),
        status.value(QLatin1String("podIP")).toString(),
        object(pod, "spec").value(QLatin1String("nodeName")).toString(),
    };
    return row;
}

Capabilities PodRenderer::capabilities() const
{
    return KindRenderer::capabilities() | Capability::Logs | Capability::Exec;
}

QString PodRenderer::statusReason(const QJsonObject &pod)
{
    return summarize(pod).reason;
}

} // namespace Sextant::Core
