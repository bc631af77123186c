// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/nodeactions/roweditor.h"

#include "ui/nodeactions/nodeactionsupport.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sextant::Ui {

RowEditor::RowEditor(const QStringList &headers, const QString &addName, const QString &removeName, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, int(headers.size()), this))
    , m_buttons(new QHBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);

    auto *addButton = new QPushButton(tr("&Add"), this);
    addButton->setObjectName(QStringLiteral("addButton"));
    addButton->setAccessibleName(addName);
    auto *removeButton = new QPushButton(tr("&Remove"), this);
    removeButton->setObjectName(QStringLiteral("removeButton"));
    removeButton->setAccessibleName(removeName);
    m_buttons->addWidget(addButton);
    m_buttons->addWidget(removeButton);
    m_buttons->addStretch();
    layout->addLayout(m_buttons);

    connect(addButton, &QPushButton::clicked, this, [this] {
        const int row = addEmptyRow();
        m_table->setCurrentCell(row, 0);
        m_table->editItem(m_table->item(row, 0));
    });
    connect(removeButton, &QPushButton::clicked, this, [this] {
        const QList<int> rows = NodeActionSupport::selectedRowsLastFirst(m_table);
        const Filling filling(this);
        for (int row : rows) {
            m_table->removeRow(row);
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &RowEditor::changed);
}

int RowEditor::rowCount() const
{
    return m_table->rowCount();
}

void RowEditor::removeRow(int row)
{
    m_table->removeRow(row);
    changed();
}

QString RowEditor::problemAt(int row) const
{
    return textAt(row, m_table->columnCount() - 1);
}

int RowEditor::appendRow(const QStringList &texts)
{
    const Filling filling(this);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column = 0; column < m_table->columnCount(); ++column) {
        auto *item = new QTableWidgetItem(texts.value(column));
        if (column == m_table->columnCount() - 1) {
            item->setFlags(Qt::ItemIsEnabled);
            item->setForeground(NodeActionSupport::problemColor());
        }
        m_table->setItem(row, column, item);
    }
    return row;
}

QString RowEditor::textAt(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text() : QString();
}

void RowEditor::setText(int row, int column, const QString &text)
{
    if (QTableWidgetItem *item = m_table->item(row, column)) {
        item->setText(text);
    }
}

void RowEditor::setProblem(int row, const QString &text, const QList<int> &badColumns)
{
    const Filling filling(this);
    const int problemColumn = m_table->columnCount() - 1;
    for (int column = 0; column < problemColumn; ++column) {
        if (QTableWidgetItem *item = m_table->item(row, column)) {
            const bool bad = badColumns.contains(column);
            item->setBackground(bad ? QBrush(NodeActionSupport::problemBackground()) : QBrush());
            item->setToolTip(bad ? text : item->text());
        }
    }
    setText(row, problemColumn, text);
    m_table->item(row, problemColumn)->setToolTip(text);
}

void RowEditor::changed()
{
    if (m_filling) {
        return;
    }
    m_filling = true;
    validateRows();
    m_filling = false;
    Q_EMIT edited();
}

RowEditor::Filling::Filling(RowEditor *editor)
    : m_editor(editor)
    , m_was(std::exchange(editor->m_filling, true))
{
}

RowEditor::Filling::~Filling()
{
    m_editor->m_filling = m_was;
    if (!m_was) {
        m_editor->changed();
    }
}

} // namespace Sextant::Ui
