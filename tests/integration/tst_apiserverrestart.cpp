// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "core/watch/listwatch.h"
#include "core/watch/objectstore.h"
#include "kubectl.h"
#include "kubesimcluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <csignal>

using namespace Sextant::Core;

namespace {
const ResourceRef kPods { QString(), QStringLiteral("v1"), QStringLiteral("pods"), true };

QByteArray podList(const QString &ns, const QString &prefix, int count)
{
    QJsonArray items;
    for (int i = 0; i < count; ++i) {
        items.append(QJsonObject {
            { QStringLiteral("apiVersion"), QStringLiteral("v1") },
            { QStringLiteral("kind"), QStringLiteral("Pod") },
            { QStringLiteral("metadata"),
                QJsonObject { { QStringLiteral("name"), QStringLiteral("%1-%2").arg(prefix).arg(i) },
                    { QStringLiteral("namespace"), ns } } },
            { QStringLiteral("spec"),
                QJsonObject { { QStringLiteral("containers"),
                    QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("app") },
                        { QStringLiteral("image"), QStringLiteral("registry.example/app:1") } } } } } },
        });
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
                             { QStringLiteral("kind"), QStringLiteral("List") }, { QStringLiteral("items"), items } })
        .toJson(QJsonDocument::Compact);
}

// key -> resourceVersion, as kubectl sees the namespace's pods.
QMap<QString, QString> podsFromKubectl(const QString &ns)
{
    QMap<QString, QString> out;
    const QJsonArray items = kubectlJson({ QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), ns })
                                 .object()
                                 .value(QLatin1String("items"))
                                 .toArray();
    for (const QJsonValue &item : items) {
        out.insert(ObjectStore::keyOf(item.toObject()), ObjectStore::resourceVersionOf(item.toObject()));
    }
    return out;
}

QMap<QString, QString> podsInStore(const ObjectStore &store)
{
    QMap<QString, QString> out;
    for (const QString &key : store.keys()) {
        out.insert(key, ObjectStore::resourceVersionOf(store.object(key)));
    }
    return out;
}

// The pods still change while kwok starts and removes them, so the store and
// kubectl agree only between two changes: true once one comparison agrees
// within timeoutMs. (QTRY would compare again after an agreement and could
// catch the next change in between.)
bool agreesWithKubectl(const ObjectStore &store, const QString &ns, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (podsInStore(store) != podsFromKubectl(ns)) {
        if (waited.elapsed() > timeoutMs)
            return false;
        QTest::qWait(250);
    }
    return true;
}

bool apiserverReady()
{
    return kubectl({ QStringLiteral("get"), QStringLiteral("--raw"), QStringLiteral("/readyz") }).exitCode == 0;
}
} // namespace

// The apiserver restarts under a live watch: the watch reconnects, the
// resourceVersion it resumes from has been left behind (410 Gone), it relists
// and diffs, and the store ends equal to what kubectl sees, event by event.
class TestApiserverRestart final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        m_scratch = std::make_unique<ScratchNamespace>(QStringLiteral("it-restart"));
        QVERIFY(m_scratch->isCreated());
        m_namespace = m_scratch->name();
    }

    void cleanupTestCase()
    {
        QTRY_VERIFY_WITH_TIMEOUT(apiserverReady(), 60000);
        m_scratch.reset();
    }

    void restartMidWatch_relistsAfterGone_storeEqualsKubectl()
    {
        ClusterManager manager(kubeSimManagerOptions());
        ClusterConnection *connection = connectKubeSim(manager);
        QVERIFY(connection);
        ObjectStore *store = connection->store(kPods, m_namespace);
        ListWatch *watch = connection->watchOf(kPods, m_namespace);
        QVERIFY(store && watch);
        QTRY_VERIFY_WITH_TIMEOUT(store->hasSynced(), 30000);

        KubectlResult created = kubectl({ QStringLiteral("create"), QStringLiteral("-f"), QStringLiteral("-") },
            podList(m_namespace, QStringLiteral("before"), 20));
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QTRY_COMPARE_WITH_TIMEOUT(store->size(), 20, 30000);
        const int listsBefore = watch->statistics().lists;

        // A write the pod watch does not see moves etcd past its last
        // resourceVersion, so resuming from it after the restart is 410 Gone.
        QCOMPARE(kubectl({ QStringLiteral("create"), QStringLiteral("configmap"), QStringLiteral("marker"),
                             QStringLiteral("-n"), m_namespace })
                     .exitCode,
            0);

        QFile pidFile(QFileInfo(kubeSimKubeconfig()).dir().filePath(QStringLiteral("kube-sim.pid")));
        QVERIFY2(pidFile.open(QIODevice::ReadOnly), qPrintable(pidFile.fileName()));
        const int supervisor = pidFile.readAll().trimmed().toInt();
        QVERIFY(supervisor > 1);
        QCOMPARE(::kill(supervisor, SIGUSR1), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!apiserverReady(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(apiserverReady(), 120000);

        created = kubectl({ QStringLiteral("create"), QStringLiteral("-f"), QStringLiteral("-") },
            podList(m_namespace, QStringLiteral("after"), 10));
        QVERIFY2(created.exitCode == 0, created.err.constData());
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(kubectl({ QStringLiteral("delete"), QStringLiteral("pod"), QStringLiteral("before-%1").arg(i),
                                 QStringLiteral("-n"), m_namespace, QStringLiteral("--wait=false") })
                         .exitCode,
                0);
        }
        // Backoff is capped at 30 s; allow a few rounds.
        QVERIFY(agreesWithKubectl(*store, m_namespace, 120000));
        QCOMPARE(store->size(), 25);
        QVERIFY2(watch->statistics().lists > listsBefore,
            qPrintable(QStringLiteral("expected a relist after 410; lists %1 -> %2")
                           .arg(listsBefore)
                           .arg(watch->statistics().lists)));
        // Later events keep it equal.
        QTest::qWait(3000);
        QVERIFY(agreesWithKubectl(*store, m_namespace, 30000));
    }

private:
    QString m_namespace;
    std::unique_ptr<ScratchNamespace> m_scratch;
};

QTEST_GUILESS_MAIN(TestApiserverRestart)
#include "tst_apiserverrestart.moc"
