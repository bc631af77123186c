// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"
#include "core/api/requesthandle.h"
#include "core/metrics/metricsseries.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Sextant::Core {

class ApiClient;
class ClusterConnection;

// Polls metrics.k8s.io/v1beta1 for node and pod usage and keeps the last
// hour of each object in memory, so charts have a history when opened.
// metrics-server scrapes every 15 s (kube-sim: --metric-resolution=15s);
// polling faster only repeats its numbers.
class MetricsPoller final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsPoller)
public:
    enum class Availability {
        Unknown, // not asked yet
        Available,
        Missing, // the group is not served: no metrics-server, or its APIService is down
        Forbidden, // RBAC: this user may not read it
        Failed, // anything else (network); retried on the next poll
    };
    Q_ENUM(Availability)

    static constexpr int kDefaultIntervalMs = 15000;
    static constexpr qint64 kDefaultRetentionMs = 3600 * 1000;

    explicit MetricsPoller(ApiClient *client, QObject *parent = nullptr);
    // The connection's shared poller (all namespaces), created and started on
    // first use so every chart of that cluster shares one history.
    static MetricsPoller *of(ClusterConnection *connection);

    // "" = all namespaces (needs cluster-wide list on pods metrics).
    void setNamespace(const QString &namespaceName) { m_namespace = namespaceName; }
    QString namespaceName() const { return m_namespace; }
    void setPollNodes(bool poll) { m_pollNodes = poll; }
    void setPollPods(bool poll) { m_pollPods = poll; }
    void setInterval(int milliseconds);
    int interval() const { return m_timer.interval(); }
    void setRetention(qint64 milliseconds) { m_retentionMs = milliseconds; }
    // For tests: the clock samples are stamped with.
    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }

    void start(); // polls now, then every interval
    void stop();
    void pollNow();
    bool isPolling() const { return m_timer.isActive(); }

    Availability nodeAvailability() const { return m_nodeAvailability; }
    Availability podAvailability() const { return m_podAvailability; }
    // Why metrics are not there, with what to do about it; "" when they are.
    QString nodeMessage() const { return m_nodeMessage; }
    QString podMessage() const { return m_podMessage; }

    QStringList nodeNames() const;
    QStringList podKeys() const; // "namespace/name"
    MetricsSeries nodeSeries(const QString &name) const { return m_nodes.value(name, emptySeries()); }
    MetricsSeries podSeries(const QString &namespaceName, const QString &name) const;
    // Sums of the pods of namespaceName whose labels match selector (a
    // metav1.LabelSelector), one sample per poll.
    QList<MetricsSample> aggregate(const QString &namespaceName, const QJsonObject &selector) const;
    int polls() const { return m_polls; }

    // The message shown when metrics.k8s.io is missing.
    static QString missingMessage(const ApiError &error);

Q_SIGNALS:
    void nodesUpdated();
    void podsUpdated();
    void availabilityChanged();

private:
    void pollNodes();
    void pollPods();
    struct PodUsage;
    // Reduces a pods metrics list off the GUI thread (at 10,000 pods parsing
    // and summing it took ~100 ms of it every poll); results come back queued.
    void reducePodsOffThread(QByteArray body, qint64 now);
    void applyPods(const QList<PodUsage> &pods, qint64 now);
    void setAvailability(bool nodes, Availability availability, const ApiError &error = {});
    MetricsSeries emptySeries() const;
    MetricsSeries &seriesFor(QHash<QString, MetricsSeries> &map, const QString &key);

    QPointer<ApiClient> m_client;
    QString m_namespace;
    bool m_pollNodes = true;
    bool m_pollPods = true;
    QTimer m_timer;
    qint64 m_retentionMs = kDefaultRetentionMs;
    std::function<qint64()> m_nowMs;
    RequestHandle m_nodesRequest;
    RequestHandle m_podsRequest;
    bool m_reducingPods = false;
    QHash<QString, MetricsSeries> m_nodes;
    QHash<QString, MetricsSeries> m_pods; // "ns/name"
    QHash<QString, QJsonObject> m_podLabels;
    Availability m_nodeAvailability = Availability::Unknown;
    Availability m_podAvailability = Availability::Unknown;
    QString m_nodeMessage;
    QString m_podMessage;
    int m_polls = 0;
};

} // namespace Sextant::Core
