// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Sextant::Core {
class ClusterConnection;
}

namespace Sextant::Ui {

class ProjectsModel;

// Namespaces as KubeSphere's projects: status, pods, quota usage, limit
// range and age, in a sortable, filterable table.
class ProjectsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectsPage)
public:
    explicit ProjectsPage(QWidget *parent = nullptr);
    ~ProjectsPage() override;

    // Not owned; nullptr empties the page.
    void setConnection(Core::ClusterConnection *connection);

    ProjectsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }

Q_SIGNALS:
    void projectActivated(const QString &namespaceName);

private:
    void updateHint();

    QPointer<Core::ClusterConnection> m_connection;
    ProjectsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace Sextant::Ui
