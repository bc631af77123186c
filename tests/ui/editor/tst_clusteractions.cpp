// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/cluster/clustermanager.h"
#include "fakeassistant.h"
#include "ui/editor/applyresultspanel.h"
#include "ui/editor/clusteractions.h"
#include "ui/editor/manifesteditorwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Sextant;

// The editor's cluster actions without a reachable cluster: what is enabled,
// what the tooltips say, and how a failed connection is reported.
class TestClusterActions final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void withoutManager_disabledWithReason()
    {
        Ui::ManifestEditorWindow window(std::make_shared<FakeAssistant>());
        window.newDocument(QStringLiteral("kind: ConfigMap\n"));
        Ui::ClusterActions *cluster = window.clusterActions();
        QVERIFY(!cluster->applyAction()->isEnabled());
        QVERIFY(cluster->applyAction()->toolTip().startsWith(QStringLiteral("No cluster")));
        QCOMPARE(cluster->contextSelector()->currentText(), QStringLiteral("No cluster"));
    }

    void managerWithoutContexts_disabledWithReason()
    {
        QTemporaryDir dir;
        Core::ClusterManager::Options options;
        options.load.explicitPath = dir.filePath(QStringLiteral("missing-kubeconfig"));
        Core::ClusterManager manager(options);
        Ui::ManifestEditorWindow window(std::make_shared<FakeAssistant>());
        window.setClusterManager(&manager);
        window.newDocument(QStringLiteral("kind: ConfigMap\n"));
        QVERIFY(!window.clusterActions()->diffAction()->isEnabled());
        QVERIFY2(window.clusterActions()->diffAction()->toolTip().contains(QStringLiteral("contexts")),
            qPrintable(window.clusterActions()->diffAction()->toolTip()));
    }

    void noDocument_disabledUntilOneIsOpen()
    {
        QTemporaryDir dir;
        Core::ClusterManager manager(optionsFor(dir));
        Ui::ManifestEditorWindow window(std::make_shared<FakeAssistant>());
        window.setClusterManager(&manager);
        QVERIFY(!window.clusterActions()->diffAction()->isEnabled());
        window.newDocument(QStringLiteral("kind: ConfigMap\n"));
        QVERIFY(window.clusterActions()->diffAction()->isEnabled());
        QCOMPARE(window.clusterActions()->currentContext(), QStringLiteral("nowhere"));
        QVERIFY(window.clusterActions()->diffAction()->toolTip().contains(QStringLiteral("nowhere")));
        window.setClusterContext(QStringLiteral("not-a-context"));
        QCOMPARE(window.clusterActions()->currentContext(), QStringLiteral("nowhere"));
    }

    void unreachableCluster_diffReportsTheConnectionFailure()
    {
        QTemporaryDir dir;
        Core::ClusterManager manager(optionsFor(dir));
        Ui::ManifestEditorWindow window(std::make_shared<FakeAssistant>());
        window.setClusterManager(&manager);
        window.newDocument(QStringLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n"));
        window.show();
        Ui::ClusterActions *cluster = window.clusterActions();
        QSignalSpy ended(cluster, &Ui::ClusterActions::runEnded);
        cluster->diffAction()->trigger();
        QVERIFY(!cluster->diffAction()->isEnabled()); // busy
        QVERIFY(ended.wait(30000));
        QVERIFY(cluster->resultsDock()->isVisible());
        const QString summary = cluster->resultsPanel()->summaryLabel()->text();
        QVERIFY2(summary.contains(QStringLiteral("Diff with nowhere")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("cannot connect")), qPrintable(summary));
        QVERIFY(cluster->diffAction()->isEnabled());
        QVERIFY(!cluster->currentRun());
    }

private:
    // A kubeconfig whose only context points at a closed port.
    static Core::ClusterManager::Options optionsFor(const QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("config"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(R"(apiVersion: v1
kind: Config
clusters:
- name: closed
  cluster:
    server: https://127.0.0.1:1
    insecure-skip-tls-verify: true
users:
- name: nobody
  user:
    token: not-a-secret
contexts:
- name: nowhere
  context: {cluster: closed, user: nobody, namespace: team}
current-context: nowhere
)");
        }
        Core::ClusterManager::Options options;
        options.load.explicitPath = path;
        return options;
    }
};

QTEST_MAIN(TestClusterActions)
#include "tst_clusteractions.moc"
