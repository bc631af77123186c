// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/apply/applyplan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>

Q_LOGGING_CATEGORY(lcApplyPlan, "sextant.core.applyplan")

namespace Sextant::Core {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("Sextant::Core", text);
}

QJsonObject metadataOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata")).toObject();
}

// "apps/v1" -> ("apps", "v1"); "v1" -> ("", "v1").
std::pair<QString, QString> splitApiVersion(const QString &apiVersion)
{
    const qsizetype slash = apiVersion.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return { QString(), apiVersion };
    return { apiVersion.left(slash), apiVersion.mid(slash + 1) };
}

bool isCrd(const QJsonObject &object)
{
    return object.value(QLatin1String("kind")).toString() == QLatin1String("CustomResourceDefinition")
        && splitApiVersion(object.value(QLatin1String("apiVersion")).toString()).first
        == QLatin1String("apiextensions.k8s.io");
}

// A kind the file itself defines with a CRD, so the file can be applied in one go.
std::optional<ApiResource> fromCrds(
    const QList<QJsonObject> &crds, const QString &group, const QString &version, const QString &kind)
{
    for (const QJsonObject &crd : crds) {
        const QJsonObject spec = crd.value(QLatin1String("spec")).toObject();
        const QJsonObject names = spec.value(QLatin1String("names")).toObject();
        if (spec.value(QLatin1String("group")).toString() != group
            || names.value(QLatin1String("kind")).toString() != kind)
            continue;
        ApiResource resource;
        resource.group = group;
        resource.version = version;
        resource.kind = kind;
        resource.resource = names.value(QLatin1String("plural")).toString();
        resource.namespaced = spec.value(QLatin1String("scope")).toString() != QLatin1String("Cluster");
        if (!resource.resource.isEmpty())
            return resource;
    }
    return std::nullopt;
}

ApplyObject objectFrom(const YamlDocument &document, const QJsonObject &value, const QString &prefix)
{
    ApplyObject object;
    object.object = value;
    object.document = document.index;
    object.firstLine = document.firstLine;
    object.pathPrefix = prefix;
    object.positions = document.positions;
    if (!prefix.isEmpty())
        object.firstLine = document.location(prefix.chopped(1)).value.line;
    if (object.firstLine <= 0)
        object.firstLine = document.firstLine;
    return object;
}

// Server-side apply names list items by key: containers[name="c"], ports[containerPort=80,protocol="TCP"],
// finalizers[="x"]. The editor's positions use indexes: containers[0].
QString withListIndexes(const QJsonValue &root, const QString &path)
{
    static const QRegularExpression segment(QStringLiteral(R"re(\.?([^.\[]+)|\[([^\]]*)\])re"));
    QString result;
    QJsonValue current = root;
    for (auto it = segment.globalMatch(path); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength(1) > 0) {
            const QString key = match.captured(1);
            result = appendPathKey(result, key);
            current = current.toObject().value(key);
            continue;
        }
        const QString inside = match.captured(2);
        bool isNumber = false;
        const int number = inside.toInt(&isNumber);
        if (isNumber || !inside.contains(QLatin1Char('='))) {
            // A plain index, or a map key the apiserver put in brackets.
            if (isNumber && current.isArray()) {
                result = appendPathIndex(result, number);
                current = current.toArray().at(number);
            } else {
                result = appendPathKey(result, inside);
                current = current.toObject().value(inside);
            }
            continue;
        }
        // key=value pairs; values are JSON (strings quoted, numbers bare).
        QList<std::pair<QString, QJsonValue>> keys;
        for (const QString &pair : inside.split(QLatin1Char(','))) {
            const qsizetype equals = pair.indexOf(QLatin1Char('='));
            const QByteArray json = "[" + pair.mid(equals + 1).toUtf8() + "]";
            keys.append({ pair.left(equals), QJsonDocument::fromJson(json).array().at(0) });
        }
        const QJsonArray items = current.toArray();
        qsizetype found = -1;
        for (qsizetype i = 0; i < items.size() && found < 0; ++i) {
            bool all = true;
            for (const auto &[key, value] : keys) {
                const QJsonValue item = key.isEmpty() ? items.at(i) : items.at(i).toObject().value(key);
                all = all && item == value;
            }
            if (all)
                found = i;
        }
        if (found < 0)
            return result; // the nearest ancestor the file has
        result = appendPathIndex(result, found);
        current = items.at(found);
    }
    return result;
}

} // namespace

QString ApplyObject::apiVersion() const
{
    return object.value(QLatin1String("apiVersion")).toString();
}

QString ApplyObject::kind() const
{
    return object.value(QLatin1String("kind")).toString();
}

QString ApplyObject::name() const
{
    return metadataOf(object).value(QLatin1String("name")).toString();
}

QString ApplyObject::namespaceName() const
{
    return metadataOf(object).value(QLatin1String("namespace")).toString();
}

QString ApplyObject::displayName() const
{
    const QString kindName = kind().isEmpty() ? translate("(no kind)") : kind();
    const QString objectName = name().isEmpty() ? translate("(no name)") : name();
    const QString ns = namespaceName();
    if (ns.isEmpty())
        return kindName + QLatin1Char(' ') + objectName;
    return kindName + QLatin1Char(' ') + ns + QLatin1Char('/') + objectName;
}

YamlPosition ApplyObject::positionOf(const QString &fieldPath) const
{
    const QString path = withListIndexes(object, fieldPath);
    YamlDocument lookup;
    lookup.firstLine = firstLine;
    lookup.positions = positions;
    const YamlLocation location = lookup.location(pathPrefix + path);
    YamlPosition position = location.key.isValid() ? location.key : location.value;
    if (!position.isValid())
        position = YamlPosition { firstLine, 1 };
    return position;
}

Diagnostics ApplyObject::diagnosticsFor(const ApiError &error) const
{
    Diagnostics diagnostics;
    for (const StatusCause &cause : error.causes) {
        if (cause.field.isEmpty())
            continue;
        const YamlPosition position = positionOf(cause.field);
        Diagnostic diagnostic;
        diagnostic.line = position.line;
        diagnostic.column = std::max(1, position.column);
        diagnostic.severity = Diagnostic::Severity::Error;
        diagnostic.message
            = cause.message.isEmpty() ? error.message : cause.field + QStringLiteral(": ") + cause.message;
        diagnostic.path = cause.field;
        diagnostic.document = document;
        diagnostics.append(diagnostic);
    }
    if (diagnostics.isEmpty()) {
        Diagnostic diagnostic;
        diagnostic.line = firstLine;
        diagnostic.message = error.message;
        diagnostic.document = document;
        diagnostics.append(diagnostic);
    }
    return diagnostics;
}

ResourceLookup lookupIn(const QList<ApiResource> &resources)
{
    return
        [resources](const QString &group, const QString &version, const QString &kind) -> std::optional<ApiResource> {
            const ApiResource *sameKind = nullptr;
            for (const ApiResource &resource : resources) {
                if (resource.group != group || resource.kind != kind || resource.resource.contains(QLatin1Char('/')))
                    continue;
                if (resource.version == version)
                    return resource;
                if (!sameKind || resource.preferred)
                    sameKind = &resource;
            }
            if (!sameKind)
                return std::nullopt;
            // The version is not served: the server will say so, on the version the file asked for.
            ApiResource asked = *sameKind;
            asked.version = version;
            return asked;
        };
}

int applyOrderRank(const QString &apiVersion, const QString &kind)
{
    const QString group = splitApiVersion(apiVersion).first;
    if (group.isEmpty() && kind == QLatin1String("Namespace"))
        return 0;
    if (group == QLatin1String("apiextensions.k8s.io") && kind == QLatin1String("CustomResourceDefinition"))
        return 1;
    return 2;
}

QList<ApplyObject> planApply(
    const QList<YamlDocument> &documents, const ResourceLookup &lookup, const QString &defaultNamespace)
{
    QList<ApplyObject> objects;
    for (const YamlDocument &document : documents) {
        if (document.value.isNull() || document.value.isUndefined()) {
            if (!document.parsed) {
                ApplyObject broken = objectFrom(document, {}, {});
                broken.problem = translate("This document has YAML errors; fix them first.");
                objects.append(broken);
            }
            continue;
        }
        if (!document.value.isObject()) {
            ApplyObject broken = objectFrom(document, {}, {});
            broken.problem = translate("This document is not an object (a mapping with apiVersion and kind).");
            objects.append(broken);
            continue;
        }
        const QJsonObject value = document.value.toObject();
        const QString kind = value.value(QLatin1String("kind")).toString();
        if (kind == QLatin1String("List") && value.value(QLatin1String("items")).isArray()) {
            const QJsonArray items = value.value(QLatin1String("items")).toArray();
            for (qsizetype i = 0; i < items.size(); ++i)
                objects.append(objectFrom(
                    document, items.at(i).toObject(), appendPathIndex(QStringLiteral("items"), i) + QLatin1Char('.')));
        } else {
            ApplyObject object = objectFrom(document, value, {});
            if (!document.parsed)
                object.problem = translate("This document has YAML errors; fix them first.");
            objects.append(object);
        }
    }

    QList<QJsonObject> crds;
    for (const ApplyObject &object : std::as_const(objects)) {
        if (isCrd(object.object))
            crds.append(object.object);
    }

    for (ApplyObject &object : objects) {
        if (!object.problem.isEmpty())
            continue;
        const QString apiVersion = object.apiVersion();
        const QString kind = object.kind();
        if (apiVersion.isEmpty() || kind.isEmpty()) {
            object.problem = translate("apiVersion and kind are required.");
            continue;
        }
        if (object.name().isEmpty()) {
            object.problem = metadataOf(object.object).contains(QLatin1String("generateName"))
                ? translate("metadata.generateName cannot be applied; give the object a metadata.name.")
                : translate("metadata.name is required.");
            continue;
        }
        const auto [group, version] = splitApiVersion(apiVersion);
        std::optional<ApiResource> resource = lookup ? lookup(group, version, kind) : std::nullopt;
        if (!resource)
            resource = fromCrds(crds, group, version, kind);
        if (!resource) {
            object.problem = translate("The cluster does not serve %1 in %2.").arg(kind, apiVersion);
            continue;
        }
        object.resource = ResourceRef { group, version, resource->resource, resource->namespaced };
        QJsonObject metadata = metadataOf(object.object);
        if (resource->namespaced && object.namespaceName().isEmpty())
            metadata.insert(QLatin1String("namespace"), defaultNamespace);
        else if (!resource->namespaced)
            metadata.remove(QLatin1String("namespace"));
        object.object.insert(QLatin1String("metadata"), metadata);
    }

    std::stable_sort(objects.begin(), objects.end(), [](const ApplyObject &a, const ApplyObject &b) {
        return applyOrderRank(a.apiVersion(), a.kind()) < applyOrderRank(b.apiVersion(), b.kind());
    });
    qCDebug(lcApplyPlan) << "planned" << objects.size() << "objects";
    return objects;
}

} // namespace Sextant::Core
