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
// Above this many separate places to insert at in one batch, append and merge
// once (a layout change) instead of one insertion per place.
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
    sortVisible(); // the sort column now means another column
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
    sortVisible();
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
    const auto it = m_rows.find(key);
    return it == m_rows.end() ? -1 : positionOf(&it->second);
}

int ResourceTableModel::positionOf(const Row *row) const
{
    const auto at = std::lower_bound(
        m_visible.begin(), m_visible.end(), row, [this](const Row *a, const Row *b) { return lessThan(a, b); });
    if (at != m_visible.end() && *at == row) {
        return int(at - m_visible.begin());
    }
    return -1; // filtered out or absent
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

QVariant ResourceTableModel::sortValueOf(const Row &row) const
{
    return m_sortColumn >= 0 && m_sortColumn < columnCount() ? cellValue(row, m_sortColumn) : QVariant();
}

bool ResourceTableModel::lessThan(const Row *a, const Row *b) const
{
    const int cmp = compareVariants(a->sortValue, b->sortValue);
    if (cmp != 0) {
        return m_sortOrder == Qt::AscendingOrder ? cmp < 0 : cmp > 0;
    }
    // Ties fall back to the key so the order is total and stable across batches.
    return a->key < b->key;
}

void ResourceTableModel::sortVisible()
{
    std::sort(m_visible.begin(), m_visible.end(), [this](const Row *a, const Row *b) { return lessThan(a, b); });
}

void ResourceTableModel::resort()
{
    for (auto &[key, row] : m_rows) {
        row.sortValue = sortValueOf(row);
    }
    relayout([this] { sortVisible(); });
}

void ResourceTableModel::relayout(const std::function<void()> &reorder)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<Row *> rowsBefore;
    rowsBefore.reserve(size_t(before.size()));
    for (const QModelIndex &i : before) {
        rowsBefore.push_back(m_visible[size_t(i.row())]);
    }
    reorder();
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
    row->sortValue = sortValueOf(*row);
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
        sortVisible();
    }
    endResetModel();
    refreshAges();
}

void ResourceTableModel::removeVisible(const std::vector<Row *> &rows)
{
    std::vector<int> positions;
    positions.reserve(rows.size());
    for (const Row *row : rows) {
        if (const int position = positionOf(row); position >= 0) {
            positions.push_back(position);
        }
    }
    std::sort(positions.begin(), positions.end());
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
    std::sort(rows.begin(), rows.end(), less);
    if (m_visible.empty()) {
        beginInsertRows({}, 0, int(rows.size()) - 1);
        m_visible = std::move(rows);
        endInsertRows();
        return;
    }
    // Sorted new rows going to the same place form one block: one insertion each.
    std::vector<std::pair<int, std::pair<size_t, size_t>>> blocks; // place, [first, last) of rows
    for (size_t i = 0; i < rows.size(); ++i) {
        const int place = int(std::lower_bound(m_visible.begin(), m_visible.end(), rows[i], less) - m_visible.begin());
        if (!blocks.empty() && blocks.back().first == place) {
            blocks.back().second.second = i + 1;
        } else {
            blocks.push_back({ place, { i, i + 1 } });
        }
    }
    if (blocks.size() > kBulkInsertThreshold) {
        const int first = int(m_visible.size());
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        m_visible.insert(m_visible.end(), rows.begin(), rows.end());
        endInsertRows();
        relayout([this, first, less] {
            std::inplace_merge(m_visible.begin(), m_visible.begin() + first, m_visible.end(), less);
        });
        return;
    }
    // Back to front, so the places found above stay valid.
    for (auto block = blocks.rbegin(); block != blocks.rend(); ++block) {
        const auto [first, last] = block->second;
        beginInsertRows({}, block->first, block->first + int(last - first) - 1);
        m_visible.insert(
            m_visible.begin() + block->first, rows.begin() + qsizetype(first), rows.begin() + qsizetype(last));
        endInsertRows();
    }
}

// The row at position was re-rendered; move it where its new sort value
// belongs (a beginMoveRows keeps its selection) and repaint it.
void ResourceTableModel::moveToPlace(int position)
{
    const auto less = [this](const Row *a, const Row *b) { return lessThan(a, b); };
    Row *row = m_visible[size_t(position)];
    const auto at = m_visible.begin() + position;
    int destination = position; // in the numbering before the move, as beginMoveRows wants it
    if (position > 0 && less(row, *(at - 1))) {
        destination = int(std::upper_bound(m_visible.begin(), at, row, less) - m_visible.begin());
    } else if (position + 1 < int(m_visible.size()) && less(*(at + 1), row)) {
        destination = int(std::lower_bound(at + 1, m_visible.end(), row, less) - m_visible.begin());
    }
    int now = position;
    if (destination != position && beginMoveRows({}, position, position, {}, destination)) {
        if (destination < position) {
            std::rotate(m_visible.begin() + destination, at, at + 1);
            now = destination;
        } else {
            std::rotate(at, at + 1, m_visible.begin() + destination);
            now = destination - 1;
        }
        endMoveRows();
    }
    Q_EMIT dataChanged(index(now, 0), index(now, columnCount() - 1));
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
    std::vector<Row *> added;
    const auto addOrUpdate = [this, &added](const QString &key) {
        if (auto it = m_rows.find(key); it != m_rows.end()) {
            applyUpdate(&it->second);
        } else if (Row *row = renderInto(key, &m_rows[key]); matchesFilter(*row)) {
            added.push_back(row);
        }
    };
    for (const QString &key : delta.updated) {
        addOrUpdate(key);
    }
    for (const QString &key : delta.added) {
        addOrUpdate(key);
    }
    insertVisible(std::move(added));

    if (!m_ageTimer.isActive() && !m_rows.empty()) {
        m_ageTimer.start();
    }
    Q_EMIT countsChanged();
}

// Re-renders one row in place: O(log n) to find it, a move only when its
// sort value changed, never a re-sort of the whole table.
void ResourceTableModel::applyUpdate(Row *row)
{
    const int position = positionOf(row); // with the old sort value
    renderInto(row->key, row);
    const bool isVisible = matchesFilter(*row);
    if (position >= 0 && !isVisible) {
        beginRemoveRows({}, position, position);
        m_visible.erase(m_visible.begin() + position);
        endRemoveRows();
    } else if (position < 0 && isVisible) {
        insertVisible({ row });
    } else if (position >= 0) {
        moveToPlace(position);
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
