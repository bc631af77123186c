// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/nodeactions/metadatatable.h"

#include "core/metadata/metadatavalidation.h"

#include <QTableWidget>

namespace Sextant::Ui {

namespace Validation = Core::MetadataValidation;

MetadataTable::MetadataTable(Field field, QWidget *parent)
    : RowEditor({ tr("Key"), tr("Value"), tr("Problem") },
        field == Field::Labels ? tr("Add a label") : tr("Add an annotation"), tr("Remove the selected rows"), parent)
    , m_field(field)
{
    tableWidget()->setObjectName(QStringLiteral("entries"));
    tableWidget()->setAccessibleName(field == Field::Labels ? tr("Labels") : tr("Annotations"));
    tableWidget()->setColumnWidth(KeyColumn, 260);
    tableWidget()->setColumnWidth(ValueColumn, 200);
}

void MetadataTable::setEntries(const QMap<QString, QString> &entries)
{
    const Filling filling(this);
    tableWidget()->setRowCount(0);
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        addRow(it.key(), it.value());
    }
}

int MetadataTable::addRow(const QString &key, const QString &value)
{
    return appendRow({ key, value });
}

void MetadataTable::setKey(int row, const QString &key)
{
    setText(row, KeyColumn, key);
}

void MetadataTable::setValue(int row, const QString &value)
{
    setText(row, ValueColumn, value);
}

int MetadataTable::rowOf(const QString &key) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (keyAt(row) == key) {
            return row;
        }
    }
    return -1;
}

QString MetadataTable::keyAt(int row) const
{
    return textAt(row, KeyColumn).trimmed();
}

QMap<QString, QString> MetadataTable::entries() const
{
    QMap<QString, QString> result;
    for (int row = 0; row < rowCount(); ++row) {
        const QString key = keyAt(row);
        if (!key.isEmpty()) {
            result.insert(key, textAt(row, ValueColumn));
        }
    }
    return result;
}

QMap<QString, int> MetadataTable::keyCounts() const
{
    QMap<QString, int> counts;
    for (int row = 0; row < rowCount(); ++row) {
        ++counts[keyAt(row)];
    }
    return counts;
}

QStringList MetadataTable::rowProblems(int row, const QMap<QString, int> &keyCounts) const
{
    const QString key = keyAt(row);
    QStringList problems = m_field == Field::Labels ? Validation::labelKey(key) : Validation::annotationKey(key);
    if (key.isEmpty()) {
        problems = QStringList { tr("a key is required") };
    }
    if (keyCounts.value(key) > 1) {
        problems.append(tr("the key appears more than once"));
    }
    if (m_field == Field::Labels) {
        problems += Validation::labelValue(textAt(row, ValueColumn));
    }
    return problems;
}

QStringList MetadataTable::problems() const
{
    const QMap<QString, int> counts = keyCounts();
    QStringList result;
    for (int row = 0; row < rowCount(); ++row) {
        const QStringList found = rowProblems(row, counts);
        for (const QString &problem : found) {
            result.append((keyAt(row).isEmpty() ? tr("(no key)") : keyAt(row)) + QStringLiteral(": ") + problem);
        }
    }
    if (m_field == Field::Annotations) {
        const qsizetype size = Validation::annotationsSize(entries());
        if (size > Validation::TotalAnnotationSizeLimit) {
            result.append(tr("annotations may not be more than %1 bytes in total (these are %2 bytes)")
                              .arg(Validation::TotalAnnotationSizeLimit)
                              .arg(size));
        }
    }
    return result;
}

void MetadataTable::validateRows()
{
    const QMap<QString, int> counts = keyCounts();
    for (int row = 0; row < rowCount(); ++row) {
        const QString key = keyAt(row);
        const bool keyBad
            = !(m_field == Field::Labels ? Validation::labelKey(key) : Validation::annotationKey(key)).isEmpty()
            || counts.value(key) > 1;
        const bool valueBad = m_field == Field::Labels && !Validation::labelValue(textAt(row, ValueColumn)).isEmpty();
        QList<int> bad;
        if (keyBad) {
            bad.append(KeyColumn);
        }
        if (valueBad) {
            bad.append(ValueColumn);
        }
        setProblem(row, rowProblems(row, counts).join(QStringLiteral("; ")), bad);
    }
}

} // namespace Sextant::Ui
