// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/models/resourcetablemodel.h"

#include "core/models/roles.h"
#include "core/watch/objectstore.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Sextant::Core {

namespace {
// Above this many new rows in one batch, append and re-sort once instead of
// inserting each at its place.
constexpr size_t kBulkInsertThreshold = 64;
constexpr int kAgeRefreshMs = 1000;

int compareVariants(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString) {
        return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
    }
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Less) {
        return -1;
    }
    return order == QPartialOrdering::Greater ? 1 : 0;
}
} // namespace

ResourceTableModel::ResourceTableModel(const KindRenderer *renderer, QObject *parent)
    : QAbstractTableModel(parent)
    , m_renderer(renderer)
    , m_columns(renderer->columns())
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_ageTimer.setInterval(kAgeRefreshMs);
    connect(&m_ageTimer, &QTimer::timeout, this, &ResourceTableModel::refreshAges);
}

ResourceTableModel::~ResourceTableModel() = default;

void ResourceTableModel::setStore(ObjectStore *store)
{
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_store = store;
    if (m_store) {
        // Announce what the store holds back first: the reload below already
        // includes it, and a later batch must not refer to keys we never saw.
        m_store->flush();
        connect(m_store, &ObjectStore::changed, this, &ResourceTableModel::applyDelta);
    }
    reloadAll();
}

void ResourceTableModel::setShowNamespace(bool show)
{
    if (show == m_showNamespace) {
        return;
    }
    beginResetModel();
    m_showNamespace = show;
    for (auto &[key, row] : m_rows) {
        renderInto(key, &row);
    }
    endResetModel();
}

void ResourceTableModel::setTextFilter(const QString &text)
{
    const QString filter = text.trimmed().toLower();
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    refilter();
}

void ResourceTableModel::setHealthFilter(const QSet<Health> &healths)
{
    if (healths == m_healthFilter) {
        return;
    }
    m_healthFilter = healths;
    refilter();
}

void ResourceTableModel::setObjectFilter(ObjectPredicate predicate)
{
    m_objectFilter = std::move(predicate);
    for (auto &[key, row] : m_rows) {
        row.objectMatches = !m_objectFilter || (m_store && m_objectFilter(m_store->object(key)));
    }
    refilter();
}

void ResourceTableModel::refilter()
{
    // Filtering is a view change, not a data change: a reset is the honest signal here.
    beginResetModel();
    m_visible.clear();
    for (auto &[key, row] : m_rows) {
        if (matchesFilter(row)) {
            m_visible.push_back(&row);
        }
    }
    std::stable_sort(m_visible.begin(), m_visible.end(), [this](const Row *a, const Row *b) { return lessThan(a, b); });
    endResetModel();
}

void ResourceTableModel::setClock(std::function<QDateTime()> nowUtc)
{
    m_now = std::move(nowUtc);
}

QString ResourceTableModel::keyAt(int row) const
{
    return row >= 0 && row < int(m_visible.size()) ? m_visible[size_t(row)]->key : QString();
}

int ResourceTableModel::rowOfKey(const QString &key) const
{
    const auto it = std::find_if(m_visible.begin(), m_visible.end(), [&key](const Row *r) { return r->key == key; });
    return it == m_visible.end() ? -1 : int(it - m_visible.begin());
}

int ResourceTableModel::totalCount() const
{
    return int(m_rows.size());
}

int ResourceTableModel::healthColumn() const
{
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).showsHealth) {
            return int(c) + (m_showNamespace ? 1 : 0);
        }
    }
    return -1;
}

int ResourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ResourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + (m_showNamespace ? 1 : 0);
}

int ResourceTableModel::rendererColumn(int column) const
{
    return m_showNamespace ? column - 1 : column;
}

QVariant ResourceTableModel::cellValue(const Row &row, int column) const
{
    const int c = rendererColumn(column);
    if (c < 0) {
        return row.key.section(QLatin1Char('/'), 0, 0);
    }
    if (m_columns.at(c).type == ColumnSpec::Type::Age) {
        return row.rendered.created;
    }
    return row.rendered.cells.value(c);
}

QVariant ResourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = *m_visible[size_t(index.row())];
    const int c = rendererColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (c >= 0 && m_columns.at(c).type == ColumnSpec::Type::Age) {
            if (!row.rendered.created.isValid()) {
                return QStringLiteral("<unknown>");
            }
            return humanDuration(row.rendered.created.secsTo(m_now()));
        }
        if (c >= 0 && m_columns.at(c).type == ColumnSpec::Type::Since) {
            const QVariant cell = cellValue(row, index.column());
            return cell.typeId() == QMetaType::QDateTime ? QVariant(humanDuration(cell.toDateTime().secsTo(m_now())))
                                                         : cell;
        }
        return cellValue(row, index.column());
    case Qt::TextAlignmentRole:
        if (c >= 0 && m_columns.at(c).type != ColumnSpec::Type::Text) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case SortRole:
        return cellValue(row, index.column());
    case HealthRole:
        return int(row.rendered.health);
    case ObjectKeyRole:
        return row.key;
    default:
        return {};
    }
}

QVariant ResourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount()) {
        return {};
    }
    const int c = rendererColumn(section);
    if (c < 0) {
        return QCoreApplication::translate("Sextant::Core::Columns", "Namespace");
    }
    return QCoreApplication::translate("Sextant::Core::Columns", m_columns.at(c).title);
}

void ResourceTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    resort();
}

bool ResourceTableModel::lessThan(const Row *a, const Row *b) const
{
    if (m_sortColumn >= 0 && m_sortColumn < columnCount()) {
        int cmp = compareVariants(cellValue(*a, m_sortColumn), cellValue(*b, m_sortColumn));
        if (cmp != 0) {
            return m_sortOrder == Qt::AscendingOrder ? cmp < 0 : cmp > 0;
        }
    }
    // Ties fall back to the key so the order is total and stable across batches.
    return a->key < b->key;
}

void ResourceTableModel::resort()
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<Row *> rowsBefore;
    rowsBefore.reserve(size_t(before.size()));
    for (const QModelIndex &i : before) {
        rowsBefore.push_back(m_visible[size_t(i.row())]);
    }
    std::stable_sort(m_visible.begin(), m_visible.end(), [this](const Row *a, const Row *b) { return lessThan(a, b); });
    QHash<const Row *, int> position;
    position.reserve(qsizetype(m_visible.size()));
    for (size_t i = 0; i < m_visible.size(); ++i) {
        position.insert(m_visible[i], int(i));
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        after.append(index(position.value(rowsBefore[size_t(i)]), before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

ResourceTableModel::Row *ResourceTableModel::renderInto(const QString &key, Row *row)
{
    row->key = key;
    row->rendered = m_renderer->render(m_store ? m_store->object(key) : QJsonObject());
    QStringList parts;
    if (m_showNamespace) {
        parts.append(key.section(QLatin1Char('/'), 0, 0));
    }
    for (const QVariant &cell : std::as_const(row->rendered.cells)) {
        if (cell.typeId() == QMetaType::QString) {
            parts.append(cell.toString());
        }
    }
    row->haystack = parts.join(QLatin1Char(' ')).toLower();
    row->objectMatches = !m_objectFilter || (m_store && m_objectFilter(m_store->object(key)));
    return row;
}

bool ResourceTableModel::matchesFilter(const Row &row) const
{
    return row.objectMatches && (m_healthFilter.isEmpty() || m_healthFilter.contains(row.rendered.health))
        && (m_filter.isEmpty() || row.haystack.contains(m_filter));
}

void ResourceTableModel::reloadAll()
{
    beginResetModel();
    m_visible.clear();
    m_rows.clear();
    if (m_store) {
        const QList<QString> keys = m_store->keys();
        m_rows.reserve(size_t(keys.size()));
        m_visible.reserve(size_t(keys.size()));
        for (const QString &key : keys) {
            Row *row = renderInto(key, &m_rows[key]);
            if (matchesFilter(*row)) {
                m_visible.push_back(row);
            }
        }
        std::stable_sort(
            m_visible.begin(), m_visible.end(), [this](const Row *a, const Row *b) { return lessThan(a, b); });
    }
    endResetModel();
    refreshAges();
}

void ResourceTableModel::removeVisible(const std::vector<Row *> &rows)
{
    if (rows.empty()) {
        return;
    }
    const QSet<const Row *> doomed(rows.begin(), rows.end());
    std::vector<int> positions;
    for (size_t i = 0; i < m_visible.size(); ++i) {
        if (doomed.contains(m_visible[i])) {
            positions.push_back(int(i));
        }
    }
    // Remove contiguous runs from the bottom up so earlier positions stay valid.
    for (auto end = positions.rbegin(); end != positions.rend();) {
        auto start = end;
        while (std::next(start) != positions.rend() && *std::next(start) == *start - 1) {
            ++start;
        }
        const int first = *start;
        const int last = *end;
        beginRemoveRows({}, first, last);
        m_visible.erase(m_visible.begin() + first, m_visible.begin() + last + 1);
        endRemoveRows();
        end = std::next(start);
    }
}

void ResourceTableModel::insertVisible(std::vector<Row *> rows)
{
    if (rows.empty()) {
        return;
    }
    const auto less = [this](const Row *a, const Row *b) { return lessThan(a, b); };
    if (rows.size() > kBulkInsertThreshold) {
        const int first = int(m_visible.size());
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        m_visible.insert(m_visible.end(), rows.begin(), rows.end());
        endInsertRows();
        resort();
        return;
    }
    for (Row *row : rows) {
        const auto at = std::upper_bound(m_visible.begin(), m_visible.end(), row, less);
        const int position = int(at - m_visible.begin());
        beginInsertRows({}, position, position);
        m_visible.insert(at, row);
        endInsertRows();
    }
}

void ResourceTableModel::applyDelta(const StoreDelta &delta)
{
    std::vector<Row *> gone;
    for (const QString &key : delta.removed) {
        if (auto it = m_rows.find(key); it != m_rows.end()) {
            gone.push_back(&it->second);
        }
    }
    removeVisible(gone);
    for (const QString &key : delta.removed) {
        m_rows.erase(key);
    }

    // A store never sends an update for an unknown key or an add for a known
    // one, but if it did, the row must still end up right.
    QList<QString> updates;
    QList<QString> adds;
    for (const QString &key : delta.updated) {
        (m_rows.count(key) ? updates : adds).append(key);
    }
    for (const QString &key : delta.added) {
        (m_rows.count(key) ? updates : adds).append(key);
    }

    // Updates: re-render in place; rows that leave or enter the filter are
    // removed or inserted; a broken sort order is repaired by one re-sort.
    std::vector<Row *> leaving;
    std::vector<Row *> entering;
    QSet<const Row *> changedInPlace;
    for (const QString &key : std::as_const(updates)) {
        auto it = m_rows.find(key);
        Row *row = &it->second;
        const bool wasVisible = matchesFilter(*row);
        renderInto(key, row);
        const bool isVisible = matchesFilter(*row);
        if (wasVisible && isVisible) {
            changedInPlace.insert(row);
        } else if (wasVisible) {
            leaving.push_back(row);
        } else if (isVisible) {
            entering.push_back(row);
        }
    }
    removeVisible(leaving);

    if (!changedInPlace.isEmpty()) {
        bool orderBroken = false;
        int runStart = -1;
        const int lastColumn = columnCount() - 1;
        for (int i = 0; i <= int(m_visible.size()); ++i) {
            const bool changed = i < int(m_visible.size()) && changedInPlace.contains(m_visible[size_t(i)]);
            if (changed && i > 0 && lessThan(m_visible[size_t(i)], m_visible[size_t(i - 1)])) {
                orderBroken = true;
            }
            if (changed && i + 1 < int(m_visible.size()) && lessThan(m_visible[size_t(i + 1)], m_visible[size_t(i)])) {
                orderBroken = true;
            }
            if (changed && runStart < 0) {
                runStart = i;
            } else if (!changed && runStart >= 0) {
                Q_EMIT dataChanged(index(runStart, 0), index(i - 1, lastColumn));
                runStart = -1;
            }
        }
        if (orderBroken) {
            resort();
        }
    }

    std::vector<Row *> added = std::move(entering);
    for (const QString &key : std::as_const(adds)) {
        Row *row = renderInto(key, &m_rows[key]);
        if (matchesFilter(*row)) {
            added.push_back(row);
        }
    }
    insertVisible(std::move(added));

    if (!m_ageTimer.isActive() && !m_rows.empty()) {
        m_ageTimer.start();
    }
}

QList<int> ResourceTableModel::agingColumns() const
{
    QList<int> columns;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const ColumnSpec::Type type = m_columns.at(c).type;
        if (type == ColumnSpec::Type::Age || type == ColumnSpec::Type::Since) {
            columns.append(int(c) + (m_showNamespace ? 1 : 0));
        }
    }
    return columns;
}

void ResourceTableModel::refreshAges()
{
    if (m_visible.empty()) {
        m_ageTimer.stop();
        return;
    }
    if (!m_ageTimer.isActive()) {
        m_ageTimer.start();
    }
    for (const int column : agingColumns()) {
        Q_EMIT dataChanged(index(0, column), index(int(m_visible.size()) - 1, column), { Qt::DisplayRole });
    }
}

} // namespace Sextant::Core
