// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace Sextant::Core {
class PortForwardManager;
}

namespace Sextant::Ui {

class PortForwardsModel;

// The list of active port-forwards: target, local address, connections,
// bytes in and out, state; Stop ends the selected ones (and clears failed ones).
class PortForwardsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortForwardsView)
public:
    explicit PortForwardsView(Core::PortForwardManager *manager, QWidget *parent = nullptr);

    // The one window listing the app's forwards, raised when already open.
    static PortForwardsView *showWindow();

    PortForwardsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public Q_SLOTS:
    void stopSelected();

private:
    void updateButtons();

    Core::PortForwardManager *m_manager = nullptr;
    PortForwardsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_stop = nullptr;
};

} // namespace Sextant::Ui
