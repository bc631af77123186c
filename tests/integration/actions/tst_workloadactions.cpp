// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../kubectl.h"
#include "../kubesimcluster.h"
#include "core/actions/workloadrequests.h"
#include "core/api/apiclient.h"
#include "core/api/permissions.h"
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "ui/actions/actionmenu.h"
#include "ui/actions/deletedialog.h"
#include "ui/actions/resourceaction.h"
#include "ui/actions/rollbackdialog.h"
#include "ui/actions/scaledialog.h"
#include "ui/actions/workloadactions.h"
#include "ui/configwizards/editsettingsaction.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace Sextant;

namespace {

const Core::ResourceRef deployments { QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("deployments"),
    true };
const Core::ResourceRef statefulsets { QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("statefulsets"),
    true };
const Core::ResourceRef cronjobs { QStringLiteral("batch"), QStringLiteral("v1"), QStringLiteral("cronjobs"), true };
const Core::ResourceRef configmaps { {}, QStringLiteral("v1"), QStringLiteral("configmaps"), true };

QString kubectlName(const Core::ResourceRef &resource)
{
    return resource.group.isEmpty() ? resource.resource : resource.resource + QLatin1Char('.') + resource.group;
}

QByteArray deploymentYaml(const QString &ns, const QString &name, const QString &image, int replicas)
{
    return QStringLiteral(R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: %1, namespace: %2}
spec:
  replicas: %4
  selector: {matchLabels: {app: %1}}
  template:
    metadata: {labels: {app: %1}}
    spec:
      containers: [{name: main, image: "%3"}]
)")
        .arg(name, ns, image)
        .arg(replicas)
        .toUtf8();
}

// Where screenshots go when SEXTANT_ACTIONS_SCREENSHOTS names a directory.
void screenshot(QWidget *widget, const char *file)
{
    const QString dir = qEnvironmentVariable("SEXTANT_ACTIONS_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(dir + QLatin1Char('/') + QLatin1String(file));
}

} // namespace

class TestWorkloadActions final : public QObject {
    Q_OBJECT

    std::unique_ptr<Core::ClusterManager> m_manager;
    Core::ClusterConnection *m_connection = nullptr;
    std::unique_ptr<Core::Permissions> m_permissions;
    std::unique_ptr<Ui::ActionFeedback> m_feedback;
    std::unique_ptr<QWidget> m_window;
    QString m_ns;
    QStringList m_progress;
    QStringList m_succeeded;
    QStringList m_failedTitles;
    QList<Core::ApiError> m_failedErrors;

    QJsonObject get(const Core::ResourceRef &resource, const QString &name, const QString &ns = {})
    {
        return kubectlJson(
            { QStringLiteral("get"), kubectlName(resource), name, QStringLiteral("-n"), ns.isEmpty() ? m_ns : ns })
            .object();
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

    void trigger(const QString &id, const Ui::ActionTarget &target)
    {
        Ui::ResourceAction *action = Ui::ActionRegistry::instance().find(id);
        QVERIFY2(action, qPrintable(id));
        QVERIFY(action->appliesTo(target.resource));
        QVERIFY2(action->unavailableReason(target).isEmpty(), qPrintable(action->unavailableReason(target)));
        action->trigger(target, m_window.get());
    }

    template<typename Dialog>
    Dialog *openDialog()
    {
        Dialog *found = nullptr;
        const auto find = [&] {
            const QList<Dialog *> dialogs = m_window->findChildren<Dialog *>();
            for (Dialog *dialog : dialogs) {
                if (dialog->isVisible())
                    found = dialog;
            }
            return found != nullptr;
        };
        if (!QTest::qWaitFor(find, 5000))
            return nullptr; // callers QVERIFY it
        return found;
    }

    void clearFeedback()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_progress.clear();
        m_succeeded.clear();
        m_failedTitles.clear();
        m_failedErrors.clear();
    }

    bool waitForKubectl(const std::function<bool()> &condition, int timeoutMs = 60000)
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

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        Ui::registerWorkloadActions(Ui::ActionRegistry::instance());
        Ui::registerEditSettingsAction(Ui::ActionRegistry::instance());

        m_manager = std::make_unique<Core::ClusterManager>(kubeSimManagerOptions());
        m_connection = connectKubeSim(*m_manager);
        QVERIFY(m_connection);
        m_permissions = std::make_unique<Core::Permissions>(m_connection->client());
        m_feedback = std::make_unique<Ui::ActionFeedback>();
        connect(m_feedback.get(), &Ui::ActionFeedback::progress, this, [this](const QString &m) { m_progress << m; });
        connect(m_feedback.get(), &Ui::ActionFeedback::succeeded, this, [this](const QString &m) { m_succeeded << m; });
        connect(m_feedback.get(), &Ui::ActionFeedback::failed, this,
            [this](const QString &title, const Core::ApiError &error) {
                m_failedTitles << title;
                m_failedErrors << error;
            });
        m_window = std::make_unique<QWidget>();
        m_window->resize(900, 700);
        m_window->show();

        m_ns = QStringLiteral("actions-%1").arg(QRandomGenerator::global()->bounded(100000, 999999));
        const KubectlResult created = kubectl({ QStringLiteral("create"), QStringLiteral("namespace"), m_ns });
        QVERIFY2(created.exitCode == 0, created.err.constData());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        if (!m_ns.isEmpty())
            kubectl({ QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false") });
    }

    void init() { clearFeedback(); }

    void scale_dialogValue_replicasAsKubectlSees()
    {
        QCOMPARE(kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") },
                     deploymentYaml(m_ns, QStringLiteral("scaled"), QStringLiteral("nginx:1.25"), 1))
                     .exitCode,
            0);
        trigger(QStringLiteral("workload.scale"), target(deployments, { get(deployments, QStringLiteral("scaled")) }));
        auto *dialog = openDialog<Ui::ScaleDialog>();
        QVERIFY(dialog);
        auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("replicas"));
        QVERIFY(spin);
        QCOMPARE(spin->value(), 1);
        QVERIFY(!spin->accessibleName().isEmpty());
        spin->setValue(4);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("scaleButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_succeeded.size(), 1, 15000);
        QVERIFY(m_failedTitles.isEmpty());
        QCOMPARE(get(deployments, QStringLiteral("scaled"))
                     .value(QLatin1String("spec"))
                     .toObject()
                     .value(QLatin1String("replicas"))
                     .toInt(),
            4);
        QTRY_VERIFY(!dialog->isVisible());
    }

    void scale_gone_apiMessageVerbatimDialogStaysOpen()
    {
        QJsonObject ghost = get(deployments, QStringLiteral("scaled"));
        QJsonObject metadata = ghost.value(QLatin1String("metadata")).toObject();
        metadata.insert(QStringLiteral("name"), QStringLiteral("ghost"));
        ghost.insert(QStringLiteral("metadata"), metadata);
        trigger(QStringLiteral("workload.scale"), target(deployments, { ghost }));
        auto *dialog = openDialog<Ui::ScaleDialog>();
        QVERIFY(dialog);
        dialog->findChild<QSpinBox *>(QStringLiteral("replicas"))->setValue(9);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("scaleButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_failedTitles.size(), 1, 15000);
        QCOMPARE(m_failedTitles.first(), QStringLiteral("Could not scale deployment ghost"));
        QCOMPARE(m_failedErrors.first().message, QStringLiteral("deployments.apps \"ghost\" not found"));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("error"))->text(), m_failedErrors.first().message);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("scaleButton"))->isEnabled());
        QVERIFY(m_succeeded.isEmpty());
        dialog->close();
        QCOMPARE(get(deployments, QStringLiteral("scaled"))
                     .value(QLatin1String("spec"))
                     .toObject()
                     .value(QLatin1String("replicas"))
                     .toInt(),
            4);
    }

    void restart_confirmed_restartedAtAnnotationSet()
    {
        QCOMPARE(kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") },
                     deploymentYaml(m_ns, QStringLiteral("restarted"), QStringLiteral("nginx:1.25"), 1))
                     .exitCode,
            0);
        trigger(
            QStringLiteral("workload.restart"), target(deployments, { get(deployments, QStringLiteral("restarted")) }));
        auto *box = openDialog<QMessageBox>();
        QVERIFY(box);
        QVERIFY(m_succeeded.isEmpty()); // nothing happens before the user agreed
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_succeeded.size(), 1, 15000);
        const QString restartedAt = get(deployments, QStringLiteral("restarted"))
                                        .value(QLatin1String("spec"))
                                        .toObject()
                                        .value(QLatin1String("template"))
                                        .toObject()
                                        .value(QLatin1String("metadata"))
                                        .toObject()
                                        .value(QLatin1String("annotations"))
                                        .toObject()
                                        .value(QLatin1String("kubectl.kubernetes.io/restartedAt"))
                                        .toString();
        const QDateTime when = QDateTime::fromString(restartedAt, Qt::ISODate);
        QVERIFY2(when.isValid(), qPrintable(restartedAt));
        QVERIFY(qAbs(when.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    }

    void pauseResume_specPausedFollows_restartRefusedWhilePaused()
    {
        QCOMPARE(kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") },
                     deploymentYaml(m_ns, QStringLiteral("paused"), QStringLiteral("nginx:1.25"), 1))
                     .exitCode,
            0);
        const auto paused = [this] {
            return get(deployments, QStringLiteral("paused"))
                .value(QLatin1String("spec"))
                .toObject()
                .value(QLatin1String("paused"))
                .toBool();
        };
        Ui::ActionTarget running = target(deployments, { get(deployments, QStringLiteral("paused")) });
        QVERIFY(!Ui::ActionRegistry::instance()
                     .find(QStringLiteral("workload.resume"))
                     ->unavailableReason(running)
                     .isEmpty());
        trigger(QStringLiteral("workload.pause"), running);
        QTRY_COMPARE_WITH_TIMEOUT(m_succeeded.size(), 1, 15000);
        QVERIFY(paused());

        const Ui::ActionTarget pausedTarget = target(deployments, { get(deployments, QStringLiteral("paused")) });
        QCOMPARE(
            Ui::ActionRegistry::instance().find(QStringLiteral("workload.restart"))->unavailableReason(pausedTarget),
            QStringLiteral("can't restart paused deployment (run rollout resume first)"));
        QVERIFY(!Ui::ActionRegistry::instance()
                     .find(QStringLiteral("workload.pause"))
                     ->unavailableReason(pausedTarget)
                     .isEmpty());
        trigger(QStringLiteral("workload.resume"), pausedTarget);
        QTRY_COMPARE_WITH_TIMEOUT(m_succeeded.size(), 2, 15000);
        QVERIFY(!paused());
    }

    void rollbackDeployment_toRevisionOne_templateImageBack()
    {
        const QString name = QStringLiteral("rolled");
        QCOMPARE(kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") },
                     deploymentYaml(m_ns, name, QStringLiteral("nginx:1.25"), 1))
                     .exitCode,
            0);
        QVERIFY(waitForKubectl([&] {
            return kubectl(
                       { QStringLiteral("get"), QStringLiteral("rs"), QStringLiteral("-n"), m_ns, QStringLiteral("-l"),
                           QStringLiteral("app=rolled"), QStringLiteral("-o"), QStringLiteral("name") })
                       .out.count('\n')
                == 1;
        }));
        QCOMPARE(kubectl({ QStringLiteral("set"), QStringLiteral("image"), QStringLiteral("deployment/rolled"),
                             QStringLiteral("main=nginx:1.27"), QStringLiteral("-n"), m_ns })
                     .exitCode,
            0);
        QVERIFY(waitForKubectl([&] {
            return kubectl(
                       { QStringLiteral("get"), QStringLiteral("rs"), QStringLiteral("-n"), m_ns, QStringLiteral("-l"),
                           QStringLiteral("app=rolled"), QStringLiteral("-o"), QStringLiteral("name") })
                       .out.count('\n')
                == 2;
        }));

        // The deployment controller copies the change cause onto the newest ReplicaSet.
        QCOMPARE(
            kubectl({ QStringLiteral("annotate"), QStringLiteral("deployment/rolled"),
                        QStringLiteral("kubernetes.io/change-cause=Update nginx to 1.27"), QStringLiteral("-n"), m_ns })
                .exitCode,
            0);
        QVERIFY(waitForKubectl([&] {
            return kubectl({ QStringLiteral("rollout"), QStringLiteral("history"), QStringLiteral("deployment/rolled"),
                               QStringLiteral("-n"), m_ns })
                .out.contains("Update nginx to 1.27");
        }));
        trigger(QStringLiteral("workload.rollback"), target(deployments, { get(deployments, name) }));
        auto *dialog = openDialog<Ui::RollbackDialog>();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->revisions().size(), 2, 15000);
        QCOMPARE(dialog->revisions().at(0).number, 1);
        QVERIFY(dialog->revisions().at(1).current);
        QCOMPARE(dialog->revisions().at(0).images, QStringList { QStringLiteral("nginx:1.25") });
        QCOMPARE(dialog->revisions().at(1).changeCause, QStringLiteral("Update nginx to 1.27"));

        dialog->selectRevisions({ 1, 2 });
        const QString diff = dialog->diffText();
        QVERIFY2(diff.contains(QStringLiteral("\n-  - image: nginx:1.25\n+  - image: nginx:1.27\n")), qPrintable(diff));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("rollbackButton"))->isEnabled());
        screenshot(dialog, "action-rollback.png");

        dialog->selectRevisions({ 1 });
        auto *button = dialog->findChild<QPushButton *>(QStringLiteral("rollbackButton"));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_succeeded.size(), 1, 15000);
        QVERIFY2(m_failedTitles.isEmpty(), qPrintable(m_failedTitles.join(QLatin1Char(';'))));
        const QJsonObject rolled = get(deployments, name);
        QCOMPARE(rolled.value(QLatin1String("spec"))
                     .toObject()
                     .value(QLatin1String("template"))
                     .toObject()
                     .value(QLatin1String("spec"))
                     .toObject()
                     .value(QLatin1String("containers"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("image"))
                     .toString(),
            QStringLiteral("nginx:1.25"));
        // The deployment controller reuses revision 1's ReplicaSet as revision 3, as after kubectl rollout undo.
        QVERIFY(waitForKubectl([&] {
            return get(deployments, name)
                       .value(QLatin1String("metadata"))
                       .toObject()
                       .value(QLatin1String("annotations"))
                       .toObject()
                       .value(QLatin1String("deployment.kubernetes.io/revision"))
                       .toString()
                == QLatin1String("3");
        }));
    }

    void rollbackStatefulSet_controllerRevision_imageBack()
    {
        const QByteArray yaml = QStringLiteral(R"(apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db, namespace: %1}
spec:
  replicas: 1
  serviceName: db
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers: [{name: db, image: "postgres:15"}]
)")
                                    .arg(m_ns)
                                    .toUtf8();
        QCOMPARE(kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") }, yaml).exitCode, 0);
        const auto revisions = [&] {
            return kubectl(
                { QStringLiteral("get"), QStringLiteral("controllerrevisions"), QStringLiteral("-n"), m_ns,
                    QStringLiteral("-l"), QStringLiteral("app=db"), QStringLiteral("-o"), QStringLiteral("name") })
                .out.count('\n');
        };
        QVERIFY(waitForKubectl([&] { return revisions() == 1; }));
        QCOMPARE(kubectl({ QStringLiteral("set"), QStringLiteral("image"), QStringLiteral("statefulset/db"),
                             QStringLiteral("db=postgres:16"), QStringLiteral("-n"), m_ns })
                     .exitCode,
            0);
        QVERIFY(waitForKubectl([&] { return revisions() == 2; }));

        trigger(QStringLiteral("workload.rollback"), target(statefulsets, { get(statefulsets, QStringLiteral("db")) }));
        auto *dialog = openDialog<Ui::RollbackDialog>();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->revisions().size(), 2, 15000);
        dialog->selectRevisions({ 1 });
        QVERIFY(dialog->diffText().contains(QStringLiteral("-  - image: postgres:16\n+  - image: postgres:15\n")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("rollbackButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_succeeded.size(), 1, 15000);
        QCOMPARE(get(statefulsets, QStringLiteral("db"))
                     .value(QLatin1String("spec"))
                     .toObject()
                     .value(QLatin1String("template"))
                     .toObject()
                     .value(QLatin1String("spec"))
                     .toObject()
                     .value(QLatin1String("containers"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("image"))
                     .toString(),
            QStringLiteral("postgres:15"));
    }

    // The same history in two projects; kubectl rolls back one, Sextant the
    // other: the objects must end up the same.
    void rollback_sameResultAsKubectlRolloutUndo_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("container");
        QTest::newRow("deployment") << QStringLiteral("Deployment") << QStringLiteral("main");
        QTest::newRow("daemonset") << QStringLiteral("DaemonSet") << QStringLiteral("main");
    }

    void rollback_sameResultAsKubectlRolloutUndo()
    {
        QFETCH(QString, kind);
        QFETCH(QString, container);
        const QString lower = kind.toLower();
        const Core::ResourceRef resource { QStringLiteral("apps"), QStringLiteral("v1"), lower + QLatin1Char('s'),
            true };
        const QStringList namespaces { m_ns + QStringLiteral("-kubectl-") + lower,
            m_ns + QStringLiteral("-sextant-") + lower };
        for (const QString &ns : namespaces) {
            QCOMPARE(kubectl({ QStringLiteral("create"), QStringLiteral("namespace"), ns }).exitCode, 0);
            const QByteArray yaml = QStringLiteral(R"(apiVersion: apps/v1
kind: %1
metadata: {name: twin, namespace: %2, annotations: {team: a}}
spec:
  selector: {matchLabels: {app: twin}}
  template:
    metadata: {labels: {app: twin}, annotations: {note: first}}
    spec:
      containers: [{name: %3, image: "nginx:1.25"}]
)")
                                        .arg(kind, ns, container)
                                        .toUtf8();
            QCOMPARE(kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") }, yaml).exitCode, 0);
        }
        const auto historyLength = [&](const QString &ns) {
            return kubectl({ QStringLiteral("rollout"), QStringLiteral("history"), lower + QStringLiteral("/twin"),
                               QStringLiteral("-n"), ns })
                .out.count('\n');
        };
        for (const QString &ns : namespaces)
            QVERIFY(waitForKubectl([&] { return historyLength(ns) == 4; })); // title, header, 1, blank
        for (const QString &ns : namespaces) {
            QCOMPARE(kubectl({ QStringLiteral("set"), QStringLiteral("image"), lower + QStringLiteral("/twin"),
                                 container + QStringLiteral("=nginx:1.27"), QStringLiteral("-n"), ns })
                         .exitCode,
                0);
            QCOMPARE(kubectl({ QStringLiteral("annotate"), lower + QStringLiteral("/twin"), QStringLiteral("team=b"),
                                 QStringLiteral("--overwrite"), QStringLiteral("-n"), ns })
                         .exitCode,
                0);
        }
        for (const QString &ns : namespaces)
            QVERIFY(waitForKubectl([&] { return historyLength(ns) == 5; }));

        const KubectlResult undo
            = kubectl({ QStringLiteral("rollout"), QStringLiteral("undo"), lower + QStringLiteral("/twin"),
                QStringLiteral("--to-revision=1"), QStringLiteral("-n"), namespaces.at(0) });
        QVERIFY2(undo.exitCode == 0, undo.err.constData());
        QString outcome;
        Core::WorkloadRequests::rollback(
            m_connection->client(), resource, namespaces.at(1), QStringLiteral("twin"), 1, this,
            [&outcome](const QString &message) { outcome = message; },
            [&outcome](const Core::ApiError &error) { outcome = QStringLiteral("error: ") + error.message; });
        QTRY_VERIFY_WITH_TIMEOUT(!outcome.isEmpty(), 15000);
        QCOMPARE(outcome, QStringLiteral("rolled back"));
        QVERIFY2(undo.out.contains("rolled back"), undo.out.constData());

        const auto comparable = [&](const QString &ns) {
            const QJsonObject object = get(resource, QStringLiteral("twin"), ns);
            QJsonObject annotations
                = object.value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations")).toObject();
            annotations.remove(QStringLiteral("kubectl.kubernetes.io/last-applied-configuration"));
            return QJsonObject { { QStringLiteral("spec"), object.value(QLatin1String("spec")) },
                { QStringLiteral("annotations"), annotations } };
        };
        QCOMPARE(comparable(namespaces.at(1)), comparable(namespaces.at(0)));
        QCOMPARE(comparable(namespaces.at(1))
                     .value(QLatin1String("spec"))
                     .toObject()
                     .value(QLatin1String("template"))
                     .toObject()
                     .value(QLatin1String("spec"))
                     .toObject()
                     .value(QLatin1String("containers"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("image"))
                     .toString(),
            QStringLiteral("nginx:1.25"));
        for (const QString &ns : namespaces)
            kubectl({ QStringLiteral("delete"), QStringLiteral("namespace"), ns, QStringLiteral("--wait=false") });
    }

    void cronJob_suspendResumeAndRunNow()
    {
        const QByteArray yaml = QStringLiteral(R"(apiVersion: batch/v1
kind: CronJob
metadata: {name: report, namespace: %1}
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    metadata: {labels: {app: report}, annotations: {team: data}}
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{name: r, image: "busybox:1.36"}]
)")
                                    .arg(m_ns)
                                    .toUtf8();
        QCOMPARE(kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") }, yaml).exitCode, 0);
        const auto suspended = [this] {
            return get(cronjobs, QStringLiteral("report"))
                .value(QLatin1String("spec"))
                .toObject()
                .value(QLatin1String("suspend"))
                .toBool();
        };
        trigger(QStringLiteral("cronjob.suspend"), target(cronjobs, { get(cronjobs, QStringLiteral("report")) }));
        QTRY_COMPARE_WITH_TIMEOUT(m_succeeded.size(), 1, 15000);
        QVERIFY(suspended());
        trigger(QStringLiteral("cronjob.resume"), target(cronjobs, { get(cronjobs, QStringLiteral("report")) }));
        QTRY_COMPARE_WITH_TIMEOUT(m_succeeded.size(), 2, 15000);
        QVERIFY(!suspended());

        const QJsonObject cronJob = get(cronjobs, QStringLiteral("report"));
        trigger(QStringLiteral("cronjob.run-now"), target(cronjobs, { cronJob }));
        QTRY_COMPARE_WITH_TIMEOUT(m_succeeded.size(), 3, 15000);
        const QJsonArray jobs
            = kubectlJson({ QStringLiteral("get"), QStringLiteral("jobs"), QStringLiteral("-n"), m_ns })
                  .object()
                  .value(QLatin1String("items"))
                  .toArray();
        QCOMPARE(jobs.size(), 1);
        const QJsonObject metadata = jobs.at(0).toObject().value(QLatin1String("metadata")).toObject();
        const QString jobName = metadata.value(QLatin1String("name")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^report-manual-[a-z0-9]{5}$")).match(jobName).hasMatch(),
            qPrintable(jobName));
        QVERIFY2(m_succeeded.last().contains(jobName), qPrintable(m_succeeded.last()));
        QCOMPARE(metadata.value(QLatin1String("annotations"))
                     .toObject()
                     .value(QLatin1String("cronjob.kubernetes.io/instantiate"))
                     .toString(),
            QStringLiteral("manual"));
        QCOMPARE(metadata.value(QLatin1String("annotations")).toObject().value(QLatin1String("team")).toString(),
            QStringLiteral("data"));
        QCOMPARE(metadata.value(QLatin1String("labels")).toObject().value(QLatin1String("app")).toString(),
            QStringLiteral("report"));
        const QJsonObject owner = metadata.value(QLatin1String("ownerReferences")).toArray().at(0).toObject();
        QCOMPARE(owner.value(QLatin1String("kind")).toString(), QStringLiteral("CronJob"));
        QCOMPARE(owner.value(QLatin1String("uid")).toString(),
            cronJob.value(QLatin1String("metadata")).toObject().value(QLatin1String("uid")).toString());
        QCOMPARE(owner.value(QLatin1String("controller")).toBool(), true);
    }

    void deleteOrphan_deploymentGonePodsStay()
    {
        QCOMPARE(kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") },
                     deploymentYaml(m_ns, QStringLiteral("orphaner"), QStringLiteral("nginx:1.25"), 2))
                     .exitCode,
            0);
        const auto pods = [&] {
            return kubectl(
                { QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), m_ns, QStringLiteral("-l"),
                    QStringLiteral("app=orphaner"), QStringLiteral("-o"), QStringLiteral("name") })
                .out.count('\n');
        };
        QVERIFY(waitForKubectl([&] { return pods() == 2; }));
        trigger(QStringLiteral("object.delete"), target(deployments, { get(deployments, QStringLiteral("orphaner")) }));
        auto *dialog = openDialog<Ui::DeleteDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->propagationPolicy(), QStringLiteral("Background"));
        QVERIFY(m_succeeded.isEmpty());
        dialog->findChild<QRadioButton *>(QStringLiteral("Orphan"))->click();
        QCOMPARE(dialog->propagationPolicy(), QStringLiteral("Orphan"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("deleteButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_succeeded.size(), 1, 15000);
        QVERIFY(waitForKubectl([&] {
            return kubectl({ QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("orphaner"),
                               QStringLiteral("-n"), m_ns })
                       .exitCode
                != 0;
        }));
        QTest::qWait(3000); // give the garbage collector time to do what it must not
        QCOMPARE(pods(), 2);
    }

    void bulkDelete_partialFailure_reportsWhichAndApiMessageVerbatim()
    {
        QList<QJsonObject> objects;
        for (const char *name : { "cm-a", "cm-b", "cm-c" }) {
            QCOMPARE(kubectl({ QStringLiteral("create"), QStringLiteral("configmap"), QString::fromLatin1(name),
                                 QStringLiteral("-n"), m_ns })
                         .exitCode,
                0);
            objects.append(get(configmaps, QString::fromLatin1(name)));
        }
        trigger(QStringLiteral("object.delete"), target(configmaps, objects));
        auto *dialog = openDialog<Ui::DeleteDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QListWidget *>(QStringLiteral("objects"))->count(), 3);
        screenshot(dialog, "action-delete.png");
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("deleteButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_succeeded.size(), 1, 15000);
        const QByteArray left = kubectl({ QStringLiteral("get"), QStringLiteral("configmaps"), QStringLiteral("-n"),
                                            m_ns, QStringLiteral("-o"), QStringLiteral("name") })
                                    .out;
        QVERIFY2(!left.contains("cm-a") && !left.contains("cm-b") && !left.contains("cm-c"), left.constData());

        // One that exists and one already gone: the second's 404 message, verbatim; the first is deleted.
        clearFeedback();
        QCOMPARE(kubectl({ QStringLiteral("create"), QStringLiteral("configmap"), QStringLiteral("cm-d"),
                             QStringLiteral("-n"), m_ns })
                     .exitCode,
            0);
        QJsonObject ghost = objects.at(0);
        trigger(
            QStringLiteral("object.delete"), target(configmaps, { get(configmaps, QStringLiteral("cm-d")), ghost }));
        dialog = openDialog<Ui::DeleteDialog>();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("deleteButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_failedTitles.size(), 1, 15000);
        QVERIFY(m_succeeded.isEmpty());
        QCOMPARE(m_failedErrors.first().httpStatus, 404);
        QCOMPARE(m_failedErrors.first().message, QStringLiteral("configmaps \"cm-a\" not found"));
        QVERIFY2(m_failedTitles.first().contains(QStringLiteral("Deleted cm-d"))
                && m_failedTitles.first().contains(QStringLiteral("could not delete cm-a")),
            qPrintable(m_failedTitles.first()));
        QVERIFY(dialog->isVisible()); // stays open with the result
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("summary"))
                    ->text()
                    .contains(QStringLiteral("configmaps \"cm-a\" not found")));
        dialog->close();
        QVERIFY(kubectl({ QStringLiteral("get"), QStringLiteral("configmap"), QStringLiteral("cm-d"),
                            QStringLiteral("-n"), m_ns })
                    .exitCode
            != 0);
    }

    void limitedContext_deleteGreyedWithReason_no403Sent()
    {
        // limited may only read in "demo".
        const bool createdDemo
            = kubectl({ QStringLiteral("create"), QStringLiteral("namespace"), QStringLiteral("demo") }).exitCode == 0;
        const QString name = QStringLiteral("limited-%1").arg(QRandomGenerator::global()->bounded(100000, 999999));
        QCOMPARE(kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") },
                     deploymentYaml(QStringLiteral("demo"), name, QStringLiteral("nginx:1.25"), 1))
                     .exitCode,
            0);
        const QJsonObject object = get(deployments, name, QStringLiteral("demo"));

        Core::ClusterConnection *limited = connectKubeSim(*m_manager, QStringLiteral("limited"));
        QVERIFY(limited);
        QList<int> statuses;
        const QMetaObject::Connection watching = connect(limited->client()->networkAccessManager(),
            &QNetworkAccessManager::finished, this, [&statuses](QNetworkReply *reply) {
                statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
            });
        Core::Permissions permissions(limited->client());
        Ui::ActionTarget limitedTarget;
        limitedTarget.connection = limited;
        limitedTarget.resource = deployments;
        limitedTarget.objects = { object };
        limitedTarget.permissions = &permissions;
        limitedTarget.feedback = m_feedback.get();

        QMenu menu(m_window.get());
        Ui::ActionMenuBuilder *builder = Ui::ActionMenuBuilder::populate(&menu, limitedTarget, m_window.get());
        QVERIFY(menu.toolTipsVisible());
        QAction *remove = builder->actionFor(QStringLiteral("object.delete"));
        QVERIFY(remove);
        QVERIFY(!remove->isEnabled());
        QCOMPARE(remove->toolTip(), QStringLiteral("Checking permission…"));
        QTRY_VERIFY_WITH_TIMEOUT(builder->settled(), 15000);
        QVERIFY(!remove->isEnabled());
        QVERIFY2(remove->toolTip().startsWith(QStringLiteral("You may not delete deployments in project demo.")),
            qPrintable(remove->toolTip()));
        QAction *scale = builder->actionFor(QStringLiteral("workload.scale"));
        QVERIFY(!scale->isEnabled());
        QVERIFY2(scale->toolTip().startsWith(QStringLiteral("You may not patch deployments/scale in project demo.")),
            qPrintable(scale->toolTip()));
        QCOMPARE(remove->shortcut(), QKeySequence(QKeySequence::Delete));
        QAction *editSettings = builder->actionFor(QStringLiteral("object.editSettings"));
        QVERIFY(editSettings);
        QVERIFY(!editSettings->isEnabled());
        QVERIFY2(editSettings->toolTip().startsWith(QStringLiteral("You may not update deployments in project demo.")),
            qPrintable(editSettings->toolTip()));

        remove->trigger(); // greyed: nothing may happen
        scale->trigger();
        QTest::qWait(500);
        QVERIFY(m_window->findChildren<Ui::DeleteDialog *>().isEmpty()
            || !m_window->findChildren<Ui::DeleteDialog *>().constLast()->isVisible());
        QVERIFY(m_progress.isEmpty());
        QVERIFY2(!statuses.contains(403), qPrintable(QString::number(statuses.size())));
        QVERIFY(!statuses.isEmpty()); // the reviews were answered

        // The same menu for admin: every check allowed, so delete is offered.
        Ui::ActionMenuBuilder adminBuilder(target(deployments, { object }), m_window.get());
        QTRY_VERIFY_WITH_TIMEOUT(adminBuilder.settled(), 15000);
        QVERIFY(adminBuilder.actionFor(QStringLiteral("object.delete"))->isEnabled());
        QVERIFY(adminBuilder.actionFor(QStringLiteral("object.editSettings"))->isEnabled());
        disconnect(watching);
        if (createdDemo)
            kubectl({ QStringLiteral("delete"), QStringLiteral("namespace"), QStringLiteral("demo"),
                QStringLiteral("--wait=false") });
        kubectl({ QStringLiteral("delete"), QStringLiteral("deployment"), name, QStringLiteral("-n"),
            QStringLiteral("demo"), QStringLiteral("--wait=false") });
    }
};

QTEST_MAIN(TestWorkloadActions)
#include "tst_workloadactions.moc"
