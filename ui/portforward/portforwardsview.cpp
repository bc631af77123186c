// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/portforward/portforwardsview.h"

#include "core/stream/portforwardmanager.h"
#include "ui/portforward/portforwardsmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Sextant::Ui {

PortForwardsView::PortForwardsView(Core::PortForwardManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_model(new PortForwardsModel(manager, this))
    , m_table(new QTableView(this))
    , m_stop(new QPushButton(tr("&Stop"), this))
{
    setWindowTitle(tr("Port Forwards"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_stop->setToolTip(tr("Stop the selected forwards and close their connections"));
    connect(m_stop, &QPushButton::clicked, this, &PortForwardsView::stopSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PortForwardsView::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PortForwardsView::updateButtons);

    auto *hint = new QLabel(
        tr("Forwards listen on this computer only unless started with \"Listen on all interfaces\"."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    updateButtons();
    resize(900, 260);
}

PortForwardsView *PortForwardsView::showWindow()
{
    static QPointer<PortForwardsView> window;
    if (!window) {
        window = new PortForwardsView(Core::PortForwardManager::instance());
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void PortForwardsView::stopSelected()
{
    QList<Core::PortForwarder *> selected;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (Core::PortForwarder *forward = m_model->forwarderAt(row.row()))
            selected.append(forward);
    }
    for (Core::PortForwarder *forward : std::as_const(selected))
        m_manager->remove(forward);
}

void PortForwardsView::updateButtons()
{
    m_stop->setEnabled(m_table->selectionModel()->hasSelection());
}

} // namespace Sextant::Ui
