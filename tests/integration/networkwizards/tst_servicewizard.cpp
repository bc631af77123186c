// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../kubectl.h"
#include "../kubesimcluster.h"
#include "../screenshot.h"
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "ui/networkwizards/serviceform.h"
#include "ui/networkwizards/servicewizard.h"
#include "ui/wizards/reviewpage.h"
#include "ui/wizards/storecombobox.h"
#include "ui/wizards/validatedfield.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace Sextant;

namespace {
QByteArray deployment(const QString &name, const QString &ns, int replicas, const QString &ports)
{
    return QStringLiteral(R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: %1, namespace: %2}
spec:
  replicas: %3
  selector: {matchLabels: {app: %1}}
  template:
    metadata: {labels: {app: %1, tier: front}}
    spec:
      containers:
      - name: main
        image: nginx
        ports: %4
)")
        .arg(name, ns)
        .arg(replicas)
        .arg(ports)
        .toUtf8();
}

int runningPods(const QString &ns, const QString &selector)
{
    const QJsonArray pods = kubectlJson(
        { QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), ns, QStringLiteral("-l"), selector })
                                .object()
                                .value(QLatin1String("items"))
                                .toArray();
    int running = 0;
    for (const QJsonValue &pod : pods) {
        running += pod.toObject().value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString()
            == QLatin1String("Running");
    }
    return running;
}

QJsonObject serviceSpec(const QString &name, const QString &ns)
{
    return kubectlJson({ QStringLiteral("get"), QStringLiteral("service"), name, QStringLiteral("-n"), ns })
        .object()
        .value(QLatin1String("spec"))
        .toObject();
}

void typeInto(Ui::ValidatedField *field, const QString &text)
{
    field->edit()->clear();
    QTest::keyClicks(field->edit(), text);
}
} // namespace

// The service wizard against kube-sim: the selector picked from a live
// Deployment lists the pods kwok runs, the Service is created as chosen and
// kubectl reads it back field by field; errors land on their fields.
class TestServiceWizard final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        m_namespace = QStringLiteral("it-service-%1").arg(QRandomGenerator::global()->bounded(100000, 999999));
        QCOMPARE(kubectl({ QStringLiteral("create"), QStringLiteral("namespace"), m_namespace }).exitCode, 0);
        const KubectlResult web = kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") },
            deployment(QStringLiteral("web"), m_namespace, 2,
                QStringLiteral("[{name: http, containerPort: 8080}, {name: metrics, containerPort: 9090}]")));
        QVERIFY2(web.exitCode == 0, web.err.constData());
        const KubectlResult other = kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") },
            deployment(QStringLiteral("other"), m_namespace, 1, QStringLiteral("[{containerPort: 5432}]")));
        QVERIFY2(other.exitCode == 0, other.err.constData());
        QTRY_COMPARE_WITH_TIMEOUT(runningPods(m_namespace, QStringLiteral("app=web")), 2, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(runningPods(m_namespace, QStringLiteral("app=other")), 1, 60000);

        m_manager = std::make_unique<Core::ClusterManager>(kubeSimManagerOptions());
        m_connection = connectKubeSim(*m_manager);
        QVERIFY(m_connection);
    }

    void cleanupTestCase()
    {
        kubectl({ QStringLiteral("delete"), QStringLiteral("namespace"), m_namespace, QStringLiteral("--wait=false") });
    }

    void fromWorkload_listsSelectedPodsLive_andCreatesService()
    {
        Ui::ServiceWizard wizard(m_connection, m_namespace);
        QSignalSpy created(&wizard, &Ui::ResourceWizard::created);
        wizard.resize(820, 640);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.project()->currentName(), m_namespace, 20000);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Ui::ServiceWizard::BasicPage)); // a name is needed first
        QTest::keyClicks(wizard.nameField()->edit(), QStringLiteral("web"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Ui::ServiceWizard::SelectorPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.selectWorkload(QStringLiteral("deployments"), QStringLiteral("web")), 20000);
        QCOMPARE(wizard.workloadBox()->currentText(), QStringLiteral("Deployment web"));
        // The pod template's labels become the selector.
        QCOMPARE(wizard.selectorField()->text(), QStringLiteral("app=web, tier=front"));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.matchedPods()->count(), 2, 20000);
        for (int i = 0; i < wizard.matchedPods()->count(); ++i) {
            QVERIFY(wizard.matchedPods()->item(i)->text().startsWith(QLatin1String("web-")));
            QVERIFY(wizard.matchedPods()->item(i)->text().endsWith(QLatin1String("Running")));
        }
        QVERIFY(wizard.matchSummary()->text().contains(QLatin1Char('2')));

        // Live: another replica appears in the list without touching the form.
        QCOMPARE(kubectl({ QStringLiteral("scale"), QStringLiteral("deployment/web"), QStringLiteral("--replicas=3"),
                             QStringLiteral("-n"), m_namespace })
                     .exitCode,
            0);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.matchedPods()->count(), 3, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.matchedPods()->item(2)->text().endsWith(QLatin1String("Running")), 30000);
        saveScreenshot(&wizard, QStringLiteral("service-selector"));

        // A typed selector selects other pods.
        typeInto(wizard.selectorField(), QStringLiteral("app=other"));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.matchedPods()->count(), 1, 5000);
        QVERIFY(wizard.matchedPods()->item(0)->text().startsWith(QLatin1String("other-")));
        typeInto(wizard.selectorField(), QStringLiteral("app=nothing"));
        QCOMPARE(wizard.matchedPods()->count(), 0);
        QVERIFY(wizard.matchSummary()->text().startsWith(QLatin1String("No pod")));
        typeInto(wizard.selectorField(), QStringLiteral("app=web, tier=front"));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.matchedPods()->count(), 3, 5000);

        wizard.next();
        QCOMPARE(wizard.currentId(), int(Ui::ServiceWizard::PortsPage));
        // Ports came from the workload's containers, targeted by name.
        Ui::ServiceForm *form = wizard.serviceForm();
        QCOMPARE(form->portCount(), 2);
        QCOMPARE(form->portRow(0).name->text(), QStringLiteral("http"));
        QCOMPARE(form->portRow(0).port->text(), QStringLiteral("8080"));
        QCOMPARE(form->portRow(0).targetPort->text(), QStringLiteral("http"));
        QCOMPARE(form->portRow(1).name->text(), QStringLiteral("metrics"));
        QCOMPARE(form->containerPorts().size(), 2);
        // Serve http on 80 instead, and keep clients on one pod.
        typeInto(form->portRow(0).port, QStringLiteral("80"));
        form->sessionAffinityBox()->setCurrentIndex(1);
        form->affinityTimeout()->setValue(600);
        QVERIFY(form->isValid());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        saveScreenshot(&wizard, QStringLiteral("service-ports"));

        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.reviewPage()->isComplete(), 20000);
        QCOMPARE(wizard.reviewPage()->results()->topLevelItem(0)->text(1), QStringLiteral("Accepted by the server"));
        saveScreenshot(&wizard, QStringLiteral("service-review"));
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(30000));

        const QJsonObject spec = serviceSpec(QStringLiteral("web"), m_namespace);
        QCOMPARE(spec.value(QLatin1String("type")).toString(), QStringLiteral("ClusterIP"));
        QCOMPARE(spec.value(QLatin1String("selector")).toObject(),
            (QJsonObject { { QStringLiteral("app"), QStringLiteral("web") },
                { QStringLiteral("tier"), QStringLiteral("front") } }));
        const QJsonArray ports = spec.value(QLatin1String("ports")).toArray();
        QCOMPARE(ports.size(), 2);
        QCOMPARE(ports.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("http"));
        QCOMPARE(ports.at(0).toObject().value(QLatin1String("port")).toInt(), 80);
        QCOMPARE(ports.at(0).toObject().value(QLatin1String("targetPort")).toString(), QStringLiteral("http"));
        QCOMPARE(ports.at(0).toObject().value(QLatin1String("protocol")).toString(), QStringLiteral("TCP"));
        QCOMPARE(ports.at(1).toObject().value(QLatin1String("name")).toString(), QStringLiteral("metrics"));
        QCOMPARE(ports.at(1).toObject().value(QLatin1String("port")).toInt(), 9090);
        QCOMPARE(ports.at(1).toObject().value(QLatin1String("targetPort")).toString(), QStringLiteral("metrics"));
        QCOMPARE(spec.value(QLatin1String("sessionAffinity")).toString(), QStringLiteral("ClientIP"));
        QCOMPARE(spec.value(QLatin1String("sessionAffinityConfig"))
                     .toObject()
                     .value(QLatin1String("clientIP"))
                     .toObject()
                     .value(QLatin1String("timeoutSeconds"))
                     .toInt(),
            600);
        QVERIFY(!spec.value(QLatin1String("clusterIP")).toString().isEmpty());
        QVERIFY(spec.value(QLatin1String("clusterIP")).toString() != QLatin1String("None"));
    }

    void variants_nodePortHeadlessExternalName_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("name");
        QTest::newRow("nodeport") << int(Ui::ServiceForm::Type::NodePort) << QStringLiteral("np");
        QTest::newRow("headless") << int(Ui::ServiceForm::Type::Headless) << QStringLiteral("hl");
        QTest::newRow("externalname") << int(Ui::ServiceForm::Type::ExternalName) << QStringLiteral("ext");
    }

    void variants_nodePortHeadlessExternalName()
    {
        QFETCH(int, type);
        QFETCH(QString, name);
        const auto serviceType = Ui::ServiceForm::Type(type);
        Ui::ServiceWizard wizard(m_connection, m_namespace);
        QSignalSpy created(&wizard, &Ui::ResourceWizard::created);
        wizard.resize(820, 640);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.project()->currentName(), m_namespace, 20000);
        QTest::keyClicks(wizard.nameField()->edit(), name);
        wizard.next();
        if (serviceType != Ui::ServiceForm::Type::ExternalName) {
            QTest::keyClicks(wizard.selectorField()->edit(), QStringLiteral("app=other"));
            QTRY_COMPARE_WITH_TIMEOUT(wizard.matchedPods()->count(), 1, 20000);
        }
        wizard.next();
        Ui::ServiceForm *form = wizard.serviceForm();
        form->setType(serviceType);
        if (serviceType == Ui::ServiceForm::Type::ExternalName) {
            QVERIFY(form->externalNameField()->isVisibleTo(form));
            QVERIFY(!form->isValid()); // the external name is required
            QTest::keyClicks(form->externalNameField()->edit(), QStringLiteral("db.example.com"));
        } else {
            QVERIFY(!form->externalNameField()->isVisibleTo(form));
            QCOMPARE(form->isValid(), serviceType == Ui::ServiceForm::Type::Headless); // no port yet
            form->addPortButton()->click();
            QCOMPARE(form->portCount(), 1);
            QCOMPARE(!form->portRow(0).nodePort->isHidden(), serviceType == Ui::ServiceForm::Type::NodePort);
            QTest::keyClicks(form->portRow(0).port->edit(), QStringLiteral("5432"));
        }
        QVERIFY(form->isValid());
        saveScreenshot(&wizard, QStringLiteral("service-type-") + name);
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.reviewPage()->isComplete(), 20000);
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(30000));

        const QJsonObject spec = serviceSpec(name, m_namespace);
        const QJsonObject port = spec.value(QLatin1String("ports")).toArray().first().toObject();
        switch (serviceType) {
        case Ui::ServiceForm::Type::NodePort: {
            QCOMPARE(spec.value(QLatin1String("type")).toString(), QStringLiteral("NodePort"));
            QCOMPARE(port.value(QLatin1String("port")).toInt(), 5432);
            QCOMPARE(port.value(QLatin1String("targetPort")).toInt(), 5432); // defaulted to the port
            // Left empty, the node port was picked from the cluster's range.
            const int nodePort = port.value(QLatin1String("nodePort")).toInt();
            QVERIFY2(nodePort >= 30000 && nodePort <= 32767, QByteArray::number(nodePort).constData());
            QCOMPARE(spec.value(QLatin1String("selector")).toObject().value(QLatin1String("app")).toString(),
                QStringLiteral("other"));
            break;
        }
        case Ui::ServiceForm::Type::Headless:
            QCOMPARE(spec.value(QLatin1String("type")).toString(), QStringLiteral("ClusterIP"));
            QCOMPARE(spec.value(QLatin1String("clusterIP")).toString(), QStringLiteral("None"));
            QCOMPARE(port.value(QLatin1String("port")).toInt(), 5432);
            break;
        case Ui::ServiceForm::Type::ExternalName:
            QCOMPARE(spec.value(QLatin1String("type")).toString(), QStringLiteral("ExternalName"));
            QCOMPARE(spec.value(QLatin1String("externalName")).toString(), QStringLiteral("db.example.com"));
            QVERIFY(!spec.contains(QLatin1String("selector")));
            QVERIFY(!spec.contains(QLatin1String("ports")));
            break;
        default:
            QFAIL("unexpected type");
        }
    }

    void invalidInputs_showFieldErrors_andBlockNext()
    {
        Ui::ServiceWizard wizard(m_connection, m_namespace);
        wizard.resize(820, 640);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.project()->currentName(), m_namespace, 20000);
        // Service names are DNS-1035 labels: a leading digit is refused.
        QTest::keyClicks(wizard.nameField()->edit(), QStringLiteral("1web"));
        QVERIFY(!wizard.nameField()->isValid());
        QVERIFY(wizard.nameField()->problems().join(QLatin1Char(' ')).contains(QLatin1String("DNS-1035")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        typeInto(wizard.nameField(), QStringLiteral("checked"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();

        QTest::keyClicks(wizard.selectorField()->edit(), QStringLiteral("app=we b"));
        QVERIFY(!wizard.selectorField()->isValid());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard.matchSummary()->text().startsWith(QLatin1String("Fix the selector")));
        typeInto(wizard.selectorField(), QStringLiteral("app=web"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();

        Ui::ServiceForm *form = wizard.serviceForm();
        form->addPortButton()->click();
        Ui::ValidatedField *port = form->portRow(0).port;
        QTest::keyClicks(port->edit(), QStringLiteral("0"));
        QVERIFY(!port->isValid());
        QCOMPARE(port->problems(), QStringList { QStringLiteral("must be between 1 and 65535, inclusive") });
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        typeInto(port, QStringLiteral("80"));
        QVERIFY(port->isValid());

        // A second port: both need names, and different ones.
        form->addPortButton()->click();
        QTest::keyClicks(form->portRow(1).port->edit(), QStringLiteral("443"));
        QVERIFY(!form->portRow(0).name->isValid()); // required now
        typeInto(form->portRow(0).name, QStringLiteral("http"));
        typeInto(form->portRow(1).name, QStringLiteral("http"));
        QVERIFY(!form->portRow(0).name->isValid());
        QVERIFY(!form->portRow(1).name->isValid());
        QVERIFY(form->portRow(1).name->problems().join(QLatin1Char(' ')).contains(QLatin1String("Duplicate")));
        QVERIFY(!form->isValid());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        // The same number twice is refused too; a bad target port name as well.
        typeInto(form->portRow(1).port, QStringLiteral("80"));
        QVERIFY(!form->portRow(1).port->isValid());
        typeInto(form->portRow(1).targetPort, QStringLiteral("Web_Port"));
        QVERIFY(!form->portRow(1).targetPort->isValid());
        saveScreenshot(&wizard, QStringLiteral("service-invalid-ports"));
        // Fixing one row clears the other's error as well.
        typeInto(form->portRow(1).name, QStringLiteral("https"));
        typeInto(form->portRow(1).port, QStringLiteral("443"));
        typeInto(form->portRow(1).targetPort, QStringLiteral("8443"));
        QVERIFY(form->portRow(0).name->isValid());
        QVERIFY(form->portRow(1).name->isValid());
        QVERIFY(form->isValid());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        // Removing every port of a ClusterIP service is refused.
        form->portRow(1).remove->click();
        form->portRow(0).remove->click();
        QCOMPARE(form->portCount(), 0);
        QVERIFY(!form->isValid());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    }

    void serverRejection_landsOnNodePortField_data()
    {
        QTest::addColumn<int>("nodePort");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("dryRunAccepts");
        QTest::newRow("out of range") << 40000 << QStringLiteral("range") << true;
        QTest::newRow("already allocated") << 0 << QStringLiteral("allocated") << false;
    }

    void serverRejection_landsOnNodePortField()
    {
        QFETCH(int, nodePort);
        QFETCH(QString, expected);
        QFETCH(bool, dryRunAccepts);
        if (nodePort == 0) {
            // The NodePort service of the variants test holds one already.
            nodePort = serviceSpec(QStringLiteral("np"), m_namespace)
                           .value(QLatin1String("ports"))
                           .toArray()
                           .first()
                           .toObject()
                           .value(QLatin1String("nodePort"))
                           .toInt();
            QVERIFY(nodePort > 0);
        }
        Ui::ServiceWizard wizard(m_connection, m_namespace);
        wizard.resize(820, 640);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.project()->currentName(), m_namespace, 20000);
        QTest::keyClicks(wizard.nameField()->edit(), QStringLiteral("rejected"));
        wizard.next();
        QTest::keyClicks(wizard.selectorField()->edit(), QStringLiteral("app=web"));
        wizard.next();
        Ui::ServiceForm *form = wizard.serviceForm();
        form->setType(Ui::ServiceForm::Type::NodePort);
        form->addPort(QStringLiteral("http"), 80, QStringLiteral("8080"), QStringLiteral("TCP"), nodePort);
        QVERIFY(form->isValid()); // 1-65535: the range is the server's to know
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Ui::ServiceWizard::ReviewPageId));
        Ui::ValidatedField *field = form->portRow(0).nodePort;
        Ui::ReviewPage *review = wizard.reviewPage();
        QTRY_VERIFY_WITH_TIMEOUT(review->run() && !review->run()->isRunning(), 20000);
        if (dryRunAccepts) {
            // The dry run does not allocate node ports, so only Create meets the range check.
            QVERIFY(review->isComplete());
            wizard.button(QWizard::FinishButton)->click();
            QTRY_VERIFY_WITH_TIMEOUT(!review->run()->isRunning(), 20000);
            QVERIFY(!review->hasCreated());
        }
        QVERIFY2(!field->isValid(), qPrintable(review->results()->topLevelItem(0)->text(1)));
        QVERIFY(!review->isComplete());
        const QLabel *message = field->findChild<QLabel *>();
        QVERIFY(message);
        QVERIFY2(message->text().contains(expected), qPrintable(message->text()));
        QVERIFY(review->results()->topLevelItem(0)->text(1).contains(expected));
        if (nodePort == 40000) {
            saveScreenshot(&wizard, QStringLiteral("service-create-rejected"));
        }
        // Back on the ports page the field says why; a new value clears it.
        wizard.back();
        QVERIFY(message->isVisible());
        saveScreenshot(&wizard,
            QStringLiteral("service-nodeport-")
                + (dryRunAccepts ? QStringLiteral("range") : QStringLiteral("allocated")));
        typeInto(field, QString());
        QVERIFY(field->isValid());
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);
        QCOMPARE(review->results()->topLevelItem(0)->text(1), QStringLiteral("Accepted by the server"));
    }

    void yamlEdits_flowBackToForm()
    {
        Ui::ServiceWizard wizard(m_connection, m_namespace);
        QSignalSpy created(&wizard, &Ui::ResourceWizard::created);
        wizard.resize(820, 640);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.project()->currentName(), m_namespace, 20000);
        QTest::keyClicks(wizard.nameField()->edit(), QStringLiteral("edited"));
        wizard.next();
        QTest::keyClicks(wizard.selectorField()->edit(), QStringLiteral("app=web"));
        wizard.next();
        wizard.serviceForm()->addPort({}, 80, QStringLiteral("8080"));
        wizard.next();
        Ui::ReviewPage *review = wizard.reviewPage();
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);
        QString yaml = review->yamlEdit()->toPlainText();
        QVERIFY2(yaml.contains(QLatin1String("type: ClusterIP")), qPrintable(yaml));
        yaml.replace(QLatin1String("type: ClusterIP"), QLatin1String("type: NodePort"));
        yaml.replace(QLatin1String("port: 80\n"), QLatin1String("port: 81\n"));
        yaml.replace(QLatin1String("app: web"), QLatin1String("app: web\n    tier: front"));
        review->yamlEdit()->setPlainText(yaml);
        wizard.button(QWizard::CustomButton1)->click(); // Check again
        Ui::ServiceForm *form = wizard.serviceForm();
        QCOMPARE(form->type(), Ui::ServiceForm::Type::NodePort);
        QCOMPARE(form->portRow(0).port->text(), QStringLiteral("81"));
        QCOMPARE(form->portRow(0).targetPort->text(), QStringLiteral("8080"));
        QCOMPARE(wizard.selectorField()->text(), QStringLiteral("app=web, tier=front"));
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(30000));
        const QJsonObject spec = serviceSpec(QStringLiteral("edited"), m_namespace);
        QCOMPARE(spec.value(QLatin1String("type")).toString(), QStringLiteral("NodePort"));
        QCOMPARE(
            spec.value(QLatin1String("ports")).toArray().first().toObject().value(QLatin1String("port")).toInt(), 81);
        QCOMPARE(spec.value(QLatin1String("selector")).toObject().value(QLatin1String("tier")).toString(),
            QStringLiteral("front"));
    }

private:
    std::unique_ptr<Core::ClusterManager> m_manager;
    Core::ClusterConnection *m_connection = nullptr;
    QString m_namespace;
};

QTEST_MAIN(TestServiceWizard)
#include "tst_servicewizard.moc"
