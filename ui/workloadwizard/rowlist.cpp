// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/rowlist.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sextant::Ui {

RowList::RowList(Factory factory, const QString &addText, QWidget *parent)
    : QWidget(parent)
    , m_factory(std::move(factory))
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(addText, this))
{
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(m_rowsLayout);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] { addRow(); });
}

FormRow *RowList::addRow()
{
    auto *holder = new QWidget(this);
    FormRow *row = m_factory(holder);
    auto *remove = new QToolButton(holder);
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove"));
    remove->setAccessibleName(tr("Remove"));
    auto *layout = new QHBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row, 1);
    layout->addWidget(remove, 0, Qt::AlignTop);
    m_rowsLayout->addWidget(holder);
    m_rows.append(row);
    connect(row, &FormRow::changed, this, &RowList::changed);
    connect(remove, &QToolButton::clicked, this, [this, row] { removeRow(row); });
    Q_EMIT changed();
    return row;
}

void RowList::removeRow(FormRow *row)
{
    if (!m_rows.removeOne(row)) {
        return;
    }
    QWidget *holder = row->parentWidget();
    holder->hide();
    holder->deleteLater();
    Q_EMIT changed();
}

void RowList::clear()
{
    const QList<FormRow *> rows = m_rows;
    for (FormRow *row : rows) {
        removeRow(row);
    }
}

QJsonArray RowList::toJson() const
{
    QJsonArray values;
    for (const FormRow *row : m_rows) {
        const QJsonValue value = row->toJson();
        if (!value.isNull() && !value.isUndefined()) {
            values.append(value);
        }
    }
    return values;
}

void RowList::load(const QJsonArray &values)
{
    clear();
    for (const QJsonValue &value : values) {
        addRow()->load(value);
    }
}

bool RowList::isValid() const
{
    for (const FormRow *row : m_rows) {
        if (!row->isValid()) {
            return false;
        }
    }
    return true;
}

} // namespace Sextant::Ui
