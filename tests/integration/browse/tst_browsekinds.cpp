// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../kubectl.h"
#include "../kubesimcluster.h"
#include "../tablekeys.h"
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "core/models/resourcetablemodel.h"
#include "core/watch/objectstore.h"
#include "ui/detail/detailpane.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/navigatorcatalog.h"
#include "ui/overview/projectsmodel.h"
#include "ui/overview/projectspage.h"
#include "ui/views/resourceview.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Sextant;

// Every kind of the navigator, opened in the real window against kube-sim,
// shows exactly the objects `kubectl get -A` lists.
class TestBrowseKinds final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        Core::ClusterManager::Options options = kubeSimManagerOptions();
        options.allNamespaces = true;
        m_manager = std::make_unique<Core::ClusterManager>(options);
        m_window = std::make_unique<Ui::MainWindow>(m_manager.get());
        m_window->show();
        m_window->openContext(QStringLiteral("admin"));
        QVERIFY(waitConnected(m_manager->connection(QStringLiteral("admin"))));
        QCOMPARE(m_window->activeNamespace(), QString());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_manager.reset();
    }

    void everyKind_rowsEqualKubectl_data()
    {
        QTest::addColumn<QString>("id");
        for (const Ui::NavigatorEntry &entry : Ui::navigatorEntries()) {
            if (entry.id != QLatin1String("namespaces")) { // the Projects page, checked below
                QTest::newRow(qPrintable(entry.id)) << entry.id;
            }
        }
    }

    void everyKind_rowsEqualKubectl()
    {
        QFETCH(QString, id);
        const Ui::NavigatorEntry *entry = Ui::findNavigatorEntry(id);
        QVERIFY(entry);
        m_window->showEntry(id);
        auto *model = qobject_cast<Core::ResourceTableModel *>(m_window->resourceView()->table()->model());
        QVERIFY(model);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Core::ObjectStore *store = m_manager->connection(QStringLiteral("admin"))->store(entry->resource);
        QTRY_VERIFY_WITH_TIMEOUT(store->hasSynced(), 30000);

        // Some kinds churn (events, leases of pods): compare until a quiet moment agrees.
        QStringList expected;
        QStringList shown;
        for (int attempt = 0; attempt < 8; ++attempt) {
            expected = keysFromKubectl(entry->resource);
            store->flush();
            shown = keysInModel(model);
            if (shown == expected) {
                break;
            }
            QTest::qWait(750);
        }
        QCOMPARE(shown, expected);
        // Every row renders a name cell and no cell is a raw JSON dump.
        for (int row = 0; row < qMin(model->rowCount(), 20); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QString text = model->index(row, column).data().toString();
                QVERIFY2(!text.startsWith(QLatin1Char('{')), qPrintable(text));
            }
        }
    }

    void projectsPage_listsEveryNamespace()
    {
        m_window->showEntry(QStringLiteral("namespaces"));
        Ui::ProjectsModel *model = m_window->projectsPage()->model();
        QStringList expected;
        QStringList shown;
        for (int attempt = 0; attempt < 40 && (shown.isEmpty() || shown != expected); ++attempt) {
            QTest::qWait(250);
            expected = keysFromKubectl({ QString(), QStringLiteral("v1"), QStringLiteral("namespaces"), false });
            shown.clear();
            for (int row = 0; row < model->rowCount(); ++row) {
                shown.append(model->namespaceAt(row));
            }
            shown.sort();
        }
        QCOMPARE(shown, expected);
    }

    void customResources_listedFromCrds_andShowPrinterColumns()
    {
        const QJsonArray crds = kubectlJson({ QStringLiteral("get"), QStringLiteral("crd") })
                                    .object()
                                    .value(QLatin1String("items"))
                                    .toArray();
        if (crds.isEmpty()) {
            QSKIP("kube-sim has no CRD in this run");
        }
        const QJsonObject crd = crds.first().toObject();
        const QJsonObject spec = crd.value(QLatin1String("spec")).toObject();
        const QString group = spec.value(QLatin1String("group")).toString();
        const QString plural = spec.value(QLatin1String("names")).toObject().value(QLatin1String("plural")).toString();
        const QString id = QStringLiteral("crd:") + group + QLatin1Char('/') + plural;
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_window->findChild<QTreeWidget *>(QStringLiteral("navigatorTreeWidget"))
                 ->findItems(spec.value(QLatin1String("names")).toObject().value(QLatin1String("kind")).toString(),
                     Qt::MatchExactly | Qt::MatchRecursive)
                 .isEmpty(),
            20000);
        m_window->showEntry(id);
        auto *model = qobject_cast<Core::ResourceTableModel *>(m_window->resourceView()->table()->model());
        QVERIFY(model);
        QTRY_VERIFY_WITH_TIMEOUT(keysInModel(model)
                == keysFromKubectl({ group, QString(), plural,
                    spec.value(QLatin1String("scope")).toString() == QLatin1String("Namespaced") }),
            20000);
    }

    void nodeDetail_hasMetricsTab_podlessKindsDoNot()
    {
        m_window->showEntry(QStringLiteral("nodes"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->resourceView()->table()->model()->rowCount() > 0, 20000);
        m_window->resourceView()->table()->selectRow(0);
        QTabWidget *tabs = m_window->detailPane()->tabs();
        QTRY_VERIFY(m_window->detailPane()->isVisible());
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i) {
            titles.append(tabs->tabText(i));
        }
        QVERIFY2(titles.contains(QStringLiteral("Metrics")), qPrintable(titles.join(QLatin1Char(','))));

        m_window->showEntry(QStringLiteral("configmaps"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->resourceView()->table()->model()->rowCount() > 0, 20000);
        m_window->resourceView()->table()->selectRow(0);
        for (int i = 0; i < tabs->count(); ++i) {
            QVERIFY(tabs->tabText(i) != QStringLiteral("Metrics"));
        }
    }

private:
    std::unique_ptr<Core::ClusterManager> m_manager;
    std::unique_ptr<Ui::MainWindow> m_window;
};

QTEST_MAIN(TestBrowseKinds)
#include "tst_browsekinds.moc"
