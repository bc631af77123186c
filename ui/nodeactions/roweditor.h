// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QHBoxLayout;
class QTableWidget;

namespace Sextant::Ui {

// A table of editable rows with Add and Remove buttons and a last, read-only
// "Problem" column that says what is wrong with each row. Subclasses define
// the columns and the validation; edited() fires after every user change.
class RowEditor : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowEditor)

public:
    QTableWidget *tableWidget() const { return m_table; }
    // The row with Add and Remove, for callers' own buttons (Reload).
    QHBoxLayout *buttonRow() const { return m_buttons; }
    int rowCount() const;
    void removeRow(int row);
    QString problemAt(int row) const;

Q_SIGNALS:
    void edited();

protected:
    RowEditor(const QStringList &headers, const QString &addName, const QString &removeName, QWidget *parent);

    // An empty row for Add; returns its index.
    virtual int addEmptyRow() = 0;
    // Writes every row's problems (setProblem) after a change.
    virtual void validateRows() = 0;

    // Appends a row of plain items (the problem cell read-only) and returns it.
    int appendRow(const QStringList &texts);
    QString textAt(int row, int column) const;
    void setText(int row, int column, const QString &text);
    void setProblem(int row, const QString &text, const QList<int> &badColumns);
    // Runs validateRows() and edited() unless rows are being filled in.
    void changed();

    // Batches row changes: validateRows() and edited() run once, after.
    class Filling {
    public:
        explicit Filling(RowEditor *editor);
        ~Filling();
        Q_DISABLE_COPY_MOVE(Filling)

    private:
        RowEditor *m_editor;
        bool m_was;
    };

private:
    QTableWidget *m_table = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    bool m_filling = false;
};

} // namespace Sextant::Ui
