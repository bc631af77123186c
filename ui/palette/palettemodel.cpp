// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/palette/palettemodel.h"

#include "ui/palette/fuzzymatch.h"

#include <algorithm>

namespace Sextant::Ui {

void PaletteModel::setItems(QList<PaletteItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    rank();
    endResetModel();
}

void PaletteModel::setQuery(const QString &query)
{
    beginResetModel();
    m_query = query;
    rank();
    endResetModel();
}

const PaletteItem *PaletteModel::itemAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_items.at(m_shown.at(row)) : nullptr;
}

void PaletteModel::rank()
{
    QList<std::pair<int, int>> scored; // (score, item index)
    for (int i = 0; i < m_items.size(); ++i) {
        const PaletteItem &item = m_items.at(i);
        // The category counts too: "scale web" finds the action on web.
        std::optional<int> score = fuzzyScore(m_query, item.text);
        if (!score) {
            score = fuzzyScore(m_query, item.category + QLatin1Char(' ') + item.text);
            if (score) {
                *score -= 1000;
            }
        }
        if (score) {
            scored.append({ *score, i });
        }
    }
    // Stable: equal scores keep the order the window gave (kinds before objects).
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    m_shown.clear();
    for (const auto &[score, index] : scored) {
        m_shown.append(index);
    }
}

int PaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant PaletteModel::data(const QModelIndex &index, int role) const
{
    const PaletteItem *item = itemAt(index.row());
    if (!item || index.column() != 0) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return item->text;
    case Qt::ToolTipRole:
        return item->disabledReason.isEmpty() ? QVariant() : QVariant(item->disabledReason);
    case CategoryRole:
        return item->category;
    case ShortcutRole:
        return item->shortcut.toString(QKeySequence::NativeText);
    default:
        return {};
    }
}

Qt::ItemFlags PaletteModel::flags(const QModelIndex &index) const
{
    const PaletteItem *item = itemAt(index.row());
    if (!item) {
        return Qt::NoItemFlags;
    }
    return item->disabledReason.isEmpty() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
                                          : Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace Sextant::Ui
