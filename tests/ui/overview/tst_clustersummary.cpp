// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/overview/clustersummary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Sextant;
using namespace Sextant::Ui;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    }
    return doc.object();
}

QList<QJsonObject> fixture(const char *name)
{
    QFile file(QStringLiteral(SEXTANT_TEST_DATA_DIR "/kube-sim/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<QJsonObject> out;
    for (const QJsonValue &v :
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("items")).toArray()) {
        out.append(v.toObject());
    }
    return out;
}

} // namespace

class TestClusterSummary final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void podResource_initContainersSidecarsOverhead_likeScheduler_data()
    {
        QTest::addColumn<QByteArray>("pod");
        QTest::addColumn<QString>("cpuRequest");
        QTest::newRow("containers add up") << QByteArray(R"({"spec": {"containers": [
            {"resources": {"requests": {"cpu": "100m"}}}, {"resources": {"requests": {"cpu": "250m"}}}]}})")
                                           << QStringLiteral("350m");
        QTest::newRow("large init container wins") << QByteArray(R"({"spec": {
            "initContainers": [{"resources": {"requests": {"cpu": "1"}}}],
            "containers": [{"resources": {"requests": {"cpu": "100m"}}}]}})")
                                                   << QStringLiteral("1");
        QTest::newRow("sidecar adds to containers and later inits") << QByteArray(R"({"spec": {
            "initContainers": [{"restartPolicy": "Always", "resources": {"requests": {"cpu": "200m"}}},
                               {"resources": {"requests": {"cpu": "500m"}}}],
            "containers": [{"resources": {"requests": {"cpu": "100m"}}}]}})")
                                                                    << QStringLiteral("700m");
        QTest::newRow("overhead") << QByteArray(R"({"spec": {"overhead": {"cpu": "50m"},
            "containers": [{"resources": {"requests": {"cpu": "100m"}}}]}})")
                                  << QStringLiteral("150m");
        QTest::newRow("no requests") << QByteArray(R"({"spec": {"containers": [{}]}})") << QStringLiteral("0");
    }
    void podResource_initContainersSidecarsOverhead_likeScheduler()
    {
        QFETCH(QByteArray, pod);
        QFETCH(QString, cpuRequest);
        const Core::Quantity q
            = Summary::podResource(json(pod.constData()), QStringLiteral("requests"), QStringLiteral("cpu"));
        QCOMPARE(q.toString(), cpuRequest);
    }

    void summarize_nodesAndPods_readinessCapacityAndPhases()
    {
        Summary::Input input;
        input.nodes = {
            json(R"({"metadata": {"name": "b"}, "status": {"conditions": [{"type": "Ready", "status": "True"}],
                "capacity": {"cpu": "4", "memory": "8Gi"}, "allocatable": {"cpu": "3800m", "memory": "7Gi", "pods": "110"}}})"),
            json(R"({"metadata": {"name": "a"}, "status": {"conditions": [{"type": "Ready", "status": "Unknown"}],
                "capacity": {"cpu": "4", "memory": "8Gi"}, "allocatable": {"cpu": "4", "memory": "8Gi", "pods": "110"}}})"),
        };
        input.pods = {
            json(
                R"({"spec": {"nodeName": "b", "containers": [{"resources": {"requests": {"cpu": "500m", "memory": "1Gi"},
                "limits": {"cpu": "1", "memory": "2Gi"}}}]}, "status": {"phase": "Running"}})"),
            json(R"({"spec": {"nodeName": "b", "containers": [{"resources": {"requests": {"cpu": "2"}}}]},
                "status": {"phase": "Succeeded"}})"),
            json(
                R"({"spec": {"containers": [{"resources": {"requests": {"cpu": "3"}}}]}, "status": {"phase": "Pending"}})"),
        };
        const ClusterSummary s = Summary::summarize(input);
        QCOMPARE(s.nodes, 2);
        QCOMPARE(s.nodesReady, 1);
        QCOMPARE(s.notReadyNodes, QStringList { QStringLiteral("a") });
        QCOMPARE(s.cpu.capacity.toString(), QStringLiteral("8"));
        QCOMPARE(s.cpu.allocatable.toString(), QStringLiteral("7800m"));
        QCOMPARE(s.memory.allocatable.toString(), QStringLiteral("15Gi"));
        // The finished and the unscheduled pod hold nothing.
        QCOMPARE(s.cpu.requests.toString(), QStringLiteral("500m"));
        QCOMPARE(s.cpu.limits.toString(), QStringLiteral("1"));
        QCOMPARE(s.memory.requests.toString(), QStringLiteral("1Gi"));
        QCOMPARE(s.memory.limits.toString(), QStringLiteral("2Gi"));
        QCOMPARE(s.podCapacity.value(), 220);
        QCOMPARE(s.pods, 3);
        QCOMPARE(s.podsByPhase.value(QStringLiteral("Running")), 1);
        QCOMPARE(s.podsByPhase.value(QStringLiteral("Pending")), 1);
        QCOMPARE(s.podsByPhase.value(QStringLiteral("Succeeded")), 1);
    }

    void summarize_capturedDemoCluster_countsEveryObject()
    {
        Summary::Input input;
        input.nodes = fixture("nodes.json");
        input.pods = fixture("pods.json");
        input.deployments = fixture("deployments.json");
        input.statefulSets = fixture("statefulsets.json");
        input.daemonSets = fixture("daemonsets.json");
        QVERIFY(!input.nodes.isEmpty() && !input.pods.isEmpty());
        const ClusterSummary s = Summary::summarize(input);
        QCOMPARE(s.nodes, input.nodes.size());
        QCOMPARE(s.nodesReady, s.nodes); // kube-sim's nodes are all Ready
        QCOMPARE(s.cpu.allocatable.toString(), QString::number(8 * s.nodes)); // 8 CPUs each
        int phases = 0;
        for (const int n : s.podsByPhase) {
            phases += n;
        }
        QCOMPARE(phases, input.pods.size());
        QCOMPARE(s.deployments.total, input.deployments.size());
        QCOMPARE(s.daemonSets.total, input.daemonSets.size());
        QVERIFY(s.cpu.requests.milliValue() > 0);
    }

    void workloads_availability_data()
    {
        QTest::addColumn<QByteArray>("object");
        QTest::addColumn<int>("kind"); // 0 deployment, 1 statefulset, 2 daemonset
        QTest::addColumn<bool>("available");
        QTest::newRow("deployment all available")
            << QByteArray(R"({"spec": {"replicas": 3}, "status": {"availableReplicas": 3}})") << 0 << true;
        QTest::newRow("deployment short")
            << QByteArray(R"({"spec": {"replicas": 3}, "status": {"availableReplicas": 2}})") << 0 << false;
        QTest::newRow("deployment default one replica") << QByteArray(R"({"spec": {}, "status": {}})") << 0 << false;
        QTest::newRow("deployment scaled to zero")
            << QByteArray(R"({"spec": {"replicas": 0}, "status": {}})") << 0 << true;
        QTest::newRow("statefulset ready")
            << QByteArray(R"({"spec": {"replicas": 2}, "status": {"readyReplicas": 2}})") << 1 << true;
        QTest::newRow("daemonset short") << QByteArray(
            R"({"status": {"desiredNumberScheduled": 3, "numberAvailable": 2}})")
                                         << 2 << false;
    }
    void workloads_availability()
    {
        QFETCH(QByteArray, object);
        QFETCH(int, kind);
        QFETCH(bool, available);
        const QJsonObject o = json(object.constData());
        const bool result = kind == 0 ? Summary::deploymentAvailable(o)
            : kind == 1               ? Summary::statefulSetAvailable(o)
                                      : Summary::daemonSetAvailable(o);
        QCOMPARE(result, available);
    }

    void summarize_warnings_lastHourNewestFirst()
    {
        Summary::Input input;
        input.now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
        input.events = {
            json(R"({"type": "Warning", "reason": "BackOff", "message": "restarting", "count": 4,
                "lastTimestamp": "2026-11-27T11:50:00Z",
                "involvedObject": {"kind": "Pod", "namespace": "shop", "name": "web-1", "apiVersion": "v1"}})"),
            json(R"({"type": "Warning", "reason": "Old", "lastTimestamp": "2026-11-27T10:30:00Z",
                "involvedObject": {"kind": "Pod", "namespace": "shop", "name": "old"}})"),
            json(R"({"type": "Normal", "reason": "Pulled", "lastTimestamp": "2026-11-27T11:59:00Z",
                "involvedObject": {"kind": "Pod", "namespace": "shop", "name": "web-1"}})"),
            json(R"({"type": "Warning", "reason": "NodeNotReady", "eventTime": "2026-11-27T11:58:00.123456Z",
                "involvedObject": {"kind": "Node", "name": "node-2"}})"),
            json(
                R"({"type": "Warning", "reason": "FailedCreate", "metadata": {"creationTimestamp": "2026-11-27T11:55:00Z"},
                "involvedObject": {"kind": "ReplicaSet", "namespace": "shop", "name": "web-5d", "apiVersion": "apps/v1"}})"),
            json(R"({"type": "Warning", "reason": "FailedToCreateEndpoint", "lastTimestamp": "2026-11-27T11:00:30Z",
                "metadata": {"namespace": "shop"}, "involvedObject": {"kind": "Endpoints", "name": "frontend"}})"),
        };
        const ClusterSummary s = Summary::summarize(input);
        QCOMPARE(s.warnings.size(), 4);
        QCOMPARE(s.warnings.at(3).namespaceName, QStringLiteral("shop")); // from the event's own namespace
        QCOMPARE(s.warnings.at(3).resource.resource, QStringLiteral("endpoints"));
        QCOMPARE(s.warnings.at(0).reason, QStringLiteral("NodeNotReady"));
        QCOMPARE(s.warnings.at(0).resource,
            (Core::ResourceRef { QString(), QStringLiteral("v1"), QStringLiteral("nodes"), false }));
        QCOMPARE(s.warnings.at(1).resource,
            (Core::ResourceRef { QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("replicasets"), true }));
        QCOMPARE(s.warnings.at(2).count, 4);
        QCOMPARE(s.warnings.at(2).namespaceName, QStringLiteral("shop"));
        QCOMPARE(s.warnings.at(2).resource.resource, QStringLiteral("pods"));
    }

    void resourceOfKind_plurals()
    {
        QCOMPARE(
            Summary::resourceOfKind(QStringLiteral("networking.k8s.io/v1"), QStringLiteral("Ingress"), true).resource,
            QStringLiteral("ingresses"));
        QCOMPARE(
            Summary::resourceOfKind(QStringLiteral("policy/v1"), QStringLiteral("PodDisruptionBudget"), true).resource,
            QStringLiteral("poddisruptionbudgets"));
        QCOMPARE(Summary::resourceOfKind(QStringLiteral("v1"), QStringLiteral("Endpoints"), true).resource,
            QStringLiteral("endpoints"));
        QCOMPARE(Summary::resourceOfKind(QStringLiteral("x.io/v1"), QStringLiteral("Policy"), true).resource,
            QStringLiteral("policies"));
    }
};

QTEST_MAIN(TestClusterSummary)
#include "tst_clustersummary.moc"
