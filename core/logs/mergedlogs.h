// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/logs/logline.h"
#include "core/logs/logstream.h"
#include "core/relations/labelselector.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Sextant::Core {

class ApiClient;
class ClusterConnection;
class ObjectStore;

struct MergedLogsOptions {
    QString namespaceName;
    QString podName; // one pod; "" = every pod the selector matches
    QJsonObject selector; // metav1.LabelSelector; ignored when podName is set
    QString container; // "" = every container
    bool follow = true;
    bool previous = false;
    int tailLines = -1;
    int holdMs = 250; // lines wait this long so late lines from other pods sort in
    Backoff::Policy backoff;
};

// The logs of several pods and containers as one time-ordered stream, each
// line tagged with its pod (and container when there are several). Follows
// the namespace's pod store: pods that start matching get a stream, pods
// that go away end theirs, a container that restarts is followed again.
class MergedLogs final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergedLogs)
public:
    MergedLogs(ApiClient *client, ObjectStore *pods, const MergedLogsOptions &options, QObject *parent = nullptr);
    // The connection's client and pod store of the namespace.
    static MergedLogs *create(ClusterConnection *connection, const MergedLogsOptions &options, QObject *parent);

    void start();
    void stop();

    const MergedLogsOptions &options() const { return m_options; }
    // Every container name of the matching pods, sorted.
    QStringList containerNames() const;
    QStringList podNames() const;
    QList<LogStream *> streams() const;
    // True when lines carry different sources (the view shows a tag column).
    bool isMultiSource() const;
    // A summary of the streams' states for a status line ("3 streaming, 1 reconnecting").
    QString statusText() const;
    ApiError lastError() const { return m_lastError; }

Q_SIGNALS:
    // Sorted by time within the batch.
    void linesReceived(const Sextant::Core::LogLines &lines);
    void sourcesChanged();
    void statusChanged();

private:
    void syncPods();
    void addStream(const QJsonObject &pod, const QString &container, bool multiContainer, bool newInstance = false);
    void flushPending();
    bool podMatches(const QJsonObject &pod) const;

    QPointer<ApiClient> m_client;
    QPointer<ObjectStore> m_pods;
    MergedLogsOptions m_options;
    LabelSelector m_selector;
    QHash<QString, LogStream *> m_streams; // "pod/container"
    QHash<QString, QStringList> m_containersByPod;
    QHash<QString, int> m_restartCounts; // restartCount when each stream started
    LogLines m_pending;
    QTimer m_holdTimer;
    ApiError m_lastError;
    bool m_started = false;
};

} // namespace Sextant::Core
