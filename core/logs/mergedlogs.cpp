// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/logs/mergedlogs.h"

#include "core/api/apiclient.h"
#include "core/cluster/clusterconnection.h"
#include "core/watch/objectstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcMergedLogs, "sextant.core.logs.merged")

namespace Sextant::Core {

namespace {

QString stringAt(const QJsonObject &object, const char *a, const char *b)
{
    return object.value(QLatin1String(a)).toObject().value(QLatin1String(b)).toString();
}

// Containers whose log the server can give now: started at least once.
QStringList startedContainers(const QJsonObject &pod)
{
    QStringList names;
    const QJsonObject status = pod.value(QLatin1String("status")).toObject();
    for (const char *field : { "initContainerStatuses", "containerStatuses" }) {
        for (const QJsonValue &value : status.value(QLatin1String(field)).toArray()) {
            const QJsonObject entry = value.toObject();
            const QJsonObject state = entry.value(QLatin1String("state")).toObject();
            const bool started = state.contains(QLatin1String("running")) || state.contains(QLatin1String("terminated"))
                || entry.value(QLatin1String("restartCount")).toInt() > 0;
            if (started)
                names.append(entry.value(QLatin1String("name")).toString());
        }
    }
    return names;
}

// The container's status entry: restartCount and state.
QJsonObject statusOf(const QJsonObject &pod, const QString &container)
{
    const QJsonObject status = pod.value(QLatin1String("status")).toObject();
    for (const char *field : { "initContainerStatuses", "containerStatuses" }) {
        for (const QJsonValue &value : status.value(QLatin1String(field)).toArray()) {
            if (value.toObject().value(QLatin1String("name")).toString() == container)
                return value.toObject();
        }
    }
    return {};
}

QStringList specContainers(const QJsonObject &pod)
{
    QStringList names;
    const QJsonObject spec = pod.value(QLatin1String("spec")).toObject();
    for (const char *field : { "initContainers", "containers" }) {
        for (const QJsonValue &value : spec.value(QLatin1String(field)).toArray())
            names.append(value.toObject().value(QLatin1String("name")).toString());
    }
    return names;
}

} // namespace

MergedLogs::MergedLogs(ApiClient *client, ObjectStore *pods, const MergedLogsOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pods(pods)
    , m_options(options)
{
    // An invalid selector (it came from the server, so unlikely) matches nothing.
    const LabelSelector::ParseResult selector = LabelSelector::fromJson(options.selector);
    m_selector = selector ? *selector : LabelSelector::nothing();
    m_holdTimer.setSingleShot(true);
    m_holdTimer.setInterval(options.holdMs);
    connect(&m_holdTimer, &QTimer::timeout, this, &MergedLogs::flushPending);
}

MergedLogs *MergedLogs::create(ClusterConnection *connection, const MergedLogsOptions &options, QObject *parent)
{
    const ResourceRef pods { QString(), QStringLiteral("v1"), QStringLiteral("pods"), true };
    return new MergedLogs(connection->client(), connection->store(pods, options.namespaceName), options, parent);
}

void MergedLogs::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_pods) {
        connect(m_pods, &ObjectStore::changed, this, &MergedLogs::syncPods);
        connect(m_pods, &ObjectStore::synced, this, &MergedLogs::syncPods);
        connect(m_pods, &ObjectStore::errorOccurred, this, [this](const ApiError &error) {
            m_lastError = error;
            Q_EMIT statusChanged();
        });
    }
    syncPods();
}

void MergedLogs::stop()
{
    m_started = false;
    if (m_pods)
        m_pods->disconnect(this);
    for (LogStream *stream : std::as_const(m_streams))
        stream->stop();
    flushPending();
}

bool MergedLogs::podMatches(const QJsonObject &pod) const
{
    const QJsonObject metadata = pod.value(QLatin1String("metadata")).toObject();
    if (metadata.value(QLatin1String("namespace")).toString() != m_options.namespaceName
        && !m_options.namespaceName.isEmpty())
        return false;
    if (!m_options.podName.isEmpty())
        return metadata.value(QLatin1String("name")).toString() == m_options.podName;
    return m_selector.matches(metadata.value(QLatin1String("labels")).toObject());
}

void MergedLogs::syncPods()
{
    if (!m_started || !m_pods)
        return;
    bool sourcesChangedNow = false;
    QSet<QString> present;
    const QList<QString> keys = m_pods->keys();
    for (const QString &key : keys) {
        const QJsonObject pod = m_pods->object(key);
        if (!podMatches(pod))
            continue;
        const QString name = stringAt(pod, "metadata", "name");
        present.insert(name);
        const QStringList containers = specContainers(pod);
        if (m_containersByPod.value(name) != containers) {
            m_containersByPod.insert(name, containers);
            sourcesChangedNow = true;
        }
        const QStringList wanted = m_options.container.isEmpty() ? containers : QStringList { m_options.container };
        const QStringList started = startedContainers(pod);
        for (const QString &container : wanted) {
            const QString key = name + u'/' + container;
            const QJsonObject status = statusOf(pod, container);
            const int restarts = status.value(QLatin1String("restartCount")).toInt();
            if (LogStream *stream = m_streams.value(key)) {
                // The container restarted after its stream ended: follow the new instance from its start.
                const bool running = status.value(QLatin1String("state")).toObject().contains(QLatin1String("running"));
                if (stream->state() == LogStream::State::Ended && running && restarts > m_restartCounts.value(key)
                    && m_options.follow && !m_options.previous) {
                    m_streams.remove(key);
                    stream->deleteLater();
                    addStream(pod, container, m_options.container.isEmpty() && containers.size() > 1, true);
                }
                continue;
            }
            if (!containers.contains(container))
                continue;
            // A container that never ran has no log yet; its pod's next update brings it.
            if (!started.contains(container) && !m_options.previous)
                continue;
            addStream(pod, container, m_options.container.isEmpty() && containers.size() > 1);
            sourcesChangedNow = true;
        }
    }
    for (auto it = m_containersByPod.begin(); it != m_containersByPod.end();) {
        if (present.contains(it.key())) {
            ++it;
            continue;
        }
        // The pod went: its stream ends by itself (the server closes it); forget it then.
        const QString prefix = it.key() + u'/';
        for (auto stream = m_streams.begin(); stream != m_streams.end(); ++stream) {
            if (stream.key().startsWith(prefix))
                QTimer::singleShot(2000, stream.value(), &LogStream::stop);
        }
        it = m_containersByPod.erase(it);
        sourcesChangedNow = true;
    }
    if (sourcesChangedNow)
        Q_EMIT sourcesChanged();
}

void MergedLogs::addStream(const QJsonObject &pod, const QString &container, bool multiContainer, bool newInstance)
{
    const QString name = stringAt(pod, "metadata", "name");
    LogStreamOptions options;
    options.namespaceName = stringAt(pod, "metadata", "namespace");
    if (options.namespaceName.isEmpty())
        options.namespaceName = m_options.namespaceName;
    options.podName = name;
    options.container = container;
    options.follow = m_options.follow;
    options.previous = m_options.previous;
    options.tailLines = newInstance ? -1 : m_options.tailLines;
    options.backoff = m_options.backoff;
    options.source = multiContainer ? name + u'/' + container : name;
    auto *stream = new LogStream(m_client, options, this);
    m_streams.insert(name + u'/' + container, stream);
    m_restartCounts.insert(
        name + u'/' + container, statusOf(pod, container).value(QLatin1String("restartCount")).toInt());
    connect(stream, &LogStream::linesReceived, this, [this](const LogLines &lines) {
        m_pending.append(lines);
        if (!m_holdTimer.isActive())
            m_holdTimer.start();
    });
    connect(stream, &LogStream::stateChanged, this, [this, stream](LogStream::State state) {
        if (state == LogStream::State::Failed)
            m_lastError = stream->error();
        if (state == LogStream::State::Ended)
            QTimer::singleShot(0, this, &MergedLogs::syncPods); // it may have restarted already
        Q_EMIT statusChanged();
    });
    qCDebug(lcMergedLogs) << "stream" << options.source;
    stream->start();
}

void MergedLogs::flushPending()
{
    if (m_pending.isEmpty())
        return;
    std::stable_sort(m_pending.begin(), m_pending.end(),
        [](const LogLine &a, const LogLine &b) { return a.timestampNs < b.timestampNs; });
    const LogLines batch = std::exchange(m_pending, {});
    Q_EMIT linesReceived(batch);
}

QStringList MergedLogs::containerNames() const
{
    QStringList names;
    for (const QStringList &containers : m_containersByPod) {
        for (const QString &c : containers) {
            if (!names.contains(c))
                names.append(c);
        }
    }
    names.sort();
    return names;
}

QStringList MergedLogs::podNames() const
{
    QStringList names = m_containersByPod.keys();
    names.sort();
    return names;
}

QList<LogStream *> MergedLogs::streams() const
{
    return m_streams.values();
}

bool MergedLogs::isMultiSource() const
{
    return m_streams.size() > 1 || m_containersByPod.size() > 1;
}

QString MergedLogs::statusText() const
{
    int streaming = 0, connecting = 0, reconnecting = 0, ended = 0, failed = 0;
    for (const LogStream *stream : m_streams) {
        switch (stream->state()) {
        case LogStream::State::Idle:
        case LogStream::State::Connecting:
            ++connecting;
            break;
        case LogStream::State::Streaming:
            ++streaming;
            break;
        case LogStream::State::Reconnecting:
            ++reconnecting;
            break;
        case LogStream::State::Ended:
            ++ended;
            break;
        case LogStream::State::Failed:
            ++failed;
            break;
        }
    }
    if (m_streams.isEmpty()) {
        if (!m_lastError.message.isEmpty())
            return QCoreApplication::translate("Sextant::Core", "Cannot list pods: %1").arg(m_lastError.message);
        return m_pods && m_pods->hasSynced() ? QCoreApplication::translate("Sextant::Core", "No running pods match.")
                                             : QCoreApplication::translate("Sextant::Core", "Looking for pods…");
    }
    QStringList parts;
    if (streaming)
        parts.append(QCoreApplication::translate("Sextant::Core", "%n streaming", nullptr, streaming));
    if (connecting)
        parts.append(QCoreApplication::translate("Sextant::Core", "%n connecting", nullptr, connecting));
    if (reconnecting)
        parts.append(QCoreApplication::translate("Sextant::Core", "%n reconnecting", nullptr, reconnecting));
    if (ended)
        parts.append(QCoreApplication::translate("Sextant::Core", "%n ended", nullptr, ended));
    if (failed)
        parts.append(
            QCoreApplication::translate("Sextant::Core", "%n failed: %1", nullptr, failed).arg(m_lastError.message));
    return parts.join(QStringLiteral(", "));
}

} // namespace Sextant::Core
