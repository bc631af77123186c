// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../kubectl.h"
#include "../kubesimcluster.h"
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "core/creation/creationrun.h"
#include "ui/networkwizards/serviceform.h"
#include "ui/wizards/reviewpage.h"
#include "ui/wizards/storecombobox.h"
#include "ui/wizards/validatedfield.h"
#include "ui/workloadwizard/basicsform.h"
#include "ui/workloadwizard/containerform.h"
#include "ui/workloadwizard/containerrows.h"
#include "ui/workloadwizard/containersform.h"
#include "ui/workloadwizard/exposureform.h"
#include "ui/workloadwizard/keyvaluerow.h"
#include "ui/workloadwizard/liveobjectcombo.h"
#include "ui/workloadwizard/probeform.h"
#include "ui/workloadwizard/rowlist.h"
#include "ui/workloadwizard/schedulingform.h"
#include "ui/workloadwizard/strategyform.h"
#include "ui/workloadwizard/volumesform.h"
#include "ui/workloadwizard/workloadwizard.h"
#include "workloadwizardtesting.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace Sextant;

// The workload wizard driven like a user against kube-sim: fields typed and
// picked from live objects, Next, the dry run, Create; kubectl reads back
// every object field by field.
class TestWorkloadWizard final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        m_namespace = QStringLiteral("it-workload-%1").arg(QRandomGenerator::global()->bounded(100000, 999999));
        QCOMPARE(kubectl({ QStringLiteral("create"), QStringLiteral("namespace"), m_namespace }).exitCode, 0);
        QCOMPARE(kubectl({ QStringLiteral("-n"), m_namespace, QStringLiteral("create"), QStringLiteral("configmap"),
                             QStringLiteral("settings"), QStringLiteral("--from-literal=mode=fast"),
                             QStringLiteral("--from-literal=level=3") })
                     .exitCode,
            0);
        QCOMPARE(kubectl({ QStringLiteral("-n"), m_namespace, QStringLiteral("create"), QStringLiteral("secret"),
                             QStringLiteral("generic"), QStringLiteral("db"),
                             QStringLiteral("--from-literal=password=pw"), QStringLiteral("--from-literal=user=app") })
                     .exitCode,
            0);
        QCOMPARE(kubectl({ QStringLiteral("-n"), m_namespace, QStringLiteral("create"), QStringLiteral("secret"),
                             QStringLiteral("docker-registry"), QStringLiteral("registry"),
                             QStringLiteral("--docker-server=registry.example.com"),
                             QStringLiteral("--docker-username=u"), QStringLiteral("--docker-password=p") })
                     .exitCode,
            0);
        m_manager = std::make_unique<Core::ClusterManager>(kubeSimManagerOptions());
        m_connection = connectKubeSim(*m_manager);
        QVERIFY(m_connection);
    }

    void cleanupTestCase()
    {
        kubectl({ QStringLiteral("delete"), QStringLiteral("namespace"), m_namespace, QStringLiteral("--wait=false") });
    }

    void deployment_twoContainers_envProbesResources_created()
    {
        Ui::WorkloadWizard wizard(m_connection, m_namespace);
        QSignalSpy created(&wizard, &Ui::ResourceWizard::created);
        wizard.show();
        Ui::WorkloadBasicsForm *basics = wizard.basics();
        QTRY_COMPARE_WITH_TIMEOUT(basics->namespaceName(), m_namespace, 20000);
        type(basics->nameField(), QStringLiteral("web"));
        basics->addLabel(QStringLiteral("tier"), QStringLiteral("frontend"));
        basics->description()->setText(QStringLiteral("The shop front"));
        screenshot(&wizard, QStringLiteral("basics"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();

        Ui::ContainersForm *containers = wizard.containers();
        QTRY_COMPARE_WITH_TIMEOUT(containers->pullSecret()->count(), 2, 20000); // none + the registry secret
        containers->pullSecret()->selectName(QStringLiteral("registry"));
        Ui::ContainerForm *app = containers->container(0);
        type(app->nameField(), QStringLiteral("app"));
        type(app->imageField(), QStringLiteral("ghcr.io/example/shop:1.4"));
        app->pullPolicy()->setCurrentIndex(app->pullPolicy()->findData(QStringLiteral("Always")));
        app->command()->setText(QStringLiteral("/bin/shop"));
        app->args()->setText(QStringLiteral("--listen :8080 \"--motd=hello world\""));
        auto *port = static_cast<Ui::PortRow *>(app->ports()->addRow());
        type(port->name(), QStringLiteral("http"));
        type(port->port(), QStringLiteral("8080"));
        auto *plain = static_cast<Ui::EnvRow *>(app->env()->addRow());
        type(plain->name(), QStringLiteral("LOG_LEVEL"));
        plain->value()->setText(QStringLiteral("debug"));
        auto *fromConfig = static_cast<Ui::EnvRow *>(app->env()->addRow());
        type(fromConfig->name(), QStringLiteral("MODE"));
        fromConfig->setSource(Ui::EnvRow::ConfigMapKey);
        QTRY_VERIFY_WITH_TIMEOUT(fromConfig->object()->findData(QStringLiteral("settings")) >= 0, 20000);
        fromConfig->object()->setCurrentIndex(fromConfig->object()->findData(QStringLiteral("settings")));
        QTRY_COMPARE_WITH_TIMEOUT(fromConfig->key()->count(), 2, 20000); // the ConfigMap's keys, live
        fromConfig->key()->setCurrentText(QStringLiteral("mode"));
        auto *fromSecret = static_cast<Ui::EnvRow *>(app->env()->addRow());
        type(fromSecret->name(), QStringLiteral("DB_PASSWORD"));
        fromSecret->setSource(Ui::EnvRow::SecretKey);
        QTRY_VERIFY_WITH_TIMEOUT(fromSecret->object()->findData(QStringLiteral("db")) >= 0, 20000);
        fromSecret->object()->setCurrentIndex(fromSecret->object()->findData(QStringLiteral("db")));
        QTRY_VERIFY_WITH_TIMEOUT(fromSecret->key()->findText(QStringLiteral("password")) >= 0, 20000);
        fromSecret->key()->setCurrentText(QStringLiteral("password"));
        type(app->resourceField(QStringLiteral("requests.cpu")), QStringLiteral("250m"));
        type(app->resourceField(QStringLiteral("requests.memory")), QStringLiteral("128Mi"));
        type(app->resourceField(QStringLiteral("limits.cpu")), QStringLiteral("1"));
        type(app->resourceField(QStringLiteral("limits.memory")), QStringLiteral("512Mi"));
        Ui::ProbeForm *liveness = app->probe(QStringLiteral("livenessProbe"));
        liveness->setChecked(true);
        liveness->path()->setText(QStringLiteral("/healthz"));
        type(liveness->port(), QStringLiteral("http"));
        liveness->initialDelay()->setValue(5);
        Ui::ProbeForm *readiness = app->probe(QStringLiteral("readinessProbe"));
        readiness->setChecked(true);
        readiness->setType(Ui::ProbeForm::TcpSocket);
        type(readiness->port(), QStringLiteral("8080"));
        Ui::ProbeForm *startup = app->probe(QStringLiteral("startupProbe"));
        startup->setChecked(true);
        startup->setType(Ui::ProbeForm::Exec);
        startup->command()->setText(QStringLiteral("cat /tmp/ready"));
        startup->failureThreshold()->setValue(30);
        screenshot(&wizard, QStringLiteral("containers"));

        Ui::ContainerForm *sidecar = containers->addContainer();
        type(sidecar->nameField(), QStringLiteral("proxy"));
        type(sidecar->imageField(), QStringLiteral("envoyproxy/envoy:v1.30.1"));
        QVERIFY(sidecar->isValid());
        QVERIFY(app->ports()->isValid());
        QVERIFY(app->env()->isValid());
        QVERIFY(app->isValid());
        QVERIFY(containers->isValid());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();

        // A new claim mounted in the app container.
        QCOMPARE(wizard.currentId(), int(Ui::WorkloadWizard::VolumesPage));
        Ui::VolumesForm *volumes = wizard.volumes();
        Ui::VolumeRow *data = volumes->addVolume(QStringLiteral("data"), QStringLiteral("newClaim"));
        type(data->size(), QStringLiteral("2Gi"));
        volumes->addVolume(QStringLiteral("cache"), QStringLiteral("emptyDir"));
        Ui::MountRow *mount = volumes->addMount(QStringLiteral("app"), QStringLiteral("data"), QStringLiteral("/data"));
        mount->subPath()->setText(QStringLiteral("shop"));
        Ui::MountRow *cacheMount
            = volumes->addMount(QStringLiteral("proxy"), QStringLiteral("cache"), QStringLiteral("/cache"));
        cacheMount->readOnly()->setChecked(true);
        QVERIFY(volumes->isValid());
        screenshot(&wizard, QStringLiteral("volumes"));
        wizard.next();

        QCOMPARE(wizard.currentId(), int(Ui::WorkloadWizard::StrategyPage));
        wizard.strategy()->replicas()->setValue(3);
        type(wizard.strategy()->maxSurge(), QStringLiteral("1"));
        type(wizard.strategy()->maxUnavailable(), QStringLiteral("0"));
        screenshot(&wizard, QStringLiteral("strategy"));
        wizard.next();

        // Node selector from the live nodes' labels, and a toleration.
        QCOMPARE(wizard.currentId(), int(Ui::WorkloadWizard::SchedulingPage));
        Ui::SchedulingForm *scheduling = wizard.scheduling();
        const QString zoneKey = QStringLiteral("topology.kubernetes.io/zone");
        QTRY_VERIFY_WITH_TIMEOUT(scheduling->nodeLabels()->keys().contains(zoneKey), 20000);
        const QString zone = scheduling->nodeLabels()->values(zoneKey).value(0);
        auto *selector = static_cast<Ui::NodeSelectorRow *>(scheduling->nodeSelector()->addRow());
        QVERIFY(selector->key()->findText(zoneKey) >= 0);
        selector->key()->setCurrentText(zoneKey);
        QVERIFY(selector->value()->findText(zone) >= 0); // the values of that key, from the nodes
        selector->value()->setCurrentText(zone);
        auto *toleration = static_cast<Ui::TolerationRow *>(scheduling->tolerations()->addRow());
        toleration->key()->setText(QStringLiteral("dedicated"));
        toleration->value()->setText(QStringLiteral("shop"));
        toleration->effect()->setCurrentIndex(toleration->effect()->findData(QStringLiteral("NoSchedule")));
        auto *affinity = static_cast<Ui::AffinityRow *>(scheduling->affinity()->addRow());
        affinity->setRequired(false);
        affinity->key()->setCurrentText(zoneKey);
        affinity->values()->setText(zone);
        affinity->weight()->setValue(20);
        QVERIFY(scheduling->isValid());
        screenshot(&wizard, QStringLiteral("scheduling"));
        wizard.next();

        // A Service in front of the pods (ports from the containers) and an HPA.
        QCOMPARE(wizard.currentId(), int(Ui::WorkloadWizard::ExposurePage));
        Ui::ExposureForm *exposure = wizard.exposure();
        QVERIFY(!exposure->headlessName()->isVisibleTo(&wizard));
        exposure->serviceBox()->setChecked(true);
        QCOMPARE(exposure->serviceName()->text(), QStringLiteral("web"));
        QCOMPARE(exposure->service()->portCount(), 1);
        exposure->hpaBox()->setChecked(true);
        exposure->minReplicas()->setValue(2);
        exposure->maxReplicas()->setValue(6);
        exposure->cpuTarget()->setValue(70);
        exposure->memoryEnabled()->setChecked(true);
        exposure->memoryTarget()->setValue(85);
        // The sidecar has no requests: the autoscaler's targets need them, and the form says so.
        QVERIFY(exposure->hpaWarning()->isVisibleTo(&wizard));
        QVERIFY2(exposure->hpaWarning()->text().contains(QLatin1String("proxy")),
            qPrintable(exposure->hpaWarning()->text()));
        QVERIFY(!exposure->hpaWarning()->text().contains(QLatin1String("app")));
        screenshot(&wizard, QStringLiteral("services"));
        wizard.next();

        QCOMPARE(wizard.currentId(), int(Ui::WorkloadWizard::ReviewPageId));
        Ui::ReviewPage *review = wizard.reviewPage();
        QCOMPARE(review->results()->topLevelItemCount(), 4); // claim, deployment, service, autoscaler
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);
        screenshot(&wizard, QStringLiteral("review"));
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(30000));

        const QJsonObject deployment = get(QStringLiteral("deployment"), QStringLiteral("web"));
        QCOMPARE(at(deployment, QStringLiteral("metadata.labels.app")).toString(), QStringLiteral("web"));
        QCOMPARE(at(deployment, QStringLiteral("metadata.labels.tier")).toString(), QStringLiteral("frontend"));
        QCOMPARE(at(deployment, QStringLiteral("metadata.annotations"))
                     .toObject()
                     .value(QLatin1String("kubesphere.io/description"))
                     .toString(),
            QStringLiteral("The shop front"));
        QCOMPARE(at(deployment, QStringLiteral("spec.selector.matchLabels")).toObject(),
            (QJsonObject { { QStringLiteral("app"), QStringLiteral("web") },
                { QStringLiteral("tier"), QStringLiteral("frontend") } }));
        const QJsonValue pod = at(deployment, QStringLiteral("spec.template.spec"));
        QCOMPARE(at(pod, QStringLiteral("imagePullSecrets.0.name")).toString(), QStringLiteral("registry"));
        QCOMPARE(at(pod, QStringLiteral("containers.0.name")).toString(), QStringLiteral("app"));
        QCOMPARE(at(pod, QStringLiteral("containers.0.image")).toString(), QStringLiteral("ghcr.io/example/shop:1.4"));
        QCOMPARE(at(pod, QStringLiteral("containers.0.imagePullPolicy")).toString(), QStringLiteral("Always"));
        QCOMPARE(at(pod, QStringLiteral("containers.0.command")).toArray(), QJsonArray { QStringLiteral("/bin/shop") });
        QCOMPARE(at(pod, QStringLiteral("containers.0.args")).toArray(),
            (QJsonArray { QStringLiteral("--listen"), QStringLiteral(":8080"), QStringLiteral("--motd=hello world") }));
        QCOMPARE(at(pod, QStringLiteral("containers.0.ports.0.name")).toString(), QStringLiteral("http"));
        QCOMPARE(at(pod, QStringLiteral("containers.0.ports.0.containerPort")).toInt(), 8080);
        QCOMPARE(at(pod, QStringLiteral("containers.0.ports.0.protocol")).toString(), QStringLiteral("TCP"));
        QCOMPARE(at(pod, QStringLiteral("containers.0.env.0")).toObject(),
            (QJsonObject { { QStringLiteral("name"), QStringLiteral("LOG_LEVEL") },
                { QStringLiteral("value"), QStringLiteral("debug") } }));
        QCOMPARE(at(pod, QStringLiteral("containers.0.env.1.valueFrom.configMapKeyRef.name")).toString(),
            QStringLiteral("settings"));
        QCOMPARE(at(pod, QStringLiteral("containers.0.env.1.valueFrom.configMapKeyRef.key")).toString(),
            QStringLiteral("mode"));
        QCOMPARE(at(pod, QStringLiteral("containers.0.env.2.name")).toString(), QStringLiteral("DB_PASSWORD"));
        QCOMPARE(
            at(pod, QStringLiteral("containers.0.env.2.valueFrom.secretKeyRef.name")).toString(), QStringLiteral("db"));
        QCOMPARE(at(pod, QStringLiteral("containers.0.env.2.valueFrom.secretKeyRef.key")).toString(),
            QStringLiteral("password"));
        QCOMPARE(at(pod, QStringLiteral("containers.0.resources.requests.cpu")).toString(), QStringLiteral("250m"));
        QCOMPARE(at(pod, QStringLiteral("containers.0.resources.requests.memory")).toString(), QStringLiteral("128Mi"));
        QCOMPARE(at(pod, QStringLiteral("containers.0.resources.limits.cpu")).toString(), QStringLiteral("1"));
        QCOMPARE(at(pod, QStringLiteral("containers.0.resources.limits.memory")).toString(), QStringLiteral("512Mi"));
        QCOMPARE(
            at(pod, QStringLiteral("containers.0.livenessProbe.httpGet.path")).toString(), QStringLiteral("/healthz"));
        QCOMPARE(at(pod, QStringLiteral("containers.0.livenessProbe.httpGet.port")).toString(), QStringLiteral("http"));
        QCOMPARE(at(pod, QStringLiteral("containers.0.livenessProbe.initialDelaySeconds")).toInt(), 5);
        QCOMPARE(at(pod, QStringLiteral("containers.0.readinessProbe.tcpSocket.port")).toInt(), 8080);
        QCOMPARE(at(pod, QStringLiteral("containers.0.startupProbe.exec.command")).toArray(),
            (QJsonArray { QStringLiteral("cat"), QStringLiteral("/tmp/ready") }));
        QCOMPARE(at(pod, QStringLiteral("containers.0.startupProbe.failureThreshold")).toInt(), 30);
        QCOMPARE(at(pod, QStringLiteral("containers.1.name")).toString(), QStringLiteral("proxy"));
        QCOMPARE(at(pod, QStringLiteral("containers.1.image")).toString(), QStringLiteral("envoyproxy/envoy:v1.30.1"));
        QCOMPARE(at(deployment, QStringLiteral("spec.replicas")).toInt(), 3);
        QCOMPARE(at(deployment, QStringLiteral("spec.strategy.type")).toString(), QStringLiteral("RollingUpdate"));
        QCOMPARE(at(deployment, QStringLiteral("spec.strategy.rollingUpdate.maxSurge")).toInt(), 1);
        QCOMPARE(at(deployment, QStringLiteral("spec.strategy.rollingUpdate.maxUnavailable")).toInt(), 0);
        // Volumes and mounts.
        QCOMPARE(at(pod, QStringLiteral("volumes.0.name")).toString(), QStringLiteral("data"));
        QCOMPARE(at(pod, QStringLiteral("volumes.0.persistentVolumeClaim.claimName")).toString(),
            QStringLiteral("web-data"));
        QCOMPARE(at(pod, QStringLiteral("volumes.1.name")).toString(), QStringLiteral("cache"));
        QVERIFY(at(pod, QStringLiteral("volumes.1.emptyDir")).isObject());
        QCOMPARE(at(pod, QStringLiteral("containers.0.volumeMounts.0")).toObject(),
            (QJsonObject { { QStringLiteral("name"), QStringLiteral("data") },
                { QStringLiteral("mountPath"), QStringLiteral("/data") },
                { QStringLiteral("subPath"), QStringLiteral("shop") } }));
        QCOMPARE(at(pod, QStringLiteral("containers.1.volumeMounts.0.mountPath")).toString(), QStringLiteral("/cache"));
        QCOMPARE(at(pod, QStringLiteral("containers.1.volumeMounts.0.readOnly")).toBool(), true);
        // Scheduling.
        QCOMPARE(at(pod, QStringLiteral("nodeSelector")).toObject(), (QJsonObject { { zoneKey, zone } }));
        QCOMPARE(at(pod, QStringLiteral("tolerations.0")).toObject(),
            (QJsonObject { { QStringLiteral("key"), QStringLiteral("dedicated") },
                { QStringLiteral("operator"), QStringLiteral("Equal") },
                { QStringLiteral("value"), QStringLiteral("shop") },
                { QStringLiteral("effect"), QStringLiteral("NoSchedule") } }));
        const QJsonValue preferred
            = at(pod, QStringLiteral("affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution.0"));
        QCOMPARE(at(preferred, QStringLiteral("weight")).toInt(), 20);
        QCOMPARE(at(preferred, QStringLiteral("preference.matchExpressions.0.key")).toString(), zoneKey);
        QCOMPARE(
            at(preferred, QStringLiteral("preference.matchExpressions.0.operator")).toString(), QStringLiteral("In"));
        QCOMPARE(at(preferred, QStringLiteral("preference.matchExpressions.0.values")).toArray(), QJsonArray { zone });

        // The claim, created before the workload.
        const QJsonObject claim = get(QStringLiteral("pvc"), QStringLiteral("web-data"));
        QCOMPARE(at(claim, QStringLiteral("spec.resources.requests.storage")).toString(), QStringLiteral("2Gi"));
        QCOMPARE(
            at(claim, QStringLiteral("spec.accessModes")).toArray(), QJsonArray { QStringLiteral("ReadWriteOnce") });
        QVERIFY(!at(claim, QStringLiteral("spec.storageClassName")).toString().isEmpty()); // the default class
        // The Service selects the pods by the workload's labels and targets the named port.
        const QJsonObject service = get(QStringLiteral("service"), QStringLiteral("web"));
        QCOMPARE(at(service, QStringLiteral("spec.selector")).toObject(),
            at(deployment, QStringLiteral("spec.selector.matchLabels")).toObject());
        QCOMPARE(at(service, QStringLiteral("spec.ports.0.port")).toInt(), 8080);
        QCOMPARE(at(service, QStringLiteral("spec.ports.0.targetPort")).toString(), QStringLiteral("http"));
        QCOMPARE(at(service, QStringLiteral("spec.type")).toString(), QStringLiteral("ClusterIP"));
        // The autoscaler (autoscaling/v2).
        const QJsonObject hpa = kubectlJson({ QStringLiteral("get"), QStringLiteral("hpa.v2.autoscaling"),
                                                QStringLiteral("web"), QStringLiteral("-n"), m_namespace })
                                    .object();
        QCOMPARE(at(hpa, QStringLiteral("spec.scaleTargetRef.kind")).toString(), QStringLiteral("Deployment"));
        QCOMPARE(at(hpa, QStringLiteral("spec.scaleTargetRef.name")).toString(), QStringLiteral("web"));
        QCOMPARE(at(hpa, QStringLiteral("spec.minReplicas")).toInt(), 2);
        QCOMPARE(at(hpa, QStringLiteral("spec.maxReplicas")).toInt(), 6);
        QCOMPARE(at(hpa, QStringLiteral("spec.metrics.0.resource.name")).toString(), QStringLiteral("cpu"));
        QCOMPARE(at(hpa, QStringLiteral("spec.metrics.0.resource.target.averageUtilization")).toInt(), 70);
        QCOMPARE(at(hpa, QStringLiteral("spec.metrics.1.resource.name")).toString(), QStringLiteral("memory"));
        QCOMPARE(at(hpa, QStringLiteral("spec.metrics.1.resource.target.averageUtilization")).toInt(), 85);
    }

    void duplicate_fillsTheForm_fromTheWorkloadAlone()
    {
        // Duplicate… gives only the Deployment: optional parts stay off, its claim is an existing one.
        const QJsonObject web = get(QStringLiteral("deployment"), QStringLiteral("web"));
        QVERIFY(!web.isEmpty());
        Ui::WorkloadWizard wizard(m_connection, m_namespace);
        QString whyNot;
        QVERIFY2(wizard.startFrom({ web }, &whyNot), qPrintable(whyNot));
        QVERIFY2(wizard.startNote().isEmpty(), qPrintable(wizard.startNote())); // server defaults are no news
        QCOMPARE(wizard.basics()->nameField()->text(), QStringLiteral("web-copy"));
        QCOMPARE(wizard.containers()->count(), 2);
        QCOMPARE(wizard.containers()->container(0)->imageField()->text(), QStringLiteral("ghcr.io/example/shop:1.4"));
        QCOMPARE(wizard.containers()->container(0)->env()->rows().size(), 3);
        auto *volume = wizard.volumes()->volumes()->rowsAs<Ui::VolumeRow>().value(0);
        QVERIFY(volume);
        QCOMPARE(volume->type()->currentData().toString(), QStringLiteral("claim"));
        QCOMPARE(volume->source()->currentName(), QStringLiteral("web-data"));
        QCOMPARE(wizard.volumes()->mounts()->rows().size(), 2);
        QCOMPARE(wizard.strategy()->replicas()->value(), 3);
        QCOMPARE(wizard.scheduling()->nodeSelector()->rows().size(), 1);
        QVERIFY(!wizard.exposure()->serviceBox()->isChecked());
        QVERIFY(!wizard.exposure()->hpaBox()->isChecked());
        const QList<Core::PlannedObject> planned = wizard.plannedObjects();
        QCOMPARE(planned.size(), 1);
        QCOMPARE(
            at(planned.first().object, QStringLiteral("spec.template.spec.volumes.0.persistentVolumeClaim.claimName"))
                .toString(),
            QStringLiteral("web-data"));
    }

    void statefulSet_claimTemplates_andHeadlessService_created()
    {
        Ui::WorkloadWizard wizard(m_connection, m_namespace);
        QSignalSpy created(&wizard, &Ui::ResourceWizard::created);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.basics()->namespaceName(), m_namespace, 20000);
        wizard.basics()->setKind(QStringLiteral("StatefulSet"));
        type(wizard.basics()->nameField(), QStringLiteral("db"));
        wizard.next();
        Ui::ContainerForm *container = wizard.containers()->container(0);
        type(container->nameField(), QStringLiteral("postgres"));
        type(container->imageField(), QStringLiteral("postgres:16"));
        auto *port = static_cast<Ui::PortRow *>(container->ports()->addRow());
        type(port->name(), QStringLiteral("pg"));
        type(port->port(), QStringLiteral("5432"));
        wizard.next();
        Ui::VolumeRow *data = wizard.volumes()->addVolume(QStringLiteral("pgdata"), QStringLiteral("newClaim"));
        type(data->size(), QStringLiteral("5Gi"));
        wizard.volumes()->addMount(
            QStringLiteral("postgres"), QStringLiteral("pgdata"), QStringLiteral("/var/lib/postgresql/data"));
        wizard.next();
        Ui::StrategyForm *strategy = wizard.strategy();
        QVERIFY(!strategy->maxSurge()->isVisibleTo(&wizard));
        QVERIFY(strategy->partition()->isVisibleTo(&wizard));
        strategy->replicas()->setValue(2);
        strategy->partition()->setValue(1);
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Ui::WorkloadWizard::ExposurePage));
        QCOMPARE(wizard.exposure()->headlessName()->text(), QStringLiteral("db-headless"));
        screenshot(&wizard, QStringLiteral("statefulset-services"));
        wizard.next();
        Ui::ReviewPage *review = wizard.reviewPage();
        QCOMPARE(review->results()->topLevelItemCount(), 2); // headless Service, then the StatefulSet
        QVERIFY(review->results()->topLevelItem(0)->text(0).startsWith(QLatin1String("Service")));
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(30000));

        const QJsonObject set = get(QStringLiteral("statefulset"), QStringLiteral("db"));
        QCOMPARE(at(set, QStringLiteral("spec.serviceName")).toString(), QStringLiteral("db-headless"));
        QCOMPARE(at(set, QStringLiteral("spec.replicas")).toInt(), 2);
        QCOMPARE(at(set, QStringLiteral("spec.updateStrategy.type")).toString(), QStringLiteral("RollingUpdate"));
        QCOMPARE(at(set, QStringLiteral("spec.updateStrategy.rollingUpdate.partition")).toInt(), 1);
        QCOMPARE(
            at(set, QStringLiteral("spec.volumeClaimTemplates.0.metadata.name")).toString(), QStringLiteral("pgdata"));
        QCOMPARE(at(set, QStringLiteral("spec.volumeClaimTemplates.0.spec.resources.requests.storage")).toString(),
            QStringLiteral("5Gi"));
        QVERIFY(at(set, QStringLiteral("spec.template.spec.volumes")).isUndefined()); // templates add their own
        QCOMPARE(at(set, QStringLiteral("spec.template.spec.containers.0.volumeMounts.0.name")).toString(),
            QStringLiteral("pgdata"));
        const QJsonObject headless = get(QStringLiteral("service"), QStringLiteral("db-headless"));
        QCOMPARE(at(headless, QStringLiteral("spec.clusterIP")).toString(), QStringLiteral("None"));
        QCOMPARE(at(headless, QStringLiteral("spec.selector.app")).toString(), QStringLiteral("db"));
        QCOMPARE(at(headless, QStringLiteral("spec.ports.0.name")).toString(), QStringLiteral("pg"));
        QCOMPARE(at(headless, QStringLiteral("spec.ports.0.port")).toInt(), 5432);
        QCOMPARE(kubectl({ QStringLiteral("get"), QStringLiteral("pvc"), QStringLiteral("-n"), m_namespace,
                             QStringLiteral("pgdata-db-0") })
                     .exitCode,
            0); // the controller made the first pod's claim from the template
    }

    void daemonSet_hasNoReplicas_andIsCreated()
    {
        Ui::WorkloadWizard wizard(m_connection, m_namespace);
        QSignalSpy created(&wizard, &Ui::ResourceWizard::created);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.basics()->namespaceName(), m_namespace, 20000);
        wizard.basics()->setKind(QStringLiteral("DaemonSet"));
        type(wizard.basics()->nameField(), QStringLiteral("agent"));
        wizard.next();
        type(wizard.containers()->container(0)->nameField(), QStringLiteral("agent"));
        type(wizard.containers()->container(0)->imageField(), QStringLiteral("fluent/fluent-bit:3.0"));
        wizard.next();
        wizard.next();
        QVERIFY(!wizard.strategy()->replicas()->isVisibleTo(&wizard));
        wizard.strategy()->strategy()->setCurrentIndex(
            wizard.strategy()->strategy()->findData(QStringLiteral("OnDelete")));
        wizard.next();
        // An agent runs on control-plane nodes too: tolerate their taint, picked from the nodes' taints.
        const QString taint = QStringLiteral("node-role.kubernetes.io/control-plane:NoSchedule");
        QComboBox *picker = wizard.scheduling()->taintPicker();
        QTRY_VERIFY_WITH_TIMEOUT(picker->findText(taint) > 0, 20000);
        Q_EMIT picker->activated(picker->findText(taint));
        QCOMPARE(wizard.scheduling()->tolerations()->rows().size(), 1);
        auto *toleration = wizard.scheduling()->tolerations()->rowsAs<Ui::TolerationRow>().first();
        QCOMPARE(toleration->key()->text(), QStringLiteral("node-role.kubernetes.io/control-plane"));
        QCOMPARE(toleration->op()->currentText(), QStringLiteral("Exists"));
        // And tolerate every other taint too.
        auto *all = static_cast<Ui::TolerationRow *>(wizard.scheduling()->tolerations()->addRow());
        all->op()->setCurrentText(QStringLiteral("Exists"));
        wizard.next();
        QVERIFY(!wizard.exposure()->hpaBox()->isVisibleTo(&wizard));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.reviewPage()->isComplete(), 20000);
        QVERIFY(!wizard.reviewPage()->yamlEdit()->toPlainText().contains(QLatin1String("replicas")));
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(30000));
        const QJsonObject set = get(QStringLiteral("daemonset"), QStringLiteral("agent"));
        QCOMPARE(at(set, QStringLiteral("spec.updateStrategy.type")).toString(), QStringLiteral("OnDelete"));
        QCOMPARE(at(set, QStringLiteral("spec.template.spec.tolerations.0")).toObject(),
            (QJsonObject { { QStringLiteral("key"), QStringLiteral("node-role.kubernetes.io/control-plane") },
                { QStringLiteral("operator"), QStringLiteral("Exists") },
                { QStringLiteral("effect"), QStringLiteral("NoSchedule") } }));
        QCOMPARE(at(set, QStringLiteral("spec.template.spec.tolerations.1")).toObject(),
            (QJsonObject { { QStringLiteral("operator"), QStringLiteral("Exists") } }));
        QCOMPARE(at(set, QStringLiteral("spec.template.spec.containers.0.image")).toString(),
            QStringLiteral("fluent/fluent-bit:3.0"));
    }

    void invalidInputs_showFieldErrors_andBlockNext()
    {
        Ui::WorkloadWizard wizard(m_connection, m_namespace);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.basics()->namespaceName(), m_namespace, 20000);
        type(wizard.basics()->nameField(), QStringLiteral("api"));
        auto *label = static_cast<Ui::KeyValueRow *>(wizard.basics()->labels()->addRow());
        type(label->key(), QStringLiteral("team/"));
        type(label->value(), QStringLiteral("a b"));
        QVERIFY(!label->key()->isValid());
        QVERIFY(!label->value()->isValid());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(messageOf(label->value()).contains(QLatin1String("alphanumeric")));
        screenshot(&wizard, QStringLiteral("invalid-label"));
        type(label->key(), QStringLiteral("team"));
        type(label->value(), QStringLiteral("api"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();

        Ui::ContainerForm *container = wizard.containers()->container(0);
        type(container->nameField(), QStringLiteral("api"));
        type(container->imageField(), QStringLiteral("Example.com/Team/API:latest"));
        QVERIFY(!container->imageField()->isValid());
        QVERIFY2(messageOf(container->imageField()).contains(QLatin1String("lower case")),
            qPrintable(messageOf(container->imageField())));
        type(container->resourceField(QStringLiteral("limits.memory")), QStringLiteral("1 Gi"));
        QVERIFY(!container->resourceField(QStringLiteral("limits.memory"))->isValid());
        QVERIFY(
            messageOf(container->resourceField(QStringLiteral("limits.memory"))).contains(QLatin1String("quantity")));
        auto *port = static_cast<Ui::PortRow *>(container->ports()->addRow());
        type(port->port(), QStringLiteral("70000"));
        QVERIFY(!port->port()->isValid());
        QVERIFY(messageOf(port->port()).contains(QLatin1String("65535")));
        screenshot(&wizard, QStringLiteral("invalid-container"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        type(container->imageField(), QStringLiteral("example.com/team/api:latest"));
        QVERIFY(container->imageField()->isValid());
        type(container->resourceField(QStringLiteral("limits.memory")), QStringLiteral("1Gi"));
        type(port->port(), QStringLiteral("8080"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    void dryRunRejection_landsOnTheField()
    {
        // requests above limits pass each field's own check; the server refuses the pair.
        Ui::WorkloadWizard wizard(m_connection, m_namespace);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.basics()->namespaceName(), m_namespace, 20000);
        type(wizard.basics()->nameField(), QStringLiteral("greedy"));
        wizard.next();
        Ui::ContainersForm *containers = wizard.containers();
        type(containers->container(0)->nameField(), QStringLiteral("main"));
        type(containers->container(0)->imageField(), QStringLiteral("busybox:1.36"));
        Ui::ContainerForm *second = containers->addContainer();
        type(second->nameField(), QStringLiteral("worker"));
        type(second->imageField(), QStringLiteral("busybox:1.36"));
        type(second->resourceField(QStringLiteral("requests.cpu")), QStringLiteral("2"));
        type(second->resourceField(QStringLiteral("limits.cpu")), QStringLiteral("1"));
        containers->showContainer(0);
        goToReview(wizard);
        // The dry run fails and the wizard goes back to the field the server named.
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(Ui::WorkloadWizard::ContainersPage), 20000);
        Ui::ValidatedField *requests = second->resourceField(QStringLiteral("requests.cpu"));
        QVERIFY(!requests->isValid());
        QVERIFY2(messageOf(requests).contains(QLatin1String("less than or equal to cpu limit")),
            qPrintable(messageOf(requests)));
        QCOMPARE(containers->list()->currentRow(), 1); // the container with the error is shown
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        screenshot(&wizard, QStringLiteral("server-error"));
        type(requests, QStringLiteral("500m"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    void yamlEditRejected_staysOnReview_withTheFieldMarked()
    {
        Ui::WorkloadWizard wizard(m_connection, m_namespace);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.basics()->namespaceName(), m_namespace, 20000);
        type(wizard.basics()->nameField(), QStringLiteral("typo"));
        wizard.next();
        type(wizard.containers()->container(0)->nameField(), QStringLiteral("main"));
        type(wizard.containers()->container(0)->imageField(), QStringLiteral("nginx:1.27"));
        goToReview(wizard);
        Ui::ReviewPage *review = wizard.reviewPage();
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);
        QString yaml = review->yamlEdit()->toPlainText();
        yaml.replace(QStringLiteral("image: nginx:1.27"), QStringLiteral("image: \"\""));
        review->yamlEdit()->setPlainText(yaml);
        wizard.button(QWizard::CustomButton1)->click(); // Check again
        QTRY_VERIFY_WITH_TIMEOUT(
            review->run() && !review->run()->isRunning() && review->run()->step(0) == Core::CreationRun::Step::Failed,
            20000);
        QTest::qWait(100);
        // The YAML the user typed stays on screen; the form's field carries the server's word.
        QCOMPARE(wizard.currentId(), int(Ui::WorkloadWizard::ReviewPageId));
        QVERIFY(review->yamlEdit()->toPlainText().contains(QLatin1String("image: \"\"")));
        QVERIFY(!wizard.containers()->container(0)->imageField()->isValid());
    }

    void yamlEdit_flowsBackToForm_andIsCreatedAsTyped()
    {
        Ui::WorkloadWizard wizard(m_connection, m_namespace);
        QSignalSpy created(&wizard, &Ui::ResourceWizard::created);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.basics()->namespaceName(), m_namespace, 20000);
        type(wizard.basics()->nameField(), QStringLiteral("edited"));
        wizard.next();
        type(wizard.containers()->container(0)->nameField(), QStringLiteral("main"));
        type(wizard.containers()->container(0)->imageField(), QStringLiteral("nginx:1.27"));
        goToReview(wizard);
        Ui::ReviewPage *review = wizard.reviewPage();
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);
        QString yaml = review->yamlEdit()->toPlainText();
        QVERIFY(yaml.contains(QLatin1String("image: nginx:1.27")));
        // An image and a replica count the form has fields for, and a field it has none for.
        QStringList lines = yaml.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const qsizetype column = lines.at(i).indexOf(QLatin1String("image: nginx:1.27"));
            if (column >= 0) {
                lines[i].replace(QLatin1String("nginx:1.27"), QLatin1String("nginx:1.28"));
                lines.insert(i + 1, QString(column, QLatin1Char(' ')) + QStringLiteral("workingDir: /srv"));
                break;
            }
        }
        yaml = lines.join(QLatin1Char('\n'));
        yaml.replace(QStringLiteral("replicas: 1"), QStringLiteral("replicas: 4"));
        review->yamlEdit()->setPlainText(yaml);
        QVERIFY(!review->isComplete());
        wizard.button(QWizard::CustomButton1)->click(); // Check again
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);
        // The field without a place in the form is named, and kept.
        QString note;
        QVERIFY(!wizard.loadObjects({ review->run()->objects().first().object }, &note));
        QVERIFY2(note.contains(QLatin1String("containers.workingDir")), qPrintable(note));
        QCOMPARE(wizard.containers()->container(0)->imageField()->text(), QStringLiteral("nginx:1.28"));
        QCOMPARE(wizard.strategy()->replicas()->value(), 4);
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(30000));
        const QJsonObject deployment = get(QStringLiteral("deployment"), QStringLiteral("edited"));
        QCOMPARE(at(deployment, QStringLiteral("spec.replicas")).toInt(), 4);
        QCOMPARE(at(deployment, QStringLiteral("spec.template.spec.containers.0.image")).toString(),
            QStringLiteral("nginx:1.28"));
        QCOMPARE(at(deployment, QStringLiteral("spec.template.spec.containers.0.workingDir")).toString(),
            QStringLiteral("/srv"));
    }

private:
    void goToReview(Ui::WorkloadWizard &wizard)
    {
        while (wizard.currentId() != int(Ui::WorkloadWizard::ReviewPageId)) {
            const int before = wizard.currentId();
            QVERIFY2(wizard.button(QWizard::NextButton)->isEnabled(), qPrintable(QString::number(before)));
            wizard.next();
            QVERIFY(wizard.currentId() != before);
        }
    }

    static QString messageOf(Ui::ValidatedField *field)
    {
        const QLabel *message = field->findChild<QLabel *>();
        return message && message->isVisibleTo(field) ? message->text() : QString();
    }

    QJsonObject get(const QString &kind, const QString &name)
    {
        return kubectlJson({ QStringLiteral("get"), kind, name, QStringLiteral("-n"), m_namespace }).object();
    }

    std::unique_ptr<Core::ClusterManager> m_manager;
    Core::ClusterConnection *m_connection = nullptr;
    QString m_namespace;
};

QTEST_MAIN(TestWorkloadWizard)
#include "tst_workloadwizard.moc"
