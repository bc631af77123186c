// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/nodes/drainplan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Sextant::Core;

Q_DECLARE_METATYPE(Sextant::Core::DrainPod::Action)

namespace {

QList<QJsonObject> fixturePods()
{
    QFile file(QFINDTESTDATA("data/pods-on-node.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> pods;
    const QJsonArray items = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("items")).toArray();
    for (const QJsonValue &item : items)
        pods.append(item.toObject());
    return pods;
}

QJsonObject fixturePod(const QString &name)
{
    const QList<QJsonObject> pods = fixturePods();
    for (const QJsonObject &pod : pods) {
        if (pod.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString() == name)
            return pod;
    }
    return {};
}

DrainOptions options(bool ignoreDaemonSets, bool deleteEmptyDirData, bool force)
{
    DrainOptions result;
    result.ignoreDaemonSets = ignoreDaemonSets;
    result.deleteEmptyDirData = deleteEmptyDirData;
    result.force = force;
    return result;
}

} // namespace

class TestDrainPlan final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QCOMPARE(fixturePods().size(), 8); }

    void planPod_data()
    {
        QTest::addColumn<QString>("pod");
        QTest::addColumn<bool>("ignoreDaemonSets");
        QTest::addColumn<bool>("deleteEmptyDirData");
        QTest::addColumn<bool>("force");
        QTest::addColumn<bool>("daemonSetMissing");
        QTest::addColumn<DrainPod::Action>("action");
        QTest::addColumn<QString>("reasonContains"); // "" = no reason

        const auto evict = DrainPod::Action::Evict;
        const auto remove = DrainPod::Action::Delete;
        const auto skip = DrainPod::Action::Skip;
        const auto refuse = DrainPod::Action::Refuse;
        const QString mirror = QStringLiteral("kube-apiserver-kube-sim-node-2");
        const QString daemon = QStringLiteral("node-exporter-7x2kq");
        const QString emptyDir = QStringLiteral("frontend-5c8d9b7f6d-4mzt2");
        const QString bare = QStringLiteral("toolbox");
        const QString completed = QStringLiteral("db-migrate-v42-8kq7w");
        const QString managed = QStringLiteral("web-6b7f8c9d5-x2x9p");
        const QString bareEmptyDir = QStringLiteral("scratchpad");
        const QString orphan = QStringLiteral("log-shipper-9zz1a");

        QTest::newRow("mirror pod: skipped") << mirror << true << false << false << false << skip << "mirror";
        QTest::newRow("mirror pod with force: still skipped")
            << mirror << true << true << true << false << skip << "mirror";
        QTest::newRow("DaemonSet pod, ignored: skipped")
            << daemon << true << false << false << false << skip << "DaemonSet";
        QTest::newRow("DaemonSet pod, not ignored: refused")
            << daemon << false << false << false << false << refuse << "Ignore DaemonSets";
        QTest::newRow("DaemonSet pod, not ignored, force: refused")
            << daemon << false << true << true << false << refuse << "Ignore DaemonSets";
        QTest::newRow("emptyDir pod: refused")
            << emptyDir << true << false << false << false << refuse << "Delete emptyDir data";
        QTest::newRow("emptyDir pod, force alone: refused")
            << emptyDir << true << false << true << false << refuse << "Delete emptyDir data";
        QTest::newRow("emptyDir pod, delete emptyDir data: evicted with warning")
            << emptyDir << true << true << false << false << evict << "emptyDir data will be deleted";
        QTest::newRow("unmanaged pod: refused") << bare << true << false << false << false << refuse << "Force";
        QTest::newRow("unmanaged pod, force: evicted with warning")
            << bare << true << false << true << false << evict << "not managed by a controller";
        QTest::newRow("completed pod: deleted") << completed << true << false << false << false << remove << "";
        QTest::newRow("completed pod, DaemonSets not ignored: deleted")
            << completed << false << false << false << false << remove << "";
        QTest::newRow("managed pod: evicted") << managed << true << false << false << false << evict << "";
        QTest::newRow("unmanaged emptyDir pod, delete emptyDir data only: refused")
            << bareEmptyDir << true << true << false << false << refuse << "Force";
        QTest::newRow("unmanaged emptyDir pod, both options: evicted")
            << bareEmptyDir << true << true << true << false << evict << "not managed";
        QTest::newRow("orphaned DaemonSet pod: refused")
            << orphan << true << false << false << true << refuse << "no longer exists";
        QTest::newRow("orphaned DaemonSet pod, force: evicted")
            << orphan << true << false << true << true << evict << "no longer exists";
        QTest::newRow("DaemonSet pod whose DaemonSet exists: skipped")
            << orphan << true << false << true << false << skip << "DaemonSet";
    }

    void planPod()
    {
        QFETCH(QString, pod);
        QFETCH(bool, ignoreDaemonSets);
        QFETCH(bool, deleteEmptyDirData);
        QFETCH(bool, force);
        QFETCH(bool, daemonSetMissing);
        QFETCH(DrainPod::Action, action);
        QFETCH(QString, reasonContains);

        const QJsonObject object = fixturePod(pod);
        QVERIFY(!object.isEmpty());
        QSet<QString> missing;
        if (daemonSetMissing)
            missing.insert(QStringLiteral("monitoring/log-shipper"));
        const DrainPod planned
            = DrainPlan::planPod(object, options(ignoreDaemonSets, deleteEmptyDirData, force), missing);
        QCOMPARE(planned.name, pod);
        QCOMPARE(planned.action, action);
        if (reasonContains.isEmpty())
            QVERIFY2(planned.reason.isEmpty(), qPrintable(planned.reason));
        else
            QVERIFY2(planned.reason.contains(reasonContains), qPrintable(planned.reason));
    }

    void plan_defaults_keepsOrderAndIdentity()
    {
        const QList<DrainPod> planned = DrainPlan::plan(fixturePods(), DrainOptions {});
        QCOMPARE(planned.size(), 8);
        QCOMPARE(planned[0].key(), QStringLiteral("kube-system/kube-apiserver-kube-sim-node-2"));
        QCOMPARE(planned[0].uid, QStringLiteral("mirror-uid"));
        QCOMPARE(planned[5].key(), QStringLiteral("demo/web-6b7f8c9d5-x2x9p"));
        QCOMPARE(planned[5].action, DrainPod::Action::Evict);
    }

    void daemonSetsOf_unfinishedDaemonSetPods_namespacedNames()
    {
        const QSet<QString> expected { QStringLiteral("monitoring/node-exporter"),
            QStringLiteral("monitoring/log-shipper") };
        QCOMPARE(DrainPlan::daemonSetsOf(fixturePods()), expected);
    }

    void controllerOf_ownerWithoutControllerFlag_isNoController()
    {
        const QJsonObject pod = QJsonDocument::fromJson(R"({"metadata":{"name":"p","ownerReferences":[)"
                                                        R"({"kind":"ReplicaSet","name":"rs","controller":false}]}})")
                                    .object();
        QVERIFY(!DrainPlan::controllerOf(pod));
        QCOMPARE(DrainPlan::planPod(pod, DrainOptions {}).action, DrainPod::Action::Refuse);
    }

    void isFinished_failedPhase_true()
    {
        const QJsonObject pod = QJsonDocument::fromJson(R"({"status":{"phase":"Failed"}})").object();
        QVERIFY(DrainPlan::isFinished(pod));
        QVERIFY(!DrainPlan::isFinished(QJsonObject {}));
    }
};

QTEST_GUILESS_MAIN(TestDrainPlan)
#include "tst_drainplan.moc"
