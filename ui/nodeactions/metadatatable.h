// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/nodeactions/roweditor.h"

#include <QMap>

namespace Sextant::Ui {

// Labels or annotations as key/value rows, each checked as the apiserver
// checks it, with the reason next to the row.
class MetadataTable final : public RowEditor {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetadataTable)

public:
    enum class Field { Labels, Annotations };
    enum Column { KeyColumn, ValueColumn, ProblemColumn, ColumnCount };

    explicit MetadataTable(Field field, QWidget *parent = nullptr);

    Field field() const { return m_field; }
    void setEntries(const QMap<QString, QString> &entries);
    // The rows as a map (empty keys skipped; on duplicates the last wins).
    QMap<QString, QString> entries() const;
    // Every problem, "key: problem"; empty when the entries may be sent.
    QStringList problems() const;

    int addRow(const QString &key = {}, const QString &value = {});
    void setKey(int row, const QString &key);
    void setValue(int row, const QString &value);
    int rowOf(const QString &key) const;

private:
    int addEmptyRow() override { return addRow(); }
    void validateRows() override;
    QStringList rowProblems(int row, const QMap<QString, int> &keyCounts) const;
    QMap<QString, int> keyCounts() const;
    QString keyAt(int row) const;

    Field m_field = Field::Labels;
};

} // namespace Sextant::Ui
