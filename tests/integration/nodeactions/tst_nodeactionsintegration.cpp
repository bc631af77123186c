// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../kubectl.h"
#include "../kubesimcluster.h"
#include "../screenshot.h"
#include "core/api/apiclient.h"
#include "core/api/permissions.h"
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "ui/actions/actionmenu.h"
#include "ui/actions/resourceaction.h"
#include "ui/nodeactions/draindialog.h"
#include "ui/nodeactions/metadatadialog.h"
#include "ui/nodeactions/metadatatable.h"
#include "ui/nodeactions/nodeactions.h"
#include "ui/nodeactions/nodesettingswizard.h"
#include "ui/nodeactions/secretdataview.h"
#include "ui/nodeactions/secretdialog.h"
#include "ui/nodeactions/taintsdialog.h"
#include "ui/nodeactions/taintstable.h"

#include <QAction>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Sextant;

namespace {

const Core::ResourceRef nodes { {}, QStringLiteral("v1"), QStringLiteral("nodes"), false };
const Core::ResourceRef configmaps { {}, QStringLiteral("v1"), QStringLiteral("configmaps"), true };
const Core::ResourceRef secrets { {}, QStringLiteral("v1"), QStringLiteral("secrets"), true };

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (condition())
            return true;
        QTest::qWait(300);
    }
    return false;
}

QJsonObject spec(const QJsonObject &object)
{
    return object.value(QLatin1String("spec")).toObject();
}

QJsonObject metadata(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata")).toObject();
}

} // namespace

// Node maintenance, metadata and secret actions against kube-sim; kubectl is
// the witness. Node actions work on a node of this test's own (a kwok node
// tainted so nothing else lands there), which is deleted at the end, so the
// cluster's own nodes and other tests' pods are never touched.
class TestNodeActionsIntegration final : public QObject {
    Q_OBJECT

    std::unique_ptr<Core::ClusterManager> m_manager;
    Core::ClusterConnection *m_connection = nullptr;
    std::unique_ptr<Core::Permissions> m_permissions;
    std::unique_ptr<Ui::ActionFeedback> m_feedback;
    std::unique_ptr<QWidget> m_window;
    QString m_suffix;
    QString m_ns;
    QString m_node;
    QStringList m_succeeded;
    QStringList m_failed;

    QJsonObject node() { return kubectlJson({ QStringLiteral("get"), QStringLiteral("node"), m_node }).object(); }

    QJsonObject get(const QString &kind, const QString &name)
    {
        return kubectlJson({ QStringLiteral("get"), kind, name, QStringLiteral("-n"), m_ns }).object();
    }

    Ui::ActionTarget target(const Core::ResourceRef &resource, const QList<QJsonObject> &objects)
    {
        Ui::ActionTarget target;
        target.connection = m_connection;
        target.resource = resource;
        target.objects = objects;
        target.permissions = m_permissions.get();
        target.feedback = m_feedback.get();
        return target;
    }

    // The node as the tests set it up: schedulable, with our taint alone. After an uncordon the node
    // lifecycle controller drops its node.kubernetes.io/unschedulable taint a moment later.
    bool waitSchedulable()
    {
        return waitFor([this] {
            const QJsonObject nodeSpec = spec(node());
            return !nodeSpec.contains(QLatin1String("unschedulable"))
                && nodeSpec.value(QLatin1String("taints")).toArray().size() == 1;
        });
    }

    // ns/name -> uid of this test's pods on its node.
    QMap<QString, QString> podsOnNode()
    {
        QMap<QString, QString> result;
        const QJsonArray items
            = kubectlJson({ QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), m_ns,
                              QStringLiteral("--field-selector"), QStringLiteral("spec.nodeName=") + m_node })
                  .object()
                  .value(QLatin1String("items"))
                  .toArray();
        for (const QJsonValue &item : items) {
            const QJsonObject meta = metadata(item.toObject());
            if (!meta.contains(QLatin1String("deletionTimestamp")))
                result.insert(m_ns + QLatin1Char('/') + meta.value(QLatin1String("name")).toString(),
                    meta.value(QLatin1String("uid")).toString());
        }
        return result;
    }

    QByteArray deploymentYaml(const QString &name, int replicas)
    {
        return QStringLiteral(R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: %1, namespace: %2}
spec:
  replicas: %3
  selector: {matchLabels: {app: %1}}
  template:
    metadata: {labels: {app: %1}}
    spec:
      tolerations: [{key: sextant.test/drain, operator: Exists, effect: NoSchedule}]
      affinity:
        nodeAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - weight: 100
            preference: {matchExpressions: [{key: sextant.test/drain, operator: In, values: ["%4"]}]}
      containers: [{name: main, image: nginx}]
)")
            .arg(name, m_ns)
            .arg(replicas)
            .arg(m_suffix)
            .toUtf8();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        Ui::registerNodeAndMetadataActions(Ui::ActionRegistry::instance());

        m_manager = std::make_unique<Core::ClusterManager>(kubeSimManagerOptions());
        m_connection = connectKubeSim(*m_manager);
        QVERIFY(m_connection);
        m_permissions = std::make_unique<Core::Permissions>(m_connection->client());
        m_feedback = std::make_unique<Ui::ActionFeedback>();
        connect(m_feedback.get(), &Ui::ActionFeedback::succeeded, this, [this](const QString &m) { m_succeeded << m; });
        connect(m_feedback.get(), &Ui::ActionFeedback::failed, this,
            [this](const QString &title, const Core::ApiError &error) {
                m_failed << title + QStringLiteral(": ") + error.message;
            });
        m_window = std::make_unique<QWidget>();
        m_window->resize(900, 700);
        m_window->show();

        m_suffix = QString::number(QRandomGenerator::global()->bounded(100000, 999999));
        m_ns = QStringLiteral("nodeactions-") + m_suffix;
        m_node = QStringLiteral("nodeactions-") + m_suffix;
        const KubectlResult created = kubectl({ QStringLiteral("create"), QStringLiteral("namespace"), m_ns });
        QVERIFY2(created.exitCode == 0, created.err.constData());
        // A kwok node of our own: tainted, so only this test's pods (which tolerate it) land there.
        const QByteArray nodeYaml = QStringLiteral(R"(apiVersion: v1
kind: Node
metadata:
  name: %1
  annotations: {kwok.x-k8s.io/node: fake}
  labels: {kubernetes.io/hostname: %1, sextant.test/drain: "%2"}
spec:
  taints: [{key: sextant.test/drain, value: "%2", effect: NoSchedule}]
)")
                                        .arg(m_node, m_suffix)
                                        .toUtf8();
        const KubectlResult node
            = kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") }, nodeYaml);
        QVERIFY2(node.exitCode == 0, node.err.constData());
        QVERIFY(waitFor([this] {
            return kubectl({ QStringLiteral("get"), QStringLiteral("node"), m_node, QStringLiteral("-o"),
                               QStringLiteral("jsonpath={.status.conditions[?(@.type==\"Ready\")].status}") })
                       .out.trimmed()
                == "True";
        }));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        if (!m_ns.isEmpty())
            kubectl({ QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false") });
        if (!m_node.isEmpty())
            kubectl({ QStringLiteral("delete"), QStringLiteral("node"), m_node, QStringLiteral("--wait=false") });
    }

    void init()
    {
        m_succeeded.clear();
        m_failed.clear();
    }

    void cordonThenUncordon_kubectlSeesSpecUnschedulable()
    {
        Ui::ResourceAction *cordon = Ui::ActionRegistry::instance().find(QStringLiteral("node.cordon"));
        Ui::ResourceAction *uncordon = Ui::ActionRegistry::instance().find(QStringLiteral("node.uncordon"));
        QVERIFY(cordon && uncordon);
        const Ui::ActionTarget schedulable = target(nodes, { node() });
        QVERIFY(!uncordon->unavailableReason(schedulable).isEmpty());
        cordon->trigger(schedulable, m_window.get());
        QTRY_COMPARE_WITH_TIMEOUT(m_succeeded.size(), 1, 10000);
        QCOMPARE(spec(node()).value(QLatin1String("unschedulable")).toBool(), true);

        const Ui::ActionTarget cordoned = target(nodes, { node() });
        QVERIFY(!cordon->unavailableReason(cordoned).isEmpty());
        uncordon->trigger(cordoned, m_window.get());
        QTRY_COMPARE_WITH_TIMEOUT(m_succeeded.size(), 2, 10000);
        QVERIFY(!spec(node()).contains(QLatin1String("unschedulable")));
        QVERIFY(m_failed.isEmpty());
        QVERIFY(waitSchedulable()); // the tests after this one start from there
    }

    void taints_editAppliesAndConcurrentChangeIsRefused()
    {
        auto *dialog = new Ui::TaintsDialog(target(nodes, { node() }), m_window.get());
        QPointer<Ui::TaintsDialog> guard(dialog);
        dialog->open();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10000);
        QCOMPARE(dialog->table()->taints().size(), 1); // ours, which keeps other pods away
        dialog->table()->addRow(
            QStringLiteral("example.com/maintenance"), QStringLiteral("planned"), QStringLiteral("PreferNoSchedule"));
        QVERIFY(dialog->canApply());
        dialog->apply();
        QTRY_VERIFY_WITH_TIMEOUT(!guard, 10000);
        QJsonArray taints = spec(node()).value(QLatin1String("taints")).toArray();
        QCOMPARE(taints.size(), 2);
        QCOMPARE(
            taints[1].toObject().value(QLatin1String("key")).toString(), QStringLiteral("example.com/maintenance"));
        QCOMPARE(taints[1].toObject().value(QLatin1String("effect")).toString(), QStringLiteral("PreferNoSchedule"));

        // Someone else changes the node after the editor read it: nothing is overwritten.
        Ui::TaintsDialog stale(target(nodes, { node() }), m_window.get());
        stale.setAttribute(Qt::WA_DeleteOnClose, false);
        QTRY_VERIFY_WITH_TIMEOUT(stale.isLoaded(), 10000);
        const KubectlResult tainted = kubectl({ QStringLiteral("taint"), QStringLiteral("node"), m_node,
            QStringLiteral("example.com/other=1:NoSchedule") });
        QVERIFY2(tainted.exitCode == 0, tainted.err.constData());
        stale.table()->removeRow(1);
        QSignalSpy failed(&stale, &Ui::TaintsDialog::applyFailed);
        stale.apply();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(1).toBool(), true);
        QVERIFY2(
            stale.errorText().contains(QStringLiteral("the object has been modified")), qPrintable(stale.errorText()));
        taints = spec(node()).value(QLatin1String("taints")).toArray();
        QCOMPARE(taints.size(), 3); // both kept: ours was not applied, theirs survived

        // Leave only the taint that keeps other pods away.
        kubectl({ QStringLiteral("taint"), QStringLiteral("node"), m_node, QStringLiteral("example.com/other-"),
            QStringLiteral("example.com/maintenance-") });
        QCOMPARE(spec(node()).value(QLatin1String("taints")).toArray().size(), 1);
    }

    void nodeSettings_guidedForm_oneUpdate_conflictKeepsTheirsAndMine()
    {
        using Ui::NodeSettingsWizard;
        // Afterwards, the node as the other tests expect it.
        const auto restore = qScopeGuard([this] {
            kubectl({ QStringLiteral("uncordon"), m_node });
            kubectl({ QStringLiteral("label"), QStringLiteral("node"), m_node, QStringLiteral("example.com/pool-"),
                QStringLiteral("example.com/other-") });
            kubectl(
                { QStringLiteral("taint"), QStringLiteral("node"), m_node, QStringLiteral("example.com/settings-") });
        });
        auto *wizard = new NodeSettingsWizard(target(nodes, { node() }), m_window.get());
        QPointer<NodeSettingsWizard> guard(wizard);
        wizard->open();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->isLoaded(), 10000);
        QVERIFY(wizard->schedulableButton()->isChecked());
        wizard->cordonedButton()->setChecked(true);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(NodeSettingsWizard::LabelsPage));
        wizard->labels()->addRow(QStringLiteral("example.com/pool"), QStringLiteral("blue"));
        const int bad = wizard->labels()->addRow(QStringLiteral("bad key"), QStringLiteral("x"));
        QVERIFY(!wizard->currentPage()->isComplete()); // the reason is next to the row
        QVERIFY(!wizard->labels()->problemAt(bad).isEmpty());
        wizard->labels()->removeRow(bad);
        QVERIFY(wizard->currentPage()->isComplete());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(NodeSettingsWizard::TaintsPage));
        wizard->taints()->addRow(QStringLiteral("example.com/settings"), QStringLiteral("on"));
        saveScreenshot(wizard, QStringLiteral("node-settings-taints"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(NodeSettingsWizard::ReviewPage));
        QCOMPARE(wizard->changes().size(), 3);

        // Someone labels the node after the form read it: the update is refused, nothing is lost.
        QCOMPARE(
            kubectl({ QStringLiteral("label"), QStringLiteral("node"), m_node, QStringLiteral("example.com/other=1") })
                .exitCode,
            0);
        QSignalSpy failed(wizard, &NodeSettingsWizard::applyFailed);
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(1).toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->errorText().isEmpty() && !wizard->isApplying(), 10000);
        QVERIFY(!spec(node()).contains(QLatin1String("unschedulable")));
        QCOMPARE(wizard->labels()->entries().value(QStringLiteral("example.com/other")), QStringLiteral("1"));
        QCOMPARE(wizard->labels()->entries().value(QStringLiteral("example.com/pool")), QStringLiteral("blue"));
        QCOMPARE(wizard->changes().size(), 3);
        saveScreenshot(wizard, QStringLiteral("node-settings-conflict"));

        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!guard, 10000);
        const QJsonObject updated = node();
        QCOMPARE(spec(updated).value(QLatin1String("unschedulable")).toBool(), true);
        const QJsonObject labels = metadata(updated).value(QLatin1String("labels")).toObject();
        QCOMPARE(labels.value(QLatin1String("example.com/pool")).toString(), QStringLiteral("blue"));
        QCOMPARE(labels.value(QLatin1String("example.com/other")).toString(), QStringLiteral("1"));
        // The node controller adds node.kubernetes.io/unschedulable to a cordoned node; ours is there too.
        const QJsonArray taints = spec(updated).value(QLatin1String("taints")).toArray();
        const auto settings = std::find_if(taints.begin(), taints.end(), [](const QJsonValue &taint) {
            return taint.toObject().value(QLatin1String("key")).toString() == QLatin1String("example.com/settings");
        });
        QVERIFY(settings != taints.end());
        QCOMPARE(settings->toObject().value(QLatin1String("value")).toString(), QStringLiteral("on"));
        QCOMPARE(settings->toObject().value(QLatin1String("effect")).toString(), QStringLiteral("NoSchedule"));
        QCOMPARE(m_succeeded.size(), 1);
    }

    void labels_onlyChangedKeysSent_concurrentLabelSurvives()
    {
        const QString name = QStringLiteral("settings");
        QCOMPARE(kubectl({ QStringLiteral("create"), QStringLiteral("configmap"), name, QStringLiteral("-n"), m_ns,
                             QStringLiteral("--from-literal=k=v") })
                     .exitCode,
            0);
        QCOMPARE(kubectl({ QStringLiteral("label"), QStringLiteral("configmap"), name, QStringLiteral("-n"), m_ns,
                             QStringLiteral("a=1"), QStringLiteral("b=2") })
                     .exitCode,
            0);
        auto *dialog = new Ui::MetadataDialog(target(configmaps, { get(QStringLiteral("configmap"), name) }),
            Ui::MetadataDialog::Field::Labels, m_window.get());
        QPointer<Ui::MetadataDialog> guard(dialog);
        dialog->open();
        // Meanwhile someone else labels it.
        QCOMPARE(kubectl({ QStringLiteral("label"), QStringLiteral("configmap"), name, QStringLiteral("-n"), m_ns,
                             QStringLiteral("c=3") })
                     .exitCode,
            0);
        dialog->table()->setValue(dialog->table()->rowOf(QStringLiteral("a")), QStringLiteral("10"));
        dialog->table()->removeRow(dialog->table()->rowOf(QStringLiteral("b")));
        const int bad = dialog->table()->addRow(QStringLiteral("bad key"), QStringLiteral("x"));
        QVERIFY(!dialog->canApply());
        dialog->table()->removeRow(bad);
        dialog->apply();
        QTRY_VERIFY_WITH_TIMEOUT(!guard, 10000);
        const QJsonObject labels
            = metadata(get(QStringLiteral("configmap"), name)).value(QLatin1String("labels")).toObject();
        QCOMPARE(labels.value(QLatin1String("a")).toString(), QStringLiteral("10"));
        QVERIFY(!labels.contains(QLatin1String("b")));
        QCOMPARE(labels.value(QLatin1String("c")).toString(), QStringLiteral("3"));
    }

    void labels_threeObjects_setOnAllAndDifferingKeyRemoved()
    {
        const QStringList names { QStringLiteral("bulk-a"), QStringLiteral("bulk-b"), QStringLiteral("bulk-c") };
        QList<QJsonObject> objects;
        for (const QString &name : names) {
            QCOMPARE(
                kubectl({ QStringLiteral("create"), QStringLiteral("configmap"), name, QStringLiteral("-n"), m_ns })
                    .exitCode,
                0);
            QCOMPARE(kubectl({ QStringLiteral("label"), QStringLiteral("configmap"), name, QStringLiteral("-n"), m_ns,
                                 QStringLiteral("team=shop"), QStringLiteral("owner=") + name })
                         .exitCode,
                0);
            objects << get(QStringLiteral("configmap"), name);
        }
        auto *dialog
            = new Ui::MetadataDialog(target(configmaps, objects), Ui::MetadataDialog::Field::Labels, m_window.get());
        QPointer<Ui::MetadataDialog> guard(dialog);
        dialog->open();
        QCOMPARE(dialog->table()->entries().keys(), QStringList { QStringLiteral("team") });
        QCOMPARE(dialog->differingKeys()->count(), 1); // owner: one value per object
        dialog->differingKeys()->item(0)->setCheckState(Qt::Checked);
        dialog->table()->setValue(dialog->table()->rowOf(QStringLiteral("team")), QStringLiteral("checkout"));
        dialog->apply();
        QTRY_VERIFY_WITH_TIMEOUT(!guard, 10000);
        for (const QString &name : names) {
            const QJsonObject labels
                = metadata(get(QStringLiteral("configmap"), name)).value(QLatin1String("labels")).toObject();
            QCOMPARE(labels, (QJsonObject { { QStringLiteral("team"), QStringLiteral("checkout") } }));
        }
    }

    void drain_blockedByBudget_cancelLeavesCordonedAndPodsUntouched()
    {
        // The node settings test uncordoned it on its way out; the pods must be able to land there.
        QVERIFY(waitSchedulable());
        QCOMPARE(kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") },
                     deploymentYaml(QStringLiteral("web"), 2))
                     .exitCode,
            0);
        const QByteArray pdb = QStringLiteral("apiVersion: policy/v1\nkind: PodDisruptionBudget\n"
                                              "metadata: {name: web-pdb, namespace: %1}\n"
                                              "spec: {minAvailable: 2, selector: {matchLabels: {app: web}}}\n")
                                   .arg(m_ns)
                                   .toUtf8();
        QCOMPARE(kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") }, pdb).exitCode, 0);
        QVERIFY(waitFor([this] {
            return kubectl(
                       { QStringLiteral("get"), QStringLiteral("pdb"), QStringLiteral("web-pdb"), QStringLiteral("-n"),
                           m_ns, QStringLiteral("-o"), QStringLiteral("jsonpath={.status.currentHealthy}") })
                       .out.trimmed()
                == "2";
        }));
        QMap<QString, QString> before;
        QVERIFY(waitFor([&] {
            before = podsOnNode();
            return !before.isEmpty();
        }));

        Ui::DrainDialog dialog(target(nodes, { node() }), m_window.get());
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.show();
        dialog.startDrain();
        const QString blockedPod = before.firstKey();
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.statusOf(blockedPod) == QLatin1String("Blocked by PodDisruptionBudget web-pdb"), 30000);
        QVERIFY(dialog.messageOf(blockedPod)
                    .startsWith(QStringLiteral("Cannot evict pod as it would violate the pod's disruption budget.")));
        QSignalSpy cancelled(&dialog, &Ui::DrainDialog::drainCancelled);
        dialog.cancelDrain();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(
            dialog.findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("stays cordoned")));

        QCOMPARE(spec(node()).value(QLatin1String("unschedulable")).toBool(), true);
        QTest::qWait(6000); // past a retry interval: nothing more happens
        QCOMPARE(podsOnNode(), before);
    }

    void drain_withoutBudget_podsEvictedAndRecreatedElsewhere()
    {
        QCOMPARE(kubectl({ QStringLiteral("delete"), QStringLiteral("pdb"), QStringLiteral("web-pdb"),
                             QStringLiteral("-n"), m_ns })
                     .exitCode,
            0);
        const QMap<QString, QString> before = podsOnNode();
        QVERIFY(!before.isEmpty());

        Ui::DrainDialog dialog(target(nodes, { node() }), m_window.get());
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.show();
        QSignalSpy finished(&dialog, &Ui::DrainDialog::drainFinished);
        dialog.startDrain();
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(m_failed.join(QLatin1Char('\n'))));
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(dialog.statusOf(it.key()), QStringLiteral("Evicted"));
        QVERIFY(podsOnNode().isEmpty());
        // The Deployment's controller replaces them on other nodes.
        QVERIFY(waitFor([this] {
            return kubectl({ QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("web"),
                               QStringLiteral("-n"), m_ns, QStringLiteral("-o"),
                               QStringLiteral("jsonpath={.status.availableReplicas}") })
                       .out.trimmed()
                == "2";
        }));
        QVERIFY(podsOnNode().isEmpty());

        // Leave the node as we found it.
        QCOMPARE(kubectl({ QStringLiteral("uncordon"), m_node }).exitCode, 0);
        QVERIFY(!spec(node()).contains(QLatin1String("unschedulable")));
    }

    void secret_revealShowsWhatKubectlDecodes()
    {
        QCOMPARE(kubectl({ QStringLiteral("create"), QStringLiteral("secret"), QStringLiteral("generic"),
                             QStringLiteral("db"), QStringLiteral("-n"), m_ns,
                             QStringLiteral("--from-literal=password=s3cr3t-Ünï") })
                     .exitCode,
            0);
        const QByteArray encoded
            = kubectl({ QStringLiteral("get"), QStringLiteral("secret"), QStringLiteral("db"), QStringLiteral("-n"),
                          m_ns, QStringLiteral("-o"), QStringLiteral("jsonpath={.data.password}") })
                  .out;
        const QString decoded = QString::fromUtf8(QByteArray::fromBase64(encoded));
        QCOMPARE(decoded, QStringLiteral("s3cr3t-Ünï"));

        Ui::SecretDialog dialog(
            target(secrets, { get(QStringLiteral("secret"), QStringLiteral("db")) }), m_window.get());
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 10000);
        Ui::SecretDataView *view = dialog.view();
        QVERIFY(!view->displayedText(QStringLiteral("password")).contains(decoded));
        view->setRevealed(QStringLiteral("password"), true);
        QCOMPARE(view->displayedText(QStringLiteral("password")), decoded);
        view->setRevealed(QStringLiteral("password"), false);
        QVERIFY(!view->displayedText(QStringLiteral("password")).contains(decoded));
    }

    void secret_limitedContext_actionNotPermitted()
    {
        Core::ClusterConnection *limited = connectKubeSim(*m_manager, QStringLiteral("limited"));
        QVERIFY(limited);
        Core::Permissions permissions(limited->client());
        // A Secret in demo, where limited may read everything else.
        const QJsonObject secret { { QStringLiteral("metadata"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("anything") },
                { QStringLiteral("namespace"), QStringLiteral("demo") } } } };

        Ui::ActionTarget limitedTarget;
        limitedTarget.connection = limited;
        limitedTarget.resource = secrets;
        limitedTarget.objects = { secret };
        limitedTarget.permissions = &permissions;
        Ui::ActionMenuBuilder limitedMenu(limitedTarget, m_window.get());
        QTRY_VERIFY_WITH_TIMEOUT(limitedMenu.settled(), 10000);
        QAction *reveal = limitedMenu.actionFor(QStringLiteral("secret.reveal"));
        QVERIFY(reveal);
        QVERIFY(!reveal->isEnabled());
        QVERIFY2(reveal->toolTip().contains(QStringLiteral("may not get secrets")), qPrintable(reveal->toolTip()));

        Ui::ActionMenuBuilder adminMenu(target(secrets, { secret }), m_window.get());
        QTRY_VERIFY_WITH_TIMEOUT(adminMenu.settled(), 10000);
        QVERIFY(adminMenu.actionFor(QStringLiteral("secret.reveal"))->isEnabled());
    }
};

QTEST_MAIN(TestNodeActionsIntegration)
#include "tst_nodeactionsintegration.moc"
