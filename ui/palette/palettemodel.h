// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractListModel>
#include <QKeySequence>
#include <QList>
#include <QString>

#include <functional>

namespace Sextant::Ui {

// One thing the command palette can do: go to a kind, switch cluster, open
// an object, run an action on the selection.
struct PaletteItem {
    QString text; // translated, e.g. "Deployments"
    QString category; // translated, e.g. "Go to"
    QKeySequence shortcut;
    QString disabledReason; // non-empty: shown, not runnable
    std::function<void()> run;
};

// The palette's items filtered and ranked by a fuzzy query.
class PaletteModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaletteModel)
public:
    enum Role {
        CategoryRole = Qt::UserRole + 1,
        ShortcutRole,
    };

    using QAbstractListModel::QAbstractListModel;

    void setItems(QList<PaletteItem> items);
    void setQuery(const QString &query);
    const PaletteItem *itemAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void rank();

    QList<PaletteItem> m_items;
    QList<int> m_shown; // indexes into m_items, best first
    QString m_query;
};

} // namespace Sextant::Ui
