// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/kinds/kindrenderer.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <unordered_map>
#include <vector>

namespace Sextant::Core {

class ObjectStore;
struct StoreDelta;

// The one table model for every kind: rows come from an ObjectStore, cells
// from the kind's renderer. Watch batches become ranged inserts, removals and
// dataChanged; the model never resets on a relist. Sorting and the text filter
// live here rather than in a proxy, because proxies stall at high insert rates.
// The order is kept incrementally: each row caches its sort value, rows are
// found by binary search, and an update moves one row only if its sort value
// changed, so a batch of k changes costs O(k log n), not a re-sort of n rows.
class ResourceTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceTableModel)
public:
    // renderer must outlive the model (renderers live in KindRegistry).
    explicit ResourceTableModel(const KindRenderer *renderer, QObject *parent = nullptr);
    ~ResourceTableModel() override;

    // Shows the store's objects and follows its changes; nullptr empties the model.
    void setStore(ObjectStore *store);
    // Adds a leading Namespace column (for "all projects").
    void setShowNamespace(bool show);
    // Case-insensitive substring over the row's text cells; empty shows all.
    void setTextFilter(const QString &text);
    // Only rows whose health is in the set; empty shows all.
    void setHealthFilter(const QSet<Health> &healths);
    // Only objects the predicate accepts (a label selector, say); empty shows all.
    using ObjectPredicate = std::function<bool(const QJsonObject &object)>;
    void setObjectFilter(ObjectPredicate predicate);
    // For tests: the clock the Age column reads.
    void setClock(std::function<QDateTime()> nowUtc);

    QString keyAt(int row) const;
    int rowOfKey(const QString &key) const; // -1 when absent or filtered out
    int totalCount() const; // before filtering
    int healthColumn() const; // the column views decorate with health, or -1

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // After a store change was applied: rowsRemoved comes while the removed
    // objects still count in totalCount(), and an object the filters hide
    // changes totalCount() without any row signal.
    void countsChanged();

private:
    struct Row {
        QString key;
        RenderedRow rendered;
        QString haystack; // lower-cased text cells, for the filter
        bool objectMatches = true; // the object filter's verdict, kept so updates know the old one
        QVariant sortValue; // the sort column's value when the row was placed: m_visible is ordered by it
    };

    void applyDelta(const StoreDelta &delta);
    void applyUpdate(Row *row);
    void reloadAll();
    void removeVisible(const std::vector<Row *> &rows);
    void insertVisible(std::vector<Row *> rows);
    void moveToPlace(int position);
    // Reorders m_visible with a layout change, keeping persistent indexes on their rows.
    void relayout(const std::function<void()> &reorder);
    Row *renderInto(const QString &key, Row *row);
    bool matchesFilter(const Row &row) const;
    void refilter();
    bool lessThan(const Row *a, const Row *b) const;
    void sortVisible();
    int positionOf(const Row *row) const; // binary search in m_visible; -1 when absent
    QVariant sortValueOf(const Row &row) const;
    void resort();
    void refreshAges();
    QList<int> agingColumns() const; // Age and Since columns, refreshed by the timer
    QVariant cellValue(const Row &row, int column) const;
    int rendererColumn(int column) const; // -1 for the namespace column

    const KindRenderer *m_renderer = nullptr;
    QList<ColumnSpec> m_columns;
    QPointer<ObjectStore> m_store;
    std::unordered_map<QString, Row> m_rows;
    std::vector<Row *> m_visible; // display order
    QString m_filter;
    QSet<Health> m_healthFilter;
    ObjectPredicate m_objectFilter;
    bool m_showNamespace = false;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::function<QDateTime()> m_now;
    QTimer m_ageTimer;
};

} // namespace Sextant::Core
