// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/cluster/clustermanager.h"
#include "core/models/contextlistmodel.h"
#include "ui/mainwindow/clusterlistpage.h"
#include "ui/mainwindow/doctordialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/palette/commandpalette.h"
#include "ui/widgets/messagebanner.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Sextant;

namespace {
QString writeKubeconfig(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("config"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(R"(apiVersion: v1
kind: Config
clusters:
- name: local
  cluster: {server: 'https://127.0.0.1:1', insecure-skip-tls-verify: true}
contexts:
- name: alpha
  context: {cluster: local, user: me}
- name: broken
  context: {cluster: nowhere, user: me}
users:
- name: me
  user: {token: CANARY-TOKEN-77aa}
)");
    return path;
}

} // namespace

class TestMainWindow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // QSettings ignores the test mode: keep the user's own settings out of reach.
        QCoreApplication::setOrganizationName(QStringLiteral("SextantTests"));
        QSettings().clear();
    }

    void languageMenu_choice_isSavedForNextStart()
    {
        QTemporaryDir dir;
        Core::ClusterManager::Options options;
        options.load.explicitPath = writeKubeconfig(dir);
        Core::ClusterManager manager(options);
        Ui::MainWindow window(&manager);
        QAction *chinese = nullptr;
        QAction *system = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == QStringLiteral("简体中文")) {
                chinese = action;
            } else if (action->text() == QStringLiteral("Follow the system")) {
                system = action;
            }
        }
        QVERIFY(chinese && system);
        QVERIFY(system->isChecked());
        chinese->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("ui/locale")).toString(), QStringLiteral("zh_CN"));
        system->trigger();
        QVERIFY(!QSettings().contains(QStringLiteral("ui/locale")));
    }

    void start_showsEveryContextInClusterListAndSwitcher()
    {
        QTemporaryDir dir;
        Core::ClusterManager::Options options;
        options.load.explicitPath = writeKubeconfig(dir);
        Core::ClusterManager manager(options);
        Ui::MainWindow window(&manager);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *model = window.clusterListPage()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 2);
        auto *switcher = window.findChild<QComboBox *>(QStringLiteral("clusterComboBox"));
        QVERIFY(switcher);
        QCOMPARE(switcher->count(), 2);
        QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), window.clusterListPage());
    }

    void openBrokenContext_showsReasonInBannerAndStaysOnClusterList()
    {
        QTemporaryDir dir;
        Core::ClusterManager::Options options;
        options.load.explicitPath = writeKubeconfig(dir);
        Core::ClusterManager manager(options);
        Ui::MainWindow window(&manager);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        window.openContext(QStringLiteral("broken"));
        Ui::MessageBanner *banner = Ui::MessageBanner::visibleIn(window);
        QVERIFY(banner);
        QCOMPARE(banner->level(), Ui::MessageBanner::Level::Error);
        QVERIFY2(banner->text().contains(QLatin1String("nowhere")), qPrintable(banner->text()));
        QVERIFY(!banner->text().contains(QLatin1String("CANARY")));
        QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), window.clusterListPage());
    }

    void commandPalette_ctrlK_listsKindsAndClusters_andRunsChoice()
    {
        QTemporaryDir dir;
        Core::ClusterManager::Options options;
        options.load.explicitPath = writeKubeconfig(dir);
        Core::ClusterManager manager(options);
        Ui::MainWindow window(&manager);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        Ui::CommandPalette *palette = window.commandPalette();
        QVERIFY(palette->isVisible());
        QStringList texts;
        for (int row = 0; row < palette->model()->rowCount(); ++row) {
            texts.append(palette->model()->index(row, 0).data().toString());
        }
        QVERIFY(texts.contains(QStringLiteral("Deployments")));
        QVERIFY(texts.contains(QStringLiteral("alpha")));

        QTest::keyClicks(palette->input(), QStringLiteral("broken"));
        QCOMPARE(palette->list()->currentIndex().data().toString(), QStringLiteral("broken"));
        QTest::keyClick(palette->input(), Qt::Key_Return);
        QVERIFY(!palette->isVisible());
        QCOMPARE(window.activeContext(), QStringLiteral("broken"));
    }

    void newWindow_showsSameCluster()
    {
        QTemporaryDir dir;
        Core::ClusterManager::Options options;
        options.load.explicitPath = writeKubeconfig(dir);
        Core::ClusterManager manager(options);
        Ui::MainWindow window(&manager);
        window.show();
        window.openContext(QStringLiteral("broken"));
        QPointer<Ui::MainWindow> second = window.openNewWindow();
        QVERIFY(second);
        QCOMPARE(second->activeContext(), QStringLiteral("broken"));
        second->close();
        QTRY_VERIFY(!second);
    }

    void podsWithoutCluster_asksToOpenOne()
    {
        QTemporaryDir dir;
        Core::ClusterManager::Options options;
        options.load.explicitPath = writeKubeconfig(dir);
        Core::ClusterManager manager(options);
        Ui::MainWindow window(&manager);
        window.show();
        window.showPage(Ui::MainWindow::Page::Pods);
        Ui::MessageBanner *banner = Ui::MessageBanner::visibleIn(window);
        QVERIFY(banner);
        QCOMPARE(banner->text(), QStringLiteral("Open a cluster first."));
    }

    void doctorDialog_brokenContext_failsAtKubeconfigStepWithReason()
    {
        QTemporaryDir dir;
        Core::ClusterManager::Options options;
        options.load.explicitPath = writeKubeconfig(dir);
        Core::ClusterManager manager(options);
        Ui::DoctorDialog dialog(&manager, QStringLiteral("broken"));
        QSignalSpy finished(&dialog, &Ui::DoctorDialog::checkFinished);
        dialog.run();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QTreeWidgetItem *first = dialog.stepsView()->topLevelItem(0);
        QVERIFY(first);
        QVERIFY2(first->text(1).contains(QLatin1String("nowhere")), qPrintable(first->text(1)));
        QVERIFY(!first->text(1).contains(QLatin1String("CANARY")));
        QVERIFY(dialog.stepsView()->topLevelItem(5)->text(1).contains(QLatin1String("skipped")));
    }

    void noKubeconfig_explainsHowToAddOne()
    {
        QTemporaryDir home;
        Core::ClusterManager::Options options;
        options.load.homePath = home.path();
        options.load.envKubeconfig.clear();
        Core::ClusterManager manager(options);
        Ui::MainWindow window(&manager);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::MessageBanner *banner = Ui::MessageBanner::visibleIn(window);
        QVERIFY(banner);
        QVERIFY2(banner->text().contains(QLatin1String("--kubeconfig")), qPrintable(banner->text()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
