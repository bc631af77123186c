// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/yaml/schemaset.h"

#include "core/yaml/yamldocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMap>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QVersionNumber>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSchemaSet, "sextant.core.yaml.schemas")

namespace Sextant::Core {

namespace {

constexpr int MaxSchemaDepth = 256;
const QString QuantityName = QStringLiteral("io.k8s.apimachinery.pkg.api.resource.Quantity");
const QString ObjectMetaName = QStringLiteral("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta");
const QString RefPrefix = QStringLiteral("#/components/schemas/");

QString kindKey(const QString &apiVersion, const QString &kind)
{
    return apiVersion + QLatin1Char('\n') + kind;
}

// Keeps what validation, completion and hover use (same list as tools/refresh-schemas.sh).
QJsonObject reduceSchema(const QJsonObject &schema)
{
    static const QSet<QString> keep { QStringLiteral("type"), QStringLiteral("description"),
        QStringLiteral("properties"), QStringLiteral("required"), QStringLiteral("enum"), QStringLiteral("items"),
        QStringLiteral("additionalProperties"), QStringLiteral("$ref"), QStringLiteral("allOf"),
        QStringLiteral("oneOf"), QStringLiteral("anyOf"), QStringLiteral("format"), QStringLiteral("nullable"),
        QStringLiteral("x-kubernetes-int-or-string"), QStringLiteral("x-kubernetes-preserve-unknown-fields"),
        QStringLiteral("x-kubernetes-embedded-resource"), QStringLiteral("x-kubernetes-group-version-kind"),
        QStringLiteral("x-kubernetes-list-map-keys"), QStringLiteral("x-kubernetes-patch-merge-key"),
        QStringLiteral("x-kubernetes-patch-strategy") };
    QJsonObject out;
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        if (!keep.contains(it.key())) {
            continue;
        }
        if (it.key() == QLatin1String("properties")) {
            QJsonObject properties;
            const QJsonObject in = it.value().toObject();
            for (auto p = in.begin(); p != in.end(); ++p) {
                properties.insert(p.key(), reduceSchema(p.value().toObject()));
            }
            out.insert(it.key(), properties);
        } else if ((it.key() == QLatin1String("items") || it.key() == QLatin1String("additionalProperties"))
            && it.value().isObject()) {
            out.insert(it.key(), reduceSchema(it.value().toObject()));
        } else if (it.key() == QLatin1String("allOf") || it.key() == QLatin1String("oneOf")
            || it.key() == QLatin1String("anyOf")) {
            QJsonArray list;
            const QJsonArray in = it.value().toArray();
            for (const QJsonValue &sub : in) {
                list.append(reduceSchema(sub.toObject()));
            }
            out.insert(it.key(), list);
        } else {
            out.insert(it.key(), it.value());
        }
    }
    return out;
}

QString shortTypeName(const QString &componentName)
{
    return componentName.mid(componentName.lastIndexOf(QLatin1Char('.')) + 1);
}

} // namespace

const SchemaNode &SchemaNode::resolved() const
{
    const SchemaNode *node = this;
    for (int hops = 0; node->ref != nullptr && hops < 32; ++hops) {
        node = node->ref;
    }
    return *node;
}

QString SchemaNode::effectiveDescription() const
{
    const SchemaNode *node = this;
    for (int hops = 0; node != nullptr && hops < 32; ++hops, node = node->ref) {
        if (!node->description.isEmpty()) {
            return node->description;
        }
    }
    return {};
}

bool SchemaNode::isMap() const
{
    const SchemaNode &r = resolved();
    return r.type == Type::Object && r.properties.isEmpty()
        && (r.additionalProperties != nullptr || r.additionalPropertiesAllowed);
}

QString SchemaNode::typeName() const
{
    const SchemaNode &r = resolved();
    switch (r.type) {
    case Type::Any:
        return QStringLiteral("any");
    case Type::String:
        return r.enumValues.isEmpty() ? QStringLiteral("string") : QStringLiteral("string (enum)");
    case Type::Integer:
        return QStringLiteral("integer");
    case Type::Number:
        return QStringLiteral("number");
    case Type::Boolean:
        return QStringLiteral("boolean");
    case Type::IntOrString:
        return QStringLiteral("IntOrString");
    case Type::Quantity:
        return QStringLiteral("Quantity");
    case Type::Array:
        return QStringLiteral("[]") + (r.items ? r.items->typeName() : QStringLiteral("any"));
    case Type::Object:
        if (isMap()) {
            return QStringLiteral("map[string]")
                + (r.additionalProperties ? r.additionalProperties->typeName() : QStringLiteral("any"));
        }
        return r.name.isEmpty() ? QStringLiteral("Object") : shortTypeName(r.name);
    }
    return {};
}

struct SchemaSet::Data {
    std::shared_ptr<const SchemaSet> base;
    std::deque<SchemaNode> nodes;
    QHash<QString, SchemaNode *> named;
    QHash<QString, const SchemaNode *> kinds; // kindKey -> root
    QMap<QString, QStringList> kindVersions; // Kind -> apiVersions
    QSet<QString> apiVersions;
    QSet<QString> groups;
    QString version;
    bool complete = false;
    bool listKeys = true;

    SchemaNode *create()
    {
        nodes.emplace_back();
        return &nodes.back();
    }

    SchemaNode *namedNode(const QString &name)
    {
        SchemaNode *&node = named[name];
        if (node == nullptr) {
            node = create();
            node->name = name;
        }
        return node;
    }

    // Resolves a $ref against this set, then the base chain.
    const SchemaNode *lookup(const QString &name)
    {
        if (SchemaNode *own = named.value(name)) {
            return own;
        }
        if (base) {
            if (const SchemaNode *inherited = base->named(name)) {
                return inherited;
            }
        }
        return namedNode(name);
    }

    void fill(SchemaNode *node, const QJsonObject &s, int depth)
    {
        if (depth > MaxSchemaDepth) {
            return;
        }
        const QString description = s.value(QLatin1String("description")).toString();
        if (!description.isEmpty()) {
            node->description = description;
        }
        QString refName = s.value(QLatin1String("$ref")).toString();
        if (refName.isEmpty()) {
            const QJsonArray allOf = s.value(QLatin1String("allOf")).toArray();
            for (const QJsonValue &part : allOf) {
                refName = part.toObject().value(QLatin1String("$ref")).toString();
                if (!refName.isEmpty()) {
                    break;
                }
            }
        }
        if (!refName.isEmpty()) {
            node->ref = lookup(refName.startsWith(RefPrefix) ? refName.mid(RefPrefix.size()) : refName);
        }
        node->format = s.value(QLatin1String("format")).toString();
        node->nullable = s.value(QLatin1String("nullable")).toBool();
        node->preserveUnknownFields = s.value(QLatin1String("x-kubernetes-preserve-unknown-fields")).toBool();
        node->embeddedResource = s.value(QLatin1String("x-kubernetes-embedded-resource")).toBool();
        const QString type = s.value(QLatin1String("type")).toString();
        if (node->name == QuantityName) {
            node->type = SchemaNode::Type::Quantity;
        } else if (node->format == QLatin1String("int-or-string")
            || s.value(QLatin1String("x-kubernetes-int-or-string")).toBool()) {
            node->type = SchemaNode::Type::IntOrString;
        } else if (type == QLatin1String("object")) {
            node->type = SchemaNode::Type::Object;
        } else if (type == QLatin1String("array")) {
            node->type = SchemaNode::Type::Array;
        } else if (type == QLatin1String("string")) {
            node->type = SchemaNode::Type::String;
        } else if (type == QLatin1String("integer")) {
            node->type = SchemaNode::Type::Integer;
        } else if (type == QLatin1String("number")) {
            node->type = SchemaNode::Type::Number;
        } else if (type == QLatin1String("boolean")) {
            node->type = SchemaNode::Type::Boolean;
        } else if (s.contains(QLatin1String("properties"))) {
            node->type = SchemaNode::Type::Object;
        }
        const QJsonArray enumValues = s.value(QLatin1String("enum")).toArray();
        for (const QJsonValue &v : enumValues) {
            node->enumValues.append(v.isString() ? v.toString() : v.toVariant().toString());
        }
        const QJsonArray mapKeys = s.value(QLatin1String("x-kubernetes-list-map-keys")).toArray();
        for (const QJsonValue &v : mapKeys) {
            node->listMapKeys.append(v.toString());
        }
        const QString patchMergeKey = s.value(QLatin1String("x-kubernetes-patch-merge-key")).toString();
        if (node->listMapKeys.isEmpty() && !patchMergeKey.isEmpty()
            && s.value(QLatin1String("x-kubernetes-patch-strategy"))
                   .toString()
                   .split(QLatin1Char(','))
                   .contains(QLatin1String("merge"))) {
            node->listMapKeys.append(patchMergeKey);
        }
        const QJsonArray required = s.value(QLatin1String("required")).toArray();
        for (const QJsonValue &v : required) {
            node->required.append(v.toString());
        }
        const QJsonObject properties = s.value(QLatin1String("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            SchemaNode *child = create();
            fill(child, it.value().toObject(), depth + 1);
            node->properties.insert(it.key(), child);
        }
        const QJsonValue items = s.value(QLatin1String("items"));
        if (items.isObject()) {
            SchemaNode *child = create();
            fill(child, items.toObject(), depth + 1);
            node->items = child;
        }
        const QJsonValue additional = s.value(QLatin1String("additionalProperties"));
        if (additional.isObject()) {
            SchemaNode *child = create();
            fill(child, additional.toObject(), depth + 1);
            node->additionalProperties = child;
        } else if (additional.isBool()) {
            node->additionalPropertiesAllowed = additional.toBool();
        }
    }

    void addKind(const GroupVersionKind &gvk, const SchemaNode *root)
    {
        const QString apiVersion = gvk.apiVersion();
        kinds.insert(kindKey(apiVersion, gvk.kind), root);
        QStringList &versions = kindVersions[gvk.kind];
        if (!versions.contains(apiVersion)) {
            versions.append(apiVersion);
            versions.sort();
        }
        apiVersions.insert(apiVersion);
        groups.insert(gvk.group);
    }

    void addOpenApiDocument(const QJsonObject &document)
    {
        const QJsonObject schemas
            = document.value(QLatin1String("components")).toObject().value(QLatin1String("schemas")).toObject();
        for (auto it = schemas.begin(); it != schemas.end(); ++it) {
            SchemaNode *node = namedNode(it.key());
            if (node->type != SchemaNode::Type::Any || node->ref != nullptr || !node->properties.isEmpty()
                || !node->description.isEmpty()) {
                continue; // defined by an earlier document: the same schema
            }
            const QJsonObject schema = it.value().toObject();
            fill(node, schema, 0);
            const QJsonArray gvks = schema.value(QLatin1String("x-kubernetes-group-version-kind")).toArray();
            // Kinds with one GVK are resources; DeleteOptions and WatchEvent list every group.
            if (gvks.size() == 1 && node->properties.contains(QStringLiteral("metadata"))) {
                const QJsonObject gvk = gvks.first().toObject();
                addKind(
                    GroupVersionKind { gvk.value(QLatin1String("group")).toString(),
                        gvk.value(QLatin1String("version")).toString(), gvk.value(QLatin1String("kind")).toString() },
                    node);
            }
        }
    }

    void addCustomResourceDefinition(const QJsonObject &crd)
    {
        const QJsonObject spec = crd.value(QLatin1String("spec")).toObject();
        const QString group = spec.value(QLatin1String("group")).toString();
        const QString kind = spec.value(QLatin1String("names")).toObject().value(QLatin1String("kind")).toString();
        if (group.isEmpty() || kind.isEmpty()) {
            return;
        }
        const QJsonArray versions = spec.value(QLatin1String("versions")).toArray();
        for (const QJsonValue &v : versions) {
            const QJsonObject version = v.toObject();
            if (!version.value(QLatin1String("served")).toBool(true)) {
                continue;
            }
            const QJsonObject schema
                = version.value(QLatin1String("schema")).toObject().value(QLatin1String("openAPIV3Schema")).toObject();
            SchemaNode *root = create();
            if (schema.isEmpty()) {
                root->type = SchemaNode::Type::Object;
                root->preserveUnknownFields = true;
            } else {
                fill(root, schema, 0);
            }
            root->type = SchemaNode::Type::Object;
            root->name
                = group + QLatin1Char('.') + version.value(QLatin1String("name")).toString() + QLatin1Char('.') + kind;
            // Every object has these, whatever the CRD author wrote.
            for (const char *field : { "apiVersion", "kind" }) {
                if (!root->properties.contains(QLatin1String(field))) {
                    SchemaNode *s = create();
                    s->type = SchemaNode::Type::String;
                    root->properties.insert(QLatin1String(field), s);
                }
            }
            SchemaNode *metadata = create();
            metadata->ref = lookup(ObjectMetaName);
            metadata->description = QStringLiteral("Standard object's metadata.");
            root->properties.insert(QStringLiteral("metadata"), metadata);
            addKind(GroupVersionKind { group, version.value(QLatin1String("name")).toString(), kind }, root);
        }
    }
};

SchemaSet::SchemaSet()
    : d(std::make_unique<Data>())
{
}

SchemaSet::~SchemaSet() = default;

QString SchemaSet::kubernetesVersion() const
{
    if (d->version.isEmpty() && d->base) {
        return d->base->kubernetesVersion();
    }
    return d->version;
}

bool SchemaSet::isComplete() const
{
    return d->complete || (d->base && d->base->isComplete());
}

bool SchemaSet::describesListKeys() const
{
    return d->listKeys;
}

const SchemaNode *SchemaSet::kind(const QString &apiVersion, const QString &kind) const
{
    if (const SchemaNode *own = d->kinds.value(kindKey(apiVersion, kind))) {
        return own;
    }
    return d->base ? d->base->kind(apiVersion, kind) : nullptr;
}

bool SchemaSet::knowsApiVersion(const QString &apiVersion) const
{
    return d->apiVersions.contains(apiVersion) || (d->base && d->base->knowsApiVersion(apiVersion));
}

bool SchemaSet::knowsGroup(const QString &group) const
{
    return d->groups.contains(group) || (d->base && d->base->knowsGroup(group));
}

QStringList SchemaSet::apiVersionsOfKind(const QString &kind) const
{
    QStringList versions = d->kindVersions.value(kind);
    if (d->base) {
        versions += d->base->apiVersionsOfKind(kind);
    }
    versions.removeDuplicates();
    versions.sort();
    return versions;
}

QStringList SchemaSet::kinds() const
{
    QStringList all = d->kindVersions.keys();
    if (d->base) {
        all += d->base->kinds();
    }
    all.removeDuplicates();
    all.sort();
    return all;
}

QStringList SchemaSet::kindsOf(const QString &apiVersion) const
{
    QStringList out;
    for (auto it = d->kindVersions.begin(); it != d->kindVersions.end(); ++it) {
        if (it.value().contains(apiVersion)) {
            out.append(it.key());
        }
    }
    if (d->base) {
        out += d->base->kindsOf(apiVersion);
    }
    out.removeDuplicates();
    out.sort();
    return out;
}

QStringList SchemaSet::apiVersions() const
{
    QStringList all(d->apiVersions.begin(), d->apiVersions.end());
    if (d->base) {
        all += d->base->apiVersions();
    }
    all.removeDuplicates();
    all.sort();
    return all;
}

const SchemaNode *SchemaSet::named(const QString &name) const
{
    if (const SchemaNode *own = d->named.value(name)) {
        return own;
    }
    return d->base ? d->base->named(name) : nullptr;
}

std::shared_ptr<const SchemaSet> SchemaSet::fromOpenApi(
    const QList<QJsonObject> &documents, const QString &kubernetesVersion)
{
    auto set = std::make_shared<SchemaSet>();
    set->d->version = kubernetesVersion;
    for (const QJsonObject &document : documents) {
        set->d->addOpenApiDocument(document);
    }
    return set;
}

Expected<std::shared_ptr<const SchemaSet>, QString> SchemaSet::fromBundle(const QByteArray &data)
{
    const QByteArray json = data.startsWith('{') ? data : qUncompress(data);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject()) {
        return makeUnexpected(json.isEmpty() ? tr("not a schema bundle (cannot decompress)")
                                             : tr("not a schema bundle: %1").arg(error.errorString()));
    }
    const QJsonObject bundle = document.object();
    const QJsonObject documents = bundle.value(QLatin1String("documents")).toObject();
    QList<QJsonObject> list;
    for (auto it = documents.begin(); it != documents.end(); ++it) {
        list.append(it.value().toObject());
    }
    auto set = std::make_shared<SchemaSet>();
    set->d->version = bundle.value(QLatin1String("kubernetesVersion")).toString();
    set->d->complete = bundle.value(QLatin1String("complete")).toBool();
    set->d->listKeys = bundle.value(QLatin1String("listKeys")).toBool();
    for (const QJsonObject &document : std::as_const(list)) {
        set->d->addOpenApiDocument(document);
    }
    return std::shared_ptr<const SchemaSet>(std::move(set));
}

QByteArray SchemaSet::toBundle(
    const QMap<QString, QJsonObject> &documents, const QString &kubernetesVersion, bool complete)
{
    QJsonObject reducedDocuments;
    for (auto it = documents.begin(); it != documents.end(); ++it) {
        const QJsonObject schemas
            = it.value().value(QLatin1String("components")).toObject().value(QLatin1String("schemas")).toObject();
        QJsonObject reduced;
        for (auto s = schemas.begin(); s != schemas.end(); ++s) {
            reduced.insert(s.key(), reduceSchema(s.value().toObject()));
        }
        reducedDocuments.insert(it.key(),
            QJsonObject { { QStringLiteral("components"), QJsonObject { { QStringLiteral("schemas"), reduced } } } });
    }
    const QJsonObject bundle { { QStringLiteral("kubernetesVersion"), kubernetesVersion },
        { QStringLiteral("source"), QStringLiteral("/openapi/v3") }, { QStringLiteral("complete"), complete },
        { QStringLiteral("listKeys"), true }, { QStringLiteral("documents"), reducedDocuments } };
    return qCompress(QJsonDocument(bundle).toJson(QJsonDocument::Compact), 9);
}

std::shared_ptr<const SchemaSet> SchemaSet::withCustomResources(
    std::shared_ptr<const SchemaSet> base, const QList<QJsonObject> &crds)
{
    if (crds.isEmpty()) {
        return base;
    }
    auto set = std::make_shared<SchemaSet>();
    set->d->listKeys = base->describesListKeys();
    set->d->base = std::move(base);
    for (const QJsonObject &crd : crds) {
        set->d->addCustomResourceDefinition(crd);
    }
    return set;
}

QStringList SchemaSet::bundledVersions()
{
    QStringList versions;
    const QStringList files = QDir(QStringLiteral(":/schemas")).entryList({ QStringLiteral("kubernetes-*.json.z") });
    for (const QString &file : files) {
        versions.append(file.mid(11, file.size() - 11 - 7));
    }
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) < QVersionNumber::fromString(b);
    });
    return versions;
}

std::shared_ptr<const SchemaSet> SchemaSet::bundled(const QString &minorVersion)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const SchemaSet>> cache;
    const QStringList versions = bundledVersions();
    if (versions.isEmpty()) {
        qCWarning(lcSchemaSet) << "no bundled schemas";
        return nullptr;
    }
    QString wanted = versions.last();
    if (!minorVersion.isEmpty()) {
        const QVersionNumber v = QVersionNumber::fromString(QString(minorVersion).remove(QLatin1Char('v')));
        wanted = QStringLiteral("%1.%2").arg(v.majorVersion()).arg(v.minorVersion());
        if (!versions.contains(wanted)) {
            return nullptr;
        }
    }
    QMutexLocker lock(&mutex);
    if (auto cached = cache.value(wanted)) {
        return cached;
    }
    QFile file(QStringLiteral(":/schemas/kubernetes-%1.json.z").arg(wanted));
    if (!file.open(QIODevice::ReadOnly)) {
        return nullptr;
    }
    auto loaded = fromBundle(file.readAll());
    if (!loaded) {
        qCWarning(lcSchemaSet) << "bundled schemas for" << wanted << "unusable:" << loaded.error();
        return nullptr;
    }
    cache.insert(wanted, *loaded);
    return *loaded;
}

Expected<std::shared_ptr<const SchemaSet>, QString> SchemaSet::fromDirectory(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists()) {
        return makeUnexpected(tr("%1: no such directory").arg(directory));
    }
    QList<QJsonObject> documents;
    QList<QJsonObject> crds;
    QString version;
    const auto collectCrds = [&crds](const QJsonValue &value) {
        const QJsonObject object = value.toObject();
        const QString kind = object.value(QLatin1String("kind")).toString();
        if (kind == QLatin1String("CustomResourceDefinition")) {
            crds.append(object);
        } else if (kind == QLatin1String("List") || kind.endsWith(QLatin1String("List"))) {
            const QJsonArray items = object.value(QLatin1String("items")).toArray();
            for (const QJsonValue &item : items) {
                if (item.toObject().value(QLatin1String("kind")).toString()
                    == QLatin1String("CustomResourceDefinition")) {
                    crds.append(item.toObject());
                }
            }
        }
    };
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &entry : entries) {
        QFile file(entry.filePath());
        if (entry.size() > 64 * 1024 * 1024 || !file.open(QIODevice::ReadOnly)) {
            return makeUnexpected(tr("%1: cannot read").arg(entry.filePath()));
        }
        const QByteArray data = file.readAll();
        const QString name = entry.fileName();
        if (name.endsWith(QLatin1String(".json.z"))) {
            const QJsonObject bundle = QJsonDocument::fromJson(qUncompress(data)).object();
            if (bundle.isEmpty()) {
                return makeUnexpected(tr("%1: not a schema bundle").arg(entry.filePath()));
            }
            if (version.isEmpty()) {
                version = bundle.value(QLatin1String("kubernetesVersion")).toString();
            }
            const QJsonObject docs = bundle.value(QLatin1String("documents")).toObject();
            for (auto it = docs.begin(); it != docs.end(); ++it) {
                documents.append(it.value().toObject());
            }
        } else if (name.endsWith(QLatin1String(".json"))) {
            const QJsonObject object = QJsonDocument::fromJson(data).object();
            if (object.contains(QLatin1String("components"))) {
                documents.append(object);
            } else {
                collectCrds(object);
            }
        } else if (name.endsWith(QLatin1String(".yaml")) || name.endsWith(QLatin1String(".yml"))) {
            const YamlParseResult parsed = parseYaml(data);
            for (const YamlDocument &document : parsed.documents) {
                collectCrds(document.value);
            }
        }
    }
    std::shared_ptr<const SchemaSet> base;
    if (!documents.isEmpty()) {
        base = fromOpenApi(documents, version.isEmpty() ? QDir(directory).dirName() : version);
    } else {
        base = bundled();
    }
    if (!base) {
        return makeUnexpected(tr("%1: no schemas found").arg(directory));
    }
    return withCustomResources(base, crds);
}

} // namespace Sextant::Core
