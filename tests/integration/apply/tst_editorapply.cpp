// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../kubectl.h"
#include "../kubesimcluster.h"
#include "../screenshot.h"
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "ui/editor/applyresultspanel.h"
#include "ui/editor/clusteractions.h"
#include "ui/editor/codeeditor.h"
#include "ui/editor/conflictdialog.h"
#include "ui/editor/editortab.h"
#include "ui/editor/manifesteditorwindow.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Sextant;

namespace {

QString shopFile(const QString &ns, int replicas, const QString &image, bool withConfig)
{
    QString text = QStringLiteral(R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: storefront
  namespace: %1
  labels:
    app.kubernetes.io/name: storefront
spec:
  replicas: %2
  selector:
    matchLabels:
      app.kubernetes.io/name: storefront
  template:
    metadata:
      labels:
        app.kubernetes.io/name: storefront
    spec:
      containers:
      - name: web
        image: %3
        ports:
        - containerPort: 8080
        resources:
          requests:
            cpu: 100m
            memory: 128Mi
---
apiVersion: v1
kind: Service
metadata:
  name: storefront
  namespace: %1
spec:
  selector:
    app.kubernetes.io/name: storefront
  ports:
  - port: 80
    targetPort: 8080
)")
                       .arg(ns)
                       .arg(replicas)
                       .arg(image);
    if (withConfig) {
        text += QStringLiteral(R"(---
apiVersion: v1
kind: ConfigMap
metadata:
  name: storefront-settings
  namespace: %1
data:
  CURRENCY: EUR
  FEATURE_RECOMMENDATIONS: "true"
)")
                    .arg(ns);
    }
    return text;
}

int replicasOf(const QString &ns)
{
    return kubectlJson(
        { QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("storefront"), QStringLiteral("-n"), ns })
        .object()
        .value(QStringLiteral("spec"))
        .toObject()
        .value(QStringLiteral("replicas"))
        .toInt();
}

QStringList rows(const QTreeWidget *tree)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        texts.append(tree->topLevelItem(i)->text(0) + QStringLiteral(" | ") + tree->topLevelItem(i)->text(1));
    return texts;
}

} // namespace

// The manifest editor's Diff, Dry Run and Apply driven offscreen against
// kube-sim, as a user would; kubectl checks what changed on the cluster.
class TestEditorApply final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        m_manager = std::make_unique<Core::ClusterManager>(kubeSimManagerOptions());
    }

    void noClusterManager_actionsDisabledAndSayWhy()
    {
        Ui::ManifestEditorWindow window(Ui::MainWindow::manifestAssistant());
        window.newDocument(QStringLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n"));
        Ui::ClusterActions *cluster = window.clusterActions();
        QVERIFY(cluster);
        for (QAction *action : { cluster->diffAction(), cluster->dryRunAction(), cluster->applyAction() }) {
            QVERIFY(!action->isEnabled());
            QVERIFY2(action->toolTip().contains(QStringLiteral("No cluster")), qPrintable(action->toolTip()));
        }
        QVERIFY(!cluster->contextSelector()->isEnabled());
    }

    void diff_showsChangedFieldsNewAndUnchangedObjects()
    {
        ScratchNamespace ns(QStringLiteral("shop"));
        QVERIFY(ns.isCreated());
        QCOMPARE(kubectl({ QStringLiteral("apply"), QStringLiteral("--server-side"),
                             QStringLiteral("--field-manager=sextant"), QStringLiteral("-f"), QStringLiteral("-") },
                     shopFile(ns.name(), 2, QStringLiteral("ghcr.io/example/storefront:1.4.2"), false).toUtf8())
                     .exitCode,
            0);

        auto window = editorWith(shopFile(ns.name(), 3, QStringLiteral("ghcr.io/example/storefront:1.5.0"), true));
        Ui::ClusterActions *cluster = window->clusterActions();
        QCOMPARE(cluster->currentContext(), QStringLiteral("admin"));
        QTRY_VERIFY(cluster->diffAction()->isEnabled());
        QSignalSpy ended(cluster, &Ui::ClusterActions::runEnded);
        cluster->diffAction()->trigger();
        QVERIFY(ended.wait(60000));

        Ui::ApplyResultsPanel *panel = cluster->resultsPanel();
        QVERIFY(cluster->resultsDock()->isVisible());
        QCOMPARE(rows(panel->objectList()),
            QStringList({ QStringLiteral("Deployment %1/storefront | will change").arg(ns.name()),
                QStringLiteral("Service %1/storefront | no changes").arg(ns.name()),
                QStringLiteral("ConfigMap %1/storefront-settings | will be created").arg(ns.name()) }));
        QVERIFY(panel->summaryLabel()->text().contains(QStringLiteral("3 object")));
        // The changed Deployment is shown first: replicas and image, nothing the server defaulted.
        const QString detail = panel->detailView()->toPlainText();
        QStringList changed;
        for (const QString &line : detail.split(QLatin1Char('\n'))) {
            if ((line.startsWith(QLatin1Char('+')) || line.startsWith(QLatin1Char('-')))
                && !line.startsWith(QLatin1String("+++")) && !line.startsWith(QLatin1String("---")))
                changed.append(line);
        }
        QCOMPARE(changed,
            QStringList({ QStringLiteral("-  replicas: 2"), QStringLiteral("+  replicas: 3"),
                QStringLiteral("-      - image: ghcr.io/example/storefront:1.4.2"),
                QStringLiteral("+      - image: ghcr.io/example/storefront:1.5.0") }));
        QCOMPARE(replicasOf(ns.name()), 2);

        window->resize(1280, 860);
        cluster->resultsDock()->setMinimumHeight(360);
        QApplication::processEvents();
        saveScreenshot(window.get(), QStringLiteral("editor-diff"));
    }

    void apply_conflictDialog_thenTakeOwnership()
    {
        ScratchNamespace ns(QStringLiteral("shop"));
        QVERIFY(ns.isCreated());
        QCOMPARE(kubectl({ QStringLiteral("apply"), QStringLiteral("--server-side"),
                             QStringLiteral("--field-manager=other"), QStringLiteral("-f"), QStringLiteral("-") },
                     shopFile(ns.name(), 2, QStringLiteral("ghcr.io/example/storefront:1.4.2"), false).toUtf8())
                     .exitCode,
            0);

        auto window = editorWith(shopFile(ns.name(), 4, QStringLiteral("ghcr.io/example/storefront:1.5.0"), true));
        Ui::ClusterActions *cluster = window->clusterActions();
        QTRY_VERIFY(cluster->applyAction()->isEnabled());
        QSignalSpy opened(cluster, &Ui::ClusterActions::conflictDialogOpened);
        QSignalSpy ended(cluster, &Ui::ClusterActions::runEnded);
        cluster->applyAction()->trigger();
        QVERIFY(ended.wait(60000));
        QCOMPARE(opened.size(), 1);

        Ui::ConflictDialog *dialog = cluster->conflictDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->indexes(), QList<int> { 0 });
        QTreeWidgetItem *object = dialog->conflictTree()->topLevelItem(0);
        QCOMPARE(object->text(0), QStringLiteral("Deployment %1/storefront").arg(ns.name()));
        QCOMPARE(object->child(0)->text(0), QStringLiteral(".spec.replicas"));
        QVERIFY(object->child(0)->text(1).startsWith(QStringLiteral("other")));
        QCOMPARE(object->child(1)->text(0), QStringLiteral(".spec.template.spec.containers[name=\"web\"].image"));
        // Nothing of the conflicting object changed; the others were applied.
        QCOMPARE(replicasOf(ns.name()), 2);
        QCOMPARE(cluster->currentRun()->result(2).outcome, Core::ApplyRun::Outcome::Created);
        // The conflicting field is marked in the file.
        const Core::Diagnostics marks = window->currentTab()->clusterDiagnostics();
        QCOMPARE(marks.size(), 2);
        QCOMPARE(marks.at(0).line, 9);
        QCOMPARE(marks.at(1).line, 20);

        dialog->resize(760, 360);
        saveScreenshot(dialog, QStringLiteral("editor-conflict"));

        ended.clear();
        dialog->takeOwnershipButton()->click();
        QVERIFY(ended.wait(60000));
        QCOMPARE(cluster->currentRun()->result(0).outcome, Core::ApplyRun::Outcome::Configured);
        QCOMPARE(replicasOf(ns.name()), 4);
        QCOMPARE(kubectl({ QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("storefront"),
                             QStringLiteral("-n"), ns.name(), QStringLiteral("-o"),
                             QStringLiteral("jsonpath={.spec.template.spec.containers[0].image}") })
                     .out,
            QByteArray("ghcr.io/example/storefront:1.5.0"));
        QTRY_VERIFY(!cluster->conflictDialog());
    }

    void dryRun_invalidValue_problemOnItsLine()
    {
        ScratchNamespace ns(QStringLiteral("shop"));
        QVERIFY(ns.isCreated());
        auto window = editorWith(shopFile(ns.name(), 1, QStringLiteral("ghcr.io/example/storefront:1.4.2"), false)
                                     .replace(QStringLiteral("memory: 128Mi"), QStringLiteral("memory: lots")));
        Ui::ClusterActions *cluster = window->clusterActions();
        QTRY_VERIFY(cluster->dryRunAction()->isEnabled());
        QSignalSpy ended(cluster, &Ui::ClusterActions::runEnded);
        cluster->dryRunAction()->trigger();
        QVERIFY(ended.wait(60000));
        QCOMPARE(cluster->currentRun()->result(0).outcome, Core::ApplyRun::Outcome::Failed);
        QCOMPARE(cluster->currentRun()->result(1).outcome, Core::ApplyRun::Outcome::Valid);
        QVERIFY2(!window->currentTab()->clusterDiagnostics().isEmpty(), "the server's problem is in the file");
        QCOMPARE(kubectl({ QStringLiteral("get"), QStringLiteral("service"), QStringLiteral("storefront"),
                             QStringLiteral("-n"), ns.name() })
                     .exitCode,
            1);
    }

private:
    std::unique_ptr<Ui::ManifestEditorWindow> editorWith(const QString &text)
    {
        auto window = std::make_unique<Ui::ManifestEditorWindow>(Ui::MainWindow::manifestAssistant());
        window->setClusterManager(m_manager.get());
        Ui::ClusterActions *cluster = window->clusterActions();
        cluster->contextSelector()->setCurrentIndex(cluster->contextSelector()->findData(QStringLiteral("admin")));
        // A file with a name, as users have them.
        Ui::EditorTab *tab = window->newDocument(text);
        const QString folder = QString::number(++m_saved);
        if (m_files.isValid() && QDir(m_files.path()).mkpath(folder))
            window->saveTabAs(tab, m_files.filePath(folder + QStringLiteral("/storefront.yaml")));
        window->statusBar()->clearMessage(); // "Saved /tmp/…" is not part of the story
        window->show();
        return window;
    }

    std::unique_ptr<Core::ClusterManager> m_manager;
    QTemporaryDir m_files;
    int m_saved = 0;
};

QTEST_MAIN(TestEditorApply)
#include "tst_editorapply.moc"
