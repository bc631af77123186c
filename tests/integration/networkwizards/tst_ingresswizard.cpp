// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../kubectl.h"
#include "../kubesimcluster.h"
#include "../screenshot.h"
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "ui/configwizards/secretwizard.h"
#include "ui/networkwizards/ingressbackendpicker.h"
#include "ui/networkwizards/ingressruleeditor.h"
#include "ui/networkwizards/ingresswizard.h"
#include "ui/wizards/reviewpage.h"
#include "ui/wizards/storecombobox.h"
#include "ui/wizards/validatedfield.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Sextant;

namespace {
void typeInto(Ui::ValidatedField *field, const QString &text)
{
    field->edit()->clear();
    QTest::keyClicks(field->edit(), text);
}

QJsonObject at(const QJsonObject &object, const QStringList &path)
{
    QJsonObject current = object;
    for (const QString &key : path) {
        current = current.value(key).toObject();
    }
    return current;
}

// The spec of an Ingress as kubectl reads it.
QJsonObject ingressSpec(const QString &name, const QString &namespaceName)
{
    return kubectlJson({ QStringLiteral("get"), QStringLiteral("ingress"), name, QStringLiteral("-n"), namespaceName })
        .object()
        .value(QLatin1String("spec"))
        .toObject();
}

// What the picker's status line says: the form's problems and the server's verdict.
QString statusText(const Ui::IngressBackendPicker *picker)
{
    return picker->statusField()->edit()->accessibleDescription();
}
} // namespace

// The app route wizard against kube-sim: ingress class, two hosts with paths
// to live Services, TLS with a project TLS secret; kubectl reads it back.
class TestIngressWizard final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        const int suffix = QRandomGenerator::global()->bounded(100000, 999999);
        m_namespace = QStringLiteral("it-ingress-%1").arg(suffix);
        m_plainClass = QStringLiteral("it-plain-%1").arg(suffix);
        m_defaultClass = QStringLiteral("it-default-%1").arg(suffix);
        QCOMPARE(kubectl({ QStringLiteral("create"), QStringLiteral("namespace"), m_namespace }).exitCode, 0);
        const QByteArray objects = QStringLiteral(R"(apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata: {name: %2}
spec: {controller: example.com/plain}
---
apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata:
  name: %3
  annotations: {ingressclass.kubernetes.io/is-default-class: "true"}
spec: {controller: example.com/default}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: %1}
spec:
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: 8080}, {name: https, port: 443, targetPort: 8443}]
---
apiVersion: v1
kind: Service
metadata: {name: api, namespace: %1}
spec:
  selector: {app: api}
  ports: [{port: 8080}]
---
apiVersion: v1
kind: Secret
metadata: {name: tls-a, namespace: %1}
type: kubernetes.io/tls
data: {tls.crt: Y2VydA==, tls.key: a2V5}
---
apiVersion: v1
kind: Secret
metadata: {name: tls-b, namespace: %1}
type: kubernetes.io/tls
data: {tls.crt: Y2VydA==, tls.key: a2V5}
---
apiVersion: v1
kind: Secret
metadata: {name: not-tls, namespace: %1}
data: {password: cGFzcw==}
)")
                                       .arg(m_namespace, m_plainClass, m_defaultClass)
                                       .toUtf8();
        const KubectlResult applied
            = kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") }, objects);
        QVERIFY2(applied.exitCode == 0, applied.err.constData());

        m_manager = std::make_unique<Core::ClusterManager>(kubeSimManagerOptions());
        m_connection = connectKubeSim(*m_manager);
        QVERIFY(m_connection);
    }

    void cleanupTestCase()
    {
        kubectl({ QStringLiteral("delete"), QStringLiteral("namespace"), m_namespace, QStringLiteral("--wait=false") });
        kubectl({ QStringLiteral("delete"), QStringLiteral("ingressclass"), m_plainClass, m_defaultClass,
            QStringLiteral("--ignore-not-found") });
    }

    void twoHostsPathsAndTls_areCreatedAsChosen()
    {
        Ui::IngressWizard wizard(m_connection, m_namespace);
        QSignalSpy created(&wizard, &Ui::ResourceWizard::created);
        wizard.resize(860, 640);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.project()->currentName(), m_namespace, 20000);
        // The class marked default is preselected and says so.
        QTRY_COMPARE_WITH_TIMEOUT(wizard.ingressClass()->currentName(), m_defaultClass, 20000);
        QVERIFY(wizard.ingressClass()->currentText().endsWith(QLatin1String("(default)")));
        QVERIFY(wizard.ingressClass()->findData(m_plainClass) >= 0);
        QTest::keyClicks(wizard.nameField()->edit(), QStringLiteral("shop"));
        saveScreenshot(&wizard, QStringLiteral("ingress-basic"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Ui::IngressWizard::RulesPage));

        // Rule 1: shop.example.com, / to web's http port by name, /api exactly to api:8080.
        QCOMPARE(wizard.ruleCount(), 1);
        Ui::IngressRuleEditor *shop = wizard.rule(0);
        QCOMPARE(shop->pathCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(shop->pathRow(0).service->findData(QStringLiteral("web")) >= 0, 20000);
        QTest::keyClicks(shop->hostField()->edit(), QStringLiteral("shop.example.com"));
        QVERIFY(shop->setBackend(0, QStringLiteral("web"), QStringLiteral("http")));
        // The port list is the chosen service's: numbers and names.
        QComboBox *ports = shop->pathRow(0).port;
        QCOMPARE(ports->count(), 4);
        QVERIFY(ports->findData(80) >= 0 && ports->findData(443) >= 0);
        QCOMPARE(ports->currentData().toString(), QStringLiteral("http"));
        shop->addPathButton()->click();
        QCOMPARE(shop->pathCount(), 2);
        typeInto(shop->pathRow(1).path, QStringLiteral("/api"));
        shop->pathRow(1).pathType->setCurrentText(QStringLiteral("Exact"));
        QVERIFY(shop->setBackend(1, QStringLiteral("api"), QStringLiteral("8080")));
        QCOMPARE(shop->pathRow(1).port->count(), 1);

        // Rule 2: a wildcard host; bad hosts and paths are refused as typed.
        wizard.addRuleButton()->click();
        QCOMPARE(wizard.ruleCount(), 2);
        Ui::IngressRuleEditor *wildcard = wizard.rule(1);
        for (const QString &bad : { QStringLiteral("Bad_Host"), QStringLiteral("10.0.0.1"), QStringLiteral("*") }) {
            typeInto(wildcard->hostField(), bad);
            QVERIFY2(!wildcard->hostField()->isValid(), qPrintable(bad));
            QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        }
        typeInto(wildcard->pathRow(0).path, QStringLiteral("api"));
        QVERIFY(!wildcard->pathRow(0).path->isValid());
        QCOMPARE(wildcard->pathRow(0).path->problems(), QStringList { QStringLiteral("must be an absolute path") });
        saveScreenshot(&wizard, QStringLiteral("ingress-invalid-host"));
        typeInto(wildcard->hostField(), QStringLiteral("*.example.org"));
        typeInto(wildcard->pathRow(0).path, QStringLiteral("/"));
        wildcard->pathRow(0).pathType->setCurrentText(QStringLiteral("ImplementationSpecific"));
        QVERIFY(wildcard->setBackend(0, QStringLiteral("web"), QStringLiteral("443")));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        saveScreenshot(&wizard, QStringLiteral("ingress-rules"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Ui::IngressWizard::TlsPage));

        // TLS: only the project's kubernetes.io/tls secrets are offered.
        const int tls = wizard.addTls();
        QComboBox *secret = wizard.tlsRow(tls).secret;
        QTRY_COMPARE_WITH_TIMEOUT(secret->count(), 2, 20000);
        QCOMPARE(secret->itemData(0).toString(), QStringLiteral("tls-a"));
        QCOMPARE(secret->itemData(1).toString(), QStringLiteral("tls-b"));
        secret->setCurrentIndex(1);
        typeInto(wizard.tlsRow(tls).hosts, QStringLiteral("shop.example.com, Bad_Host"));
        QVERIFY(!wizard.tlsRow(tls).hosts->isValid());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        typeInto(wizard.tlsRow(tls).hosts, QStringLiteral("shop.example.com, www.example.com"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        saveScreenshot(&wizard, QStringLiteral("ingress-tls"));
        wizard.next();

        QTRY_VERIFY_WITH_TIMEOUT(wizard.reviewPage()->isComplete(), 20000);
        QCOMPARE(wizard.reviewPage()->results()->topLevelItem(0)->text(1), QStringLiteral("Accepted by the server"));
        saveScreenshot(&wizard, QStringLiteral("ingress-review"));
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(30000));

        const QJsonObject spec = kubectlJson({ QStringLiteral("get"), QStringLiteral("ingress"), QStringLiteral("shop"),
                                                 QStringLiteral("-n"), m_namespace })
                                     .object()
                                     .value(QLatin1String("spec"))
                                     .toObject();
        QCOMPARE(spec.value(QLatin1String("ingressClassName")).toString(), m_defaultClass);
        const QJsonArray rules = spec.value(QLatin1String("rules")).toArray();
        QCOMPARE(rules.size(), 2);
        const QJsonObject first = rules.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("host")).toString(), QStringLiteral("shop.example.com"));
        const QJsonArray firstPaths = at(first, { QStringLiteral("http") }).value(QLatin1String("paths")).toArray();
        QCOMPARE(firstPaths.size(), 2);
        QCOMPARE(firstPaths.at(0).toObject().value(QLatin1String("path")).toString(), QStringLiteral("/"));
        QCOMPARE(firstPaths.at(0).toObject().value(QLatin1String("pathType")).toString(), QStringLiteral("Prefix"));
        const QJsonObject webBackend
            = at(firstPaths.at(0).toObject(), { QStringLiteral("backend"), QStringLiteral("service") });
        QCOMPARE(webBackend.value(QLatin1String("name")).toString(), QStringLiteral("web"));
        QCOMPARE(at(webBackend, { QStringLiteral("port") }),
            (QJsonObject { { QStringLiteral("name"), QStringLiteral("http") } }));
        QCOMPARE(firstPaths.at(1).toObject().value(QLatin1String("path")).toString(), QStringLiteral("/api"));
        QCOMPARE(firstPaths.at(1).toObject().value(QLatin1String("pathType")).toString(), QStringLiteral("Exact"));
        const QJsonObject apiBackend
            = at(firstPaths.at(1).toObject(), { QStringLiteral("backend"), QStringLiteral("service") });
        QCOMPARE(apiBackend.value(QLatin1String("name")).toString(), QStringLiteral("api"));
        QCOMPARE(at(apiBackend, { QStringLiteral("port") }), (QJsonObject { { QStringLiteral("number"), 8080 } }));
        const QJsonObject second = rules.at(1).toObject();
        QCOMPARE(second.value(QLatin1String("host")).toString(), QStringLiteral("*.example.org"));
        const QJsonObject secondPath
            = at(second, { QStringLiteral("http") }).value(QLatin1String("paths")).toArray().first().toObject();
        QCOMPARE(secondPath.value(QLatin1String("pathType")).toString(), QStringLiteral("ImplementationSpecific"));
        QCOMPARE(at(secondPath, { QStringLiteral("backend"), QStringLiteral("service"), QStringLiteral("port") }),
            (QJsonObject { { QStringLiteral("number"), 443 } }));
        const QJsonArray tlsEntries = spec.value(QLatin1String("tls")).toArray();
        QCOMPARE(tlsEntries.size(), 1);
        QCOMPARE(tlsEntries.at(0).toObject().value(QLatin1String("hosts")).toArray(),
            (QJsonArray { QStringLiteral("shop.example.com"), QStringLiteral("www.example.com") }));
        QCOMPARE(tlsEntries.at(0).toObject().value(QLatin1String("secretName")).toString(), QStringLiteral("tls-b"));
        // No default backend chosen: none written.
        QVERIFY(!spec.contains(QLatin1String("defaultBackend")));
    }

    void yamlEdits_flowBackToForm()
    {
        Ui::IngressWizard wizard(m_connection, m_namespace);
        QSignalSpy created(&wizard, &Ui::ResourceWizard::created);
        wizard.resize(860, 640);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.project()->currentName(), m_namespace, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.ingressClass()->currentName(), m_defaultClass, 20000);
        QTest::keyClicks(wizard.nameField()->edit(), QStringLiteral("edited"));
        wizard.next();
        Ui::IngressRuleEditor *rule = wizard.rule(0);
        QTRY_VERIFY_WITH_TIMEOUT(rule->pathRow(0).service->findData(QStringLiteral("api")) >= 0, 20000);
        QTest::keyClicks(rule->hostField()->edit(), QStringLiteral("api.example.com"));
        QVERIFY(rule->setBackend(0, QStringLiteral("api"), QStringLiteral("8080")));
        wizard.next();
        wizard.addTls(QStringLiteral("api.example.com"), QStringLiteral("tls-a"));
        wizard.next();
        Ui::ReviewPage *review = wizard.reviewPage();
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);
        QString yaml = review->yamlEdit()->toPlainText();
        QVERIFY2(yaml.contains(QLatin1String("secretName: tls-a")), qPrintable(yaml));
        yaml.replace(QLatin1String("secretName: tls-a"), QLatin1String("secretName: tls-b"));
        yaml.replace(QLatin1String("path: /"), QLatin1String("path: /v2"));
        yaml.replace(
            QLatin1String("ingressClassName: ") + m_defaultClass, QLatin1String("ingressClassName: ") + m_plainClass);
        review->yamlEdit()->setPlainText(yaml);
        wizard.button(QWizard::CustomButton1)->click(); // Check again
        QCOMPARE(wizard.ingressClass()->currentName(), m_plainClass);
        QCOMPARE(wizard.rule(0)->pathRow(0).path->text(), QStringLiteral("/v2"));
        QCOMPARE(wizard.rule(0)->pathRow(0).service->currentName(), QStringLiteral("api"));
        QCOMPARE(wizard.rule(0)->pathRow(0).port->currentData().toInt(), 8080);
        QCOMPARE(wizard.tlsRow(0).secret->currentData().toString(), QStringLiteral("tls-b"));
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(30000));
        const QJsonObject spec = kubectlJson({ QStringLiteral("get"), QStringLiteral("ingress"),
                                                 QStringLiteral("edited"), QStringLiteral("-n"), m_namespace })
                                     .object()
                                     .value(QLatin1String("spec"))
                                     .toObject();
        QCOMPARE(spec.value(QLatin1String("ingressClassName")).toString(), m_plainClass);
        QCOMPARE(spec.value(QLatin1String("tls")).toArray().first().toObject().value(QLatin1String("secretName")),
            QJsonValue(QStringLiteral("tls-b")));
        QCOMPARE(spec.value(QLatin1String("rules"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("http"))
                     .toObject()
                     .value(QLatin1String("paths"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("path"))
                     .toString(),
            QStringLiteral("/v2"));
    }

    void duplicate_fillsRulesAndTls_andCreatesTheCopy()
    {
        const QJsonObject original = kubectlJson({ QStringLiteral("get"), QStringLiteral("ingress"),
                                                     QStringLiteral("shop"), QStringLiteral("-n"), m_namespace })
                                         .object();
        QVERIFY(!original.isEmpty());
        Ui::IngressWizard wizard(m_connection, m_namespace);
        QSignalSpy created(&wizard, &Ui::ResourceWizard::created);
        QString whyNot;
        QVERIFY2(wizard.startFrom({ original }, &whyNot), qPrintable(whyNot));
        wizard.resize(860, 640);
        wizard.show();
        QCOMPARE(wizard.nameField()->text(), QStringLiteral("shop-copy"));
        QCOMPARE(wizard.ruleCount(), 2);
        QCOMPARE(wizard.rule(0)->hostField()->text(), QStringLiteral("shop.example.com"));
        QCOMPARE(wizard.rule(0)->pathCount(), 2);
        QCOMPARE(wizard.rule(0)->pathRow(0).port->currentData().toString(), QStringLiteral("http"));
        QCOMPARE(wizard.rule(0)->pathRow(1).service->currentName(), QStringLiteral("api"));
        QCOMPARE(wizard.tlsCount(), 1);
        QCOMPARE(wizard.tlsRow(0).secret->currentData().toString(), QStringLiteral("tls-b"));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.project()->currentName(), m_namespace, 20000);
        wizard.next();
        wizard.rule(1)->hostField()->edit()->setText(QStringLiteral("copy.example.org"));
        wizard.next();
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.reviewPage()->isComplete(), 20000);
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(30000));
        const QJsonObject spec = kubectlJson({ QStringLiteral("get"), QStringLiteral("ingress"),
                                                 QStringLiteral("shop-copy"), QStringLiteral("-n"), m_namespace })
                                     .object()
                                     .value(QLatin1String("spec"))
                                     .toObject();
        const QJsonObject originalSpec = original.value(QLatin1String("spec")).toObject();
        QJsonArray expectedRules = originalSpec.value(QLatin1String("rules")).toArray();
        QJsonObject second = expectedRules.at(1).toObject();
        second.insert(QStringLiteral("host"), QStringLiteral("copy.example.org"));
        expectedRules.replace(1, second);
        QCOMPARE(spec.value(QLatin1String("rules")).toArray(), expectedRules);
        QCOMPARE(spec.value(QLatin1String("tls")), originalSpec.value(QLatin1String("tls")));
        QCOMPARE(spec.value(QLatin1String("ingressClassName")), originalSpec.value(QLatin1String("ingressClassName")));
    }

    void defaultBackendAndRule_areCreatedAsChosen()
    {
        Ui::IngressWizard wizard(m_connection, m_namespace);
        QSignalSpy created(&wizard, &Ui::ResourceWizard::created);
        wizard.resize(860, 640);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.project()->currentName(), m_namespace, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.ingressClass()->currentName(), m_defaultClass, 20000);
        QTest::keyClicks(wizard.nameField()->edit(), QStringLiteral("with-default"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Ui::IngressWizard::RulesPage));

        Ui::IngressRuleEditor *rule = wizard.rule(0);
        QTRY_VERIFY_WITH_TIMEOUT(rule->pathRow(0).service->findData(QStringLiteral("api")) >= 0, 20000);
        QTest::keyClicks(rule->hostField()->edit(), QStringLiteral("api.example.com"));
        QVERIFY(rule->setBackend(0, QStringLiteral("api"), QStringLiteral("8080")));

        // Off by default: its picker is disabled and nothing is written.
        QVERIFY(!wizard.hasDefaultBackend());
        QVERIFY(!wizard.defaultBackend()->isEnabled());
        wizard.defaultBackendBox()->setChecked(true);
        Ui::IngressBackendPicker *fallback = wizard.defaultBackend();
        QVERIFY(fallback->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(fallback->service()->findData(QStringLiteral("web")) >= 0, 20000);
        QVERIFY(fallback->setBackend(QStringLiteral("web"), QStringLiteral("https")));
        // The same picker as the paths': the chosen service's ports by number and by name.
        QCOMPARE(fallback->port()->count(), 4);
        QVERIFY(fallback->port()->findData(80) >= 0 && fallback->port()->findData(QStringLiteral("http")) >= 0);
        QCOMPARE(fallback->port()->currentData().toString(), QStringLiteral("https"));
        QVERIFY(fallback->isValid());
        QVERIFY(wizard.noRouteLabel()->isHidden());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        saveScreenshot(&wizard, QStringLiteral("ingress-default-backend"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Ui::IngressWizard::TlsPage));
        wizard.next();

        QTRY_VERIFY_WITH_TIMEOUT(wizard.reviewPage()->isComplete(), 20000);
        QCOMPARE(wizard.reviewPage()->results()->topLevelItem(0)->text(1), QStringLiteral("Accepted by the server"));
        saveScreenshot(&wizard, QStringLiteral("ingress-review-default-backend"));
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(30000));

        const QJsonObject spec = ingressSpec(QStringLiteral("with-default"), m_namespace);
        const QJsonObject defaultBackend = spec.value(QLatin1String("defaultBackend")).toObject();
        QCOMPARE(defaultBackend.keys(), QStringList { QStringLiteral("service") });
        const QJsonObject service = at(defaultBackend, { QStringLiteral("service") });
        QCOMPARE(service.value(QLatin1String("name")).toString(), QStringLiteral("web"));
        QCOMPARE(at(service, { QStringLiteral("port") }),
            (QJsonObject { { QStringLiteral("name"), QStringLiteral("https") } }));
        // The rule is there as well, untouched by the default backend.
        const QJsonArray rules = spec.value(QLatin1String("rules")).toArray();
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.at(0).toObject().value(QLatin1String("host")).toString(), QStringLiteral("api.example.com"));
        const QJsonObject path = at(rules.at(0).toObject(), { QStringLiteral("http") })
                                     .value(QLatin1String("paths"))
                                     .toArray()
                                     .at(0)
                                     .toObject();
        QCOMPARE(at(path, { QStringLiteral("backend"), QStringLiteral("service") }).value(QLatin1String("name")),
            QJsonValue(QStringLiteral("api")));
        QCOMPARE(at(path, { QStringLiteral("backend"), QStringLiteral("service"), QStringLiteral("port") }),
            (QJsonObject { { QStringLiteral("number"), 8080 } }));
    }

    void duplicate_showsTheDefaultBackend_withoutUnmodelledNote()
    {
        const QJsonObject original
            = kubectlJson({ QStringLiteral("get"), QStringLiteral("ingress"), QStringLiteral("with-default"),
                              QStringLiteral("-n"), m_namespace })
                  .object();
        QVERIFY(!original.isEmpty());
        Ui::IngressWizard wizard(m_connection, m_namespace);
        QString whyNot;
        QVERIFY2(wizard.startFrom({ original }, &whyNot), qPrintable(whyNot));
        // The form shows the default backend now: nothing left to report.
        QVERIFY2(wizard.startNote().isEmpty(), qPrintable(wizard.startNote()));
        QVERIFY(wizard.hasDefaultBackend());
        QTRY_COMPARE_WITH_TIMEOUT(wizard.defaultBackend()->service()->currentText(), QStringLiteral("web"), 20000);
        QCOMPARE(wizard.defaultBackend()->port()->currentData().toString(), QStringLiteral("https"));
        QCOMPARE(wizard.objectsToCreate()
                     .constFirst()
                     .object.value(QLatin1String("spec"))
                     .toObject()
                     .value(QLatin1String("defaultBackend")),
            original.value(QLatin1String("spec")).toObject().value(QLatin1String("defaultBackend")));
    }

    void neitherRulesNorDefaultBackend_blocksNext_withTheReason()
    {
        Ui::IngressWizard wizard(m_connection, m_namespace);
        wizard.resize(860, 640);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.project()->currentName(), m_namespace, 20000);
        QTest::keyClicks(wizard.nameField()->edit(), QStringLiteral("nowhere"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Ui::IngressWizard::RulesPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
        QVERIFY(wizard.noRouteLabel()->isHidden());

        wizard.rule(0)->removeButton()->click();
        QCOMPARE(wizard.ruleCount(), 0);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard.noRouteLabel()->isVisible());
        QCOMPARE(wizard.noRouteLabel()->text(),
            QStringLiteral("An app route needs at least one rule or a default backend."));
        saveScreenshot(&wizard, QStringLiteral("ingress-no-route"));
        wizard.next(); // refused
        QCOMPARE(wizard.currentId(), int(Ui::IngressWizard::RulesPage));

        // Either one is enough; taking it away again brings the reason back.
        wizard.defaultBackendBox()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
        QVERIFY(wizard.noRouteLabel()->isHidden());
        wizard.defaultBackendBox()->setChecked(false);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard.noRouteLabel()->isVisible());
        wizard.addRuleButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
        QVERIFY(wizard.noRouteLabel()->isHidden());
    }

    void defaultBackend_inProjectWithoutServices_blocksNext()
    {
        const ScratchNamespace empty(QStringLiteral("it-ingress-empty"));
        QVERIFY(empty.isCreated());
        Ui::IngressWizard wizard(m_connection, empty.name());
        wizard.resize(860, 640);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.project()->currentName(), empty.name(), 20000);
        QTest::keyClicks(wizard.nameField()->edit(), QStringLiteral("no-services"));
        wizard.next();
        wizard.removeRule(0);
        wizard.setDefaultBackendEnabled(true);
        // Checked like a path's backend: without a service there is nothing to send requests to.
        QTRY_COMPARE_WITH_TIMEOUT(
            wizard.defaultBackend()->problems(), QStringList { QStringLiteral("the project has no services") }, 20000);
        QVERIFY(!wizard.defaultBackend()->isValid());
        QVERIFY(statusText(wizard.defaultBackend()).contains(QLatin1String("the project has no services")));
        QVERIFY(wizard.noRouteLabel()->isHidden());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        // Switched off, it asks nothing (and the reason to add a rule or a default backend is back).
        wizard.setDefaultBackendEnabled(false);
        QVERIFY(wizard.defaultBackend()->statusField()->isHidden());
        QVERIFY(wizard.noRouteLabel()->isVisible());
    }

    void defaultBackendOnly_isCreatedWithoutRules()
    {
        Ui::IngressWizard wizard(m_connection, m_namespace);
        QSignalSpy created(&wizard, &Ui::ResourceWizard::created);
        wizard.resize(860, 640);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.project()->currentName(), m_namespace, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.ingressClass()->currentName(), m_defaultClass, 20000);
        QTest::keyClicks(wizard.nameField()->edit(), QStringLiteral("fallback-only"));
        wizard.next();
        wizard.removeRule(0);
        QCOMPARE(wizard.ruleCount(), 0);
        wizard.setDefaultBackendEnabled(true);
        QTRY_VERIFY_WITH_TIMEOUT(
            wizard.defaultBackend()->setBackend(QStringLiteral("web"), QStringLiteral("443")), 20000);
        QCOMPARE(wizard.defaultBackend()->port()->currentData(), QVariant(443));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.reviewPage()->isComplete(), 20000);
        QVERIFY(!wizard.reviewPage()->yamlEdit()->toPlainText().contains(QLatin1String("rules:")));
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(30000));

        const QJsonObject spec = ingressSpec(QStringLiteral("fallback-only"), m_namespace);
        QVERIFY(!spec.contains(QLatin1String("rules")));
        QCOMPARE(spec.value(QLatin1String("ingressClassName")).toString(), m_defaultClass);
        QCOMPARE(at(spec, { QStringLiteral("defaultBackend"), QStringLiteral("service") }).value(QLatin1String("name")),
            QJsonValue(QStringLiteral("web")));
        QCOMPARE(at(spec, { QStringLiteral("defaultBackend"), QStringLiteral("service"), QStringLiteral("port") }),
            (QJsonObject { { QStringLiteral("number"), 443 } }));
    }

    void yamlEditOfDefaultBackend_flowsBackToForm()
    {
        Ui::IngressWizard wizard(m_connection, m_namespace);
        QSignalSpy created(&wizard, &Ui::ResourceWizard::created);
        wizard.resize(860, 640);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.project()->currentName(), m_namespace, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.ingressClass()->currentName(), m_defaultClass, 20000);
        QTest::keyClicks(wizard.nameField()->edit(), QStringLiteral("edited-default"));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.rule(0)->setBackend(0, QStringLiteral("web"), QStringLiteral("80")), 20000);
        wizard.setDefaultBackendEnabled(true);
        QVERIFY(wizard.defaultBackend()->setBackend(QStringLiteral("web"), QStringLiteral("http")));
        wizard.next();
        wizard.next();
        Ui::ReviewPage *review = wizard.reviewPage();
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);

        // In the YAML: the default backend goes to api's port 8080 instead.
        QString yaml = review->yamlEdit()->toPlainText();
        const QString before = QStringLiteral("  defaultBackend:\n    service:\n      name: web\n      port:\n"
                                              "        name: http\n");
        QVERIFY2(yaml.contains(before), qPrintable(yaml));
        yaml.replace(before,
            QStringLiteral("  defaultBackend:\n    service:\n      name: api\n      port:\n        number: 8080\n"));
        review->yamlEdit()->setPlainText(yaml);
        wizard.button(QWizard::CustomButton1)->click(); // Check again
        QVERIFY(wizard.hasDefaultBackend());
        QCOMPARE(wizard.defaultBackend()->service()->currentName(), QStringLiteral("api"));
        QCOMPARE(wizard.defaultBackend()->port()->currentData(), QVariant(8080));
        QVERIFY(wizard.defaultBackend()->isValid());
        // The rules' backend stayed as it was.
        QCOMPARE(wizard.rule(0)->pathRow(0).service->currentName(), QStringLiteral("web"));
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);
        // Everything edited has a place in the form: no "created as typed" note.
        QVERIFY2(!review->statusLabel()->text().contains(QLatin1String("no place in the form")),
            qPrintable(review->statusLabel()->text()));
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(30000));

        const QJsonObject spec = ingressSpec(QStringLiteral("edited-default"), m_namespace);
        QCOMPARE(at(spec, { QStringLiteral("defaultBackend"), QStringLiteral("service") }).value(QLatin1String("name")),
            QJsonValue(QStringLiteral("api")));
        QCOMPARE(at(spec, { QStringLiteral("defaultBackend"), QStringLiteral("service"), QStringLiteral("port") }),
            (QJsonObject { { QStringLiteral("number"), 8080 } }));
    }

    void yamlRemovingDefaultBackend_turnsItOff()
    {
        Ui::IngressWizard wizard(m_connection, m_namespace);
        wizard.resize(860, 640);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.project()->currentName(), m_namespace, 20000);
        QTest::keyClicks(wizard.nameField()->edit(), QStringLiteral("dropped-default"));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.rule(0)->setBackend(0, QStringLiteral("web"), QStringLiteral("80")), 20000);
        wizard.setDefaultBackendEnabled(true);
        QVERIFY(wizard.defaultBackend()->setBackend(QStringLiteral("api"), QStringLiteral("8080")));
        wizard.next();
        wizard.next();
        Ui::ReviewPage *review = wizard.reviewPage();
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);
        QString yaml = review->yamlEdit()->toPlainText();
        const QString block = QStringLiteral("  defaultBackend:\n    service:\n      name: api\n      port:\n"
                                             "        number: 8080\n");
        QVERIFY2(yaml.contains(block), qPrintable(yaml));
        review->yamlEdit()->setPlainText(yaml.remove(block));
        wizard.button(QWizard::CustomButton1)->click(); // Check again
        QVERIFY(!wizard.hasDefaultBackend());
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);
        QVERIFY(!wizard.plannedObjects()
                     .constFirst()
                     .object.value(QLatin1String("spec"))
                     .toObject()
                     .contains(QLatin1String("defaultBackend")));
    }

    void badDefaultBackendPort_serverErrorLandsOnTheDefaultBackend()
    {
        Ui::IngressWizard wizard(m_connection, m_namespace);
        wizard.resize(860, 640);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.project()->currentName(), m_namespace, 20000);
        QTest::keyClicks(wizard.nameField()->edit(), QStringLiteral("bad-default"));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.rule(0)->setBackend(0, QStringLiteral("web"), QStringLiteral("80")), 20000);
        wizard.setDefaultBackendEnabled(true);
        QVERIFY(wizard.defaultBackend()->setBackend(QStringLiteral("web"), QStringLiteral("http")));
        wizard.next();
        wizard.next();
        Ui::ReviewPage *review = wizard.reviewPage();
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);

        // A port name the apiserver refuses for a backend, typed in the YAML.
        QString yaml = review->yamlEdit()->toPlainText();
        const QString port = QStringLiteral("      port:\n        name: http\n");
        QVERIFY2(yaml.contains(port), qPrintable(yaml));
        review->yamlEdit()->setPlainText(yaml.replace(port, QStringLiteral("      port:\n        name: Web_Port\n")));
        wizard.button(QWizard::CustomButton1)->click(); // Check again
        QTRY_VERIFY_WITH_TIMEOUT(
            review->results()->topLevelItem(0)->text(1).contains(QLatin1String("Web_Port")), 20000);
        QVERIFY(!review->isComplete());

        // The form got the name (and refuses it too); the server's cause is shown at the default backend.
        Ui::IngressBackendPicker *fallback = wizard.defaultBackend();
        QCOMPARE(fallback->port()->currentData().toString(), QStringLiteral("Web_Port"));
        QVERIFY(!fallback->isValid());
        QTRY_VERIFY2_WITH_TIMEOUT(
            statusText(fallback).contains(QLatin1String("Invalid value")), qPrintable(statusText(fallback)), 20000);
        QVERIFY(statusText(fallback).contains(QLatin1String("Web_Port")));
        QVERIFY(!statusText(wizard.rule(0)->pathRow(0).backend).contains(QLatin1String("Invalid value")));

        // Back on the rules page the message is under the default backend; another port clears it.
        wizard.back();
        wizard.back();
        QCOMPARE(wizard.currentId(), int(Ui::IngressWizard::RulesPage));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(fallback->statusField()->isVisible());
        saveScreenshot(&wizard, QStringLiteral("ingress-default-backend-error"));
        fallback->port()->setCurrentIndex(fallback->port()->findData(QStringLiteral("http")));
        QVERIFY(fallback->isValid());
        QVERIFY(statusText(fallback).isEmpty());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    void newTlsSecret_isCreatedWithTheSecretWizard_andChosen()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), dir.filePath(QStringLiteral("shop.key")),
                QStringLiteral("-out"), dir.filePath(QStringLiteral("shop.crt")), QStringLiteral("-days"),
                QStringLiteral("30"), QStringLiteral("-subj"), QStringLiteral("/CN=new.example.com") });
        QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);

        Ui::IngressWizard wizard(m_connection, m_namespace);
        QSignalSpy created(&wizard, &Ui::ResourceWizard::created);
        wizard.resize(860, 640);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.project()->currentName(), m_namespace, 20000);
        QTest::keyClicks(wizard.nameField()->edit(), QStringLiteral("fresh"));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.rule(0)->setBackend(0, QStringLiteral("web"), QStringLiteral("80")), 20000);
        QTest::keyClicks(wizard.rule(0)->hostField()->edit(), QStringLiteral("new.example.com"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Ui::IngressWizard::TlsPage));

        // The Secret wizard opens on its TLS type; what it creates is chosen here.
        wizard.newSecretButton()->click();
        QCOMPARE(wizard.tlsCount(), 1);
        auto *secretWizard = wizard.findChild<Ui::SecretWizard *>();
        QVERIFY(secretWizard);
        QTRY_VERIFY(secretWizard->isVisible());
        QCOMPARE(secretWizard->type(), Ui::SecretWizard::Type::Tls);
        QSignalSpy secretCreated(secretWizard, &Ui::ResourceWizard::created);
        QTRY_COMPARE_WITH_TIMEOUT(secretWizard->project()->currentName(), m_namespace, 20000);
        QTest::keyClicks(secretWizard->nameField()->edit(), QStringLiteral("made-tls"));
        secretWizard->next();
        QCOMPARE(secretWizard->currentId(), int(Ui::SecretWizard::TlsPage));
        secretWizard->setCertificateFile(dir.filePath(QStringLiteral("shop.crt")));
        secretWizard->setKeyFile(dir.filePath(QStringLiteral("shop.key")));
        QVERIFY(secretWizard->tlsCheck().isOk());
        secretWizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(secretWizard->reviewPage()->isComplete(), 20000);
        secretWizard->button(QWizard::FinishButton)->click();
        QVERIFY(secretCreated.wait(30000));
        QCOMPARE(wizard.tlsRow(0).secret->currentData().toString(), QStringLiteral("made-tls"));
        typeInto(wizard.tlsRow(0).hosts, QStringLiteral("new.example.com"));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.reviewPage()->isComplete(), 20000);
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(30000));

        const QJsonObject tls = kubectlJson({ QStringLiteral("get"), QStringLiteral("ingress"), QStringLiteral("fresh"),
                                                QStringLiteral("-n"), m_namespace })
                                    .object()
                                    .value(QLatin1String("spec"))
                                    .toObject()
                                    .value(QLatin1String("tls"))
                                    .toArray()
                                    .first()
                                    .toObject();
        QCOMPARE(tls.value(QLatin1String("secretName")).toString(), QStringLiteral("made-tls"));
        QCOMPARE(tls.value(QLatin1String("hosts")).toArray(), QJsonArray { QStringLiteral("new.example.com") });
        QCOMPARE(kubectlJson({ QStringLiteral("get"), QStringLiteral("secret"), QStringLiteral("made-tls"),
                                 QStringLiteral("-n"), m_namespace })
                     .object()
                     .value(QLatin1String("type"))
                     .toString(),
            QStringLiteral("kubernetes.io/tls"));
    }

private:
    std::unique_ptr<Core::ClusterManager> m_manager;
    Core::ClusterConnection *m_connection = nullptr;
    QString m_namespace;
    QString m_plainClass;
    QString m_defaultClass;
};

QTEST_MAIN(TestIngressWizard)
#include "tst_ingresswizard.moc"
