// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../kubectl.h"
#include "../kubesimcluster.h"
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "ui/wizards/reviewpage.h"
#include "ui/wizards/validatedfield.h"
#include "ui/workloadwizard/basicsform.h"
#include "ui/workloadwizard/containerform.h"
#include "ui/workloadwizard/containersform.h"
#include "ui/workloadwizard/envfromrow.h"
#include "ui/workloadwizard/liveobjectcombo.h"
#include "ui/workloadwizard/probeform.h"
#include "ui/workloadwizard/rowlist.h"
#include "ui/workloadwizard/securitycontextform.h"
#include "ui/workloadwizard/volumesform.h"
#include "ui/workloadwizard/workloadwizard.h"
#include "workloadwizardtesting.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>

using namespace Sextant;

// The pod parts of the workload wizard beyond the basics: envFrom rows,
// init containers, a container's security context and hostPath volumes,
// driven like a user against kube-sim and read back with kubectl.
class TestWorkloadWizardPodParts final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        m_namespace = std::make_unique<ScratchNamespace>(QStringLiteral("it-podparts"));
        QVERIFY(m_namespace->isCreated());
        QCOMPARE(kubectl({ QStringLiteral("-n"), ns(), QStringLiteral("create"), QStringLiteral("configmap"),
                             QStringLiteral("settings"), QStringLiteral("--from-literal=mode=fast"),
                             QStringLiteral("--from-literal=1st-run=yes") })
                     .exitCode,
            0);
        QCOMPARE(kubectl({ QStringLiteral("-n"), ns(), QStringLiteral("create"), QStringLiteral("secret"),
                             QStringLiteral("generic"), QStringLiteral("db"),
                             QStringLiteral("--from-literal=password=pw"), QStringLiteral("--from-literal=user=app") })
                     .exitCode,
            0);
        m_manager = std::make_unique<Core::ClusterManager>(kubeSimManagerOptions());
        m_connection = connectKubeSim(*m_manager);
        QVERIFY(m_connection);
    }

    void cleanupTestCase() { m_namespace.reset(); }

    void deployment_envFromInitContainerSecurityHostPath_created()
    {
        Ui::WorkloadWizard wizard(m_connection, ns());
        QSignalSpy created(&wizard, &Ui::ResourceWizard::created);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.basics()->namespaceName(), ns(), 20000);
        type(wizard.basics()->nameField(), QStringLiteral("jobs"));
        wizard.next();

        Ui::ContainersForm *containers = wizard.containers();
        Ui::ContainerForm *app = containers->container(0);
        type(app->nameField(), QStringLiteral("app"));
        type(app->imageField(), QStringLiteral("busybox:1.36"));
        // All keys of a ConfigMap, and of a Secret under a prefix; picked from the live objects.
        auto *fromConfig = static_cast<Ui::EnvFromRow *>(app->envFrom()->addRow());
        QTRY_VERIFY_WITH_TIMEOUT(fromConfig->object()->findData(QStringLiteral("settings")) >= 0, 20000);
        fromConfig->object()->setCurrentIndex(fromConfig->object()->findData(QStringLiteral("settings")));
        // "1st-run" starts with a digit: the kubelet skips it, and the row says so.
        QTRY_VERIFY_WITH_TIMEOUT(fromConfig->skippedKeys()->isVisibleTo(&wizard), 20000);
        QVERIFY2(fromConfig->skippedKeys()->text().contains(QLatin1String("1st-run")),
            qPrintable(fromConfig->skippedKeys()->text()));
        QVERIFY(!fromConfig->skippedKeys()->text().contains(QLatin1String("mode")));
        auto *fromSecret = static_cast<Ui::EnvFromRow *>(app->envFrom()->addRow());
        fromSecret->setSource(Ui::EnvFromRow::Secret);
        QTRY_VERIFY_WITH_TIMEOUT(fromSecret->object()->findData(QStringLiteral("db")) >= 0, 20000);
        fromSecret->object()->setCurrentIndex(fromSecret->object()->findData(QStringLiteral("db")));
        type(fromSecret->prefix(), QStringLiteral("DB_"));
        QVERIFY(fromSecret->isValid());
        QVERIFY(!fromSecret->skippedKeys()->isVisibleTo(&wizard));
        // A locked-down container.
        Ui::SecurityContextForm *security = app->securityContext();
        security->runAsNonRoot()->setChecked(true);
        type(security->runAsUser(), QStringLiteral("1000"));
        security->readOnlyRootFilesystem()->setChecked(true);
        security->setAllowPrivilegeEscalation(false);
        QVERIFY(!security->privilegedWarning()->isVisibleTo(&wizard));
        QVERIFY(app->isValid());
        scrollTo(wizard, app->envFrom());
        screenshot(&wizard, QStringLiteral("containers-envfrom-security"));

        // An init container: no probes to fill, its own security context.
        Ui::ContainerForm *init = containers->addInitContainer();
        containers->showContainer(0);
        QCOMPARE(containers->initCount(), 1);
        QCOMPARE(containers->container(0), init); // init containers run first and are listed first
        QCOMPARE(containers->list()->item(0)->text(), QStringLiteral("init-1 (init)"));
        QVERIFY(!init->probe(QStringLiteral("livenessProbe"))->isVisibleTo(init));
        QVERIFY(app->probe(QStringLiteral("livenessProbe"))->isVisibleTo(app));
        type(init->nameField(), QStringLiteral("migrate"));
        type(init->imageField(), QStringLiteral("busybox:1.36"));
        init->command()->setText(QStringLiteral("sh -c \"echo migrated > /work/done\""));
        init->securityContext()->privileged()->setChecked(true);
        QVERIFY(init->securityContext()->privilegedWarning()->isVisibleTo(&wizard));
        QCOMPARE(containers->list()->item(0)->text(), QStringLiteral("migrate (init)"));
        QCOMPARE(containers->containerNames(), (QStringList { QStringLiteral("migrate"), QStringLiteral("app") }));
        QVERIFY(containers->isValid());
        scrollTo(wizard, init->securityContext());
        screenshot(&wizard, QStringLiteral("containers-init"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();

        // A path of the node, mounted read-only in the app; a scratch directory for the init container.
        QCOMPARE(wizard.currentId(), int(Ui::WorkloadWizard::VolumesPage));
        Ui::VolumesForm *volumes = wizard.volumes();
        QVERIFY(!volumes->hostPathWarning()->isVisibleTo(&wizard));
        Ui::VolumeRow *logs = volumes->addVolume(QStringLiteral("node-logs"), QStringLiteral("hostPath"));
        QVERIFY(volumes->hostPathWarning()->isVisibleTo(&wizard));
        QVERIFY(!logs->isValid()); // no path yet
        type(logs->hostPath(), QStringLiteral("/var/log"));
        logs->hostPathType()->setCurrentIndex(logs->hostPathType()->findData(QStringLiteral("Directory")));
        volumes->addVolume(QStringLiteral("work"), QStringLiteral("emptyDir"));
        Ui::MountRow *logsMount
            = volumes->addMount(QStringLiteral("app"), QStringLiteral("node-logs"), QStringLiteral("/host/logs"));
        logsMount->readOnly()->setChecked(true);
        QVERIFY(logsMount->container()->findText(QStringLiteral("migrate")) >= 0); // init containers mount too
        volumes->addMount(QStringLiteral("migrate"), QStringLiteral("work"), QStringLiteral("/work"));
        volumes->addMount(QStringLiteral("app"), QStringLiteral("work"), QStringLiteral("/work"));
        QVERIFY(volumes->isValid());
        screenshot(&wizard, QStringLiteral("volumes-hostpath"));

        // What the form writes, it reads back unchanged, with nothing left over.
        const QJsonObject before = wizard.workloadObject();
        QString note;
        QVERIFY2(wizard.loadObjects({ before }, &note), qPrintable(note));
        QCOMPARE(wizard.workloadObject(), before);
        wizard.next();

        while (wizard.currentId() != int(Ui::WorkloadWizard::ReviewPageId)) {
            QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
            wizard.next();
        }
        Ui::ReviewPage *review = wizard.reviewPage();
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);
        // Edits of the new parts in the YAML flow back into the form, with no note about fields left over.
        QString yaml = review->yamlEdit()->toPlainText();
        QVERIFY(yaml.contains(QLatin1String("prefix: DB_")));
        QVERIFY(yaml.contains(QLatin1String("runAsUser: 1000")));
        yaml.replace(QStringLiteral("prefix: DB_"), QStringLiteral("prefix: PG_"));
        yaml.replace(QStringLiteral("runAsUser: 1000"), QStringLiteral("runAsUser: 1001"));
        review->yamlEdit()->setPlainText(yaml);
        wizard.button(QWizard::CustomButton1)->click(); // Check again
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);
        QVERIFY2(!review->statusLabel()->text().contains(QLatin1String("no place")),
            qPrintable(review->statusLabel()->text()));
        app = containers->container(containers->rowOf(false, 0));
        QCOMPARE(app->envFrom()->rowsAs<Ui::EnvFromRow>().at(1)->prefix()->text(), QStringLiteral("PG_"));
        QCOMPARE(app->securityContext()->runAsUser()->text(), QStringLiteral("1001"));
        QVERIFY(containers->container(containers->rowOf(true, 0))->isInitContainer());
        QCOMPARE(volumes->volumes()->rowsAs<Ui::VolumeRow>().first()->hostPath()->text(), QStringLiteral("/var/log"));
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(30000));

        const QJsonObject deployment = kubectlJson(
            { QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("jobs"), QStringLiteral("-n"), ns() })
                                           .object();
        const QJsonValue pod = at(deployment, QStringLiteral("spec.template.spec"));
        QCOMPARE(at(pod, QStringLiteral("containers")).toArray().size(), 1);
        QCOMPARE(at(pod, QStringLiteral("containers.0.envFrom")).toArray(),
            (QJsonArray { QJsonObject { { QStringLiteral("configMapRef"),
                              QJsonObject { { QStringLiteral("name"), QStringLiteral("settings") } } } },
                QJsonObject {
                    { QStringLiteral("secretRef"), QJsonObject { { QStringLiteral("name"), QStringLiteral("db") } } },
                    { QStringLiteral("prefix"), QStringLiteral("PG_") } } }));
        QCOMPARE(at(pod, QStringLiteral("containers.0.securityContext")).toObject(),
            (QJsonObject { { QStringLiteral("runAsNonRoot"), true }, { QStringLiteral("runAsUser"), 1001 },
                { QStringLiteral("readOnlyRootFilesystem"), true },
                { QStringLiteral("allowPrivilegeEscalation"), false } }));
        QCOMPARE(at(pod, QStringLiteral("containers.0.volumeMounts")).toArray(),
            (QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("node-logs") },
                              { QStringLiteral("mountPath"), QStringLiteral("/host/logs") },
                              { QStringLiteral("readOnly"), true } },
                QJsonObject { { QStringLiteral("name"), QStringLiteral("work") },
                    { QStringLiteral("mountPath"), QStringLiteral("/work") } } }));
        QCOMPARE(at(pod, QStringLiteral("initContainers")).toArray().size(), 1);
        QCOMPARE(at(pod, QStringLiteral("initContainers.0.name")).toString(), QStringLiteral("migrate"));
        QCOMPARE(at(pod, QStringLiteral("initContainers.0.image")).toString(), QStringLiteral("busybox:1.36"));
        QCOMPARE(at(pod, QStringLiteral("initContainers.0.command")).toArray(),
            (QJsonArray { QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo migrated > /work/done") }));
        QCOMPARE(at(pod, QStringLiteral("initContainers.0.securityContext")).toObject(),
            (QJsonObject { { QStringLiteral("privileged"), true } }));
        QCOMPARE(at(pod, QStringLiteral("initContainers.0.volumeMounts")).toArray(),
            (QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("work") },
                { QStringLiteral("mountPath"), QStringLiteral("/work") } } }));
        QVERIFY(at(pod, QStringLiteral("initContainers.0.livenessProbe")).isUndefined());
        QVERIFY(at(pod, QStringLiteral("initContainers.0.envFrom")).isUndefined());
        QCOMPARE(at(pod, QStringLiteral("volumes.0.name")).toString(), QStringLiteral("node-logs"));
        QCOMPARE(at(pod, QStringLiteral("volumes.0.hostPath")).toObject(),
            (QJsonObject { { QStringLiteral("path"), QStringLiteral("/var/log") },
                { QStringLiteral("type"), QStringLiteral("Directory") } }));
        QCOMPARE(at(pod, QStringLiteral("volumes.1.name")).toString(), QStringLiteral("work"));
        QVERIFY(at(pod, QStringLiteral("volumes.1.emptyDir")).isObject());
    }

    void dryRunRejection_ofInitContainer_landsOnItsField()
    {
        // requests above limits pass each field's own check; the server refuses the pair.
        Ui::WorkloadWizard wizard(m_connection, ns());
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.basics()->namespaceName(), ns(), 20000);
        type(wizard.basics()->nameField(), QStringLiteral("greedy-init"));
        wizard.next();
        Ui::ContainersForm *containers = wizard.containers();
        type(containers->container(0)->nameField(), QStringLiteral("main"));
        type(containers->container(0)->imageField(), QStringLiteral("busybox:1.36"));
        containers->addInitContainer();
        containers->addInitContainer();
        Ui::ContainerForm *second = containers->container(containers->rowOf(true, 1));
        type(second->imageField(), QStringLiteral("busybox:1.36"));
        type(containers->container(0)->imageField(), QStringLiteral("busybox:1.36"));
        type(second->resourceField(QStringLiteral("requests.cpu")), QStringLiteral("2"));
        type(second->resourceField(QStringLiteral("limits.cpu")), QStringLiteral("1"));
        containers->showContainer(containers->rowOf(false, 0));
        while (wizard.currentId() != int(Ui::WorkloadWizard::ReviewPageId)) {
            QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
            wizard.next();
        }
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(Ui::WorkloadWizard::ContainersPage), 20000);
        Ui::ValidatedField *requests = second->resourceField(QStringLiteral("requests.cpu"));
        QVERIFY(!requests->isValid());
        QVERIFY2(messageOf(requests).contains(QLatin1String("less than or equal to cpu limit")),
            qPrintable(messageOf(requests)));
        QCOMPARE(containers->list()->currentRow(), 1); // initContainers[1] is shown
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        type(requests, QStringLiteral("500m"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    void yaml_partsWithoutAPlace_areNamed_andFalsesKept()
    {
        Ui::WorkloadWizard wizard(m_connection, ns());
        const QJsonObject container {
            { QStringLiteral("name"), QStringLiteral("main") },
            { QStringLiteral("image"), QStringLiteral("nginx:1.27") },
            { QStringLiteral("envFrom"),
                QJsonArray { QJsonObject { { QStringLiteral("configMapRef"),
                    QJsonObject { { QStringLiteral("name"), QStringLiteral("settings") },
                        { QStringLiteral("optional"), true } } } } } },
            { QStringLiteral("securityContext"),
                QJsonObject { { QStringLiteral("runAsNonRoot"), false }, { QStringLiteral("privileged"), false },
                    { QStringLiteral("capabilities"),
                        QJsonObject { { QStringLiteral("drop"), QJsonArray { QStringLiteral("ALL") } } } },
                    { QStringLiteral("procMount"), QStringLiteral("Unmasked") } } },
        };
        const QJsonObject init {
            { QStringLiteral("name"), QStringLiteral("setup") },
            { QStringLiteral("image"), QStringLiteral("busybox:1.36") },
            { QStringLiteral("readinessProbe"),
                QJsonObject { { QStringLiteral("exec"),
                    QJsonObject { { QStringLiteral("command"), QJsonArray { QStringLiteral("true") } } } } } },
        };
        const QJsonObject deployment {
            { QStringLiteral("apiVersion"), QStringLiteral("apps/v1") },
            { QStringLiteral("kind"), QStringLiteral("Deployment") },
            { QStringLiteral("metadata"),
                QJsonObject {
                    { QStringLiteral("name"), QStringLiteral("typed") }, { QStringLiteral("namespace"), ns() } } },
            { QStringLiteral("spec"),
                QJsonObject { { QStringLiteral("template"),
                    QJsonObject { { QStringLiteral("spec"),
                        QJsonObject { { QStringLiteral("containers"), QJsonArray { container } },
                            { QStringLiteral("initContainers"), QJsonArray { init } },
                            { QStringLiteral("volumes"),
                                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("sock") },
                                    { QStringLiteral("hostPath"),
                                        QJsonObject { { QStringLiteral("path"), QStringLiteral("/run/x.sock") },
                                            { QStringLiteral("type"), QStringLiteral("Socket") } } } } } } } } } } } },
        };
        QString note;
        QVERIFY(!wizard.loadObjects({ deployment }, &note));
        QVERIFY2(note.contains(QLatin1String("containers.securityContext.procMount")), qPrintable(note));
        QVERIFY2(!note.contains(QLatin1String("capabilities")), qPrintable(note)); // the form has them now
        QVERIFY2(note.contains(QLatin1String("containers.envFrom.configMapRef.optional")), qPrintable(note));
        QVERIFY2(note.contains(QLatin1String("initContainers.readinessProbe")), qPrintable(note));
        QVERIFY2(!note.contains(QLatin1String("hostPath")), qPrintable(note));
        // What has a place is in the form.
        Ui::ContainersForm *containers = wizard.containers();
        QCOMPARE(containers->count(), 2);
        QVERIFY(containers->container(0)->isInitContainer());
        QCOMPARE(containers->container(0)->nameField()->text(), QStringLiteral("setup"));
        Ui::ContainerForm *main = containers->container(1);
        QCOMPARE(main->envFrom()->rows().size(), 1);
        QCOMPARE(
            main->envFrom()->rowsAs<Ui::EnvFromRow>().first()->object()->currentName(), QStringLiteral("settings"));
        const QJsonObject pod = at(wizard.workloadObject(), QStringLiteral("spec.template.spec")).toObject();
        // An explicit false is written back as false, not dropped.
        QCOMPARE(at(pod, QStringLiteral("containers.0.securityContext")).toObject(),
            (QJsonObject { { QStringLiteral("runAsNonRoot"), false }, { QStringLiteral("privileged"), false },
                { QStringLiteral("capabilities"),
                    QJsonObject { { QStringLiteral("drop"), QJsonArray { QStringLiteral("ALL") } } } } }));
        QCOMPARE(at(pod, QStringLiteral("volumes.0.hostPath.type")).toString(), QStringLiteral("Socket"));
        QCOMPARE(at(pod, QStringLiteral("initContainers.0.name")).toString(), QStringLiteral("setup"));
    }

    void invalidInputs_relativeHostPathAndBadPrefix_blockNext()
    {
        Ui::WorkloadWizard wizard(m_connection, ns());
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.basics()->namespaceName(), ns(), 20000);
        type(wizard.basics()->nameField(), QStringLiteral("broken"));
        wizard.next();
        Ui::ContainerForm *container = wizard.containers()->container(0);
        type(container->nameField(), QStringLiteral("main"));
        type(container->imageField(), QStringLiteral("nginx:1.27"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        auto *envFrom = static_cast<Ui::EnvFromRow *>(container->envFrom()->addRow());
        QTRY_VERIFY_WITH_TIMEOUT(envFrom->object()->findData(QStringLiteral("settings")) >= 0, 20000);
        envFrom->object()->setCurrentIndex(envFrom->object()->findData(QStringLiteral("settings")));
        type(envFrom->prefix(), QStringLiteral("1DB_"));
        QVERIFY(!envFrom->prefix()->isValid());
        QVERIFY2(messageOf(envFrom->prefix()).contains(QLatin1String("must not start with a digit")),
            qPrintable(messageOf(envFrom->prefix())));
        type(container->securityContext()->runAsUser(), QStringLiteral("-1"));
        QVERIFY(messageOf(container->securityContext()->runAsUser()).contains(QLatin1String("2147483647")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        scrollTo(wizard, container->envFrom());
        screenshot(&wizard, QStringLiteral("invalid-envfrom"));
        type(envFrom->prefix(), QStringLiteral("DB_"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // the user id still
        type(container->securityContext()->runAsUser(), QStringLiteral("0"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();

        Ui::VolumesForm *volumes = wizard.volumes();
        Ui::VolumeRow *host = volumes->addVolume(QStringLiteral("host"), QStringLiteral("hostPath"));
        type(host->hostPath(), QStringLiteral("var/log"));
        QVERIFY(!host->hostPath()->isValid());
        QVERIFY2(
            messageOf(host->hostPath()).contains(QLatin1String("absolute")), qPrintable(messageOf(host->hostPath())));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        screenshot(&wizard, QStringLiteral("invalid-hostpath"));
        type(host->hostPath(), QStringLiteral("/var/../etc"));
        QVERIFY(messageOf(host->hostPath()).contains(QLatin1String("..")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        type(host->hostPath(), QStringLiteral("/var/log"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

private:
    const QString &ns() const { return m_namespace->name(); }

    std::unique_ptr<ScratchNamespace> m_namespace;
    std::unique_ptr<Core::ClusterManager> m_manager;
    Core::ClusterConnection *m_connection = nullptr;
};

QTEST_MAIN(TestWorkloadWizardPodParts)
#include "tst_workloadwizardpodparts.moc"
