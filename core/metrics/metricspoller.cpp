// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/metrics/metricspoller.h"

#include "core/api/apiclient.h"
#include "core/cluster/clusterconnection.h"
#include "core/quantity/quantity.h"
#include "core/relations/labelselector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMap>
#include <QThreadPool>
#include <QUrl>

#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcMetricsPoller, "sextant.core.metrics.poller")

namespace Sextant::Core {

namespace {

struct Usage {
    qint64 cpuMilli = 0;
    qint64 memoryBytes = 0;
};

Usage usageOf(const QJsonObject &usage)
{
    return Usage { Quantity::parseOrZero(usage.value(QLatin1String("cpu")).toString()).milliValue(),
        Quantity::parseOrZero(usage.value(QLatin1String("memory")).toString()).value() };
}

QJsonObject metadataOf(const QJsonObject &item)
{
    return item.value(QLatin1String("metadata")).toObject();
}

} // namespace

MetricsPoller::MetricsPoller(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &MetricsPoller::pollNow);
}

MetricsPoller *MetricsPoller::of(ClusterConnection *connection)
{
    if (!connection)
        return nullptr;
    static const QString kName = QStringLiteral("sextant-metrics-poller");
    if (auto *existing = connection->findChild<MetricsPoller *>(kName, Qt::FindDirectChildrenOnly))
        return existing;
    auto *poller = new MetricsPoller(connection->client(), connection);
    poller->setObjectName(kName);
    poller->start();
    return poller;
}

void MetricsPoller::setInterval(int milliseconds)
{
    m_timer.setInterval(std::max(1000, milliseconds));
}

void MetricsPoller::start()
{
    m_timer.start();
    pollNow();
}

void MetricsPoller::stop()
{
    m_timer.stop();
    m_nodesRequest.cancel();
    m_podsRequest.cancel();
}

void MetricsPoller::pollNow()
{
    if (m_pollNodes)
        pollNodes();
    if (m_pollPods)
        pollPods();
}

MetricsSeries MetricsPoller::emptySeries() const
{
    // A sample per poll for the retention, and some slack for manual polls.
    const int capacity = int(std::clamp<qint64>(m_retentionMs / std::max(1000, m_timer.interval()) + 8, 8, 4096));
    return MetricsSeries(capacity, m_retentionMs);
}

MetricsSeries &MetricsPoller::seriesFor(QHash<QString, MetricsSeries> &map, const QString &key)
{
    auto it = map.find(key);
    if (it == map.end())
        it = map.insert(key, emptySeries());
    return it.value();
}

QString MetricsPoller::missingMessage(const ApiError &error)
{
    return QCoreApplication::translate("Sextant::Core",
        "metrics.k8s.io is not available (%1): install metrics-server "
        "(https://github.com/kubernetes-sigs/metrics-server), for example with "
        "\"kubectl apply -f "
        "https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml\" "
        "or \"minikube addons enable metrics-server\". If it is installed, check that its APIService "
        "v1beta1.metrics.k8s.io is Available (kubectl get apiservice v1beta1.metrics.k8s.io).")
        .arg(error.message.isEmpty() ? QString::number(error.httpStatus) : error.message);
}

void MetricsPoller::setAvailability(bool nodes, Availability availability, const ApiError &error)
{
    QString message;
    switch (availability) {
    case Availability::Missing:
        message = missingMessage(error);
        break;
    case Availability::Forbidden:
        message = QCoreApplication::translate("Sextant::Core", "You may not read %1 metrics: %2")
                      .arg(nodes ? QCoreApplication::translate("Sextant::Core", "node")
                                 : QCoreApplication::translate("Sextant::Core", "pod"),
                          error.message);
        break;
    case Availability::Failed:
        message = QCoreApplication::translate("Sextant::Core", "Cannot read metrics: %1").arg(error.message);
        break;
    case Availability::Unknown:
    case Availability::Available:
        break;
    }
    Availability &current = nodes ? m_nodeAvailability : m_podAvailability;
    QString &currentMessage = nodes ? m_nodeMessage : m_podMessage;
    if (current == availability && currentMessage == message)
        return;
    current = availability;
    currentMessage = message;
    Q_EMIT availabilityChanged();
}

namespace {

MetricsPoller::Availability availabilityOf(const ApiError &error)
{
    // 404: the group is not registered; 503: registered but its APIService is not Available.
    if (error.isNotFound() || error.httpStatus == 503)
        return MetricsPoller::Availability::Missing;
    if (error.isForbidden())
        return MetricsPoller::Availability::Forbidden;
    return MetricsPoller::Availability::Failed;
}

} // namespace

void MetricsPoller::pollNodes()
{
    if (!m_client || m_nodesRequest.isRunning())
        return;
    RawRequest request;
    request.path = QStringLiteral("/apis/metrics.k8s.io/v1beta1/nodes");
    m_nodesRequest = m_client->request(
        request, this,
        [this](const QJsonObject &list) {
            const qint64 now = m_nowMs();
            for (const QJsonValue &value : list.value(QLatin1String("items")).toArray()) {
                const QJsonObject item = value.toObject();
                const Usage usage = usageOf(item.value(QLatin1String("usage")).toObject());
                seriesFor(m_nodes, metadataOf(item).value(QLatin1String("name")).toString())
                    .add(MetricsSample { now, usage.cpuMilli, usage.memoryBytes });
            }
            m_nodes.removeIf([&](const auto &it) { return it.value().latest().timeMs < now - m_retentionMs; });
            ++m_polls;
            setAvailability(true, Availability::Available);
            Q_EMIT nodesUpdated();
        },
        [this](const ApiError &error) {
            if (error.isCancelled())
                return;
            qCDebug(lcMetricsPoller) << "nodes:" << error.httpStatus << error.message;
            setAvailability(true, availabilityOf(error), error);
        });
}

struct MetricsPoller::PodUsage {
    QString key; // "ns/name"
    QJsonObject labels;
    qint64 cpuMilli = 0;
    qint64 memoryBytes = 0;
};

void MetricsPoller::pollPods()
{
    if (!m_client || m_podsRequest.isRunning() || m_reducingPods)
        return;
    RawRequest request;
    request.path = m_namespace.isEmpty() ? QStringLiteral("/apis/metrics.k8s.io/v1beta1/pods")
                                         : QStringLiteral("/apis/metrics.k8s.io/v1beta1/namespaces/%1/pods")
                                               .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_namespace)));
    // Read as a stream: the body is parsed on a worker, not by the client on the GUI thread.
    auto body = std::make_shared<QByteArray>();
    StreamHandlers handlers;
    handlers.onData = [body](const QByteArray &chunk) { body->append(chunk); };
    handlers.onEnd = [this, body] { reducePodsOffThread(std::move(*body), m_nowMs()); };
    handlers.onError = [this](const ApiError &error) {
        if (error.isCancelled())
            return;
        qCDebug(lcMetricsPoller) << "pods:" << error.httpStatus << error.message;
        setAvailability(false, availabilityOf(error), error);
    };
    m_podsRequest = m_client->stream(request, this, std::move(handlers));
}

void MetricsPoller::reducePodsOffThread(QByteArray body, qint64 now)
{
    m_reducingPods = true;
    QThreadPool::globalInstance()->start([self = QPointer<MetricsPoller>(this), body = std::move(body), now]() mutable {
        QList<PodUsage> pods;
        {
            const QJsonArray items = QJsonDocument::fromJson(body).object().value(QLatin1String("items")).toArray();
            body.clear();
            pods.reserve(items.size());
            for (const QJsonValue &value : items) {
                const QJsonObject item = value.toObject();
                const QJsonObject metadata = metadataOf(item);
                PodUsage pod { metadata.value(QLatin1String("namespace")).toString() + u'/'
                        + metadata.value(QLatin1String("name")).toString(),
                    metadata.value(QLatin1String("labels")).toObject(), 0, 0 };
                for (const QJsonValue &container : item.value(QLatin1String("containers")).toArray()) {
                    const Usage usage = usageOf(container.toObject().value(QLatin1String("usage")).toObject());
                    pod.cpuMilli += usage.cpuMilli;
                    pod.memoryBytes += usage.memoryBytes;
                }
                pods.append(std::move(pod));
            }
        } // the parsed list dies here, on the worker
        // self is only dereferenced back on the GUI thread, where the poller lives and dies.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, pods = std::move(pods), now] {
                if (self)
                    self->applyPods(pods, now);
            },
            Qt::QueuedConnection);
    });
}

void MetricsPoller::applyPods(const QList<PodUsage> &pods, qint64 now)
{
    m_reducingPods = false;
    for (const PodUsage &pod : pods) {
        seriesFor(m_pods, pod.key).add(MetricsSample { now, pod.cpuMilli, pod.memoryBytes });
        m_podLabels.insert(pod.key, pod.labels);
    }
    m_pods.removeIf([&](const auto &it) { return it.value().latest().timeMs < now - m_retentionMs; });
    m_podLabels.removeIf([&](const auto &it) { return !m_pods.contains(it.key()); });
    ++m_polls;
    setAvailability(false, Availability::Available);
    Q_EMIT podsUpdated();
}

QStringList MetricsPoller::nodeNames() const
{
    QStringList names = m_nodes.keys();
    names.sort();
    return names;
}

QStringList MetricsPoller::podKeys() const
{
    QStringList keys = m_pods.keys();
    keys.sort();
    return keys;
}

MetricsSeries MetricsPoller::podSeries(const QString &namespaceName, const QString &name) const
{
    return m_pods.value(namespaceName + u'/' + name, emptySeries());
}

QList<MetricsSample> MetricsPoller::aggregate(const QString &namespaceName, const QJsonObject &selector) const
{
    QMap<qint64, MetricsSample> byTime;
    const LabelSelector::ParseResult parsed = LabelSelector::fromJson(selector);
    if (!parsed)
        return {};
    const QString prefix = namespaceName + u'/';
    for (auto it = m_pods.cbegin(); it != m_pods.cend(); ++it) {
        if (!it.key().startsWith(prefix) || !parsed->matches(m_podLabels.value(it.key())))
            continue;
        for (const MetricsSample &sample : it.value().samples()) {
            MetricsSample &sum = byTime[sample.timeMs];
            sum.timeMs = sample.timeMs;
            sum.cpuMilli += sample.cpuMilli;
            sum.memoryBytes += sample.memoryBytes;
        }
    }
    return byTime.values();
}

} // namespace Sextant::Core
