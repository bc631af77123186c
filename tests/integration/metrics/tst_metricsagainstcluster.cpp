// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../kubectl.h"
#include "../kubesimcluster.h"
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "core/metrics/metricspoller.h"
#include "core/quantity/quantity.h"
#include "ui/charts/capacitychart.h"
#include "ui/charts/metricschart.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Sextant;
using namespace Sextant::Core;

namespace {

// First column of `kubectl top ... --no-headers`.
QStringList topNames(const QStringList &args)
{
    const KubectlResult result
        = kubectl(QStringList { QStringLiteral("top") } + args + QStringList { QStringLiteral("--no-headers") });
    QStringList names;
    for (const QByteArray &line : result.out.split('\n')) {
        const QByteArray trimmed = line.simplified();
        if (!trimmed.isEmpty())
            names.append(QString::fromUtf8(trimmed.split(' ').first()));
    }
    names.sort();
    return names;
}

QByteArray deployment(const QString &ns)
{
    return QStringLiteral(R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: busy, namespace: %1}
spec:
  replicas: 2
  selector: {matchLabels: {app: busy}}
  template:
    metadata:
      labels: {app: busy}
      annotations: {kwok.x-k8s.io/usage-cpu: 250m, kwok.x-k8s.io/usage-memory: 300Mi}
    spec:
      containers:
      - name: app
        image: registry.example/busy:1
        resources:
          requests: {cpu: 200m, memory: 256Mi}
          limits: {cpu: 500m, memory: 512Mi}
)")
        .arg(ns)
        .toUtf8();
}

} // namespace

// MetricsPoller against kube-sim's real metrics-server: the same nodes and
// pods as `kubectl top`, usage in the range the pods are annotated with, and
// a chart that receives the points.
class TestMetricsAgainstCluster final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        m_scratch = std::make_unique<ScratchNamespace>(QStringLiteral("it-metrics"));
        QVERIFY(m_scratch->isCreated());
        m_namespace = m_scratch->name();
        const KubectlResult applied
            = kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") }, deployment(m_namespace));
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        m_manager = std::make_unique<ClusterManager>(kubeSimManagerOptions());
    }

    void cleanupTestCase() { m_scratch.reset(); }

    void poll_nodesAndPods_matchKubectlTop()
    {
        ClusterConnection *connection = connectKubeSim(*m_manager);
        QVERIFY(connection);
        MetricsPoller poller(connection->client());
        poller.setInterval(3000);
        Ui::MetricsChart chart;
        chart.resize(800, 500);
        chart.setPoller(&poller);
        poller.start();
        QTRY_COMPARE_WITH_TIMEOUT(poller.nodeAvailability(), MetricsPoller::Availability::Available, 30000);
        QCOMPARE(poller.nodeNames(), topNames({ QStringLiteral("nodes") }));

        // metrics-server scrapes every 15 s: the new pods show up within a scrape or two.
        QTRY_VERIFY_WITH_TIMEOUT(poller.podKeys().filter(m_namespace + u'/').size() == 2, 120000);
        QTRY_COMPARE_WITH_TIMEOUT(
            topNames({ QStringLiteral("pods"), QStringLiteral("-n"), m_namespace }).size(), 2, 60000);
        QStringList ours;
        for (const QString &key : poller.podKeys().filter(m_namespace + u'/'))
            ours.append(key.mid(m_namespace.size() + 1));
        QCOMPARE(ours, topNames({ QStringLiteral("pods"), QStringLiteral("-n"), m_namespace }));
        for (const QString &pod : std::as_const(ours)) {
            const MetricsSample sample = poller.podSeries(m_namespace, pod).latest();
            // Annotated 250m / 300Mi, scaled ×0.75–1.25 and ×0.9–1.1 on each scrape.
            QVERIFY2(sample.cpuMilli >= 180 && sample.cpuMilli <= 320, qPrintable(QString::number(sample.cpuMilli)));
            QVERIFY2(sample.memoryBytes >= 260LL << 20 && sample.memoryBytes <= 340LL << 20,
                qPrintable(QString::number(sample.memoryBytes)));
        }

        chart.showWorkload(m_namespace,
            QJsonObject {
                { QStringLiteral("matchLabels"), QJsonObject { { QStringLiteral("app"), QStringLiteral("busy") } } } });
        const int polls = poller.polls();
        QTRY_VERIFY_WITH_TIMEOUT(poller.polls() >= polls + 2, 30000);
        QVERIFY(!chart.isShowingMessage());
        QVERIFY(chart.pointCount() >= 2);
        chart.showNode(poller.nodeNames().first());
        QVERIFY(chart.pointCount() >= 2);

        const QString shots = qEnvironmentVariable("SEXTANT_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            screenshots(shots, poller, chart);
    }

    void limitedUser_nodesForbidden_podsOfDemo()
    {
        ClusterConnection *connection = connectKubeSim(*m_manager, QStringLiteral("limited"));
        QVERIFY(connection);
        MetricsPoller poller(connection->client());
        poller.setNamespace(QStringLiteral("demo"));
        poller.pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(poller.nodeAvailability(), MetricsPoller::Availability::Forbidden, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(poller.podAvailability(), MetricsPoller::Availability::Available, 30000);
        QVERIFY(!poller.nodeMessage().isEmpty());
        Ui::MetricsChart chart;
        chart.setPoller(&poller);
        chart.showNode(QStringLiteral("kube-sim-node-1"));
        QVERIFY(chart.isShowingMessage());
    }

private:
    void screenshots(const QString &directory, MetricsPoller &poller, Ui::MetricsChart &chart)
    {
        // A pod's chart with a few polls at metrics-server's resolution.
        poller.setInterval(MetricsPoller::kDefaultIntervalMs);
        const QString pod = poller.podKeys().filter(m_namespace + u'/').first().section(u'/', 1);
        chart.showPod(m_namespace, pod);
        const int polls = poller.polls();
        QTRY_VERIFY_WITH_TIMEOUT(poller.polls() >= polls + 8, 120000);
        chart.show();
        QTest::qWait(200);
        QVERIFY(chart.grab().save(QDir(directory).filePath(QStringLiteral("metrics-pod.png"))));

        // The cluster: node capacity and allocatable, pod requests and limits, node usage.
        Ui::CapacityFigures cpu;
        Ui::CapacityFigures memory;
        for (const QJsonValue &item : kubectlJson({ QStringLiteral("get"), QStringLiteral("nodes") })
                                          .object()
                                          .value(QLatin1String("items"))
                                          .toArray()) {
            const QJsonObject status = item.toObject().value(QLatin1String("status")).toObject();
            const QJsonObject capacity = status.value(QLatin1String("capacity")).toObject();
            const QJsonObject allocatable = status.value(QLatin1String("allocatable")).toObject();
            cpu.capacity += Quantity::parseOrZero(capacity.value(QLatin1String("cpu")).toString()).milliValue();
            cpu.allocatable += Quantity::parseOrZero(allocatable.value(QLatin1String("cpu")).toString()).milliValue();
            memory.capacity += Quantity::parseOrZero(capacity.value(QLatin1String("memory")).toString()).value();
            memory.allocatable += Quantity::parseOrZero(allocatable.value(QLatin1String("memory")).toString()).value();
        }
        for (const QJsonValue &item : kubectlJson({ QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A"),
                                                      QStringLiteral("--field-selector=status.phase=Running") })
                                          .object()
                                          .value(QLatin1String("items"))
                                          .toArray()) {
            const QJsonArray containers
                = item.toObject().value(QLatin1String("spec")).toObject().value(QLatin1String("containers")).toArray();
            for (const QJsonValue &container : containers) {
                const QJsonObject resources = container.toObject().value(QLatin1String("resources")).toObject();
                const QJsonObject requests = resources.value(QLatin1String("requests")).toObject();
                const QJsonObject limits = resources.value(QLatin1String("limits")).toObject();
                cpu.requests += Quantity::parseOrZero(requests.value(QLatin1String("cpu")).toString()).milliValue();
                cpu.limits += Quantity::parseOrZero(limits.value(QLatin1String("cpu")).toString()).milliValue();
                memory.requests += Quantity::parseOrZero(requests.value(QLatin1String("memory")).toString()).value();
                memory.limits += Quantity::parseOrZero(limits.value(QLatin1String("memory")).toString()).value();
            }
        }
        double cpuUsage = 0;
        double memoryUsage = 0;
        for (const QString &node : poller.nodeNames()) {
            cpuUsage += poller.nodeSeries(node).latest().cpuMilli;
            memoryUsage += poller.nodeSeries(node).latest().memoryBytes;
        }
        cpu.usage = cpuUsage;
        memory.usage = memoryUsage;
        Ui::CapacityChart capacity;
        capacity.setTitle(QStringLiteral("Cluster kube-sim: %1 nodes").arg(poller.nodeNames().size()));
        capacity.setCpu(cpu);
        capacity.setMemory(memory);
        capacity.resize(1000, 420);
        capacity.show();
        QTest::qWait(200);
        QVERIFY(capacity.grab().save(QDir(directory).filePath(QStringLiteral("metrics-capacity.png"))));
    }

    QString m_namespace;
    std::unique_ptr<ScratchNamespace> m_scratch;
    std::unique_ptr<ClusterManager> m_manager;
};

QTEST_MAIN(TestMetricsAgainstCluster)
#include "tst_metricsagainstcluster.moc"
