// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/overview/projectspage.h"

#include "core/cluster/clusterconnection.h"
#include "core/watch/objectstore.h"
#include "ui/overview/projectsmodel.h"
#include "ui/overview/usagebar.h"
#include "ui/widgets/pagetitle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {

// The quota column: the most used resource as text over a usage bar.
class QuotaDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant fraction = index.data(ProjectsModel::QuotaFractionRole);
        if (!fraction.isValid() || fraction.toDouble() < 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem textOption = option;
        initStyleOption(&textOption, index);
        const int barHeight = 4;
        textOption.rect.setBottom(option.rect.bottom() - barHeight - 2);
        QStyledItemDelegate::paint(painter, textOption, index);
        const QRect bar(option.rect.left() + 4, option.rect.bottom() - barHeight - 1,
            std::min(option.rect.width() - 8, 120), barHeight);
        paintUsageBar(painter, bar, fraction.toDouble(), option.palette);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(std::max(size.width(), 130));
        return size;
    }
};

Core::ResourceRef coreRef(const char *resource, bool namespaced = true)
{
    return { QString(), QStringLiteral("v1"), QLatin1String(resource), namespaced };
}

} // namespace

ProjectsPage::ProjectsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProjectsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    header->addWidget(createPageTitle(tr("Projects"), this));
    m_count = new QLabel(this);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    header->addWidget(m_count);
    header->addStretch();
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter projects"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(280);
    header->addWidget(m_filter);
    layout->addLayout(header);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->hide();
    layout->addWidget(m_hint);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProjectsModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(ProjectsModel::Name);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProjectsModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    // Few namespaces: columns may follow their contents; the name takes the rest.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ProjectsModel::Name, QHeaderView::Stretch);
    m_table->setItemDelegateForColumn(ProjectsModel::Quota, new QuotaDelegate(m_table));
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString name = m_model->namespaceAt(m_proxy->mapToSource(index).row());
        if (!name.isEmpty()) {
            Q_EMIT projectActivated(name);
        }
    });
    const auto updateCount = [this] { m_count->setText(tr("%n project(s)", nullptr, m_proxy->rowCount())); };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, updateCount);
    updateCount();
}

ProjectsPage::~ProjectsPage() = default;

void ProjectsPage::setConnection(Core::ClusterConnection *connection)
{
    m_connection = connection;
    if (!connection) {
        m_model->setStores(nullptr, nullptr, nullptr, nullptr);
        updateHint();
        return;
    }
    Core::ObjectStore *namespaces = connection->store(coreRef("namespaces", false));
    Core::ObjectStore *pods = connection->store(coreRef("pods"));
    Core::ObjectStore *quotas = connection->store(coreRef("resourcequotas"));
    Core::ObjectStore *limitRanges = connection->store(coreRef("limitranges"));
    for (Core::ObjectStore *store : { namespaces, pods, quotas, limitRanges }) {
        connect(store, &Core::ObjectStore::syncStateChanged, this, &ProjectsPage::updateHint, Qt::UniqueConnection);
    }
    m_model->setStores(namespaces, pods, quotas, limitRanges);
    updateHint();
}

void ProjectsPage::updateHint()
{
    QString hint;
    if (m_connection) {
        Core::ObjectStore *namespaces = m_connection->store(coreRef("namespaces", false));
        if (namespaces->syncState() == Core::ObjectStore::SyncState::Failed) {
            hint = namespaces->lastError().isForbidden()
                ? tr("You may not list namespaces in this cluster. Your own namespace is \"%1\".")
                      .arg(m_connection->defaultNamespace())
                : tr("Namespaces could not be loaded: %1").arg(namespaces->lastError().message);
        } else {
            for (const char *resource : { "pods", "resourcequotas", "limitranges" }) {
                Core::ObjectStore *store = m_connection->store(coreRef(resource));
                if (store->syncState() == Core::ObjectStore::SyncState::Failed) {
                    hint = tr("Some columns are incomplete: %1").arg(store->lastError().message);
                    break;
                }
            }
        }
    }
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

} // namespace Sextant::Ui
