// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../kubectl.h"
#include "../kubesimcluster.h"
#include "../tablekeys.h"
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "core/models/resourcetablemodel.h"
#include "core/watch/listwatch.h"
#include "core/watch/objectstore.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/navigatorcatalog.h"
#include "ui/views/resourceview.h"

#include <QJsonArray>
#include <QTableView>
#include <QTest>

#include <chrono>
#include <memory>

using namespace Sextant;
using namespace std::chrono_literals;

namespace {
const Core::ResourceRef configmaps { QString(), QStringLiteral("v1"), QStringLiteral("configmaps"), true };
} // namespace

// A store nobody follows has its watch released after a while, and is
// watched again, from a fresh list, when something asks for it.
class TestIdleWatches final : public QObject {
    Q_OBJECT

    std::unique_ptr<Core::ClusterManager> m_manager;
    Core::ClusterConnection *m_connection = nullptr;
    std::unique_ptr<ScratchNamespace> m_scratch;

    void createConfigMap(const QString &name)
    {
        const KubectlResult created = kubectl(
            { QStringLiteral("create"), QStringLiteral("configmap"), name, QStringLiteral("-n"), m_scratch->name() });
        QVERIFY2(created.exitCode == 0, created.err.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        m_manager = std::make_unique<Core::ClusterManager>(kubeSimManagerOptions());
        m_connection = connectKubeSim(*m_manager);
        QVERIFY(m_connection);
        m_scratch = std::make_unique<ScratchNamespace>(QStringLiteral("idle"));
        QVERIFY(m_scratch->isCreated());
    }

    void cleanupTestCase()
    {
        m_scratch.reset();
        m_manager.reset();
    }

    void store_releasedWhenUnfollowed_watchedAgainOnUse()
    {
        m_connection->setIdleRelease(300ms);
        const QString ns = m_scratch->name();
        createConfigMap(QStringLiteral("first"));
        auto follower = std::make_unique<QObject>();
        Core::ObjectStore *store = m_connection->store(configmaps, ns);
        connect(store, &Core::ObjectStore::changed, follower.get(), [] {});
        QTRY_VERIFY_WITH_TIMEOUT(store->contains(ns + QStringLiteral("/first")), 30000);
        QTest::qWait(1000);
        QVERIFY(m_connection->watchOf(configmaps, ns)->isRunning()); // followed: kept

        follower.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!m_connection->watchOf(configmaps, ns)->isRunning(), 5000);
        QCOMPARE(store->size(), 0);
        QVERIFY(!store->hasSynced());

        createConfigMap(QStringLiteral("second"));
        QCOMPARE(m_connection->store(configmaps, ns), store); // the same store, watched again
        QVERIFY(m_connection->watchOf(configmaps, ns)->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(store->hasSynced(), 30000);
        QVERIFY(store->contains(ns + QStringLiteral("/first")));
        QVERIFY(store->contains(ns + QStringLiteral("/second")));
        m_connection->setIdleRelease(5min);
    }

    void window_keepsRecentTablesWarm_releasesTheRest()
    {
        Ui::MainWindow window(m_manager.get());
        window.show();
        window.openContext(QStringLiteral("admin"));
        QVERIFY(waitConnected(m_manager->connection(QStringLiteral("admin"))));
        m_connection->setIdleRelease(300ms);
        QStringList visited;
        for (const Ui::NavigatorEntry &entry : Ui::navigatorEntries()) {
            if (entry.id != QLatin1String("namespaces") && entry.resource.isValid())
                visited << entry.id;
        }
        QVERIFY(visited.size() > Ui::MainWindow::MaxWarmModels + 2);
        for (const QString &id : std::as_const(visited))
            window.showEntry(id);
        QVERIFY(window.warmModelCount() <= Ui::MainWindow::MaxWarmModels);

        // ReplicaSets: opened early, and followed by nothing but their table.
        const qsizetype early = visited.indexOf(QStringLiteral("apps/replicasets"));
        QVERIFY(early >= 0 && early < visited.size() - Ui::MainWindow::MaxWarmModels);
        const Ui::NavigatorEntry *first = Ui::findNavigatorEntry(visited.at(early));
        const Ui::NavigatorEntry *last = Ui::findNavigatorEntry(visited.last());
        const auto namespaceOf = [&window](const Ui::NavigatorEntry *entry) {
            return entry->resource.namespaced ? window.activeNamespace() : QString();
        };
        const Core::ListWatch *firstWatch = m_connection->watchOf(first->resource, namespaceOf(first));
        const Core::ListWatch *lastWatch = m_connection->watchOf(last->resource, namespaceOf(last));
        QVERIFY(firstWatch && lastWatch);
        QTRY_VERIFY_WITH_TIMEOUT(!firstWatch->isRunning(), 5000);
        QTest::qWait(1000);
        QVERIFY(lastWatch->isRunning()); // on screen

        // Back to them: listed again, and equal to what kubectl lists.
        window.showEntry(first->id);
        auto *model = qobject_cast<Core::ResourceTableModel *>(window.resourceView()->table()->model());
        QVERIFY(model);
        Core::ObjectStore *store = m_connection->store(first->resource, namespaceOf(first));
        QTRY_VERIFY_WITH_TIMEOUT(store->hasSynced(), 30000);
        store->flush();
        const QStringList expected = keysFromKubectl(first->resource, namespaceOf(first));
        const QStringList shown = keysInModel(model);
        QCOMPARE(shown, expected);
        m_connection->setIdleRelease(5min);
    }
};

QTEST_MAIN(TestIdleWatches)
#include "tst_idlewatches.moc"
