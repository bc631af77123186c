// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../kubectl.h"
#include "../kubesimcluster.h"
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "core/creation/creationrun.h"
#include "ui/wizards/reviewpage.h"
#include "ui/wizards/validatedfield.h"
#include "ui/workloadwizard/basicsform.h"
#include "ui/workloadwizard/containerform.h"
#include "ui/workloadwizard/containersform.h"
#include "ui/workloadwizard/probeform.h"
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
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Sextant;

// Native sidecars: init containers with restartPolicy: Always, which keep
// running beside the app containers and may have probes. Driven like a user
// against kube-sim and read back with kubectl.
class TestWorkloadWizardSidecar final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        m_namespace = std::make_unique<ScratchNamespace>(QStringLiteral("it-sidecar"));
        QVERIFY(m_namespace->isCreated());
        m_manager = std::make_unique<Core::ClusterManager>(kubeSimManagerOptions());
        m_connection = connectKubeSim(*m_manager);
        QVERIFY(m_connection);
    }

    void cleanupTestCase() { m_namespace.reset(); }

    void deployment_sidecarWithReadinessProbe_andPlainInit_created()
    {
        Ui::WorkloadWizard wizard(m_connection, ns());
        QSignalSpy created(&wizard, &Ui::ResourceWizard::created);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.basics()->namespaceName(), ns(), 20000);
        type(wizard.basics()->nameField(), QStringLiteral("meshed"));
        wizard.next();

        Ui::ContainersForm *containers = wizard.containers();
        Ui::ContainerForm *app = containers->container(0);
        type(app->nameField(), QStringLiteral("app"));
        type(app->imageField(), QStringLiteral("nginx:1.27"));
        QVERIFY(!app->sidecar()->isVisibleTo(app)); // app containers run beside the others anyway

        // The sidecar first: it starts before the plain init container after it.
        Ui::ContainerForm *proxy = containers->addInitContainer();
        containers->showContainer(0);
        QVERIFY(proxy->sidecar()->isVisibleTo(proxy));
        QVERIFY(!proxy->sidecar()->isChecked());
        QVERIFY(!proxy->probe(QStringLiteral("readinessProbe"))->isVisibleTo(proxy));
        type(proxy->nameField(), QStringLiteral("proxy"));
        type(proxy->imageField(), QStringLiteral("envoyproxy/envoy:v1.31"));
        proxy->sidecar()->setChecked(true);
        QVERIFY(proxy->isSidecar());
        for (const QString &key :
            { QStringLiteral("livenessProbe"), QStringLiteral("readinessProbe"), QStringLiteral("startupProbe") }) {
            QVERIFY2(proxy->probe(key)->isVisibleTo(proxy), qPrintable(key));
        }
        QCOMPARE(containers->list()->item(0)->text(), QStringLiteral("proxy (sidecar)"));
        Ui::ProbeForm *ready = proxy->probe(QStringLiteral("readinessProbe"));
        ready->setChecked(true);
        ready->setType(Ui::ProbeForm::HttpGet);
        ready->path()->setText(QStringLiteral("/ready"));
        type(ready->port(), QStringLiteral("15021"));
        ready->period()->setValue(5);
        QVERIFY(proxy->isValid());

        Ui::ContainerForm *migrate = containers->addInitContainer();
        QCOMPARE(containers->container(1), migrate); // after the sidecar, before the app
        type(migrate->nameField(), QStringLiteral("migrate"));
        type(migrate->imageField(), QStringLiteral("busybox:1.36"));
        // A plain init container shows no probes; made a sidecar and back, it has none again.
        QVERIFY(!migrate->probe(QStringLiteral("livenessProbe"))->isVisibleTo(migrate));
        migrate->sidecar()->setChecked(true);
        QVERIFY(migrate->probe(QStringLiteral("livenessProbe"))->isVisibleTo(migrate));
        migrate->probe(QStringLiteral("livenessProbe"))->setChecked(true); // left without a port: not valid
        QVERIFY(!migrate->isValid());
        migrate->sidecar()->setChecked(false);
        QVERIFY(!migrate->probe(QStringLiteral("livenessProbe"))->isVisibleTo(migrate));
        QVERIFY(migrate->isValid()); // hidden probes neither count nor get written
        QCOMPARE(containers->list()->item(1)->text(), QStringLiteral("migrate (init)"));
        QVERIFY(!migrate->toJson().contains(QLatin1String("livenessProbe")));
        QVERIFY(!migrate->toJson().contains(QLatin1String("restartPolicy")));
        QCOMPARE(containers->containerNames(),
            (QStringList { QStringLiteral("proxy"), QStringLiteral("migrate"), QStringLiteral("app") }));
        QVERIFY(containers->isValid());

        containers->showContainer(0);
        const QSize size = wizard.size();
        wizard.resize(size.width(), 1180); // the option and the readiness probe in one picture
        scrollTo(wizard, proxy->sidecar());
        screenshot(&wizard, QStringLiteral("sidecar"));
        wizard.resize(size);

        // What the form writes, it reads back unchanged, with nothing left over.
        const QJsonObject before = wizard.workloadObject();
        QString note;
        QVERIFY2(wizard.loadObjects({ before }, &note), qPrintable(note));
        QCOMPARE(wizard.workloadObject(), before);
        QVERIFY(containers->container(0)->isSidecar());
        QVERIFY(!containers->container(1)->isSidecar());

        goToReview(wizard);
        Ui::ReviewPage *review = wizard.reviewPage();
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);
        QCOMPARE(review->yamlEdit()->toPlainText().count(QLatin1String("restartPolicy: Always")), 1); // the sidecar's
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(30000));

        const QJsonValue pod
            = at(get(QStringLiteral("deployment"), QStringLiteral("meshed")), QStringLiteral("spec.template.spec"));
        QCOMPARE(at(pod, QStringLiteral("initContainers")).toArray().size(), 2);
        QCOMPARE(at(pod, QStringLiteral("initContainers.0.name")).toString(), QStringLiteral("proxy"));
        QCOMPARE(at(pod, QStringLiteral("initContainers.0.restartPolicy")).toString(), QStringLiteral("Always"));
        QCOMPARE(at(pod, QStringLiteral("initContainers.0.readinessProbe.httpGet.path")).toString(),
            QStringLiteral("/ready"));
        QCOMPARE(at(pod, QStringLiteral("initContainers.0.readinessProbe.httpGet.port")).toInt(), 15021);
        QCOMPARE(at(pod, QStringLiteral("initContainers.0.readinessProbe.periodSeconds")).toInt(), 5);
        QVERIFY(at(pod, QStringLiteral("initContainers.0.livenessProbe")).isUndefined());
        QVERIFY(at(pod, QStringLiteral("initContainers.0.startupProbe")).isUndefined());
        QCOMPARE(at(pod, QStringLiteral("initContainers.1.name")).toString(), QStringLiteral("migrate"));
        QVERIFY(at(pod, QStringLiteral("initContainers.1.restartPolicy")).isUndefined());
        QVERIFY(at(pod, QStringLiteral("initContainers.1.livenessProbe")).isUndefined());
        QVERIFY(at(pod, QStringLiteral("initContainers.1.readinessProbe")).isUndefined());
        QCOMPARE(at(pod, QStringLiteral("containers")).toArray().size(), 1);
        QCOMPARE(at(pod, QStringLiteral("containers.0.name")).toString(), QStringLiteral("app"));
        QVERIFY(at(pod, QStringLiteral("containers.0.restartPolicy")).isUndefined());
    }

    void yamlEdit_makesInitContainerASidecar_flowsBackIntoForm()
    {
        Ui::WorkloadWizard wizard(m_connection, ns());
        QSignalSpy created(&wizard, &Ui::ResourceWizard::created);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.basics()->namespaceName(), ns(), 20000);
        type(wizard.basics()->nameField(), QStringLiteral("agented"));
        wizard.next();
        Ui::ContainersForm *containers = wizard.containers();
        type(containers->container(0)->nameField(), QStringLiteral("app"));
        type(containers->container(0)->imageField(), QStringLiteral("nginx:1.27"));
        Ui::ContainerForm *agent = containers->addInitContainer();
        type(agent->nameField(), QStringLiteral("agent"));
        type(agent->imageField(), QStringLiteral("busybox:1.36"));
        goToReview(wizard);
        Ui::ReviewPage *review = wizard.reviewPage();
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);

        // The user makes the init container a sidecar with a startup probe, in the YAML.
        QStringList lines = review->yamlEdit()->toPlainText().split(QLatin1Char('\n'));
        bool edited = false;
        for (qsizetype i = 0; i < lines.size() && !edited; ++i) {
            const qsizetype column = lines.at(i).indexOf(QLatin1String("name: agent"));
            if (column >= 0 && lines.at(i).endsWith(QLatin1String("name: agent"))) { // not "name: agented"
                const QString indent(column, QLatin1Char(' '));
                lines.insert(i + 1, indent + QStringLiteral("restartPolicy: Always"));
                lines.insert(i + 2, indent + QStringLiteral("startupProbe:"));
                lines.insert(i + 3, indent + QStringLiteral("  tcpSocket:"));
                lines.insert(i + 4, indent + QStringLiteral("    port: 9000"));
                edited = true;
            }
        }
        QVERIFY(edited);
        review->yamlEdit()->setPlainText(lines.join(QLatin1Char('\n')));
        wizard.button(QWizard::CustomButton1)->click(); // Check again
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);
        QVERIFY2(!review->statusLabel()->text().contains(QLatin1String("no place")),
            qPrintable(review->statusLabel()->text()));

        agent = containers->container(containers->rowOf(true, 0));
        QCOMPARE(agent->nameField()->text(), QStringLiteral("agent"));
        QVERIFY(agent->sidecar()->isChecked());
        QVERIFY(agent->probe(QStringLiteral("startupProbe"))->isVisibleTo(agent));
        QVERIFY(agent->probe(QStringLiteral("startupProbe"))->isChecked());
        QCOMPARE(agent->probe(QStringLiteral("startupProbe"))->port()->text(), QStringLiteral("9000"));
        QVERIFY(!agent->probe(QStringLiteral("livenessProbe"))->isChecked());
        QCOMPARE(containers->list()->item(0)->text(), QStringLiteral("agent (sidecar)"));

        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(30000));
        const QJsonValue init = at(get(QStringLiteral("deployment"), QStringLiteral("agented")),
            QStringLiteral("spec.template.spec.initContainers.0"));
        QCOMPARE(at(init, QStringLiteral("name")).toString(), QStringLiteral("agent"));
        QCOMPARE(at(init, QStringLiteral("restartPolicy")).toString(), QStringLiteral("Always"));
        QCOMPARE(at(init, QStringLiteral("startupProbe.tcpSocket.port")).toInt(), 9000);
    }

    void load_restartPolicies_sidecarModelled_othersNamedAndKept()
    {
        Ui::WorkloadWizard wizard(m_connection, ns());
        const auto initContainer = [](const QString &name, const QString &restartPolicy) {
            QJsonObject container { { QStringLiteral("name"), name },
                { QStringLiteral("image"), QStringLiteral("busybox:1.36") },
                { QStringLiteral("livenessProbe"),
                    QJsonObject { { QStringLiteral("exec"),
                        QJsonObject { { QStringLiteral("command"), QJsonArray { QStringLiteral("true") } } } } } } };
            if (!restartPolicy.isEmpty()) {
                container.insert(QStringLiteral("restartPolicy"), restartPolicy);
            }
            return container;
        };
        const auto deployment = [this](const QJsonArray &inits) {
            const QJsonObject app { { QStringLiteral("name"), QStringLiteral("app") },
                { QStringLiteral("image"), QStringLiteral("nginx:1.27") } };
            return QJsonObject {
                { QStringLiteral("apiVersion"), QStringLiteral("apps/v1") },
                { QStringLiteral("kind"), QStringLiteral("Deployment") },
                { QStringLiteral("metadata"),
                    QJsonObject {
                        { QStringLiteral("name"), QStringLiteral("loaded") }, { QStringLiteral("namespace"), ns() } } },
                { QStringLiteral("spec"),
                    QJsonObject { { QStringLiteral("template"),
                        QJsonObject { { QStringLiteral("spec"),
                            QJsonObject { { QStringLiteral("containers"), QJsonArray { app } },
                                { QStringLiteral("initContainers"), inits } } } } } } },
            };
        };

        // A sidecar's restartPolicy and probe have their place.
        QString note;
        QVERIFY2(wizard.loadObjects(
                     { deployment({ initContainer(QStringLiteral("side"), QStringLiteral("Always")) }) }, &note),
            qPrintable(note));
        Ui::ContainerForm *side = wizard.containers()->container(0);
        QVERIFY(side->isSidecar());
        QVERIFY(side->probe(QStringLiteral("livenessProbe"))->isChecked());
        QCOMPARE(
            at(wizard.workloadObject(), QStringLiteral("spec.template.spec.initContainers.0.restartPolicy")).toString(),
            QStringLiteral("Always"));

        // A plain init container's probe has none; another restart policy has none and is written back as it was.
        note.clear();
        QVERIFY(!wizard.loadObjects({ deployment({ initContainer(QStringLiteral("plain"), QString()),
                                        initContainer(QStringLiteral("once"), QStringLiteral("Never")) }) },
            &note));
        QVERIFY2(note.contains(QLatin1String("initContainers.livenessProbe")), qPrintable(note));
        QVERIFY2(note.contains(QLatin1String("initContainers.restartPolicy")), qPrintable(note));
        QVERIFY(!wizard.containers()->container(0)->isSidecar());
        QVERIFY(!wizard.containers()->container(0)->probe(QStringLiteral("livenessProbe"))->isVisibleTo(side));
        QVERIFY(!wizard.containers()->container(1)->isSidecar());
        const QJsonValue inits = at(wizard.workloadObject(), QStringLiteral("spec.template.spec.initContainers"));
        QVERIFY(at(inits, QStringLiteral("0.restartPolicy")).isUndefined());
        QVERIFY(at(inits, QStringLiteral("0.livenessProbe")).isUndefined());
        QCOMPARE(at(inits, QStringLiteral("1.restartPolicy")).toString(), QStringLiteral("Never"));
    }

    void dryRunRejection_ofSidecar_landsOnItsField()
    {
        // requests above limits pass each field's own check; the server refuses the pair.
        Ui::WorkloadWizard wizard(m_connection, ns());
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.basics()->namespaceName(), ns(), 20000);
        type(wizard.basics()->nameField(), QStringLiteral("greedy-sidecar"));
        wizard.next();
        Ui::ContainersForm *containers = wizard.containers();
        type(containers->container(0)->nameField(), QStringLiteral("main"));
        type(containers->container(0)->imageField(), QStringLiteral("busybox:1.36"));
        type(containers->addInitContainer()->imageField(), QStringLiteral("busybox:1.36"));
        Ui::ContainerForm *sidecar = containers->addInitContainer();
        type(sidecar->imageField(), QStringLiteral("busybox:1.36"));
        sidecar->sidecar()->setChecked(true);
        type(sidecar->resourceField(QStringLiteral("requests.cpu")), QStringLiteral("2"));
        type(sidecar->resourceField(QStringLiteral("limits.cpu")), QStringLiteral("1"));
        containers->showContainer(containers->rowOf(false, 0));
        goToReview(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(Ui::WorkloadWizard::ContainersPage), 20000);
        Ui::ValidatedField *requests = sidecar->resourceField(QStringLiteral("requests.cpu"));
        QVERIFY(!requests->isValid());
        QVERIFY2(messageOf(requests).contains(QLatin1String("less than or equal to cpu limit")),
            qPrintable(messageOf(requests)));
        QCOMPARE(containers->list()->currentRow(), 1); // initContainers[1], the sidecar, is shown
        QVERIFY(sidecar->isSidecar());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        type(requests, QStringLiteral("500m"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

private:
    const QString &ns() const { return m_namespace->name(); }

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
        return kubectlJson({ QStringLiteral("get"), kind, name, QStringLiteral("-n"), ns() }).object();
    }

    std::unique_ptr<ScratchNamespace> m_namespace;
    std::unique_ptr<Core::ClusterManager> m_manager;
    Core::ClusterConnection *m_connection = nullptr;
};

QTEST_MAIN(TestWorkloadWizardSidecar)
#include "tst_workloadwizardsidecar.moc"
