// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/apply/applyplan.h"

#include <QTest>

using namespace Sextant::Core;

namespace {

ApiResource resource(const char *group, const char *version, const char *plural, const char *kind, bool namespaced)
{
    ApiResource r;
    r.group = QString::fromLatin1(group);
    r.version = QString::fromLatin1(version);
    r.resource = QString::fromLatin1(plural);
    r.kind = QString::fromLatin1(kind);
    r.namespaced = namespaced;
    r.preferred = true;
    return r;
}

const QList<ApiResource> &clusterResources()
{
    static const QList<ApiResource> resources {
        resource("", "v1", "namespaces", "Namespace", false),
        resource("", "v1", "configmaps", "ConfigMap", true),
        resource("", "v1", "services", "Service", true),
        resource("apps", "v1", "deployments", "Deployment", true),
        resource("rbac.authorization.k8s.io", "v1", "clusterroles", "ClusterRole", false),
        resource("apiextensions.k8s.io", "v1", "customresourcedefinitions", "CustomResourceDefinition", false),
    };
    return resources;
}

QList<ApplyObject> plan(const char *yaml, const QString &defaultNamespace = QStringLiteral("team"))
{
    return planApply(parseYaml(QByteArray(yaml)).documents, lookupIn(clusterResources()), defaultNamespace);
}

QStringList names(const QList<ApplyObject> &objects)
{
    QStringList result;
    for (const ApplyObject &object : objects)
        result.append(object.displayName());
    return result;
}

} // namespace

class TestApplyPlan final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void plan_namespacesAndCrdsFirst_restInFileOrder()
    {
        const auto objects = plan(R"(apiVersion: v1
kind: ConfigMap
metadata: {name: a, namespace: shop}
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.com}
spec: {group: example.com, names: {kind: Widget, plural: widgets}, scope: Namespaced}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
---
apiVersion: v1
kind: Namespace
metadata: {name: shop}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
)");
        QCOMPARE(names(objects),
            QStringList({ QStringLiteral("Namespace shop"),
                QStringLiteral("CustomResourceDefinition widgets.example.com"), QStringLiteral("ConfigMap shop/a"),
                QStringLiteral("Deployment shop/web"), QStringLiteral("Service shop/web") }));
        QCOMPARE(objects.at(0).document, 3);
        QCOMPARE(objects.at(3).resource,
            (ResourceRef { QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("deployments"), true }));
    }

    void plan_namespaceResolution_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expectedNamespace");
        QTest::newRow("namespaced without namespace gets the default")
            << QByteArray("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n") << QStringLiteral("team");
        QTest::newRow("namespaced with namespace keeps it")
            << QByteArray("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, namespace: other}\n")
            << QStringLiteral("other");
        QTest::newRow("cluster-scoped loses a namespace") << QByteArray(
            "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r, "
            "namespace: x}\n") << QString();
        QTest::newRow("cluster-scoped stays without")
            << QByteArray("apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n") << QString();
    }

    void plan_namespaceResolution()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expectedNamespace);
        const auto objects = plan(yaml.constData());
        QCOMPARE(objects.size(), 1);
        QVERIFY(objects.first().isSendable());
        QCOMPARE(objects.first().namespaceName(), expectedNamespace);
        QCOMPARE(
            objects.first().object.value(QStringLiteral("metadata")).toObject().contains(QStringLiteral("namespace")),
            !expectedNamespace.isEmpty());
    }

    void plan_kindDefinedByCrdInFile_usesItsScope()
    {
        const auto objects = plan(R"(apiVersion: example.com/v1
kind: Widget
metadata: {name: w}
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.com}
spec: {group: example.com, names: {kind: Widget, plural: widgets}, scope: Namespaced}
)");
        QCOMPARE(objects.size(), 2);
        QCOMPARE(objects.at(1).kind(), QStringLiteral("Widget"));
        QVERIFY(objects.at(1).isSendable());
        QCOMPARE(objects.at(1).resource.resource, QStringLiteral("widgets"));
        QCOMPARE(objects.at(1).namespaceName(), QStringLiteral("team"));
    }

    void plan_problems_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("problemPart");
        QTest::newRow("unknown kind") << QByteArray("apiVersion: example.com/v1\nkind: Gadget\nmetadata: {name: g}\n")
                                      << QStringLiteral("does not serve Gadget");
        QTest::newRow("no name") << QByteArray("apiVersion: v1\nkind: ConfigMap\nmetadata: {}\n")
                                 << QStringLiteral("metadata.name");
        QTest::newRow("no kind") << QByteArray("apiVersion: v1\nmetadata: {name: a}\n") << QStringLiteral("kind");
        QTest::newRow("syntax error") << QByteArray("apiVersion: v1\nkind: [\n") << QStringLiteral("YAML errors");
        QTest::newRow("a scalar") << QByteArray("just text\n") << QStringLiteral("not an object");
    }

    void plan_problems()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, problemPart);
        const auto objects = plan(yaml.constData());
        QCOMPARE(objects.size(), 1);
        QVERIFY(!objects.first().isSendable());
        QVERIFY2(objects.first().problem.contains(problemPart), qPrintable(objects.first().problem));
    }

    void plan_emptyDocumentsSkipped_listItemsSplit()
    {
        const auto objects = plan(R"(---
# only a comment
---
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: ConfigMap
  metadata: {name: one}
- apiVersion: v1
  kind: ConfigMap
  metadata:
    name: two
  data:
    key: 1
)");
        QCOMPARE(names(objects),
            QStringList({ QStringLiteral("ConfigMap team/one"), QStringLiteral("ConfigMap team/two") }));
        QCOMPARE(objects.at(1).pathPrefix, QStringLiteral("items[1]."));
        QCOMPARE(objects.at(1).positionOf(QStringLiteral("data.key")).line, 15);
    }

    void positionOf_serverSideApplyPath_mapsListKeysToLines()
    {
        const auto objects = plan(R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  template:
    spec:
      containers:
      - name: sidecar
        image: busybox
      - name: c
        image: nginx
)");
        QCOMPARE(objects.size(), 1);
        const ApplyObject &object = objects.first();
        QCOMPARE(object.positionOf(QStringLiteral(".spec.replicas")).line, 6);
        QCOMPARE(object.positionOf(QStringLiteral(".spec.template.spec.containers[name=\"c\"].image")).line, 13);
        QCOMPARE(object.positionOf(QStringLiteral("spec.template.spec.containers[0].image")).line, 11);
        // A field the file does not have: its nearest ancestor.
        QCOMPARE(object.positionOf(QStringLiteral("spec.template.spec.containers[1].ports")).line, 12);
    }

    void diagnosticsFor_invalidCauses_onTheirLines()
    {
        const auto objects
            = plan("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: -1\n");
        ApiError error;
        error.httpStatus = 422;
        error.message = QStringLiteral("Deployment.apps \"web\" is invalid: spec.replicas: Invalid value: -1");
        error.causes = { { QStringLiteral("FieldValueInvalid"),
            QStringLiteral("Invalid value: -1: must be greater than or equal to 0"),
            QStringLiteral("spec.replicas") } };
        const Diagnostics diagnostics = objects.first().diagnosticsFor(error);
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.first().line, 6);
        QVERIFY(diagnostics.first().message.contains(QStringLiteral("must be greater than or equal to 0")));

        error.causes.clear();
        const Diagnostics whole = objects.first().diagnosticsFor(error);
        QCOMPARE(whole.size(), 1);
        QCOMPARE(whole.first().line, 1);
        QCOMPARE(whole.first().message, error.message);
    }
};

QTEST_GUILESS_MAIN(TestApplyPlan)
#include "tst_applyplan.moc"
