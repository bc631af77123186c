// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/yaml/schemaset.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Sextant::Core;

namespace {

// A minimal OpenAPI v3 group-version document with one kind.
QJsonObject gadgetDocument()
{
    return QJsonDocument::fromJson(R"({"components":{"schemas":{
        "com.example.v1.Gadget":{"type":"object","description":"A gadget.",
            "x-kubernetes-group-version-kind":[{"group":"example.com","version":"v1","kind":"Gadget"}],
            "required":["spec"],
            "properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},
                "metadata":{"allOf":[{"$ref":"#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"}]},
                "spec":{"allOf":[{"$ref":"#/components/schemas/com.example.v1.GadgetSpec"}],"description":"Its spec."}}},
        "com.example.v1.GadgetSpec":{"type":"object","properties":{
            "size":{"type":"integer","format":"int32"},
            "parts":{"type":"array","items":{"type":"string"}},
            "slots":{"type":"array","items":{"type":"object"},"x-kubernetes-list-type":"map",
                "x-kubernetes-list-map-keys":["id","zone"]},
            "older":{"type":"array","items":{"type":"object"},"x-kubernetes-patch-merge-key":"key",
                "x-kubernetes-patch-strategy":"merge,retainKeys"},
            "tags":{"type":"object","additionalProperties":{"type":"string"}}}},
        "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta":{"type":"object","properties":{"name":{"type":"string"}}}
    }}})")
        .object();
}

} // namespace

class TestSchemaSet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bundled_loadsKube136_withTypeNamesAsKubectlExplain()
    {
        QCOMPARE(SchemaSet::bundledVersions(), QStringList { QStringLiteral("1.36") });
        const auto schemas = SchemaSet::bundled();
        QVERIFY(schemas);
        QCOMPARE(SchemaSet::bundled(QStringLiteral("v1.36.3")), schemas); // loaded once, shared
        QVERIFY(!SchemaSet::bundled(QStringLiteral("1.20")));
        QVERIFY(!schemas->isComplete());
        const SchemaNode *pod = schemas->kind(QStringLiteral("v1"), QStringLiteral("Pod"));
        QVERIFY(pod);
        const SchemaNode &spec = pod->resolved().properties.value(QStringLiteral("spec"))->resolved();
        QCOMPARE(spec.properties.value(QStringLiteral("containers"))->typeName(), QStringLiteral("[]Container"));
        QCOMPARE(
            spec.properties.value(QStringLiteral("nodeSelector"))->typeName(), QStringLiteral("map[string]string"));
        QCOMPARE(spec.properties.value(QStringLiteral("overhead"))->typeName(), QStringLiteral("map[string]Quantity"));
        const SchemaNode &container = spec.properties.value(QStringLiteral("containers"))->resolved().items->resolved();
        QVERIFY(container.required.contains(QStringLiteral("name")));
        QCOMPARE(container.properties.value(QStringLiteral("imagePullPolicy"))->resolved().enumValues,
            (QStringList { QStringLiteral("Always"), QStringLiteral("IfNotPresent"), QStringLiteral("Never") }));
        const SchemaNode &probe = container.properties.value(QStringLiteral("livenessProbe"))->resolved();
        const SchemaNode &httpGet = probe.properties.value(QStringLiteral("httpGet"))->resolved();
        QCOMPARE(httpGet.properties.value(QStringLiteral("port"))->typeName(), QStringLiteral("IntOrString"));
        QVERIFY(schemas->kinds().contains(QStringLiteral("CronJob")));
        QVERIFY(!schemas->kinds().contains(QStringLiteral("WatchEvent"))); // many GVKs: not a resource
        QVERIFY(
            schemas->kindsOf(QStringLiteral("rbac.authorization.k8s.io/v1")).contains(QStringLiteral("ClusterRole")));
    }

    void toBundleFromBundle_roundTripKeepsKindsVersionAndCompleteness()
    {
        const QByteArray bundle = SchemaSet::toBundle(
            { { QStringLiteral("apis/example.com/v1"), gadgetDocument() } }, QStringLiteral("v1.99.0"), true);
        auto loaded = SchemaSet::fromBundle(bundle);
        QVERIFY(loaded);
        const auto schemas = *loaded;
        QCOMPARE(schemas->kubernetesVersion(), QStringLiteral("v1.99.0"));
        QVERIFY(schemas->isComplete());
        const SchemaNode *gadget = schemas->kind(QStringLiteral("example.com/v1"), QStringLiteral("Gadget"));
        QVERIFY(gadget);
        const SchemaNode *spec = gadget->resolved().properties.value(QStringLiteral("spec"));
        QCOMPARE(spec->effectiveDescription(), QStringLiteral("Its spec.")); // the property's own, not the type's
        QCOMPARE(spec->typeName(), QStringLiteral("GadgetSpec"));
        QCOMPARE(spec->resolved().properties.value(QStringLiteral("parts"))->typeName(), QStringLiteral("[]string"));
        QVERIFY(!SchemaSet::fromBundle("not a bundle"));

        // List keys survive the bundle: for merging live edits item by item.
        QVERIFY(schemas->describesListKeys());
        const auto &properties = spec->resolved().properties;
        QCOMPARE(properties.value(QStringLiteral("slots"))->listMapKeys,
            (QStringList { QStringLiteral("id"), QStringLiteral("zone") }));
        QCOMPARE(properties.value(QStringLiteral("older"))->listMapKeys, QStringList { QStringLiteral("key") });
        QVERIFY(properties.value(QStringLiteral("parts"))->listMapKeys.isEmpty());
    }

    void fromBundle_writtenBeforeListKeys_saysSo()
    {
        const QJsonObject old { { QStringLiteral("kubernetesVersion"), QStringLiteral("v1.36.3") },
            { QStringLiteral("documents"),
                QJsonObject { { QStringLiteral("apis/example.com/v1"), gadgetDocument() } } } };
        const auto loaded = SchemaSet::fromBundle(QJsonDocument(old).toJson(QJsonDocument::Compact));
        QVERIFY(loaded);
        QVERIFY(!(*loaded)->describesListKeys());
    }

    void bundled_keepsListKeysOfPodSpec()
    {
        const auto schemas = SchemaSet::bundled();
        QVERIFY(schemas && schemas->describesListKeys());
        const SchemaNode &spec = schemas->named(QStringLiteral("io.k8s.api.core.v1.PodSpec"))->resolved();
        QCOMPARE(
            spec.properties.value(QStringLiteral("containers"))->listMapKeys, QStringList { QStringLiteral("name") });
        QVERIFY(spec.properties.value(QStringLiteral("tolerations"))->listMapKeys.isEmpty());
        const SchemaNode &container = schemas->named(QStringLiteral("io.k8s.api.core.v1.Container"))->resolved();
        QCOMPARE(container.properties.value(QStringLiteral("ports"))->listMapKeys,
            (QStringList { QStringLiteral("containerPort"), QStringLiteral("protocol") }));
    }

    void fromDirectory_openApiDocumentsAndCrds()
    {
        QTemporaryDir dir;
        QFile json(dir.filePath(QStringLiteral("gadget.json")));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(QJsonDocument(gadgetDocument()).toJson());
        json.close();
        QFile crd(dir.filePath(QStringLiteral("crd.yaml")));
        QVERIFY(crd.open(QIODevice::WriteOnly));
        crd.write("apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: "
                  "things.example.com\nspec:\n  group: example.com\n  names: {kind: Thing, plural: things}\n"
                  "  scope: Namespaced\n  versions:\n  - name: v2\n    served: true\n    storage: true\n    schema:\n"
                  "      openAPIV3Schema:\n        type: object\n        properties:\n          spec:\n"
                  "            type: object\n            x-kubernetes-preserve-unknown-fields: true\n");
        crd.close();
        auto loaded = SchemaSet::fromDirectory(dir.path());
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error()));
        const auto schemas = *loaded;
        QVERIFY(schemas->kind(QStringLiteral("example.com/v1"), QStringLiteral("Gadget")));
        const SchemaNode *thing = schemas->kind(QStringLiteral("example.com/v2"), QStringLiteral("Thing"));
        QVERIFY(thing);
        // A CRD's metadata is always ObjectMeta, whatever its schema says.
        QVERIFY(thing->resolved()
                    .properties.value(QStringLiteral("metadata"))
                    ->resolved()
                    .properties.contains(QStringLiteral("name")));
        QVERIFY(thing->resolved().properties.value(QStringLiteral("spec"))->resolved().preserveUnknownFields);
        QCOMPARE(schemas->apiVersionsOfKind(QStringLiteral("Thing")), QStringList { QStringLiteral("example.com/v2") });
        QVERIFY(!SchemaSet::fromDirectory(dir.filePath(QStringLiteral("missing"))));
    }

    void withCustomResources_overlayKeepsTheBase()
    {
        const auto base = SchemaSet::bundled();
        const QJsonObject crd = QJsonDocument::fromJson(R"({"apiVersion":"apiextensions.k8s.io/v1",
            "kind":"CustomResourceDefinition","spec":{"group":"x.io","names":{"kind":"Y"},
            "versions":[{"name":"v1","served":true,"schema":{"openAPIV3Schema":{"type":"object"}}},
                        {"name":"v0","served":false}]}})")
                                    .object();
        const auto overlay = SchemaSet::withCustomResources(base, { crd });
        QVERIFY(overlay != base);
        QVERIFY(overlay->kind(QStringLiteral("x.io/v1"), QStringLiteral("Y")));
        QVERIFY(!overlay->kind(QStringLiteral("x.io/v0"), QStringLiteral("Y"))); // not served
        QVERIFY(overlay->kind(QStringLiteral("apps/v1"), QStringLiteral("Deployment")));
        QCOMPARE(overlay->kubernetesVersion(), base->kubernetesVersion());
        QVERIFY(!base->kind(QStringLiteral("x.io/v1"), QStringLiteral("Y")));
        QCOMPARE(SchemaSet::withCustomResources(base, {}), base);
    }
};

QTEST_GUILESS_MAIN(TestSchemaSet)
#include "tst_schemaset.moc"
