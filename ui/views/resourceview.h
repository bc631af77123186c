// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace Sextant::Core {
class ResourceTableModel;
}

namespace Sextant::Ui {

class HealthDelegate;

// A live table of one kind: a filter box, the row count, the table.
class ResourceView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceView)
public:
    explicit ResourceView(QWidget *parent = nullptr);

    // Not owned. The title names the kind, e.g. "Pods".
    void setModel(Core::ResourceTableModel *model, const QString &title);
    void setSyncing(bool syncing);
    // Sizes columns to their content, sampling only the first rows: cheap at 10k rows.
    void fitColumns();
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }

private:
    void updateCount();

    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    HealthDelegate *m_healthDelegate = nullptr;
    QPointer<Core::ResourceTableModel> m_model;
    int m_healthColumn = -1;
    bool m_syncing = false;
};

} // namespace Sextant::Ui
