// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/actions/workloadpatches.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Sextant::Core;

namespace {
ResourceRef apps(const char *resource)
{
    return { QStringLiteral("apps"), QStringLiteral("v1"), QString::fromLatin1(resource), true };
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

class TestWorkloadPatches final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void patches_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("scale") << WorkloadPatches::scale(5) << QByteArray(R"({"spec":{"replicas":5}})");
        QTest::newRow("scale to zero") << WorkloadPatches::scale(0) << QByteArray(R"({"spec":{"replicas":0}})");
        QTest::newRow("pause") << WorkloadPatches::paused(true) << QByteArray(R"({"spec":{"paused":true}})");
        QTest::newRow("resume") << WorkloadPatches::paused(false) << QByteArray(R"({"spec":{"paused":false}})");
        QTest::newRow("suspend") << WorkloadPatches::suspend(true) << QByteArray(R"({"spec":{"suspend":true}})");
        QTest::newRow("unsuspend") << WorkloadPatches::suspend(false) << QByteArray(R"({"spec":{"suspend":false}})");
        QTest::newRow("restart") << WorkloadPatches::restart(QDateTime(QDate(2026, 11, 27), QTime(19, 5, 7), Qt::UTC))
                                 << QByteArray(R"({"spec":{"template":{"metadata":{"annotations":)"
                                               R"({"kubectl.kubernetes.io/restartedAt":"2026-11-27T19:05:07Z"}}}}})");
    }

    void patches()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QByteArray, expected);
        QCOMPARE(patch, expected);
    }

    void rfc3339_localTimeWithMilliseconds_isUtcSeconds()
    {
        const QDateTime time(QDate(2026, 1, 2), QTime(3, 4, 5, 678), QTimeZone(3600));
        QCOMPARE(WorkloadPatches::rfc3339(time), QStringLiteral("2026-01-02T02:04:05Z"));
    }

    void restartRefusal_pausedDeployment_kubectlMessage()
    {
        const QJsonObject paused = parse(R"({"spec":{"paused":true}})");
        QCOMPARE(WorkloadPatches::restartRefusal(apps("deployments"), paused),
            QStringLiteral("can't restart paused deployment (run rollout resume first)"));
        QVERIFY(WorkloadPatches::restartRefusal(apps("deployments"), parse(R"({"spec":{}})")).isEmpty());
        // StatefulSets have no paused field; kubectl restarts them regardless.
        QVERIFY(WorkloadPatches::restartRefusal(apps("statefulsets"), paused).isEmpty());
    }

    void replicas_unset_defaultsToOne()
    {
        QCOMPARE(WorkloadPatches::replicas(parse(R"({"spec":{}})")), 1);
        QCOMPARE(WorkloadPatches::replicas(parse(R"({"spec":{"replicas":0}})")), 0);
        QCOMPARE(WorkloadPatches::replicas(parse(R"({"spec":{"replicas":7}})")), 7);
    }

    void kinds_matchGroupAndResource()
    {
        QVERIFY(WorkloadPatches::isDeployment(apps("deployments")));
        QVERIFY(!WorkloadPatches::isDeployment(
            { QStringLiteral("extensions"), QStringLiteral("v1beta1"), QStringLiteral("deployments"), true }));
        QVERIFY(WorkloadPatches::isCronJob(
            { QStringLiteral("batch"), QStringLiteral("v1"), QStringLiteral("cronjobs"), true }));
        QVERIFY(!WorkloadPatches::isCronJob(apps("cronjobs")));
    }
};

QTEST_GUILESS_MAIN(TestWorkloadPatches)
#include "tst_workloadpatches.moc"
