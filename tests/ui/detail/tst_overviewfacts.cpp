// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/relations/knownkinds.h"
#include "ui/detail/overviewfacts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Sextant;
namespace Kinds = Sextant::Core::KnownKinds;

namespace {

// One object from the fixtures captured together from kube-sim.
QJsonObject fixture(const Core::ResourceRef &resource, const QString &name)
{
    QFile file(QStringLiteral(SEXTANT_TEST_DATA_DIR "/relations/%1.json").arg(resource.resource));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).object().value(u"items").toArray()) {
        if (v.toObject().value(u"metadata").toObject().value(u"name").toString() == name) {
            return v.toObject();
        }
    }
    return {};
}

QString fact(const Ui::Overview &o, const QString &label)
{
    for (const auto &f : o.facts) {
        if (f.first == label) {
            return f.second;
        }
    }
    return QStringLiteral("<missing>");
}

const Ui::OverviewSection *section(const Ui::Overview &o, const QString &title)
{
    for (const Ui::OverviewSection &s : o.sections) {
        if (s.title == title) {
            return &s;
        }
    }
    return nullptr;
}

const QDateTime Now = QDateTime(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC);

} // namespace

class TestOverviewFacts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void node_capacityVersusAllocatable();
    void deployment_replicasStrategySelectorImages();
    void service_typeIpsPortsSelector();
    void claim_and_volume();
    void cronJob_scheduleAndSuspend();
    void configMap_keysAndSizesOnly();
    void unknownKind_specScalars_andConditions();
    void pod_controllerAndRestarts();
};

void TestOverviewFacts::node_capacityVersusAllocatable()
{
    const QJsonObject node = fixture(Kinds::nodes(), QStringLiteral("kube-sim-node-1"));
    QVERIFY(!node.isEmpty());
    const Ui::Overview o = Ui::buildOverview(Kinds::nodes(), node, Now);
    QCOMPARE(o.kind, QStringLiteral("Node"));
    QCOMPARE(o.health, Core::Health::Healthy);
    const QJsonObject info = node.value(u"status").toObject().value(u"nodeInfo").toObject();
    QCOMPARE(fact(o, QStringLiteral("Kubelet version")), info.value(u"kubeletVersion").toString());
    QCOMPARE(fact(o, QStringLiteral("OS / architecture")),
        info.value(u"operatingSystem").toString() + u'/' + info.value(u"architecture").toString());
    QCOMPARE(fact(o, QStringLiteral("Unschedulable")), QStringLiteral("no"));
    const Ui::OverviewSection *resources = section(o, QStringLiteral("Resources"));
    QVERIFY(resources);
    QCOMPARE(resources->rows.first().first(), QStringLiteral("cpu"));
    QCOMPARE(resources->rows.first().at(1),
        node.value(u"status").toObject().value(u"capacity").toObject().value(u"cpu").toString());
    QVERIFY(section(o, QStringLiteral("Conditions")));
}

void TestOverviewFacts::deployment_replicasStrategySelectorImages()
{
    const QJsonObject web = fixture(Kinds::deployments(), QStringLiteral("web"));
    const Ui::Overview o = Ui::buildOverview(Kinds::deployments(), web, Now);
    QCOMPARE(o.namespaceName, QStringLiteral("demo"));
    QCOMPARE(fact(o, QStringLiteral("Replicas desired")), QStringLiteral("2"));
    QCOMPARE(fact(o, QStringLiteral("Ready")), QStringLiteral("2"));
    QVERIFY(fact(o, QStringLiteral("Strategy")).startsWith(QStringLiteral("RollingUpdate (max surge 25%")));
    QCOMPARE(fact(o, QStringLiteral("Selector")), QStringLiteral("app.kubernetes.io/name=web"));
    const Ui::OverviewSection *containers = section(o, QStringLiteral("Containers"));
    QVERIFY(containers);
    QCOMPARE(containers->columns.size(), 4); // a template has no container state
    QVERIFY(!containers->rows.first().at(1).isEmpty());
}

void TestOverviewFacts::service_typeIpsPortsSelector()
{
    const QJsonObject web = fixture(Kinds::services(), QStringLiteral("web"));
    const Ui::Overview o = Ui::buildOverview(Kinds::services(), web, Now);
    QCOMPARE(fact(o, QStringLiteral("Type")), QStringLiteral("ClusterIP"));
    QCOMPARE(fact(o, QStringLiteral("Cluster IPs")), web.value(u"spec").toObject().value(u"clusterIP").toString());
    QCOMPARE(fact(o, QStringLiteral("Selector")), QStringLiteral("app.kubernetes.io/name=web"));
    const Ui::OverviewSection *ports = section(o, QStringLiteral("Ports"));
    QVERIFY(ports);
    QCOMPARE(ports->rows.first(),
        (QStringList {
            QStringLiteral("http"), QStringLiteral("80"), QStringLiteral("http"), QString(), QStringLiteral("TCP") }));
}

void TestOverviewFacts::claim_and_volume()
{
    const QJsonObject claim = fixture(Kinds::persistentVolumeClaims(), QStringLiteral("backups"));
    const Ui::Overview o = Ui::buildOverview(Kinds::persistentVolumeClaims(), claim, Now);
    QCOMPARE(fact(o, QStringLiteral("Status")), QStringLiteral("Bound"));
    QCOMPARE(fact(o, QStringLiteral("Capacity")), QStringLiteral("50Gi"));
    QCOMPARE(fact(o, QStringLiteral("Access modes")), QStringLiteral("ReadWriteOnce"));
    QCOMPARE(fact(o, QStringLiteral("Storage class")), QStringLiteral("standard"));
    const QString volumeName = fact(o, QStringLiteral("Volume"));
    const Ui::Overview v
        = Ui::buildOverview(Kinds::persistentVolumes(), fixture(Kinds::persistentVolumes(), volumeName), Now);
    QCOMPARE(fact(v, QStringLiteral("Claim")), QStringLiteral("data/backups"));
    QCOMPARE(fact(v, QStringLiteral("Reclaim policy")), QStringLiteral("Delete"));
    QVERIFY(fact(v, QStringLiteral("Source")).startsWith(QStringLiteral("host path ")));
}

void TestOverviewFacts::cronJob_scheduleAndSuspend()
{
    const QJsonObject cronJob = fixture(Kinds::cronJobs(), QStringLiteral("nightly-report"));
    const Ui::Overview o = Ui::buildOverview(Kinds::cronJobs(), cronJob, Now);
    QCOMPARE(fact(o, QStringLiteral("Schedule")), cronJob.value(u"spec").toObject().value(u"schedule").toString());
    QCOMPARE(fact(o, QStringLiteral("Suspend")), QStringLiteral("no"));
    QVERIFY(fact(o, QStringLiteral("Last schedule")).contains(QStringLiteral(" ago (")));
}

void TestOverviewFacts::configMap_keysAndSizesOnly()
{
    const QJsonObject cm = QJsonDocument::fromJson(R"({"kind": "ConfigMap", "metadata": {"name": "c", "namespace": "n"},
        "data": {"a.conf": "hello", "empty": ""}, "binaryData": {"logo": "AAEC"}})")
                               .object();
    const Ui::Overview o = Ui::buildOverview(Kinds::configMaps(), cm, Now);
    const Ui::OverviewSection *keys = section(o, QStringLiteral("Keys"));
    QVERIFY(keys);
    QCOMPARE(keys->rows,
        (QList<QStringList> { { QStringLiteral("a.conf"), QStringLiteral("5 bytes") },
            { QStringLiteral("empty"), QStringLiteral("0 bytes") },
            { QStringLiteral("logo"), QStringLiteral("3 bytes (binary)") } }));
    QCOMPARE(fact(o, QStringLiteral("Keys")), QStringLiteral("3"));
}

void TestOverviewFacts::unknownKind_specScalars_andConditions()
{
    const QJsonObject order
        = QJsonDocument::fromJson(R"({"kind": "Order", "metadata": {"name": "o1", "namespace": "shop",
        "creationTimestamp": "2026-11-27T23:00:00Z"},
        "spec": {"customer": "ada", "items": 3, "express": true, "lines": [{"sku": "x"}]},
        "status": {"phase": "Paid", "conditions": [{"type": "Shipped", "status": "False", "reason": "Waiting"}]}})")
              .object();
    const Core::ResourceRef orders { QStringLiteral("shop.sextant.io"), QStringLiteral("v1"), QStringLiteral("orders"),
        true };
    const Ui::Overview o = Ui::buildOverview(orders, order, Now);
    QCOMPARE(o.kind, QStringLiteral("Order"));
    QCOMPARE(o.age, QStringLiteral("60m"));
    QCOMPARE(o.facts,
        (QList<QPair<QString, QString>> { { QStringLiteral("Phase"), QStringLiteral("Paid") },
            { QStringLiteral("customer"), QStringLiteral("ada") },
            { QStringLiteral("express"), QStringLiteral("true") }, { QStringLiteral("items"), QStringLiteral("3") } }));
    const Ui::OverviewSection *conditions = section(o, QStringLiteral("Conditions"));
    QVERIFY(conditions);
    QCOMPARE(conditions->rows.first().mid(0, 3),
        (QStringList { QStringLiteral("Shipped"), QStringLiteral("False"), QStringLiteral("Waiting") }));
    QCOMPARE(conditions->rowHealth.first(), Core::Health::Warning);
}

void TestOverviewFacts::pod_controllerAndRestarts()
{
    const QJsonObject pod = fixture(Kinds::pods(), QStringLiteral("postgres-0"));
    QVERIFY(!pod.isEmpty());
    const Ui::Overview o = Ui::buildOverview(Kinds::pods(), pod, Now);
    QCOMPARE(fact(o, QStringLiteral("Controlled by")), QStringLiteral("StatefulSet/postgres"));
    QCOMPARE(fact(o, QStringLiteral("Restarts")), QStringLiteral("0"));
    QCOMPARE(fact(o, QStringLiteral("Phase")), QStringLiteral("Running"));
    QCOMPARE(fact(o, QStringLiteral("Node")), pod.value(u"spec").toObject().value(u"nodeName").toString());
    QVERIFY(section(o, QStringLiteral("Containers")));
}

QTEST_MAIN(TestOverviewFacts)
#include "tst_overviewfacts.moc"
