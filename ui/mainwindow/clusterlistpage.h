// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace Sextant::Core {
class ClusterManager;
class ContextListModel;
} // namespace Sextant::Core

namespace Sextant::Ui {

class MessageBanner;

// Every context of every kubeconfig with its status; opens one on request.
class ClusterListPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterListPage)
public:
    explicit ClusterListPage(Core::ClusterManager *manager, QWidget *parent = nullptr);

    Core::ContextListModel *model() const { return m_model; }
    // Selects a context's row, e.g. the kubeconfig's current context at start.
    void selectContext(const QString &context);
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void openRequested(const QString &context);

private:
    void showProblems();
    void openSelected();
    void disconnectSelected();
    void diagnoseSelected();
    QString selectedContext() const;
    void updateButtons();

    Core::ClusterManager *m_manager = nullptr;
    Core::ContextListModel *m_model = nullptr;
    MessageBanner *m_banner = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_disconnect = nullptr;
    QPushButton *m_diagnose = nullptr;
    QPushButton *m_reload = nullptr;
};

} // namespace Sextant::Ui
