// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Kubernetes OpenAPI v3 schemas, reduced to what validation, completion and
// hover need. Immutable after loading: share one instance across threads.

#include "core/util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <deque>
#include <memory>

namespace Sextant::Core {

struct SchemaNode {
    enum class Type {
        Any, // no type: anything goes (JSON, oneOf, anyOf)
        Object,
        Array,
        String,
        Integer,
        Number,
        Boolean,
        IntOrString,
        Quantity,
    };
    Type type = Type::Any;
    QString name; // component name for named schemas, e.g. "io.k8s.api.core.v1.Container"
    QString description;
    QString format; // "int32", "date-time", "byte", ...
    const SchemaNode *ref = nullptr; // $ref (or allOf with one $ref): the real content lives there
    QHash<QString, const SchemaNode *> properties;
    QStringList required;
    QStringList enumValues;
    const SchemaNode *items = nullptr;
    const SchemaNode *additionalProperties = nullptr; // the type of map values
    bool additionalPropertiesAllowed = false; // additionalProperties: true
    bool preserveUnknownFields = false;
    bool embeddedResource = false;
    bool nullable = false;
    // For a list: the fields that identify an item (x-kubernetes-list-map-keys,
    // else the strategic merge patch key); empty: the list is one value.
    QStringList listMapKeys;

    // The node that carries the content: this one, or where its $ref chain leads.
    const SchemaNode &resolved() const;
    // Own description, else the referenced type's.
    QString effectiveDescription() const;
    // kubectl explain style: "string", "integer", "Object", "[]Container", "map[string]string", "Quantity".
    QString typeName() const;
    // Keys for a map (object with properties) or {}.
    bool isMap() const;
};

struct GroupVersionKind {
    QString group;
    QString version;
    QString kind;
    QString apiVersion() const { return group.isEmpty() ? version : group + QLatin1Char('/') + version; }
};

class SchemaSet {
    Q_DECLARE_TR_FUNCTIONS(Sextant::Core::SchemaSet)
public:
    SchemaSet();
    ~SchemaSet();
    SchemaSet(const SchemaSet &) = delete;
    SchemaSet &operator=(const SchemaSet &) = delete;

    // The schemas compiled into Sextant (resources/schemas/kubernetes-<minor>.json.z).
    // minorVersion "" = the newest bundled; "1.36" or "v1.36.3" pick by minor. nullptr if none.
    static std::shared_ptr<const SchemaSet> bundled(const QString &minorVersion = {});
    static QStringList bundledVersions(); // "1.36", ...

    // A directory of schemas: bundles (*.json.z as refresh-schemas.sh writes),
    // OpenAPI v3 documents (*.json with components.schemas, e.g. saved from
    // `kubectl get --raw /openapi/v3/apis/apps/v1`), and CustomResourceDefinition
    // manifests (*.yaml, *.yml, *.json).
    static Expected<std::shared_ptr<const SchemaSet>, QString> fromDirectory(const QString &directory);

    // OpenAPI v3 group-version documents (each with components.schemas).
    static std::shared_ptr<const SchemaSet> fromOpenApi(
        const QList<QJsonObject> &documents, const QString &kubernetesVersion);
    // A bundle as written by toBundle() / refresh-schemas.sh, qCompress'd or plain.
    static Expected<std::shared_ptr<const SchemaSet>, QString> fromBundle(const QByteArray &data);
    // Serialises OpenAPI documents (keyed by their /openapi/v3 path) as a compressed bundle,
    // keeping only what validation needs. Used for the on-disk cluster cache.
    // complete: the documents are everything a cluster serves (CRDs included), so a
    // kind missing from them is an error rather than "maybe a CRD we lack".
    static QByteArray toBundle(
        const QMap<QString, QJsonObject> &documents, const QString &kubernetesVersion, bool complete = false);

    // base plus the schemas of these CustomResourceDefinitions (served versions).
    static std::shared_ptr<const SchemaSet> withCustomResources(
        std::shared_ptr<const SchemaSet> base, const QList<QJsonObject> &crds);

    QString kubernetesVersion() const; // "v1.36.3"
    // True for a live cluster's schemas: every kind it serves is here.
    bool isComplete() const;
    // False for bundles written before list keys were kept: their lists all
    // look like single values (SchemaNode::listMapKeys is empty).
    bool describesListKeys() const;

    // The root schema of a kind, or nullptr.
    const SchemaNode *kind(const QString &apiVersion, const QString &kind) const;
    bool knowsApiVersion(const QString &apiVersion) const;
    // True when some apiVersion of this group is known (then an unknown kind is an error, not a CRD we lack).
    bool knowsGroup(const QString &group) const;
    QStringList apiVersionsOfKind(const QString &kind) const; // sorted
    QStringList kinds() const; // sorted, unique
    QStringList kindsOf(const QString &apiVersion) const;
    QStringList apiVersions() const;
    const SchemaNode *named(const QString &name) const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace Sextant::Core
