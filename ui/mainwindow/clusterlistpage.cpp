// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/mainwindow/clusterlistpage.h"

#include "core/cluster/clustermanager.h"
#include "core/models/contextlistmodel.h"
#include "ui/delegates/healthdelegate.h"
#include "ui/mainwindow/doctordialog.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/pagetitle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Sextant::Ui {

ClusterListPage::ClusterListPage(Core::ClusterManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_model(new Core::ContextListModel(manager, this))
    , m_banner(new MessageBanner(this))
    , m_table(new QTableView(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_disconnect(new QPushButton(tr("&Disconnect"), this))
    , m_diagnose(new QPushButton(tr("D&iagnose…"), this))
    , m_reload(new QPushButton(tr("&Reload kubeconfig"), this))
{
    QLabel *title = createPageTitle(tr("Clusters"), this);

    m_table->setObjectName(QStringLiteral("clusterTableView"));
    m_table->setAccessibleName(tr("Clusters"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setItemDelegateForColumn(Core::ContextListModel::StatusColumn, new HealthDelegate(this));
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(Core::ContextListModel::NameColumn, 220);
    m_table->horizontalHeader()->resizeSection(Core::ContextListModel::StatusColumn, 280);
    m_table->horizontalHeader()->resizeSection(Core::ContextListModel::ServerColumn, 240);
    m_open->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(title);
    buttons->addStretch(1);
    buttons->addWidget(m_reload);
    buttons->addWidget(m_diagnose);
    buttons->addWidget(m_disconnect);
    buttons->addWidget(m_open);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);

    m_disconnect->setToolTip(tr("Close the connection and free the memory its watches use"));
    connect(m_open, &QPushButton::clicked, this, &ClusterListPage::openSelected);
    connect(m_disconnect, &QPushButton::clicked, this, &ClusterListPage::disconnectSelected);
    m_diagnose->setToolTip(tr("Check the connection step by step and say how to fix what fails"));
    connect(m_diagnose, &QPushButton::clicked, this, &ClusterListPage::diagnoseSelected);
    connect(manager, &Core::ClusterManager::connectionChanged, this, &ClusterListPage::updateButtons);
    connect(m_table, &QTableView::activated, this, &ClusterListPage::openSelected);
    connect(m_reload, &QPushButton::clicked, manager, &Core::ClusterManager::reload);
    connect(manager, &Core::ClusterManager::contextsChanged, this, &ClusterListPage::showProblems);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ClusterListPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClusterListPage::updateButtons);
    showProblems();
    updateButtons();
}

void ClusterListPage::showProblems()
{
    QStringList problems = m_manager->problems();
    if (m_manager->contexts().isEmpty()) {
        problems.prepend(tr("No kubeconfig contexts found. Start Sextant with --kubeconfig FILE, set KUBECONFIG, "
                            "or create ~/.kube/config."));
    }
    if (problems.isEmpty()) {
        m_banner->hide();
    } else {
        m_banner->showMessage(MessageBanner::Level::Warning, problems.join(QLatin1Char('\n')));
    }
}

QString ClusterListPage::selectedContext() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->contextAt(rows.first().row());
}

void ClusterListPage::selectContext(const QString &context)
{
    const int row = m_model->rowOfContext(context);
    if (row >= 0) {
        m_table->selectRow(row);
    }
}

void ClusterListPage::openSelected()
{
    const QString context = selectedContext();
    if (!context.isEmpty()) {
        Q_EMIT openRequested(context);
    }
}

void ClusterListPage::disconnectSelected()
{
    const QString context = selectedContext();
    if (!context.isEmpty()) {
        m_manager->disconnectFrom(context);
    }
}

void ClusterListPage::diagnoseSelected()
{
    const QString context = selectedContext();
    if (context.isEmpty()) {
        return;
    }
    auto *dialog = new DoctorDialog(m_manager, context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->run();
}

void ClusterListPage::updateButtons()
{
    const QString context = selectedContext();
    m_open->setEnabled(!context.isEmpty());
    m_diagnose->setEnabled(!context.isEmpty());
    m_disconnect->setEnabled(!context.isEmpty() && m_manager->connection(context));
}

} // namespace Sextant::Ui
