// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/views/resourceview.h"

#include "core/models/resourcetablemodel.h"
#include "core/relations/labelselector.h"
#include "ui/delegates/healthdelegate.h"
#include "ui/widgets/pagetitle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
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
    , m_health(new QComboBox(this))
    , m_labelSelector(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_healthDelegate(new HealthDelegate(this))
{

    m_filter->setPlaceholderText(tr("Filter by name, status, node…"));
    m_filter->setAccessibleName(tr("Filter rows"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(280);
    m_filter->setMaximumWidth(360);

    m_health->setAccessibleName(tr("Status filter"));
    m_health->addItem(tr("All statuses"));
    const struct {
        QString text;
        Core::Health health;
    } healths[] = {
        { tr("Healthy"), Core::Health::Healthy },
        { tr("Progressing"), Core::Health::Progressing },
        { tr("Warning"), Core::Health::Warning },
        { tr("Failed"), Core::Health::Failed },
    };
    for (const auto &choice : healths) {
        m_health->addItem(healthIcon(choice.health), choice.text, int(choice.health));
    }
    m_health->addItem(tr("Warning or failed"), -1);

    m_labelSelector->setObjectName(QStringLiteral("labelSelectorEdit"));
    m_labelSelector->setPlaceholderText(tr("Label selector, e.g. app=web,tier!=db"));
    m_labelSelector->setAccessibleName(tr("Label selector"));
    m_labelSelector->setClearButtonEnabled(true);
    m_labelSelector->setMinimumWidth(200);
    m_labelSelector->setMaximumWidth(300);

    m_table->setObjectName(QStringLiteral("resourceTableView"));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
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
    header->addWidget(m_health);
    header->addWidget(m_labelSelector);
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
    connect(m_health, &QComboBox::currentIndexChanged, this, &ResourceView::applyHealthFilter);
    connect(m_labelSelector, &QLineEdit::editingFinished, this, &ResourceView::applyLabelSelector);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (m_model) {
            Q_EMIT keyActivated(m_model->keyAt(index.row()));
        }
    });
    connect(m_table, &QWidget::customContextMenuRequested, this,
        [this](const QPoint &pos) { Q_EMIT contextMenuRequested(m_table->viewport()->mapToGlobal(pos)); });
}

QStringList ResourceView::selectedKeys() const
{
    QStringList keys;
    if (!m_model || !m_table->selectionModel()) {
        return keys;
    }
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows)) {
        keys.append(m_model->keyAt(index.row()));
    }
    return keys;
}

QString ResourceView::currentKey() const
{
    const QModelIndex current = m_table->currentIndex();
    return m_model && current.isValid() ? m_model->keyAt(current.row()) : QString();
}

void ResourceView::selectKey(const QString &key)
{
    const int row = m_model ? m_model->rowOfKey(key) : -1;
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->selectRow(row);
    m_table->scrollTo(index);
}

void ResourceView::selectKeyWhenShown(const QString &key)
{
    m_pendingKey = key;
    if (m_model && m_model->rowOfKey(key) >= 0) {
        selectKey(key);
        m_pendingKey.clear();
    }
}

void ResourceView::applyHealthFilter()
{
    if (!m_model) {
        return;
    }
    const QVariant chosen = m_health->currentData();
    QSet<Core::Health> healths;
    if (chosen.isValid()) {
        const int value = chosen.toInt();
        if (value < 0) {
            healths = { Core::Health::Warning, Core::Health::Failed };
        } else {
            healths = { Core::Health(value) };
        }
    }
    m_model->setHealthFilter(healths);
}

void ResourceView::applyLabelSelector()
{
    if (!m_model) {
        return;
    }
    const QString text = m_labelSelector->text().trimmed();
    if (text.isEmpty()) {
        m_model->setObjectFilter({});
        m_labelSelector->setToolTip(QString());
        m_labelSelector->setStyleSheet(QString());
        return;
    }
    const Core::LabelSelector::ParseResult parsed = Core::LabelSelector::parse(text);
    if (!parsed) {
        // Keep the rows as they were and say what is wrong, where.
        m_labelSelector->setToolTip(tr("Not a label selector: %1").arg(parsed.error().message));
        m_labelSelector->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #d03a2f; }"));
        return;
    }
    m_labelSelector->setToolTip(QString());
    m_labelSelector->setStyleSheet(QString());
    const Core::LabelSelector selector = *parsed;
    m_model->setObjectFilter([selector](const QJsonObject &object) { return selector.matchesObject(object); });
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
        applyHealthFilter();
        applyLabelSelector();
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
        connect(model, &Core::ResourceTableModel::countsChanged, this, &ResourceView::updateCount);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT currentKeyChanged(m_model && current.isValid() ? m_model->keyAt(current.row()) : QString());
            });
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ResourceView::selectedKeysChanged);
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
    if (!m_pendingKey.isEmpty() && m_model && m_model->rowOfKey(m_pendingKey) >= 0) {
        const QString key = std::exchange(m_pendingKey, QString());
        selectKey(key);
    }
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
