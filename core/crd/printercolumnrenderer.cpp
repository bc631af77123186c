// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/crd/printercolumnrenderer.h"

#include "core/kinds/renderhelpers.h"

#include <QJsonArray>

#include <cmath>

namespace Sextant::Core {

using namespace RenderHelpers;

namespace {

const QLatin1String kCreationTimestamp(".metadata.creationTimestamp");

bool isStatusLike(const QString &name)
{
    static const QStringList names
        = { QStringLiteral("status"), QStringLiteral("phase"), QStringLiteral("ready"), QStringLiteral("state") };
    return names.contains(name.toLower());
}

} // namespace

Health conditionHealth(const QJsonObject &object)
{
    const QJsonObject status = RenderHelpers::object(object, "status");
    for (const char *type : { "Ready", "Available" }) {
        const QJsonObject c = condition(status, type);
        if (c.isEmpty()) {
            continue;
        }
        const QString value = string(c, "status");
        if (value == QLatin1String("True")) {
            return Health::Healthy;
        }
        return value == QLatin1String("False") ? Health::Warning : Health::Progressing;
    }
    return Health::Unknown;
}

PrinterColumnRenderer::PrinterColumnRenderer(const QList<PrinterColumn> &columns)
{
    // The API server serves an Age column when a version defines none.
    const QList<PrinterColumn> effective = columns.isEmpty()
        ? QList<PrinterColumn> { { QStringLiteral("Age"), QStringLiteral("date"), kCreationTimestamp, 0, {} } }
        : columns;
    for (const PrinterColumn &definition : effective) {
        Column column;
        column.definition = definition;
        column.title = definition.name.toUtf8();
        column.isAge = definition.type == QLatin1String("date") && definition.jsonPath.trimmed() == kCreationTimestamp;
        Expected<JsonPath, QString> path = JsonPath::parse(definition.jsonPath);
        if (path) {
            column.path = *path;
        } else {
            m_errors.append(path.error());
        }
        m_columns.append(column);
    }
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).definition.priority == 0 && isStatusLike(m_columns.at(i).definition.name)) {
            m_healthColumn = int(i) + 1;
            break;
        }
    }
}

QList<PrinterColumn> PrinterColumnRenderer::printerColumns(const QJsonObject &version)
{
    QList<PrinterColumn> columns;
    for (const QJsonValue &v : array(version, "additionalPrinterColumns")) {
        const QJsonObject c = v.toObject();
        columns.append({ string(c, "name"), string(c, "type"), string(c, "jsonPath"), int(integer(c, "priority")),
            string(c, "description") });
    }
    return columns;
}

PrinterColumnRenderer PrinterColumnRenderer::fromCrdVersion(const QJsonObject &version)
{
    return PrinterColumnRenderer(printerColumns(version));
}

QList<ColumnSpec> PrinterColumnRenderer::columns() const
{
    QList<ColumnSpec> specs { nameColumn() };
    specs.front().showsHealth = m_healthColumn == 0;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const Column &column = m_columns.at(i);
        const bool health = m_healthColumn == int(i) + 1;
        if (column.isAge && column.definition.name == QLatin1String("Age")) {
            specs.append(ageColumn());
            continue;
        }
        ColumnSpec spec { column.title.constData(), ColumnSpec::Type::Text, health };
        const QString &type = column.definition.type;
        if (column.isAge) {
            spec.type = ColumnSpec::Type::Age;
        } else if (type == QLatin1String("integer") || type == QLatin1String("number")) {
            spec.type = ColumnSpec::Type::Number;
        } else if (type == QLatin1String("date")) {
            spec.type = ColumnSpec::Type::Since;
        }
        specs.append(spec);
    }
    return specs;
}

QList<int> PrinterColumnRenderer::wideColumns() const
{
    QList<int> wide;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).definition.priority > 0) {
            wide.append(int(i) + 1);
        }
    }
    return wide;
}

QVariant PrinterColumnRenderer::cell(const Column &column, const QJsonObject &object) const
{
    if (!column.path) {
        return QString();
    }
    // The table convertor uses the first match only.
    const QList<QJsonValue> results = column.path->evaluate(object);
    const QString &type = column.definition.type;
    const QJsonValue value = results.isEmpty() ? QJsonValue() : results.front();
    const bool numeric = type == QLatin1String("integer") || type == QLatin1String("number");
    if (value.isNull() || value.isUndefined()) {
        return numeric ? QVariant() : QVariant(QString());
    }
    if (type == QLatin1String("integer")) {
        return value.isDouble() ? QVariant(qint64(value.toDouble())) : QVariant();
    }
    if (type == QLatin1String("number")) {
        return value.isDouble() ? QVariant(value.toDouble()) : QVariant();
    }
    if (type == QLatin1String("boolean")) {
        return value.isBool() ? QVariant(JsonPath::printValue(value)) : QVariant(QString());
    }
    if (type == QLatin1String("date")) {
        if (!value.isString()) {
            return QString();
        }
        const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        return time.isValid() ? QVariant(time) : QVariant(QStringLiteral("<invalid>"));
    }
    if (type == QLatin1String("string")) {
        return JsonPath::printValue(value);
    }
    return QString(); // an unknown type: the API server leaves the cell empty
}

RenderedRow PrinterColumnRenderer::render(const QJsonObject &object) const
{
    RenderedRow row;
    row.created = creationTime(object);
    row.health = conditionHealth(object);
    row.cells.reserve(m_columns.size() + 1);
    row.cells.append(objectName(object));
    for (const Column &column : m_columns) {
        row.cells.append(column.isAge ? QVariant() : cell(column, object));
    }
    return row;
}

QString PrinterColumnRenderer::kubectlText(const QVariant &cell, const QDateTime &now)
{
    switch (cell.typeId()) {
    case QMetaType::LongLong:
        return QString::number(cell.toLongLong());
    case QMetaType::Double:
        return JsonPath::goFloat(cell.toDouble());
    case QMetaType::QDateTime:
        return humanDuration(cell.toDateTime().secsTo(now));
    default:
        return cell.toString();
    }
}

} // namespace Sextant::Core
