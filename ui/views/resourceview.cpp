// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/views/resourceview.h"

#include "core/models/resourcetablemodel.h"
#include "ui/delegates/healthdelegate.h"
#include "ui/widgets/pagetitle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace Sextant::Ui {

ResourceView::ResourceView(QWidget *parent)
    : QWidget(parent)
    , m_title(createPageTitle(QString(), this))
    , m_count(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_healthDelegate(new HealthDelegate(this))
{

    m_filter->setPlaceholderText(tr("Filter by name, status, node…"));
    m_filter->setAccessibleName(tr("Filter rows"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(280);
    m_filter->setMaximumWidth(360);

    m_table->setObjectName(QStringLiteral("resourceTableView"));
    m_table->setAccessibleName(tr("Resources"));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Uniform row heights: no per-row measuring, so 10k rows scroll smoothly.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(140);
    m_table->horizontalHeader()->setHighlightSections(false);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_count);
    header->addStretch(1);
    header->addWidget(m_filter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_model) {
            m_model->setTextFilter(text);
        }
    });
}

void ResourceView::setModel(Core::ResourceTableModel *model, const QString &title)
{
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    if (m_healthColumn >= 0) {
        m_table->setItemDelegateForColumn(m_healthColumn, nullptr);
    }
    m_model = model;
    m_title->setText(title);
    m_table->setModel(model);
    m_healthColumn = -1;
    if (model) {
        model->setTextFilter(m_filter->text());
        m_healthColumn = model->healthColumn();
        if (m_healthColumn >= 0) {
            m_table->setItemDelegateForColumn(m_healthColumn, m_healthDelegate);
        }
        m_table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
        fitColumns();
        for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved }) {
            connect(model, signal, this, &ResourceView::updateCount);
        }
        connect(model, &QAbstractItemModel::modelReset, this, &ResourceView::updateCount);
    }
    updateCount();
}

void ResourceView::setSyncing(bool syncing)
{
    const bool finished = m_syncing && !syncing;
    m_syncing = syncing;
    if (finished) {
        fitColumns();
    }
    updateCount();
}

void ResourceView::fitColumns()
{
    constexpr int kSampledRows = 50;
    constexpr int kMaxWidth = 420;
    constexpr int kMinWidth = 70;
    QHeaderView *header = m_table->horizontalHeader();
    header->setResizeContentsPrecision(kSampledRows);
    m_table->resizeColumnsToContents();
    // The last section stretches to the edge; sizing it would add a scroll bar.
    for (int column = 0; column + 1 < header->count(); ++column) {
        header->resizeSection(column, qBound(kMinWidth, header->sectionSize(column) + 16, kMaxWidth));
    }
}

void ResourceView::updateCount()
{
    if (!m_model) {
        m_count->clear();
        return;
    }
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    QString text = shown == total ? tr("%n item(s)", nullptr, total) : tr("%1 of %2 shown").arg(shown).arg(total);
    if (m_syncing) {
        text += QStringLiteral(" · ") + tr("loading…");
    }
    m_count->setText(text);
}

} // namespace Sextant::Ui
