// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
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
    QComboBox *healthFilter() const { return m_health; }
    QLineEdit *labelSelectorEdit() const { return m_labelSelector; }

    // Store keys of the selected rows, in display order; the current row's key.
    QStringList selectedKeys() const;
    QString currentKey() const;
    void selectKey(const QString &key);
    // Selects the key now, or as soon as its row arrives (the list may still be loading).
    void selectKeyWhenShown(const QString &key);

Q_SIGNALS:
    void currentKeyChanged(const QString &key);
    void selectedKeysChanged();
    void keyActivated(const QString &key);
    // Right click or the menu key on the selection, at a global position.
    void contextMenuRequested(const QPoint &globalPos);

private:
    void updateCount();
    void applyHealthFilter();
    void applyLabelSelector();

    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_health = nullptr;
    QLineEdit *m_labelSelector = nullptr;
    QTableView *m_table = nullptr;
    HealthDelegate *m_healthDelegate = nullptr;
    QPointer<Core::ResourceTableModel> m_model;
    int m_healthColumn = -1;
    bool m_syncing = false;
    QString m_pendingKey;
};

} // namespace Sextant::Ui
