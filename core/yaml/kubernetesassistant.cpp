// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/yaml/kubernetesassistant.h"

#include "core/yaml/cursorcontext.h"
#include "core/yaml/manifestvalidator.h"
#include "core/yaml/schemaset.h"
#include "core/yaml/yamldocument.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVersionNumber>

#include <algorithm>

namespace Sextant::Core {

namespace {

bool sameMinor(const QString &a, const QString &b)
{
    const QVersionNumber va = QVersionNumber::fromString(QString(a).remove(QLatin1Char('v')));
    const QVersionNumber vb = QVersionNumber::fromString(QString(b).remove(QLatin1Char('v')));
    return !va.isNull() && va.majorVersion() == vb.majorVersion() && va.minorVersion() == vb.minorVersion();
}

// The schema at segments below root, or nullptr when the path leaves the schema.
const SchemaNode *descend(const SchemaNode *root, const QStringList &segments)
{
    const SchemaNode *node = root;
    for (const QString &segment : segments) {
        if (node == nullptr) {
            return nullptr;
        }
        const SchemaNode &r = node->resolved();
        if (segment == QLatin1String("[]")) {
            node = r.type == SchemaNode::Type::Array ? r.items : nullptr;
        } else if (const SchemaNode *child = r.properties.value(segment)) {
            node = child;
        } else {
            node = r.additionalProperties;
        }
    }
    return node;
}

} // namespace

KubernetesAssistant::KubernetesAssistant(std::shared_ptr<const SchemaSet> schemas)
    : m_default(std::move(schemas))
{
}

KubernetesAssistant::KubernetesAssistant(
    std::shared_ptr<const SchemaSet> schemas, QList<std::shared_ptr<const SchemaSet>> otherVersions)
    : m_default(std::move(schemas))
    , m_others(std::move(otherVersions))
{
}

KubernetesAssistant::~KubernetesAssistant() = default;

std::shared_ptr<const SchemaSet> KubernetesAssistant::schemas(const QString &kubernetesVersion) const
{
    if (kubernetesVersion.isEmpty() || (m_default && sameMinor(m_default->kubernetesVersion(), kubernetesVersion))) {
        return m_default;
    }
    for (const auto &other : m_others) {
        if (other && sameMinor(other->kubernetesVersion(), kubernetesVersion)) {
            return other;
        }
    }
    if (auto bundled = SchemaSet::bundled(kubernetesVersion)) {
        return bundled;
    }
    return nullptr;
}

Diagnostics KubernetesAssistant::validate(const QByteArray &utf8, const ValidationOptions &options) const
{
    Diagnostics diagnostics;
    std::shared_ptr<const SchemaSet> schemas = this->schemas(options.kubernetesVersion);
    if (!schemas) {
        schemas = m_default;
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.message = schemas ? tr("no schemas for Kubernetes %1; validated against %2")
                                  .arg(options.kubernetesVersion, schemas->kubernetesVersion())
                            : tr("no schemas for Kubernetes %1; not validated").arg(options.kubernetesVersion);
        diagnostics.append(d);
    }
    // CustomResourceDefinitions in the file describe the custom resources in it:
    // a first pass collects them, only when the text mentions one.
    QList<QJsonObject> crds;
    if (schemas && utf8.contains("CustomResourceDefinition")) {
        parseYamlDocuments(utf8, [&crds](YamlDocument &&document) {
            const QJsonObject object = document.value.toObject();
            if (object.value(QLatin1String("kind")).toString() == QLatin1String("CustomResourceDefinition")
                && object.value(QLatin1String("apiVersion"))
                       .toString()
                       .startsWith(QLatin1String("apiextensions.k8s.io/"))) {
                crds.append(object);
            }
        });
    }
    const std::shared_ptr<const SchemaSet> effective
        = schemas ? SchemaSet::withCustomResources(schemas, crds) : nullptr;
    // One document in memory at a time: a 20 MB file costs what its largest document does.
    diagnostics += parseYamlDocuments(utf8, [&diagnostics, &effective](YamlDocument &&document) {
        if (document.parsed && effective) { // a document with a syntax error is reported as such
            diagnostics += validateManifest(document, *effective);
        }
    });
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return diagnostics;
}

QList<CompletionItem> KubernetesAssistant::completions(const QByteArray &utf8, int line, int column) const
{
    QList<CompletionItem> items;
    if (!m_default) {
        return items;
    }
    const CursorContext context = cursorContext(utf8, line, column);
    const SchemaSet &schemas = *m_default;
    const auto matches = [&context](const QString &candidate) {
        return context.prefix.isEmpty() || candidate.startsWith(context.prefix, Qt::CaseInsensitive);
    };
    const bool atRoot = context.segments.isEmpty();
    if (context.inValue) {
        QStringList values;
        QString detail;
        if (atRoot && context.key == QLatin1String("apiVersion")) {
            values = context.kind.isEmpty() ? schemas.apiVersions() : schemas.apiVersionsOfKind(context.kind);
            detail = QStringLiteral("apiVersion");
        } else if (atRoot && context.key == QLatin1String("kind")) {
            values = context.apiVersion.isEmpty() || !schemas.knowsApiVersion(context.apiVersion)
                ? schemas.kinds()
                : schemas.kindsOf(context.apiVersion);
            detail = QStringLiteral("kind");
        } else if (const SchemaNode *root = schemas.kind(context.apiVersion, context.kind)) {
            const SchemaNode *field = descend(root, context.segments + QStringList { context.key });
            if (field != nullptr) {
                const SchemaNode &r = field->resolved();
                values = r.enumValues;
                if (r.type == SchemaNode::Type::Boolean) {
                    values = { QStringLiteral("true"), QStringLiteral("false") };
                }
                detail = field->typeName();
            }
        }
        for (const QString &value : std::as_const(values)) {
            if (matches(value)) {
                items.append(CompletionItem { value, value, detail, {} });
            }
        }
        return items;
    }
    const SchemaNode *object = nullptr;
    if (const SchemaNode *root = schemas.kind(context.apiVersion, context.kind)) {
        object = descend(root, context.segments);
    }
    QStringList keys;
    if (object != nullptr) {
        keys = object->resolved().properties.keys();
    } else if (atRoot) {
        keys = { QStringLiteral("apiVersion"), QStringLiteral("kind"), QStringLiteral("metadata") };
    }
    keys.sort();
    // apiVersion and kind first at the root: they decide everything else.
    if (atRoot) {
        for (const QString &first : { QStringLiteral("kind"), QStringLiteral("apiVersion") }) {
            if (keys.removeOne(first)) {
                keys.prepend(first);
            }
        }
    }
    const QString indent(context.indent, QLatin1Char(' '));
    for (const QString &key : std::as_const(keys)) {
        if (context.siblings.contains(key) || !matches(key)) {
            continue;
        }
        if (atRoot && key == QLatin1String("status")) {
            continue; // written by controllers, not people
        }
        const SchemaNode *field = object ? object->resolved().properties.value(key) : nullptr;
        CompletionItem item;
        item.label = key;
        item.detail = field ? field->typeName() : QString();
        item.documentation = field ? field->effectiveDescription() : QString();
        const SchemaNode::Type type = field ? field->resolved().type : SchemaNode::Type::String;
        if (type == SchemaNode::Type::Object && !field->isMap() && !field->resolved().properties.isEmpty()) {
            item.insertText = key + QStringLiteral(":\n") + indent + QStringLiteral("  ");
        } else if (type == SchemaNode::Type::Array) {
            // kubectl style: list items at the key's own indentation.
            item.insertText = key + QStringLiteral(":\n") + indent + QStringLiteral("- ");
        } else if (type == SchemaNode::Type::Object) {
            item.insertText = key + QStringLiteral(":\n") + indent + QStringLiteral("  ");
        } else {
            item.insertText = key + QStringLiteral(": ");
        }
        const bool required = object && object->resolved().required.contains(key);
        if (required) {
            item.detail += tr(" (required)");
        }
        items.append(item);
    }
    // Required fields first, then alphabetical (kept from keys order).
    std::stable_sort(items.begin(), items.end(), [](const CompletionItem &a, const CompletionItem &b) {
        return a.detail.endsWith(QLatin1String(")")) && !b.detail.endsWith(QLatin1String(")"));
    });
    return items;
}

std::optional<FieldHelp> KubernetesAssistant::help(const QByteArray &utf8, int line, int column) const
{
    if (!m_default) {
        return std::nullopt;
    }
    const CursorContext context = cursorContext(utf8, line, column);
    if (context.key.isEmpty()) {
        return std::nullopt;
    }
    const SchemaNode *root = m_default->kind(context.apiVersion, context.kind);
    FieldHelp help;
    help.path = displayPath(context.segments, context.key);
    if (root == nullptr) {
        if (context.segments.isEmpty()
            && (context.key == QLatin1String("apiVersion") || context.key == QLatin1String("kind"))) {
            help.type = QStringLiteral("string");
            help.required = true;
            help.description = context.key == QLatin1String("kind")
                ? tr("The kind of object, e.g. Deployment. With apiVersion it selects the schema.")
                : tr("The API group and version of the object, e.g. apps/v1.");
            return help;
        }
        return std::nullopt;
    }
    const SchemaNode *parent = descend(root, context.segments);
    const SchemaNode *field = descend(root, context.segments + QStringList { context.key });
    if (field == nullptr || parent == nullptr) {
        return std::nullopt;
    }
    help.type = field->typeName();
    help.description = field->effectiveDescription();
    help.required = parent->resolved().required.contains(context.key);
    help.enumValues = field->resolved().enumValues;
    return help;
}

std::shared_ptr<const ManifestAssistant> createBundledAssistant()
{
    static const auto assistant = std::make_shared<const KubernetesAssistant>(SchemaSet::bundled());
    return assistant;
}

} // namespace Sextant::Core
