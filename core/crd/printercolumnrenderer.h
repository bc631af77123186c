// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/crd/jsonpath.h"
#include "core/kinds/kindrenderer.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace Sextant::Core {

// One entry of a CRD version's additionalPrinterColumns.
struct PrinterColumn {
    QString name;
    QString type; // string, integer, number, boolean, date
    QString jsonPath;
    int priority = 0; // > 0: kubectl shows it only with -o wide
    QString description;
};

// A custom resource kind shown as the API server's table convertor and
// `kubectl get` show it: Name, then each printer column (or Age alone when the
// CRD has none). The namespace column is the model's (setShowNamespace).
// Cells: integer columns hold qint64, number columns double, date columns
// a QDateTime (ColumnSpec::Type::Since; "<invalid>" when unparsable), a date
// column on .metadata.creationTimestamp is the Age column; every other cell
// is the text kubectl prints. A value that is missing or of the wrong type is
// an empty cell, as kubectl prints it.
class PrinterColumnRenderer final : public KindRenderer {
public:
    explicit PrinterColumnRenderer(const QList<PrinterColumn> &columns);
    // From one entry of spec.versions[] of a CustomResourceDefinition.
    static PrinterColumnRenderer fromCrdVersion(const QJsonObject &version);
    static QList<PrinterColumn> printerColumns(const QJsonObject &version);

    QList<ColumnSpec> columns() const override;
    RenderedRow render(const QJsonObject &object) const override;

    // Renderer columns (indexes into columns()) that kubectl shows only with -o wide.
    QList<int> wideColumns() const;
    // Printer columns whose JSONPath did not parse, with the reason; their cells stay empty.
    QStringList errors() const { return m_errors; }
    // A cell as kubectl prints it (numbers as Go formats them, dates as ages).
    static QString kubectlText(const QVariant &cell, const QDateTime &now);

private:
    struct Column {
        PrinterColumn definition;
        std::optional<JsonPath> path;
        QByteArray title; // ColumnSpec keeps a const char *
        bool isAge = false;
    };
    QVariant cell(const Column &column, const QJsonObject &object) const;

    QList<Column> m_columns;
    int m_healthColumn = 0; // renderer column that shows health
    QStringList m_errors;
};

// Ready, else Available, condition of status.conditions; Unknown without one.
Health conditionHealth(const QJsonObject &object);

} // namespace Sextant::Core
