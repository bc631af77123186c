// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../kubectl.h"
#include "../kubesimcluster.h"
#include "../screenshot.h"
#include "core/api/apiclient.h"
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "core/liveedit/liveedit.h"
#include "ui/actions/resourceaction.h"
#include "ui/editor/codeeditor.h"
#include "ui/liveedit/liveeditaction.h"
#include "ui/liveedit/liveeditwindow.h"
#include "ui/liveedit/mergeview.h"
#include "ui/widgets/messagebanner.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolButton>
#include <QTreeWidget>

using namespace Sextant;

namespace {

const Core::ResourceRef deployments { QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("deployments"),
    true };

QByteArray deploymentYaml(const QString &ns, const QString &name, int replicas)
{
    return QStringLiteral(R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: %1, namespace: %2, labels: {app: %1}}
spec:
  replicas: %3
  selector: {matchLabels: {app: %1}}
  template:
    metadata: {labels: {app: %1}}
    spec:
      containers: [{name: main, image: "nginx:1.27"}]
)")
        .arg(name, ns)
        .arg(replicas)
        .toUtf8();
}

// Types over the first occurrence of `from`, as a user would (the document becomes modified).
bool replaceInEditor(Ui::CodeEditor *editor, const QString &from, const QString &to)
{
    QTextCursor cursor = editor->document()->find(from);
    if (cursor.isNull())
        return false;
    cursor.insertText(to);
    return true;
}

} // namespace

class TestLiveEdit final : public QObject {
    Q_OBJECT

    std::unique_ptr<Core::ClusterManager> m_manager;
    Core::ClusterConnection *m_connection = nullptr;
    QString m_ns;
    std::unique_ptr<ScratchNamespace> m_scratch;

    QJsonObject deployment(const QString &name)
    {
        return kubectlJson({ QStringLiteral("get"), QStringLiteral("deployment"), name, QStringLiteral("-n"), m_ns })
            .object();
    }
    int replicasOf(const QString &name)
    {
        return deployment(name).value(QStringLiteral("spec")).toObject().value(QStringLiteral("replicas")).toInt(-1);
    }
    QString labelOf(const QString &name, const QString &label)
    {
        return deployment(name)
            .value(QStringLiteral("metadata"))
            .toObject()
            .value(QStringLiteral("labels"))
            .toObject()
            .value(label)
            .toString();
    }
    void createDeployment(const QString &name, int replicas)
    {
        createDeployment(name, deploymentYaml(m_ns, name, replicas));
    }
    void createDeployment(const QString &name, const QByteArray &yaml)
    {
        const KubectlResult created
            = kubectl({ QStringLiteral("create"), QStringLiteral("-f"), QStringLiteral("-") }, yaml);
        QVERIFY2(created.exitCode == 0, created.err.constData());
        // The deployment controller annotates a new Deployment once; edits here race only with kubectl.
        QTRY_VERIFY_WITH_TIMEOUT(deployment(name)
                                     .value(QStringLiteral("metadata"))
                                     .toObject()
                                     .value(QStringLiteral("annotations"))
                                     .toObject()
                                     .contains(QStringLiteral("deployment.kubernetes.io/revision")),
            30000);
    }
    void kubectlOk(const QStringList &args)
    {
        const KubectlResult result = kubectl(args);
        QVERIFY2(result.exitCode == 0, result.err.constData());
    }

    // An edit window whose object has loaded.
    Ui::LiveEditWindow *openWindow(const QString &name)
    {
        auto *window
            = new Ui::LiveEditWindow(m_connection->client(), deployments, m_ns, name, QStringLiteral("Deployment"));
        window->show();
        if (!QTest::qWaitFor([window] { return window->session()->state() == Core::LiveEdit::State::Ready; }, 30000))
            return nullptr;
        return window;
    }
    void closeDiscarding(Ui::LiveEditWindow *window)
    {
        QPointer<Ui::LiveEditWindow> guard(window);
        window->close();
        if (auto *box = window->findChild<QMessageBox *>(QStringLiteral("discardQuestion")))
            box->findChild<QPushButton *>(QStringLiteral("discardButton"))->click();
        QTRY_VERIFY(guard.isNull());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        m_manager = std::make_unique<Core::ClusterManager>(kubeSimManagerOptions());
        m_connection = connectKubeSim(*m_manager);
        QVERIFY(m_connection);
        m_scratch = std::make_unique<ScratchNamespace>(QStringLiteral("liveedit"));
        QVERIFY(m_scratch->isCreated());
        m_ns = m_scratch->name();
    }

    void cleanupTestCase() { m_scratch.reset(); }

    void apply_noConcurrentChange_putsEdit()
    {
        createDeployment(QStringLiteral("plain"), 1);
        Ui::LiveEditWindow *window = openWindow(QStringLiteral("plain"));
        QVERIFY(window);
        QCOMPARE(window->windowTitle(), QStringLiteral("Edit Deployment %1/plain[*]").arg(m_ns));
        QVERIFY(!window->editor()->toPlainText().contains(QStringLiteral("managedFields")));
        QVERIFY(replaceInEditor(window->editor(), QStringLiteral("replicas: 1"), QStringLiteral("replicas: 2")));
        QVERIFY(window->hasUnappliedChanges());
        QSignalSpy applied(window->session(), &Core::LiveEdit::applied);
        QTest::keyClick(window->editor(), Qt::Key_S, Qt::ControlModifier); // the shortcut, not the button
        QVERIFY(applied.wait(30000));
        QCOMPARE(replicasOf(QStringLiteral("plain")), 2);
        QVERIFY(!window->hasUnappliedChanges());
        QVERIFY(window->banner()->text().contains(QStringLiteral("Applied")));
        closeDiscarding(window);
    }

    void apply_labelChangedMeanwhile_mergedAutomaticallyAndBothKept()
    {
        const QString name = QStringLiteral("label");
        createDeployment(name, 1);
        Ui::LiveEditWindow *window = openWindow(name);
        QVERIFY(window);
        const QString startedAt = window->session()->resourceVersion();
        QVERIFY(replaceInEditor(window->editor(), QStringLiteral("replicas: 1"), QStringLiteral("replicas: 3")));
        kubectlOk({ QStringLiteral("label"), QStringLiteral("deployment"), name, QStringLiteral("tier=front"),
            QStringLiteral("-n"), m_ns });

        QList<Core::LiveEdit::State> states;
        connect(window->session(), &Core::LiveEdit::stateChanged, this,
            [&states](Core::LiveEdit::State state) { states << state; });
        QSignalSpy merged(window->session(), &Core::LiveEdit::mergeReady);
        QTest::keyClick(window->editor(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(merged.wait(30000));
        // The guarded PUT was refused: the label is still there, replicas not yet changed.
        QVERIFY(states.contains(Core::LiveEdit::State::Merging));
        QCOMPARE(labelOf(name, QStringLiteral("tier")), QStringLiteral("front"));
        QCOMPARE(replicasOf(name), 1);
        QVERIFY(window->session()->resourceVersion() != startedAt);

        QVERIFY(window->isShowingMerge());
        QCOMPARE(window->mergeView()->conflictCount(), 0);
        QVERIFY(window->applyButton()->isEnabled());
        const QString mergedText = window->mergeView()->mergedEditor()->toPlainText();
        QVERIFY2(mergedText.contains(QStringLiteral("replicas: 3")), qPrintable(mergedText));
        QVERIFY2(mergedText.contains(QStringLiteral("tier: front")), qPrintable(mergedText));
        QVERIFY(window->mergeView()->theirsView()->toPlainText().contains(QStringLiteral("tier: front")));
        QVERIFY(!window->mergeView()->baseView()->toPlainText().contains(QStringLiteral("tier: front")));

        QSignalSpy applied(window->session(), &Core::LiveEdit::applied);
        window->applyButton()->click();
        QVERIFY(applied.wait(30000));
        QCOMPARE(replicasOf(name), 3);
        QCOMPARE(labelOf(name, QStringLiteral("tier")), QStringLiteral("front"));
        QVERIFY(!window->isShowingMerge());
        closeDiscarding(window);
    }

    // Two mounts of one volume share their name; the schema keys volumeMounts
    // by mountPath, so edits of different mounts merge without a conflict.
    void apply_otherMountChangedMeanwhile_mergedByMountPath()
    {
        const QString name = QStringLiteral("mounts");
        const QByteArray yaml = QStringLiteral(R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: %1, namespace: %2}
spec:
  selector: {matchLabels: {app: %1}}
  template:
    metadata: {labels: {app: %1}}
    spec:
      volumes: [{name: v, emptyDir: {}}]
      containers:
      - name: main
        image: "nginx:1.27"
        volumeMounts: [{name: v, mountPath: /a, subPath: base-a}, {name: v, mountPath: /b, subPath: base-b}]
)")
                                    .arg(name, m_ns)
                                    .toUtf8();
        createDeployment(name, yaml);
        Ui::LiveEditWindow *window = openWindow(name);
        QVERIFY(window);
        QVERIFY(replaceInEditor(window->editor(), QStringLiteral("base-a"), QStringLiteral("mine-a")));
        kubectlOk({ QStringLiteral("patch"), QStringLiteral("deployment"), name, QStringLiteral("-n"), m_ns,
            QStringLiteral("--type=json"),
            QStringLiteral(R"(-p=[{"op":"replace","path":"/spec/template/spec/containers/0/volumeMounts/1/subPath",)"
                           R"("value":"theirs-b"}])") });

        QSignalSpy merged(window->session(), &Core::LiveEdit::mergeReady);
        QTest::keyClick(window->editor(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(merged.wait(30000));
        QCOMPARE(window->mergeView()->conflictCount(), 0);
        QSignalSpy applied(window->session(), &Core::LiveEdit::applied);
        window->applyButton()->click();
        QVERIFY(applied.wait(30000));

        const QJsonArray mounts = deployment(name)[QStringLiteral("spec")][QStringLiteral("template")][QStringLiteral(
            "spec")][QStringLiteral("containers")][0][QStringLiteral("volumeMounts")]
                                      .toArray();
        QCOMPARE(mounts.size(), 2);
        QCOMPARE(mounts[0][QStringLiteral("subPath")].toString(), QStringLiteral("mine-a"));
        QCOMPARE(mounts[1][QStringLiteral("subPath")].toString(), QStringLiteral("theirs-b"));
        closeDiscarding(window);
    }

    void apply_replicasChangedMeanwhile_conflictListed_keepMineApplies()
    {
        const QString name = QStringLiteral("conflict");
        createDeployment(name, 1);
        Ui::LiveEditWindow *window = openWindow(name);
        QVERIFY(window);
        window->resize(1400, 900);
        QVERIFY(replaceInEditor(window->editor(), QStringLiteral("replicas: 1"), QStringLiteral("replicas: 3")));
        QVERIFY(replaceInEditor(
            window->editor(), QStringLiteral("image: nginx:1.27"), QStringLiteral("image: nginx:1.28")));
        kubectlOk({ QStringLiteral("scale"), QStringLiteral("deployment"), name, QStringLiteral("--replicas=5"),
            QStringLiteral("-n"), m_ns });
        kubectlOk({ QStringLiteral("label"), QStringLiteral("deployment"), name, QStringLiteral("owner=ops"),
            QStringLiteral("-n"), m_ns });

        QSignalSpy merged(window->session(), &Core::LiveEdit::mergeReady);
        window->applyButton()->click();
        QVERIFY(merged.wait(30000));
        QCOMPARE(replicasOf(name), 5); // nothing overwritten
        Ui::MergeView *view = window->mergeView();
        QCOMPARE(view->conflictCount(), 1);
        QTreeWidget *list = view->conflictList();
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("spec.replicas"));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("1"));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("5"));
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("3"));
        QVERIFY(!window->applyButton()->isEnabled()); // a decision is missing
        // The disjoint changes are merged already; the conflicting field holds theirs.
        QString mergedText = view->mergedEditor()->toPlainText();
        QVERIFY(mergedText.contains(QStringLiteral("image: nginx:1.28")));
        QVERIFY(mergedText.contains(QStringLiteral("owner: ops")));
        QVERIFY(mergedText.contains(QStringLiteral("replicas: 5")));
        // Clicking the conflict shows its line in the merged text.
        QCOMPARE(view->mergedEditor()->textCursor().block().text().trimmed(), QStringLiteral("replicas: 5"));
        QCOMPARE(view->mergedEditor()->diagnostics().size(), 1);
        QTest::qWait(100); // the deferred re-centring after the page switch
        QCOMPARE(view->mergedEditor()->textCursor().block().text().trimmed(), QStringLiteral("replicas: 5"));
        saveScreenshot(window, QStringLiteral("live-edit-merge"));

        // Ctrl+S with an open conflict applies nothing and says why.
        QTest::keyClick(view->mergedEditor(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(window->banner()->text().contains(QStringLiteral("decision")));
        QCOMPARE(window->session()->state(), Core::LiveEdit::State::MergeReady);

        auto *keepMine
            = list->itemWidget(list->topLevelItem(0), 4)->findChild<QToolButton *>(QStringLiteral("keepMine"));
        QVERIFY(keepMine);
        keepMine->click();
        QVERIFY(keepMine->isChecked());
        mergedText = view->mergedEditor()->toPlainText();
        QVERIFY(mergedText.contains(QStringLiteral("replicas: 3")));
        QVERIFY(window->applyButton()->isEnabled());

        QSignalSpy applied(window->session(), &Core::LiveEdit::applied);
        window->applyButton()->click();
        QVERIFY(applied.wait(30000));
        QCOMPARE(replicasOf(name), 3);
        QCOMPARE(labelOf(name, QStringLiteral("owner")), QStringLiteral("ops"));
        const QJsonObject container = deployment(name)
                                          .value(QStringLiteral("spec"))
                                          .toObject()
                                          .value(QStringLiteral("template"))
                                          .toObject()
                                          .value(QStringLiteral("spec"))
                                          .toObject()
                                          .value(QStringLiteral("containers"))
                                          .toArray()
                                          .first()
                                          .toObject();
        QCOMPARE(container.value(QStringLiteral("image")).toString(), QStringLiteral("nginx:1.28"));
        closeDiscarding(window);
    }

    void apply_onlyStatusChangedMeanwhile_appliedAgainWithoutMerge()
    {
        const QString name = QStringLiteral("status");
        createDeployment(name, 1);
        Ui::LiveEditWindow *window = openWindow(name);
        QVERIFY(window);
        const QString startedAt = window->session()->resourceVersion();
        QVERIFY(replaceInEditor(window->editor(), QStringLiteral("replicas: 1"), QStringLiteral("replicas: 2")));
        kubectlOk({ QStringLiteral("patch"), QStringLiteral("deployment"), name, QStringLiteral("-n"), m_ns,
            QStringLiteral("--subresource=status"), QStringLiteral("--type=merge"), QStringLiteral("-p"),
            QStringLiteral(R"({"status":{"collisionCount":7}})") });
        QVERIFY(deployment(name).value(QStringLiteral("metadata")).toObject().value(QStringLiteral("resourceVersion"))
            != QJsonValue(startedAt));

        QList<Core::LiveEdit::State> states;
        connect(window->session(), &Core::LiveEdit::stateChanged, this,
            [&states](Core::LiveEdit::State state) { states << state; });
        QSignalSpy merged(window->session(), &Core::LiveEdit::mergeReady);
        QSignalSpy applied(window->session(), &Core::LiveEdit::applied);
        window->applyButton()->click();
        QVERIFY2(applied.wait(30000), qPrintable(window->banner()->text()));
        QVERIFY(states.contains(Core::LiveEdit::State::Merging)); // the first PUT met a 409
        QCOMPARE(merged.count(), 0); // nothing the user could see had changed
        QVERIFY(!window->isShowingMerge());
        QCOMPARE(replicasOf(name), 2);
        closeDiscarding(window);
    }

    void apply_changedAgainWhileMerging_secondConflictNoBlindOverwrite()
    {
        const QString name = QStringLiteral("guard");
        createDeployment(name, 1);
        Core::LiveEdit edit(m_connection->client(), deployments, m_ns, name);
        QSignalSpy loaded(&edit, &Core::LiveEdit::loaded);
        edit.load();
        QVERIFY(loaded.wait(30000));
        QJsonObject mine = edit.base();
        QJsonObject spec = mine.value(QStringLiteral("spec")).toObject();
        spec.insert(QStringLiteral("replicas"), 2);
        mine.insert(QStringLiteral("spec"), spec);

        kubectlOk({ QStringLiteral("scale"), QStringLiteral("deployment"), name, QStringLiteral("--replicas=4"),
            QStringLiteral("-n"), m_ns });
        QSignalSpy merged(&edit, &Core::LiveEdit::mergeReady);
        QSignalSpy applied(&edit, &Core::LiveEdit::applied);
        edit.apply(mine);
        QVERIFY(merged.wait(30000));
        QCOMPARE(replicasOf(name), 4);
        QCOMPARE(edit.merge().conflicts.size(), 1);
        QJsonObject resolved = edit.merge().merged;
        QVERIFY(Core::resolveConflict(resolved, edit.merge().conflicts.first(), Core::MergeSide::Mine));

        // Someone else again, between the merge and the second Apply.
        kubectlOk({ QStringLiteral("scale"), QStringLiteral("deployment"), name, QStringLiteral("--replicas=6"),
            QStringLiteral("-n"), m_ns });
        edit.apply(resolved);
        QVERIFY(merged.wait(30000));
        QCOMPARE(merged.count(), 2);
        QCOMPARE(applied.count(), 0);
        QCOMPARE(replicasOf(name), 6); // still theirs: the stale version was refused
        QCOMPARE(edit.merge().conflicts.size(), 1);
        QCOMPARE(edit.merge().conflicts.first().theirs, QJsonValue(6));
        QCOMPARE(edit.merge().conflicts.first().mine, QJsonValue(2));

        resolved = edit.merge().merged;
        QVERIFY(Core::resolveConflict(resolved, edit.merge().conflicts.first(), Core::MergeSide::Mine));
        edit.apply(resolved);
        QVERIFY(applied.wait(30000));
        QCOMPARE(replicasOf(name), 2);
    }

    void apply_invalidValue_serverCausesShownVerbatimAtField()
    {
        const QString name = QStringLiteral("invalid");
        createDeployment(name, 1);
        Ui::LiveEditWindow *window = openWindow(name);
        QVERIFY(window);
        QVERIFY(replaceInEditor(window->editor(), QStringLiteral("replicas: 1"), QStringLiteral("replicas: -1")));
        QSignalSpy failed(window->session(), &Core::LiveEdit::applyFailed);
        window->applyButton()->click();
        QVERIFY2(failed.wait(30000),
            qPrintable(window->banner()->text() + QLatin1Char('|') + window->statusLabel()->text() + QLatin1Char('|')
                + QString::number(int(window->session()->state()))));
        const Core::ApiError error = failed.first().first().value<Core::ApiError>();
        QCOMPARE(error.httpStatus, 422);
        QVERIFY(!error.causes.isEmpty());
        QVERIFY(window->banner()->text().contains(error.message));
        QVERIFY(window->banner()->text().contains(error.causes.first().message));
        QVERIFY(window->banner()->text().contains(QStringLiteral("\u2022 spec.replicas: ")));
        const Core::Diagnostics problems = window->editor()->diagnostics();
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().path, QStringLiteral("spec.replicas"));
        QCOMPARE(window->editor()->document()->findBlockByNumber(problems.first().line - 1).text().trimmed(),
            QStringLiteral("replicas: -1"));
        saveScreenshot(window, QStringLiteral("live-edit-invalid"));
        QCOMPARE(replicasOf(name), 1);
        QVERIFY(window->hasUnappliedChanges()); // the edit is still there to fix
        closeDiscarding(window);
    }

    void close_unappliedChanges_asksFirst()
    {
        const QString name = QStringLiteral("close");
        createDeployment(name, 1);
        QPointer<Ui::LiveEditWindow> window = openWindow(name);
        QVERIFY(window);
        QVERIFY(replaceInEditor(window->editor(), QStringLiteral("replicas: 1"), QStringLiteral("replicas: 7")));
        window->close();
        QVERIFY(window);
        auto *box = window->findChild<QMessageBox *>(QStringLiteral("discardQuestion"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(window->findChild<QMessageBox *>(QStringLiteral("discardQuestion")) == nullptr);
        QVERIFY(window && window->isVisible());
        closeDiscarding(window);
        QVERIFY(!window);
        QCOMPARE(replicasOf(name), 1);
    }

    void edit_typo_schemaProblemShownThenCleared()
    {
        const QString name = QStringLiteral("typo");
        createDeployment(name, 1);
        Ui::LiveEditWindow *window = openWindow(name);
        QVERIFY(window);
        QVERIFY(replaceInEditor(window->editor(), QStringLiteral("replicas: 1"), QStringLiteral("replica: 1")));
        QTRY_VERIFY_WITH_TIMEOUT(!window->editor()->diagnostics().isEmpty(), 10000);
        QVERIFY(window->editor()->diagnostics().first().message.contains(QStringLiteral("replica")));
        // The live object itself validates clean: no false alarms from server-set fields.
        QVERIFY(replaceInEditor(window->editor(), QStringLiteral("replica: 1"), QStringLiteral("replicas: 1")));
        QTRY_VERIFY_WITH_TIMEOUT(window->editor()->diagnostics().isEmpty(), 10000);
        closeDiscarding(window);
    }

    void apply_secretLabel_dataKeptByteForByte()
    {
        const QString name = QStringLiteral("creds");
        kubectlOk({ QStringLiteral("create"), QStringLiteral("secret"), QStringLiteral("generic"), name,
            QStringLiteral("--from-literal=password=s3cr3t:\n!"), QStringLiteral("-n"), m_ns });
        const QJsonObject before
            = kubectlJson({ QStringLiteral("get"), QStringLiteral("secret"), name, QStringLiteral("-n"), m_ns })
                  .object();
        auto *window = new Ui::LiveEditWindow(m_connection->client(),
            { {}, QStringLiteral("v1"), QStringLiteral("secrets"), true }, m_ns, name, QStringLiteral("Secret"));
        window->show();
        QTRY_COMPARE_WITH_TIMEOUT(window->session()->state(), Core::LiveEdit::State::Ready, 30000);
        QVERIFY(replaceInEditor(window->editor(), QStringLiteral("  name: creds"),
            QStringLiteral("  labels:\n    rotated: \"yes\"\n  name: creds")));
        QSignalSpy applied(window->session(), &Core::LiveEdit::applied);
        window->applyButton()->click();
        QVERIFY2(applied.wait(30000), qPrintable(window->banner()->text()));
        const QJsonObject after
            = kubectlJson({ QStringLiteral("get"), QStringLiteral("secret"), name, QStringLiteral("-n"), m_ns })
                  .object();
        QCOMPARE(after.value(QStringLiteral("data")), before.value(QStringLiteral("data")));
        QCOMPARE(after.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("labels"))
                     .toObject()
                     .value(QStringLiteral("rotated")),
            QJsonValue(QStringLiteral("yes")));
        closeDiscarding(window);
    }

    void apply_clusterScopedNamespace_labelAdded()
    {
        auto *window = new Ui::LiveEditWindow(m_connection->client(),
            { {}, QStringLiteral("v1"), QStringLiteral("namespaces"), false }, {}, m_ns, QStringLiteral("Namespace"));
        window->show();
        QTRY_COMPARE_WITH_TIMEOUT(window->session()->state(), Core::LiveEdit::State::Ready, 30000);
        QCOMPARE(window->windowTitle(), QStringLiteral("Edit Namespace %1[*]").arg(m_ns));
        QVERIFY(replaceInEditor(window->editor(), QStringLiteral("    kubernetes.io/metadata.name:"),
            QStringLiteral("    team: blue\n    kubernetes.io/metadata.name:")));
        QSignalSpy applied(window->session(), &Core::LiveEdit::applied);
        window->applyButton()->click();
        QVERIFY2(applied.wait(30000), qPrintable(window->banner()->text()));
        const QJsonObject ns = kubectlJson({ QStringLiteral("get"), QStringLiteral("namespace"), m_ns }).object();
        QCOMPARE(ns.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("labels"))
                     .toObject()
                     .value(QStringLiteral("team")),
            QJsonValue(QStringLiteral("blue")));
        QCOMPARE(ns.value(QStringLiteral("status")).toObject().value(QStringLiteral("phase")).toString(),
            QStringLiteral("Active"));
        closeDiscarding(window);
    }

    void reload_unappliedChanges_asksThenLoadsCurrent()
    {
        const QString name = QStringLiteral("reload");
        createDeployment(name, 1);
        Ui::LiveEditWindow *window = openWindow(name);
        QVERIFY(window);
        QVERIFY(replaceInEditor(window->editor(), QStringLiteral("replicas: 1"), QStringLiteral("replicas: 9")));
        kubectlOk({ QStringLiteral("scale"), QStringLiteral("deployment"), name, QStringLiteral("--replicas=4"),
            QStringLiteral("-n"), m_ns });
        window->reloadButton()->click();
        auto *box = window->findChild<QMessageBox *>(QStringLiteral("discardQuestion"));
        QVERIFY(box); // asked, nothing reloaded yet
        QVERIFY(window->editor()->toPlainText().contains(QStringLiteral("replicas: 9")));
        box->findChild<QPushButton *>(QStringLiteral("discardButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(window->editor()->toPlainText().contains(QStringLiteral("replicas: 4")), 30000);
        QVERIFY(!window->hasUnappliedChanges());
        closeDiscarding(window);
    }

    void apply_renamed_refusedWithoutRequest()
    {
        const QString name = QStringLiteral("rename");
        createDeployment(name, 1);
        Core::LiveEdit edit(m_connection->client(), deployments, m_ns, name);
        QSignalSpy loaded(&edit, &Core::LiveEdit::loaded);
        edit.load();
        QVERIFY(loaded.wait(30000));
        QJsonObject renamed = edit.base();
        QJsonObject metadata = renamed.value(QStringLiteral("metadata")).toObject();
        metadata.insert(QStringLiteral("name"), QStringLiteral("other"));
        renamed.insert(QStringLiteral("metadata"), metadata);
        QSignalSpy failed(&edit, &Core::LiveEdit::applyFailed);
        edit.apply(renamed);
        QCOMPARE(failed.count(), 1); // at once: no request went out
        QVERIFY(failed.first().first().value<Core::ApiError>().message.contains(QStringLiteral("metadata.name")));
        QCOMPARE(edit.state(), Core::LiveEdit::State::Ready);
        QVERIFY(kubectl({ QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("other"),
                            QStringLiteral("-n"), m_ns })
                    .exitCode
            != 0);
    }

    void action_registeredForEveryKind_opensWindow()
    {
        Ui::ActionRegistry registry;
        Ui::registerLiveEditActions(registry);
        Ui::ResourceAction *action = registry.find(QStringLiteral("object.editYaml"));
        QVERIFY(action);
        QVERIFY(action->appliesTo(deployments));
        QVERIFY(action->appliesTo({ {}, QStringLiteral("v1"), QStringLiteral("secrets"), true }));
        QVERIFY(action->appliesTo(
            { QStringLiteral("example.com"), QStringLiteral("v1"), QStringLiteral("widgets"), false }));
        QCOMPARE(action->permissions({}).first().verb, QStringLiteral("update"));

        createDeployment(QStringLiteral("viaaction"), 1);
        QWidget parent;
        Ui::ActionTarget target;
        target.connection = m_connection;
        target.resource = deployments;
        target.objects = { deployment(QStringLiteral("viaaction")) };
        action->trigger(target, &parent);
        auto *window = parent.findChild<Ui::LiveEditWindow *>();
        QVERIFY(window);
        QVERIFY(window->isWindow());
        QVERIFY(window->testAttribute(Qt::WA_DeleteOnClose));
        QTRY_VERIFY_WITH_TIMEOUT(window->editor()->toPlainText().contains(QStringLiteral("name: viaaction")), 30000);
        QVERIFY(Ui::LiveEditWindow::withUnappliedChanges(parent).isEmpty());
        QVERIFY(replaceInEditor(window->editor(), QStringLiteral("replicas: 1"), QStringLiteral("replicas: 2")));
        QCOMPARE(Ui::LiveEditWindow::withUnappliedChanges(parent), QList<Ui::LiveEditWindow *> { window });
        closeDiscarding(window);
    }
};

QTEST_MAIN(TestLiveEdit)
#include "tst_liveedit.moc"
