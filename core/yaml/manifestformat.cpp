// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/yaml/manifestformat.h"

#include "core/kubeconfig/kubeconfigyaml_p.h"
#include "core/util/yamlwriter.h"
#include "core/yaml/yamldocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sextant::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sextant::Core", text);
}

FormatResult failure(const Diagnostics &diagnostics)
{
    FormatResult result;
    result.diagnostics = diagnostics;
    return result;
}

FormatResult failure(const QString &message, int line = 1, int column = 1)
{
    Diagnostic d;
    d.line = line;
    d.column = column;
    d.message = message;
    return failure(Diagnostics { d });
}

// The text of lines [first, last] (1-based) of utf8.
QByteArray lineRange(const QByteArray &utf8, int first, int last)
{
    qsizetype begin = 0;
    for (int line = 1; line < first && begin >= 0; ++line) {
        begin = utf8.indexOf('\n', begin);
        begin = begin < 0 ? utf8.size() : begin + 1;
    }
    qsizetype end = begin;
    for (int line = first; line <= last && end < utf8.size(); ++line) {
        const qsizetype newline = utf8.indexOf('\n', end);
        end = newline < 0 ? utf8.size() : newline + 1;
    }
    return utf8.mid(begin, end - begin);
}

} // namespace

FormatResult formatYaml(const QByteArray &utf8, bool sortKeys)
{
    // The guarded parser first: it refuses what yaml-cpp would choke on.
    const YamlParseResult parsed = parseYaml(utf8);
    if (parsed.hasErrors()) {
        return failure(parsed.diagnostics);
    }
    QByteArray out;
    for (const YamlDocument &document : parsed.documents) {
        if (!out.isEmpty()) {
            out += "---\n";
        }
        if (sortKeys) {
            out += toYaml(document.value).toUtf8();
            continue;
        }
        // One document per Load: never LoadAll, which hangs on some input in yaml-cpp 0.7.0.
        const QByteArray text = lineRange(utf8, document.firstLine, document.lastLine);
        auto node = KubeconfigYaml::load(text, QString());
        if (!node) {
            return failure(tr("could not be formatted: %1").arg(node.error().message), document.firstLine);
        }
        auto emitted = KubeconfigYaml::emit(*node, QString());
        if (!emitted) {
            return failure(tr("could not be formatted: %1").arg(emitted.error().message), document.firstLine);
        }
        out += *emitted;
    }
    FormatResult result;
    result.ok = true;
    result.text = out;
    return result;
}

FormatResult yamlToJson(const QByteArray &utf8)
{
    const YamlParseResult parsed = parseYaml(utf8);
    if (parsed.hasErrors()) {
        return failure(parsed.diagnostics);
    }
    QJsonValue value;
    if (parsed.documents.size() == 1) {
        value = parsed.documents.first().value;
    } else {
        QJsonArray items;
        for (const YamlDocument &document : parsed.documents) {
            items.append(document.value);
        }
        value = QJsonObject { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
            { QStringLiteral("kind"), QStringLiteral("List") }, { QStringLiteral("items"), items } };
    }
    FormatResult result;
    result.ok = true;
    if (value.isObject()) {
        result.text = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    } else if (value.isArray()) {
        result.text = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    } else {
        // A bare scalar: wrap and unwrap, QJsonDocument only holds containers.
        const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
        result.text = wrapped.mid(1, wrapped.size() - 2) + '\n';
    }
    return result;
}

FormatResult jsonToYaml(const QByteArray &json, bool itemsAsDocuments)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (document.isNull()) {
        const YamlPosition at = positionOfOffset(json, error.offset);
        return failure(tr("invalid JSON: %1").arg(error.errorString()), at.line, at.column);
    }
    FormatResult result;
    result.ok = true;
    if (document.isArray()) {
        result.text = toYaml(document.array()).toUtf8();
        return result;
    }
    const QJsonObject object = document.object();
    if (itemsAsDocuments && object.value(QLatin1String("kind")).toString().endsWith(QLatin1String("List"))) {
        QList<QJsonObject> items;
        const QJsonArray array = object.value(QLatin1String("items")).toArray();
        for (const QJsonValue &item : array) {
            items.append(item.toObject());
        }
        result.text = toYamlDocuments(items).toUtf8();
        return result;
    }
    result.text = toYaml(object).toUtf8();
    return result;
}

} // namespace Sextant::Core
