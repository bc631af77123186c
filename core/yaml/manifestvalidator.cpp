// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/yaml/manifestvalidator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace Sextant::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sextant::Core", text);
}

constexpr int MaxValidationDepth = 512;
// Alias expansion is bounded by the parser; this bounds our walk of what it built.
constexpr qint64 MaxNodesWalked = 2'000'000;

const QString SubdomainMessage = QStringLiteral(
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start "
    "and end with an alphanumeric character (e.g. 'example.com', regex used for validation is "
    "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");
const QString LabelMessage = QStringLiteral(
    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end "
    "with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is "
    "'[a-z0-9]([-a-z0-9]*[a-z0-9])?')");
const QString LabelValueMessage = QStringLiteral(
    "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start "
    "and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for "
    "validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')");
const QString QualifiedNameMessage = QStringLiteral(
    "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an "
    "alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is "
    "'([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')");

bool isDns1123Subdomain(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    return s.size() <= 253 && re.match(s).hasMatch();
}

bool isDns1123Label(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    return s.size() <= 63 && re.match(s).hasMatch();
}

QString labelValueProblem(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"));
    if (value.size() > 63) {
        return tr("must be no more than 63 characters");
    }
    return re.match(value).hasMatch() ? QString() : LabelValueMessage;
}

QString qualifiedNameProblem(const QString &key)
{
    static const QRegularExpression namePart(QStringLiteral("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$"));
    const QStringList parts = key.split(QLatin1Char('/'));
    if (parts.size() > 2) {
        return QualifiedNameMessage;
    }
    const QString name = parts.last();
    if (parts.size() == 2) {
        if (parts.first().isEmpty()) {
            return tr("prefix part must be non-empty");
        }
        if (!isDns1123Subdomain(parts.first())) {
            return tr("prefix part ") + SubdomainMessage;
        }
    }
    if (name.isEmpty()) {
        return tr("name part must be non-empty");
    }
    if (name.size() > 63) {
        return tr("name part must be no more than 63 characters");
    }
    return namePart.match(name).hasMatch() ? QString() : QualifiedNameMessage;
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return std::trunc(value.toDouble()) == value.toDouble() ? QStringLiteral("integer") : QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

QString shortValue(const QJsonValue &value)
{
    QString text;
    if (value.isString()) {
        text = QLatin1Char('"') + value.toString() + QLatin1Char('"');
    } else if (value.isDouble()) {
        text = QString::number(value.toDouble(), 'g', 17);
    } else if (value.isBool()) {
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    } else {
        text = jsonTypeName(value);
    }
    if (text.size() > 80) {
        text = text.left(77) + QStringLiteral("...");
    }
    return text;
}

bool isBase64(const QString &text)
{
    const QByteArray bytes = text.toLatin1();
    return QByteArray::fromBase64Encoding(bytes, QByteArray::AbortOnBase64DecodingErrors).decodingStatus
        == QByteArray::Base64DecodingStatus::Ok;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j) {
        previous[j] = int(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost });
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

class Validator {
    Q_DECLARE_TR_FUNCTIONS(Sextant::Core::Validator)
public:
    Validator(const YamlDocument &document, const SchemaSet &schemas, Diagnostics *out)
        : m_document(document)
        , m_schemas(schemas)
        , m_out(out)
    {
    }

    void run()
    {
        if (!m_document.value.isObject()) {
            if (!m_document.value.isNull() && !m_document.value.isUndefined()) {
                report(QString(), false,
                    tr("expected an object at the top level, found %1").arg(jsonTypeName(m_document.value)));
            }
            return;
        }
        validateObject(m_document.value.toObject(), QString());
    }

private:
    void validateObject(const QJsonObject &object, const QString &path)
    {
        const QJsonValue apiVersionValue = object.value(QLatin1String("apiVersion"));
        const QJsonValue kindValue = object.value(QLatin1String("kind"));
        const QString apiPath = appendPathKey(path, QStringLiteral("apiVersion"));
        const QString kindPath = appendPathKey(path, QStringLiteral("kind"));
        if (!apiVersionValue.isString() || apiVersionValue.toString().isEmpty()) {
            report(apiVersionValue.isUndefined() ? path : apiPath, false, tr("apiVersion not set"));
        }
        if (!kindValue.isString() || kindValue.toString().isEmpty()) {
            report(kindValue.isUndefined() ? path : kindPath, false, tr("kind not set"));
        }
        if (!apiVersionValue.isString() || !kindValue.isString() || apiVersionValue.toString().isEmpty()
            || kindValue.toString().isEmpty()) {
            return;
        }
        const QString apiVersion = apiVersionValue.toString();
        const QString kind = kindValue.toString();
        if (apiVersion == QLatin1String("v1") && kind == QLatin1String("List")) {
            // kubectl apply unrolls v1 Lists.
            const QJsonArray items = object.value(QLatin1String("items")).toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (items.at(i).isObject()) {
                    validateObject(
                        items.at(i).toObject(), appendPathIndex(appendPathKey(path, QStringLiteral("items")), i));
                }
            }
            return;
        }
        const SchemaNode *root = m_schemas.kind(apiVersion, kind);
        if (root == nullptr) {
            reportUnknownKind(apiVersion, kind, apiPath, kindPath);
            return;
        }
        validateValue(object, *root, path, 0);
        validateMetadata(object.value(QLatin1String("metadata")).toObject(), kind,
            appendPathKey(path, QStringLiteral("metadata")), object.contains(QLatin1String("metadata")));
        validateWorkload(object, apiVersion, kind, path);
    }

    void reportUnknownKind(
        const QString &apiVersion, const QString &kind, const QString &apiPath, const QString &kindPath)
    {
        const QStringList versions = m_schemas.apiVersionsOfKind(kind);
        const qsizetype slash = apiVersion.indexOf(QLatin1Char('/'));
        const QString group = slash < 0 ? QString() : apiVersion.left(slash);
        QString message = tr("no matches for kind \"%1\" in version \"%2\"").arg(kind, apiVersion);
        if (!versions.isEmpty()) {
            message += tr(" (kind %1 is served as apiVersion %2)").arg(kind, versions.join(QStringLiteral(", ")));
            report(apiPath, false, message);
            return;
        }
        if (m_schemas.knowsApiVersion(apiVersion)) {
            const QString near = nearestName(kind, m_schemas.kindsOf(apiVersion));
            if (!near.isEmpty()) {
                message += tr(" (did you mean kind \"%1\"?)").arg(near);
            }
            report(kindPath, false, message);
            return;
        }
        if (m_schemas.knowsGroup(group) || m_schemas.isComplete()) {
            if (m_schemas.isComplete()) {
                message += tr("; ensure CRDs are installed first");
            }
            report(apiPath, false, message);
            return;
        }
        // Probably a custom resource whose definition we do not have.
        report(kindPath, false,
            tr("no schema for kind \"%1\" in version \"%2\" (is its CustomResourceDefinition installed?); not "
               "validated")
                .arg(kind, apiVersion),
            Diagnostic::Severity::Warning);
    }

    // Walks value against schema. path is the value's field path.
    void validateValue(const QJsonValue &value, const SchemaNode &schema, const QString &path, int depth)
    {
        if (depth > MaxValidationDepth || ++m_walked > MaxNodesWalked) {
            return;
        }
        const SchemaNode &s = schema.resolved();
        if (value.isNull() || value.isUndefined()) {
            return; // null means "unset" to the apiserver
        }
        switch (s.type) {
        case SchemaNode::Type::Any:
            return;
        case SchemaNode::Type::Object:
            if (!value.isObject()) {
                typeError(path, value, QStringLiteral("object"));
                return;
            }
            validateFields(value.toObject(), s, path, depth);
            return;
        case SchemaNode::Type::Array: {
            if (!value.isArray()) {
                typeError(path, value, QStringLiteral("array"));
                return;
            }
            const QJsonArray array = value.toArray();
            if (s.items != nullptr) {
                for (qsizetype i = 0; i < array.size(); ++i) {
                    validateValue(array.at(i), *s.items, appendPathIndex(path, i), depth + 1);
                }
            }
            return;
        }
        case SchemaNode::Type::String:
            if (!value.isString()) {
                typeError(path, value, QStringLiteral("string"));
                return;
            }
            if (!s.enumValues.isEmpty() && !s.enumValues.contains(value.toString())) {
                QStringList quoted;
                for (const QString &e : s.enumValues) {
                    quoted.append(QLatin1Char('"') + e + QLatin1Char('"'));
                }
                report(path, true,
                    tr("%1: Unsupported value: %2: supported values: %3")
                        .arg(path, shortValue(value), quoted.join(QStringLiteral(", "))));
            } else if (s.format == QLatin1String("byte") && !isBase64(value.toString())) {
                report(path, true, tr("%1: Invalid value: %2: illegal base64 data").arg(path, shortValue(value)));
            }
            return;
        case SchemaNode::Type::Integer:
            if (!value.isDouble() || std::trunc(value.toDouble()) != value.toDouble()) {
                typeError(path, value, QStringLiteral("integer"));
            } else if (s.format == QLatin1String("int32")
                && (value.toDouble() > 2147483647.0 || value.toDouble() < -2147483648.0)) {
                report(path, true, tr("%1: Invalid value: %2: out of range for int32").arg(path, shortValue(value)));
            }
            return;
        case SchemaNode::Type::Number:
            if (!value.isDouble()) {
                typeError(path, value, QStringLiteral("number"));
            }
            return;
        case SchemaNode::Type::Boolean:
            if (!value.isBool()) {
                typeError(path, value, QStringLiteral("boolean"));
            }
            return;
        case SchemaNode::Type::IntOrString:
            if (!value.isString() && !(value.isDouble() && std::trunc(value.toDouble()) == value.toDouble())) {
                typeError(path, value, QStringLiteral("integer or string"));
            }
            return;
        case SchemaNode::Type::Quantity:
            if (value.isDouble()) {
                return;
            }
            if (!value.isString()) {
                typeError(path, value, QStringLiteral("quantity (string or number)"));
                return;
            }
            if (const QString problem = quantityProblem(value.toString()); !problem.isEmpty()) {
                report(path, true, tr("%1: Invalid value: %2: %3").arg(path, shortValue(value), problem));
            }
            return;
        }
    }

    void validateFields(const QJsonObject &object, const SchemaNode &s, const QString &path, int depth)
    {
        if (s.embeddedResource) {
            return; // a whole object (RawExtension-like): validated by whoever receives it
        }
        if (!s.properties.isEmpty()) {
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString childPath = appendPathKey(path, it.key());
                const SchemaNode *child = s.properties.value(it.key());
                if (child == nullptr) {
                    if (s.preserveUnknownFields) {
                        continue;
                    }
                    QString message = tr("unknown field \"%1\"").arg(childPath);
                    const QString near = nearestName(it.key(), s.properties.keys());
                    if (!near.isEmpty()) {
                        message += tr(" (did you mean \"%1\"?)").arg(near);
                    }
                    report(childPath, false, message, Diagnostic::Severity::Error, int(it.key().size()));
                    continue;
                }
                validateValue(it.value(), *child, childPath, depth + 1);
            }
            QStringList required = s.required;
            if (s.name == QLatin1String("io.k8s.api.core.v1.Container")) {
                required.append(QStringLiteral("image")); // enforced by apiserver validation, not the schema
            }
            for (const QString &field : std::as_const(required)) {
                if (!object.contains(field) || object.value(field).isNull()) {
                    report(path, false, tr("%1: Required value").arg(appendPathKey(path, field)));
                }
            }
            return;
        }
        if (s.additionalProperties != nullptr) {
            for (auto it = object.begin(); it != object.end(); ++it) {
                validateValue(it.value(), *s.additionalProperties, appendPathKey(path, it.key()), depth + 1);
            }
        }
    }

    void validateMetadata(const QJsonObject &metadata, const QString &kind, const QString &path, bool present)
    {
        const QString name = metadata.value(QLatin1String("name")).toString();
        const QString namePath = appendPathKey(path, QStringLiteral("name"));
        if (name.isEmpty() && metadata.value(QLatin1String("generateName")).toString().isEmpty()) {
            report(present ? path : QString(), false,
                tr("%1: Required value: name or generateName is required").arg(namePath));
        } else if (!name.isEmpty()) {
            if (const QString problem = nameProblem(kind, name); !problem.isEmpty()) {
                report(namePath, true, tr("%1: Invalid value: \"%2\": %3").arg(namePath, name, problem));
            }
        }
        const QJsonValue ns = metadata.value(QLatin1String("namespace"));
        if (ns.isString() && !ns.toString().isEmpty() && !isDns1123Label(ns.toString())) {
            const QString nsPath = appendPathKey(path, QStringLiteral("namespace"));
            report(nsPath, true, tr("%1: Invalid value: \"%2\": %3").arg(nsPath, ns.toString(), LabelMessage));
        }
        validateLabels(
            metadata.value(QLatin1String("labels")).toObject(), appendPathKey(path, QStringLiteral("labels")), true);
        const QJsonObject annotations = metadata.value(QLatin1String("annotations")).toObject();
        for (auto it = annotations.begin(); it != annotations.end(); ++it) {
            if (const QString problem = qualifiedNameProblem(it.key()); !problem.isEmpty()) {
                const QString keyPath = appendPathKey(appendPathKey(path, QStringLiteral("annotations")), it.key());
                report(keyPath, false,
                    tr("%1: Invalid value: \"%2\": %3")
                        .arg(appendPathKey(path, QStringLiteral("annotations")), it.key(), problem));
            }
        }
    }

    void validateLabels(const QJsonObject &labels, const QString &path, bool values)
    {
        for (auto it = labels.begin(); it != labels.end(); ++it) {
            const QString keyPath = appendPathKey(path, it.key());
            if (const QString problem = qualifiedNameProblem(it.key()); !problem.isEmpty()) {
                report(keyPath, false, tr("%1: Invalid value: \"%2\": %3").arg(path, it.key(), problem));
            }
            if (values && it.value().isString()) {
                if (const QString problem = labelValueProblem(it.value().toString()); !problem.isEmpty()) {
                    report(
                        keyPath, true, tr("%1: Invalid value: \"%2\": %3").arg(path, it.value().toString(), problem));
                }
            }
        }
    }

    // Rules the apiserver checks beyond the schema, which people trip over most.
    void validateWorkload(
        const QJsonObject &object, const QString &apiVersion, const QString &kind, const QString &path)
    {
        if (apiVersion != QLatin1String("apps/v1")
            || !(kind == QLatin1String("Deployment") || kind == QLatin1String("ReplicaSet")
                || kind == QLatin1String("StatefulSet") || kind == QLatin1String("DaemonSet"))) {
            return;
        }
        const QJsonObject spec = object.value(QLatin1String("spec")).toObject();
        const QJsonObject matchLabels
            = spec.value(QLatin1String("selector")).toObject().value(QLatin1String("matchLabels")).toObject();
        const QJsonObject labels = spec.value(QLatin1String("template"))
                                       .toObject()
                                       .value(QLatin1String("metadata"))
                                       .toObject()
                                       .value(QLatin1String("labels"))
                                       .toObject();
        if (!spec.contains(QLatin1String("selector")) || !spec.contains(QLatin1String("template"))) {
            return;
        }
        bool matches = spec.value(QLatin1String("selector")).toObject().contains(QLatin1String("matchExpressions"))
            || !matchLabels.isEmpty();
        for (auto it = matchLabels.begin(); it != matchLabels.end(); ++it) {
            if (labels.value(it.key()) != it.value()) {
                matches = false;
            }
        }
        if (!matches) {
            QString labelsPath = path;
            for (const char *segment : { "spec", "template", "metadata", "labels" }) {
                labelsPath = appendPathKey(labelsPath, QLatin1String(segment));
            }
            report(labelsPath, false,
                tr("%1: Invalid value: %2: `selector` does not match template `labels`")
                    .arg(labelsPath, QString::fromUtf8(QJsonDocument(labels).toJson(QJsonDocument::Compact))));
        }
    }

    void typeError(const QString &path, const QJsonValue &value, const QString &expected)
    {
        report(path, true,
            tr("%1: Invalid type: expected %2, got %3 %4").arg(path, expected, jsonTypeName(value), shortValue(value)));
    }

    // atValue: underline the value (wrong type, bad value) rather than the key.
    void report(const QString &path, bool atValue, const QString &message,
        Diagnostic::Severity severity = Diagnostic::Severity::Error, int length = 0)
    {
        const YamlLocation location = m_document.location(path);
        YamlPosition at = atValue && location.value.isValid() ? location.value : location.key;
        if (!at.isValid()) {
            at = location.value.isValid() ? location.value : YamlPosition { m_document.firstLine, 1 };
        }
        Diagnostic d;
        d.line = at.line;
        d.column = at.column;
        d.length = length;
        d.severity = severity;
        d.message = message;
        d.path = path;
        d.document = m_document.index;
        m_out->append(d);
    }

    const YamlDocument &m_document;
    const SchemaSet &m_schemas;
    Diagnostics *m_out;
    qint64 m_walked = 0;
};

} // namespace

QString nearestName(const QString &name, const QStringList &candidates)
{
    QString best;
    int bestDistance = std::max(2, int(name.size()) / 4) + 1;
    for (const QString &candidate : candidates) {
        const int distance = editDistance(name, candidate);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best;
}

QString nameProblem(const QString &kind, const QString &name)
{
    // Services take RFC 1123 labels since RelaxedServiceNameValidation (on in 1.36, which kube-sim runs).
    static const QStringList labelKinds { QStringLiteral("Namespace"), QStringLiteral("Service") };
    static const QStringList pathSegmentKinds { QStringLiteral("Role"), QStringLiteral("ClusterRole"),
        QStringLiteral("RoleBinding"), QStringLiteral("ClusterRoleBinding") };
    if (pathSegmentKinds.contains(kind)) {
        if (name == QLatin1String(".") || name == QLatin1String("..")) {
            return tr("may not be '%1'").arg(name);
        }
        for (const char *bad : { "/", "%" }) {
            if (name.contains(QLatin1String(bad))) {
                return tr("may not contain '%1'").arg(QLatin1String(bad));
            }
        }
        return {};
    }
    if (labelKinds.contains(kind)) {
        if (name.size() > 63) {
            return tr("must be no more than 63 characters");
        }
        return isDns1123Label(name) ? QString() : LabelMessage;
    }
    if (name.size() > 253) {
        return tr("must be no more than 253 characters");
    }
    return isDns1123Subdomain(name) ? QString() : SubdomainMessage;
}

QString quantityProblem(const QString &text)
{
    // apimachinery's ParseQuantity: number, then one suffix (binary SI, decimal SI or exponent).
    static const QRegularExpression re(
        QStringLiteral("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$"));
    if (re.match(text).hasMatch()) {
        return {};
    }
    return tr("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
}

Diagnostics validateManifest(const YamlDocument &document, const SchemaSet &schemas)
{
    Diagnostics out;
    Validator(document, schemas, &out).run();
    return out;
}

} // namespace Sextant::Core
