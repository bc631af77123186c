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
#include "ui/workloadwizard/podsecurityform.h"
#include "ui/workloadwizard/seccompprofilefield.h"
#include "ui/workloadwizard/securitycontextform.h"
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
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Sextant;

// The workload wizard's security settings: the pod's security context and
// each container's capabilities and seccomp profile, enough for Pod Security
// "restricted". Driven like a user against kube-sim, in a namespace that
// enforces "restricted", and read back with kubectl.
class TestWorkloadWizardSecurity final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        m_namespace = std::make_unique<ScratchNamespace>(QStringLiteral("it-podsec"));
        QVERIFY(m_namespace->isCreated());
        // The apiserver's PodSecurity admission refuses pods that do not meet "restricted".
        QCOMPARE(kubectl({ QStringLiteral("label"), QStringLiteral("namespace"), ns(),
                             QStringLiteral("pod-security.kubernetes.io/enforce=restricted") })
                     .exitCode,
            0);
        m_manager = std::make_unique<Core::ClusterManager>(kubeSimManagerOptions());
        m_connection = connectKubeSim(*m_manager);
        QVERIFY(m_connection);
    }

    void cleanupTestCase() { m_namespace.reset(); }

    void deployment_restrictedSecurity_createdAndPodsAdmitted()
    {
        Ui::WorkloadWizard wizard(m_connection, ns());
        QSignalSpy created(&wizard, &Ui::ResourceWizard::created);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.basics()->namespaceName(), ns(), 20000);
        type(wizard.basics()->nameField(), QStringLiteral("locked"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Ui::WorkloadWizard::ContainersPage));

        Ui::ContainerForm *app = wizard.containers()->container(0);
        type(app->nameField(), QStringLiteral("app"));
        type(app->imageField(), QStringLiteral("nginx:1.27"));

        // The pod's context: off (nothing written) until switched on.
        Ui::PodSecurityForm *pod = wizard.podSecurity();
        QVERIFY(!pod->isChecked());
        QVERIFY(!pod->runAsUser()->isVisibleTo(&wizard));
        QVERIFY(at(wizard.workloadObject(), QStringLiteral("spec.template.spec.securityContext")).isUndefined());
        pod->setChecked(true);
        QVERIFY(pod->runAsUser()->isVisibleTo(&wizard));
        pod->runAsNonRoot()->setChecked(true);
        type(pod->runAsUser(), QStringLiteral("1000"));
        type(pod->runAsGroup(), QStringLiteral("3000"));
        type(pod->fsGroup(), QStringLiteral("2000"));
        pod->setFsGroupChangePolicy(QStringLiteral("OnRootMismatch"));
        type(pod->supplementalGroups(), QStringLiteral("4000, 5000"));
        pod->seccompProfile()->setType(QStringLiteral("RuntimeDefault"));
        QVERIFY(!pod->seccompProfile()->localhostProfile()->isVisibleTo(&wizard));
        // The container still allows escalation and keeps its capabilities: not yet "restricted".
        QVERIFY2(pod->restrictedNote()->text().contains(QLatin1String("app: privilege escalation")),
            qPrintable(pod->restrictedNote()->text()));
        QVERIFY(pod->restrictedNote()->text().contains(QLatin1String("app: does not drop ALL")));

        Ui::SecurityContextForm *security = app->securityContext();
        security->setAllowPrivilegeEscalation(false);
        QVERIFY(security->dropAllButton()->isEnabled());
        security->dropAllButton()->click();
        QCOMPARE(security->dropCapabilities()->text(), QStringLiteral("ALL"));
        QVERIFY(!security->dropAllButton()->isEnabled());
        type(security->addCapabilities(), QStringLiteral("NET_BIND_SERVICE"));
        QVERIFY(!security->capabilityWarning()->isVisibleTo(&wizard));
        // The container's own profile overrides the pod's.
        security->seccompProfile()->setType(QStringLiteral("Localhost"));
        QVERIFY(security->seccompProfile()->localhostProfile()->isVisibleTo(&wizard));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // the path is required
        type(security->seccompProfile()->localhostProfile(), QStringLiteral("profiles/app.json"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY2(
            pod->restrictedNote()->text().contains(QLatin1String("meets")), qPrintable(pod->restrictedNote()->text()));
        scrollTo(wizard, pod);
        screenshot(&wizard, QStringLiteral("security"));
        scrollTo(wizard, security);
        screenshot(&wizard, QStringLiteral("security-container"));

        // What the form writes, it reads back unchanged, with nothing left over.
        const QJsonObject before = wizard.workloadObject();
        QString note;
        QVERIFY2(wizard.loadObjects({ before }, &note), qPrintable(note));
        QCOMPARE(wizard.workloadObject(), before);

        while (wizard.currentId() != int(Ui::WorkloadWizard::ReviewPageId)) {
            QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
            wizard.next();
        }
        Ui::ReviewPage *review = wizard.reviewPage();
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);
        // Edits of the security fields in the YAML flow back into the form.
        QString yaml = review->yamlEdit()->toPlainText();
        for (const char *line : { "fsGroup: 2000", "runAsGroup: 3000", "fsGroupChangePolicy: OnRootMismatch",
                 "localhostProfile: profiles/app.json", "- ALL", "- 5000" }) {
            QVERIFY2(yaml.contains(QLatin1String(line)), line);
        }
        yaml.replace(QStringLiteral("fsGroup: 2000"), QStringLiteral("fsGroup: 2001"));
        yaml.replace(QStringLiteral("runAsGroup: 3000"), QStringLiteral("runAsGroup: 3001"));
        yaml.replace(
            QStringLiteral("fsGroupChangePolicy: OnRootMismatch"), QStringLiteral("fsGroupChangePolicy: Always"));
        yaml.replace(QStringLiteral("profiles/app.json"), QStringLiteral("profiles/strict.json"));
        yaml.replace(QStringLiteral("- 5000"), QStringLiteral("- 5001"));
        yaml.replace(QRegularExpression(QStringLiteral("(\\n *)- ALL")), QStringLiteral("\\1- ALL\\1- CHOWN"));
        review->yamlEdit()->setPlainText(yaml);
        wizard.button(QWizard::CustomButton1)->click(); // Check again
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);
        QVERIFY2(!review->statusLabel()->text().contains(QLatin1String("no place")),
            qPrintable(review->statusLabel()->text()));
        QCOMPARE(pod->fsGroup()->text(), QStringLiteral("2001"));
        QCOMPARE(pod->runAsGroup()->text(), QStringLiteral("3001"));
        QCOMPARE(pod->fsGroupChangePolicy()->currentData().toString(), QStringLiteral("Always"));
        QCOMPARE(pod->supplementalGroups()->text(), QStringLiteral("4000, 5001"));
        security = wizard.containers()->container(0)->securityContext();
        QCOMPARE(security->seccompProfile()->localhostProfile()->text(), QStringLiteral("profiles/strict.json"));
        QCOMPARE(security->dropCapabilities()->text(), QStringLiteral("ALL, CHOWN"));
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(30000));

        const QJsonObject deployment = kubectlJson({ QStringLiteral("get"), QStringLiteral("deployment"),
                                                       QStringLiteral("locked"), QStringLiteral("-n"), ns() })
                                           .object();
        const QJsonValue spec = at(deployment, QStringLiteral("spec.template.spec"));
        const QJsonObject podContext = at(spec, QStringLiteral("securityContext")).toObject();
        QCOMPARE(podContext.value(QLatin1String("runAsNonRoot")), QJsonValue(true));
        QCOMPARE(podContext.value(QLatin1String("runAsUser")), QJsonValue(1000));
        QCOMPARE(podContext.value(QLatin1String("runAsGroup")), QJsonValue(3001));
        QCOMPARE(podContext.value(QLatin1String("fsGroup")), QJsonValue(2001));
        QCOMPARE(podContext.value(QLatin1String("fsGroupChangePolicy")), QJsonValue(QStringLiteral("Always")));
        QCOMPARE(podContext.value(QLatin1String("supplementalGroups")), QJsonValue(QJsonArray { 4000, 5001 }));
        QCOMPARE(podContext.value(QLatin1String("seccompProfile")),
            QJsonValue(QJsonObject { { QStringLiteral("type"), QStringLiteral("RuntimeDefault") } }));
        QCOMPARE(podContext.size(), 7);
        QCOMPARE(at(spec, QStringLiteral("containers.0.securityContext")).toObject(),
            (QJsonObject { { QStringLiteral("allowPrivilegeEscalation"), false },
                { QStringLiteral("capabilities"),
                    QJsonObject {
                        { QStringLiteral("drop"), QJsonArray { QStringLiteral("ALL"), QStringLiteral("CHOWN") } },
                        { QStringLiteral("add"), QJsonArray { QStringLiteral("NET_BIND_SERVICE") } } } },
                { QStringLiteral("seccompProfile"),
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("Localhost") },
                        { QStringLiteral("localhostProfile"), QStringLiteral("profiles/strict.json") } } } }));
        // The namespace enforces "restricted": a pod exists only if PodSecurity admitted it.
        auto podCount = [this] {
            return kubectlJson({ QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), ns() })
                .object()
                .value(QLatin1String("items"))
                .toArray()
                .size();
        };
        QTRY_VERIFY_WITH_TIMEOUT(podCount() > 0, 30000);
    }

    void yaml_securityFields_loadIntoForm_andRestNamed()
    {
        Ui::WorkloadWizard wizard(m_connection, ns());
        const QJsonObject container {
            { QStringLiteral("name"), QStringLiteral("main") },
            { QStringLiteral("image"), QStringLiteral("nginx:1.27") },
            { QStringLiteral("securityContext"),
                QJsonObject {
                    { QStringLiteral("capabilities"),
                        QJsonObject { { QStringLiteral("drop"), QJsonArray { QStringLiteral("ALL") } },
                            { QStringLiteral("add"),
                                QJsonArray { QStringLiteral("NET_BIND_SERVICE"), QStringLiteral("CHOWN") } } } },
                    { QStringLiteral("seccompProfile"),
                        QJsonObject { { QStringLiteral("type"), QStringLiteral("Unconfined") } } },
                    { QStringLiteral("seLinuxOptions"),
                        QJsonObject { { QStringLiteral("level"), QStringLiteral("s0:c123,c456") } } } } },
        };
        const QJsonObject podContext {
            { QStringLiteral("runAsNonRoot"), false },
            { QStringLiteral("runAsUser"), 1001 },
            { QStringLiteral("fsGroup"), 0 },
            { QStringLiteral("supplementalGroups"), QJsonArray { 10 } },
            { QStringLiteral("fsGroupChangePolicy"), QStringLiteral("OnRootMismatch") },
            { QStringLiteral("seccompProfile"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("Localhost") },
                    { QStringLiteral("localhostProfile"), QStringLiteral("audit.json") } } },
            { QStringLiteral("sysctls"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("net.core.somaxconn") },
                    { QStringLiteral("value"), QStringLiteral("1024") } } } },
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
                            { QStringLiteral("securityContext"), podContext } } } } } } },
        };
        QString note;
        QVERIFY(!wizard.loadObjects({ deployment }, &note));
        // Only what the form has no place for is named.
        QVERIFY2(note.contains(QLatin1String("containers.securityContext.seLinuxOptions")), qPrintable(note));
        QVERIFY2(note.contains(QLatin1String("securityContext.sysctls")), qPrintable(note));
        for (const char *modelled :
            { "capabilities", "seccompProfile", "fsGroup", "runAsUser", "supplementalGroups", "localhostProfile" }) {
            QVERIFY2(!note.contains(QLatin1String(modelled)), qPrintable(note));
        }
        Ui::PodSecurityForm *pod = wizard.podSecurity();
        QVERIFY(pod->isChecked());
        QVERIFY(!pod->runAsNonRoot()->isChecked());
        QCOMPARE(pod->runAsUser()->text(), QStringLiteral("1001"));
        QCOMPARE(pod->runAsGroup()->text(), QString());
        QCOMPARE(pod->fsGroup()->text(), QStringLiteral("0"));
        QCOMPARE(pod->supplementalGroups()->text(), QStringLiteral("10"));
        QCOMPARE(pod->fsGroupChangePolicy()->currentData().toString(), QStringLiteral("OnRootMismatch"));
        QCOMPARE(pod->seccompProfile()->type()->currentData().toString(), QStringLiteral("Localhost"));
        QCOMPARE(pod->seccompProfile()->localhostProfile()->text(), QStringLiteral("audit.json"));
        Ui::SecurityContextForm *security = wizard.containers()->container(0)->securityContext();
        QCOMPARE(security->dropCapabilities()->text(), QStringLiteral("ALL"));
        QCOMPARE(security->addCapabilities()->text(), QStringLiteral("NET_BIND_SERVICE, CHOWN"));
        QCOMPARE(security->seccompProfile()->type()->currentData().toString(), QStringLiteral("Unconfined"));
        QVERIFY(pod->isValid());
        QVERIFY(wizard.containers()->isValid());
        // Written back as given (the false kept), less what has no place (kept by the review's merge).
        QJsonObject expectedPod = podContext;
        expectedPod.remove(QLatin1String("sysctls"));
        const QJsonObject spec = at(wizard.workloadObject(), QStringLiteral("spec.template.spec")).toObject();
        QCOMPARE(spec.value(QLatin1String("securityContext")).toObject(), expectedPod);
        QJsonObject expectedContainer = container.value(QLatin1String("securityContext")).toObject();
        expectedContainer.remove(QLatin1String("seLinuxOptions"));
        QCOMPARE(at(spec, QStringLiteral("containers.0.securityContext")).toObject(), expectedContainer);
        // Unconfined and CHOWN are why this pod is not "restricted".
        const QString restricted = pod->restrictedNote()->text();
        QVERIFY2(restricted.contains(QLatin1String("main: adds CHOWN")), qPrintable(restricted));
        QVERIFY2(restricted.contains(QLatin1String("main: the seccomp profile")), qPrintable(restricted));
        QVERIFY2(!restricted.contains(QLatin1String("adds NET_BIND_SERVICE")), qPrintable(restricted));
    }

    void invalidInputs_blockNext_withTheReasonShown()
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

        // A negative pod user id.
        Ui::PodSecurityForm *pod = wizard.podSecurity();
        screenshot(&wizard, QStringLiteral("security-off"));
        pod->setChecked(true);
        type(pod->runAsUser(), QStringLiteral("-1"));
        QVERIFY2(messageOf(pod->runAsUser()).contains(QLatin1String("between 0 and 2147483647")),
            qPrintable(messageOf(pod->runAsUser())));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        type(pod->supplementalGroups(), QStringLiteral("10, x"));
        QVERIFY2(messageOf(pod->supplementalGroups()).startsWith(QLatin1String("x: must be")),
            qPrintable(messageOf(pod->supplementalGroups())));
        // Switched off, the pod's context writes nothing and blocks nothing.
        pod->setChecked(false);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        pod->setChecked(true);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        type(pod->runAsUser(), QStringLiteral("1000"));
        type(pod->supplementalGroups(), QStringLiteral("10 20"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        // Localhost without a path: the reason shows as soon as Localhost is picked.
        Ui::SecurityContextForm *security = container->securityContext();
        Ui::SeccompProfileField *seccomp = security->seccompProfile();
        seccomp->setType(QStringLiteral("Localhost"));
        QVERIFY2(messageOf(seccomp->localhostProfile())
                     .contains(QLatin1String("must be set when seccomp type is Localhost")),
            qPrintable(messageOf(seccomp->localhostProfile())));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        type(seccomp->localhostProfile(), QStringLiteral("/var/lib/kubelet/seccomp/a.json"));
        QVERIFY2(messageOf(seccomp->localhostProfile()).contains(QLatin1String("relative")),
            qPrintable(messageOf(seccomp->localhostProfile())));
        type(seccomp->localhostProfile(), QStringLiteral("profiles/../a.json"));
        QVERIFY(messageOf(seccomp->localhostProfile()).contains(QLatin1String("'..'")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

        // A lower-case capability.
        type(security->addCapabilities(), QStringLiteral("NET_BIND_SERVICE, net_admin"));
        QVERIFY2(messageOf(security->addCapabilities())
                     .contains(QLatin1String("net_admin: capability names are upper case")),
            qPrintable(messageOf(security->addCapabilities())));
        scrollTo(wizard, security);
        screenshot(&wizard, QStringLiteral("security-invalid"));
        type(seccomp->localhostProfile(), QStringLiteral("profiles/a.json"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // the capability still
        // A CAP_ prefix passes (Kubernetes stores it) but is warned about: containerd would fail on it.
        type(security->addCapabilities(), QStringLiteral("CAP_NET_ADMIN"));
        QVERIFY(security->addCapabilities()->isValid());
        QVERIFY(security->capabilityWarning()->isVisibleTo(&wizard));
        QVERIFY2(security->capabilityWarning()->text().contains(QLatin1String("write NET_ADMIN")),
            qPrintable(security->capabilityWarning()->text()));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        type(security->addCapabilities(), QStringLiteral("NET_ADMIN"));
        QVERIFY(!security->capabilityWarning()->isVisibleTo(&wizard));
        // Switching the type away from Localhost drops the path and its check.
        type(seccomp->localhostProfile(), QString());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        seccomp->setType(QStringLiteral("RuntimeDefault"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(at(wizard.workloadObject(),
                     QStringLiteral("spec.template.spec.containers.0.securityContext.seccompProfile"))
                     .toObject(),
            (QJsonObject { { QStringLiteral("type"), QStringLiteral("RuntimeDefault") } }));
    }

    void dryRunRejection_capSysAdminWithoutEscalation_landsOnAddedCapabilities()
    {
        // The apiserver refuses CAP_SYS_ADMIN (as spelled, with the prefix) when escalation is off; the
        // form only warns about the prefix, so the dry run is the one to say no.
        Ui::WorkloadWizard wizard(m_connection, ns());
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.basics()->namespaceName(), ns(), 20000);
        type(wizard.basics()->nameField(), QStringLiteral("sysadmin"));
        wizard.next();
        Ui::ContainersForm *containers = wizard.containers();
        containers->addInitContainer();
        Ui::ContainerForm *main = containers->container(containers->rowOf(false, 0));
        type(main->nameField(), QStringLiteral("main"));
        type(main->imageField(), QStringLiteral("busybox:1.36"));
        type(containers->container(containers->rowOf(true, 0))->imageField(), QStringLiteral("busybox:1.36"));
        Ui::SecurityContextForm *security = main->securityContext();
        security->setAllowPrivilegeEscalation(false);
        type(security->addCapabilities(), QStringLiteral("CAP_SYS_ADMIN"));
        QVERIFY(security->capabilityWarning()->isVisibleTo(&wizard));
        containers->showContainer(containers->rowOf(true, 0));
        while (wizard.currentId() != int(Ui::WorkloadWizard::ReviewPageId)) {
            QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
            wizard.next();
        }
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(Ui::WorkloadWizard::ContainersPage), 20000);
        Ui::ValidatedField *added = security->addCapabilities();
        QVERIFY(!added->isValid());
        QVERIFY2(messageOf(added).startsWith(QLatin1String("cannot set `allowPrivilegeEscalation` to false")),
            qPrintable(messageOf(added)));
        QCOMPARE(containers->list()->currentRow(), containers->rowOf(false, 0)); // containers[0] is shown
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        scrollTo(wizard, security);
        screenshot(&wizard, QStringLiteral("security-rejected"));
        type(added, QStringLiteral("SYS_ADMIN"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

private:
    const QString &ns() const { return m_namespace->name(); }

    std::unique_ptr<ScratchNamespace> m_namespace;
    std::unique_ptr<Core::ClusterManager> m_manager;
    Core::ClusterConnection *m_connection = nullptr;
};

QTEST_MAIN(TestWorkloadWizardSecurity)
#include "tst_workloadwizardsecurity.moc"
