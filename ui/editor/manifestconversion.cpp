// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/manifestconversion.h"

#include "core/util/yamlwriter.h"
#include "core/yaml/yamldocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sextant::Ui {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("Sextant::Ui::ManifestConversion", text);
}

} // namespace

ConversionResult yamlToJson(const QByteArray &utf8)
{
    const Core::YamlParseResult parsed = Core::parseYaml(utf8);
    for (const Core::Diagnostic &diagnostic : parsed.diagnostics) {
        if (diagnostic.severity == Core::Diagnostic::Severity::Error) {
            return { false, {},
                translate("Cannot convert: line %1, column %2: %3")
                    .arg(diagnostic.line)
                    .arg(diagnostic.column)
                    .arg(diagnostic.message) };
        }
    }
    QJsonArray values;
    for (const Core::YamlDocument &document : parsed.documents) {
        if (!document.value.isNull() && !document.value.isUndefined()) {
            values.append(document.value);
        }
    }
    QJsonDocument json;
    if (values.size() == 1 && values.first().isObject()) {
        json.setObject(values.first().toObject());
    } else if (values.size() == 1 && values.first().isArray()) {
        json.setArray(values.first().toArray());
    } else if (values.size() > 1) {
        json.setObject(QJsonObject {
            { QStringLiteral("apiVersion"), QStringLiteral("v1") },
            { QStringLiteral("kind"), QStringLiteral("List") },
            { QStringLiteral("items"), values },
        });
    } else {
        return { false, {}, translate("Cannot convert: the file has no object or list to write as JSON.") };
    }
    return { true, QString::fromUtf8(json.toJson(QJsonDocument::Indented)), {} };
}

ConversionResult jsonToYaml(const QByteArray &utf8)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        const Core::YamlPosition position = Core::positionOfOffset(utf8, qMin<qsizetype>(error.offset, utf8.size()));
        return { false, {},
            translate("Cannot convert: line %1, column %2: %3")
                .arg(position.line)
                .arg(position.column)
                .arg(error.errorString()) };
    }
    const QJsonValue value = json.isObject() ? QJsonValue(json.object()) : QJsonValue(json.array());
    return { true, Core::toYaml(value), {} };
}

} // namespace Sextant::Ui
