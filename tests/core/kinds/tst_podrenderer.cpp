// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/kinds/kindregistry.h"
#include "core/kinds/podrenderer.h"
#include "jsonliteral.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Sextant::Core;

// The READY / STATUS / RESTARTS columns as kubectl's printPod computes them
// (kubernetes pkg/printers/internalversion TestPrintPod*), as our own cases.
class TestPodRenderer final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void render_data()
    {
        QTest::addColumn<QJsonObject>("pod");
        QTest::addColumn<QString>("ready");
        QTest::addColumn<QString>("status");
        QTest::addColumn<qint64>("restarts");
        QTest::addColumn<int>("health");

        QTest::newRow("running, all ready") << json(R"({"metadata":{"name":"a"},
            "spec":{"containers":[{"name":"x"},{"name":"y"}]},
            "status":{"phase":"Running","containerStatuses":[
              {"name":"x","ready":true,"restartCount":0,"state":{"running":{}}},
              {"name":"y","ready":true,"restartCount":2,"state":{"running":{}}}]}})")
                                            << "2/2"
                                            << "Running" << qint64(2) << int(Health::Healthy);
        QTest::newRow("running, one not ready") << json(R"({"metadata":{"name":"a"},
            "spec":{"containers":[{"name":"x"},{"name":"y"}]},
            "status":{"phase":"Running","containerStatuses":[
              {"name":"x","ready":false,"restartCount":0,"state":{"running":{}}},
              {"name":"y","ready":true,"restartCount":0,"state":{"running":{}}}]}})")
                                                << "1/2"
                                                << "Running" << qint64(0) << int(Health::Progressing);
        QTest::newRow("waiting reason wins") << json(R"({"metadata":{"name":"a"},
            "spec":{"containers":[{"name":"x"}]},
            "status":{"phase":"Running","containerStatuses":[
              {"name":"x","ready":false,"restartCount":5,"state":{"waiting":{"reason":"CrashLoopBackOff"}}}]}})")
                                             << "0/1"
                                             << "CrashLoopBackOff" << qint64(5) << int(Health::Failed);
        QTest::newRow("pending, creating") << json(R"({"metadata":{"name":"a"},
            "spec":{"containers":[{"name":"x"}]},
            "status":{"phase":"Pending","containerStatuses":[
              {"name":"x","ready":false,"restartCount":0,"state":{"waiting":{"reason":"ContainerCreating"}}}]}})")
                                           << "0/1"
                                           << "ContainerCreating" << qint64(0) << int(Health::Progressing);
        QTest::newRow("pending, unscheduled") << json(R"({"metadata":{"name":"a"},
            "spec":{"containers":[{"name":"x"}]},"status":{"phase":"Pending"}})")
                                              << "0/1"
                                              << "Pending" << qint64(0) << int(Health::Progressing);
        QTest::newRow("completed") << json(R"({"metadata":{"name":"a"},
            "spec":{"containers":[{"name":"x"}]},
            "status":{"phase":"Succeeded","containerStatuses":[
              {"name":"x","ready":false,"restartCount":0,"state":{"terminated":{"reason":"Completed","exitCode":0}}}]}})")
                                   << "0/1"
                                   << "Completed" << qint64(0) << int(Health::Healthy);
        QTest::newRow("terminated without reason: exit code") << json(R"({"metadata":{"name":"a"},
            "spec":{"containers":[{"name":"x"}]},
            "status":{"phase":"Failed","containerStatuses":[
              {"name":"x","restartCount":0,"state":{"terminated":{"exitCode":3}}}]}})")
                                                              << "0/1"
                                                              << "ExitCode:3" << qint64(0) << int(Health::Failed);
        QTest::newRow("terminated without reason: signal") << json(R"({"metadata":{"name":"a"},
            "spec":{"containers":[{"name":"x"}]},
            "status":{"phase":"Failed","containerStatuses":[
              {"name":"x","restartCount":0,"state":{"terminated":{"exitCode":137,"signal":9}}}]}})")
                                                           << "0/1"
                                                           << "Signal:9" << qint64(0) << int(Health::Failed);
        QTest::newRow("init container running") << json(R"({"metadata":{"name":"a"},
            "spec":{"initContainers":[{"name":"i1"},{"name":"i2"}],"containers":[{"name":"x"}]},
            "status":{"phase":"Pending","initContainerStatuses":[
              {"name":"i1","restartCount":0,"state":{"terminated":{"exitCode":0,"reason":"Completed"}}},
              {"name":"i2","restartCount":0,"state":{"running":{}}}],
              "containerStatuses":[{"name":"x","restartCount":0,"state":{"waiting":{"reason":"PodInitializing"}}}]}})")
                                                << "0/1"
                                                << "Init:1/2" << qint64(0) << int(Health::Progressing);
        QTest::newRow("init container waiting with reason") << json(R"({"metadata":{"name":"a"},
            "spec":{"initContainers":[{"name":"i1"}],"containers":[{"name":"x"}]},
            "status":{"phase":"Pending","initContainerStatuses":[
              {"name":"i1","restartCount":1,"state":{"waiting":{"reason":"ErrImagePull"}}}]}})")
                                                            << "0/1"
                                                            << "Init:ErrImagePull" << qint64(1) << int(Health::Failed);
        QTest::newRow("init container failed") << json(R"({"metadata":{"name":"a"},
            "spec":{"initContainers":[{"name":"i1"}],"containers":[{"name":"x"}]},
            "status":{"phase":"Pending","initContainerStatuses":[
              {"name":"i1","restartCount":0,"state":{"terminated":{"exitCode":1}}}]}})")
                                               << "0/1"
                                               << "Init:ExitCode:1" << qint64(0) << int(Health::Failed);
        QTest::newRow("sidecar counts towards ready") << json(R"({"metadata":{"name":"a"},
            "spec":{"initContainers":[{"name":"proxy","restartPolicy":"Always"}],"containers":[{"name":"x"}]},
            "status":{"phase":"Running","conditions":[{"type":"Initialized","status":"True"}],
              "initContainerStatuses":[
              {"name":"proxy","ready":true,"started":true,"restartCount":1,"state":{"running":{}}}],
              "containerStatuses":[{"name":"x","ready":true,"restartCount":0,"state":{"running":{}}}]}})")
                                                      << "2/2"
                                                      << "Running" << qint64(1) << int(Health::Healthy);
        QTest::newRow("completed but a container still running and ready")
            << json(R"({"metadata":{"name":"a"},
            "spec":{"containers":[{"name":"x"},{"name":"y"}]},
            "status":{"phase":"Running","conditions":[{"type":"Ready","status":"True"}],"containerStatuses":[
              {"name":"x","ready":true,"restartCount":0,"state":{"running":{}}},
              {"name":"y","ready":false,"restartCount":0,"state":{"terminated":{"reason":"Completed","exitCode":0}}}]}})")
            << "1/2"
            << "Running" << qint64(0) << int(Health::Progressing);
        QTest::newRow("completed, still running, not ready") << json(R"({"metadata":{"name":"a"},
            "spec":{"containers":[{"name":"x"},{"name":"y"}]},
            "status":{"phase":"Running","conditions":[{"type":"Ready","status":"False"}],"containerStatuses":[
              {"name":"x","ready":true,"restartCount":0,"state":{"running":{}}},
              {"name":"y","ready":false,"restartCount":0,"state":{"terminated":{"reason":"Completed","exitCode":0}}}]}})")
                                                             << "1/2"
                                                             << "NotReady" << qint64(0) << int(Health::Warning);
        QTest::newRow("deleting a running pod")
            << json(R"({"metadata":{"name":"a","deletionTimestamp":"2026-01-01T00:00:00Z"},
            "spec":{"containers":[{"name":"x"}]},
            "status":{"phase":"Running","containerStatuses":[
              {"name":"x","ready":true,"restartCount":0,"state":{"running":{}}}]}})")
            << "1/1"
            << "Terminating" << qint64(0) << int(Health::Progressing);
        QTest::newRow("deleting a finished pod keeps its reason")
            << json(R"({"metadata":{"name":"a","deletionTimestamp":"2026-01-01T00:00:00Z"},
            "spec":{"containers":[{"name":"x"}]},
            "status":{"phase":"Succeeded","containerStatuses":[
              {"name":"x","ready":false,"restartCount":0,"state":{"terminated":{"reason":"Completed","exitCode":0}}}]}})")
            << "0/1"
            << "Completed" << qint64(0) << int(Health::Healthy);
        QTest::newRow("node lost while deleting")
            << json(R"({"metadata":{"name":"a","deletionTimestamp":"2026-01-01T00:00:00Z"},
            "spec":{"containers":[{"name":"x"}]},"status":{"phase":"Running","reason":"NodeLost"}})")
            << "0/1"
            << "Unknown" << qint64(0) << int(Health::Warning);
        QTest::newRow("evicted") << json(R"({"metadata":{"name":"a"},
            "spec":{"containers":[{"name":"x"}]},"status":{"phase":"Failed","reason":"Evicted"}})")
                                 << "0/1"
                                 << "Evicted" << qint64(0) << int(Health::Failed);
    }

    void render()
    {
        QFETCH(QJsonObject, pod);
        QFETCH(QString, ready);
        QFETCH(QString, status);
        QFETCH(qint64, restarts);
        QFETCH(int, health);
        const RenderedRow row = PodRenderer().render(pod);
        QCOMPARE(row.cells.value(1).toString(), ready);
        QCOMPARE(row.cells.value(2).toString(), status);
        QCOMPARE(row.cells.value(3).toLongLong(), restarts);
        QCOMPARE(int(row.health), health);
    }

    // Pods captured from kube-sim with `kubectl get pods -o json`: every
    // Running kwok pod renders Running, fully ready, with its node and IP.
    void render_capturedFromKubeSim()
    {
        QFile file(QStringLiteral(SEXTANT_TEST_DATA_DIR "/kube-sim/pods.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QJsonArray items
            = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("items")).toArray();
        QVERIFY(!items.isEmpty());
        const KindRenderer *renderer = KindRegistry::instance().renderer(QString(), QStringLiteral("pods"));
        int running = 0;
        for (const QJsonValue &item : items) {
            const QJsonObject pod = item.toObject();
            const RenderedRow row = renderer->render(pod);
            QCOMPARE(row.cells.value(0).toString(), Sextant::Core::objectName(pod));
            if (pod.value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString()
                == QLatin1String("Running")) {
                ++running;
                QCOMPARE(row.cells.value(2).toString(), QStringLiteral("Running"));
                QVERIFY(!row.cells.value(5).toString().isEmpty()); // IP
                QVERIFY(!row.cells.value(6).toString().isEmpty()); // node
                QVERIFY(row.created.isValid());
            }
        }
        QVERIFY(running > 0);
    }

    void registry_unknownResource_getsGenericRenderer()
    {
        const KindRenderer *renderer
            = KindRegistry::instance().renderer(QStringLiteral("example.com"), QStringLiteral("widgets"));
        QVERIFY(renderer);
        QCOMPARE(renderer->columns().size(), 2);
        const RenderedRow row
            = renderer->render(json(R"({"metadata":{"name":"w1","creationTimestamp":"2026-11-01T10:00:00Z"}})"));
        QCOMPARE(row.cells.value(0).toString(), QStringLiteral("w1"));
        QCOMPARE(row.created, QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(TestPodRenderer)
#include "tst_podrenderer.moc"
