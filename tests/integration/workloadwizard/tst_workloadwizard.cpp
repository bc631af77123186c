// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../kubectl.h"
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "ui/wizards/reviewpage.h"
#include "ui/wizards/storecombobox.h"
#include "ui/wizards/validatedfield.h"
#include "ui/workloadwizard/basicsform.h"
#include "ui/workloadwizard/containerform.h"
#include "ui/workloadwizard/containerrows.h"
#include "ui/workloadwizard/containersform.h"
#include "ui/workloadwizard/liveobjectcombo.h"
#include "ui/workloadwizard/probeform.h"
#include "ui/workloadwizard/rowlist.h"
#include "ui/workloadwizard/workloadwizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace Sextant;

namespace {
// With SEXTANT_SCREENSHOT_DIR set, saves the page as docs/wizards/ shows it.
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SEXTANT_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QVERIFY(widget->grab().save(dir + QStringLiteral("/workload-") + name + QStringLiteral(".png")));
    }
}

void type(Ui::ValidatedField *field, const QString &text)
{
    field->edit()->clear();
    QTest::keyClicks(field->edit(), text);
}

QJsonValue at(const QJsonValue &root, const QString &path)
{
    // "spec.template.spec.containers.0.name"
    QJsonValue value = root;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        value = isIndex ? value.toArray().at(index) : value.toObject().value(part);
    }
    return value;
}
} // namespace

// The workload wizard driven like a user against kube-sim: fields typed and
// picked from live objects, Next, the dry run, Create; kubectl reads back
// every object field by field.
class TestWorkloadWizard final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo::exists(kubeSimKubeconfig()), "needs the kube_sim fixture");
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
        Core::ClusterManager::Options options;
        options.load.explicitPath = kubeSimKubeconfig();
        m_manager = std::make_unique<Core::ClusterManager>(options);
        m_connection = m_manager->connectTo(QStringLiteral("admin"));
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), Core::ClusterConnection::State::Connected, 30000);
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
        goToReview(wizard);
        Ui::ReviewPage *review = wizard.reviewPage();
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
