// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/models/contextlistmodel.h"

#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "core/kinds/kindrenderer.h"
#include "core/models/roles.h"

namespace Sextant::Core {

ContextListModel::ContextListModel(ClusterManager *manager, QObject *parent)
    : QAbstractTableModel(parent)
    , m_manager(manager)
{
    connect(manager, &ClusterManager::contextsChanged, this, &ContextListModel::reload);
    connect(manager, &ClusterManager::connectionChanged, this, &ContextListModel::connectionChanged);
    reload();
}

QString ContextListModel::contextAt(int row) const
{
    return row >= 0 && row < m_contexts.size() ? m_contexts.at(row).name : QString();
}

int ContextListModel::rowOfContext(const QString &context) const
{
    for (qsizetype i = 0; i < m_contexts.size(); ++i) {
        if (m_contexts.at(i).name == context) {
            return int(i);
        }
    }
    return -1;
}

int ContextListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contexts.size());
}

int ContextListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContextListModel::statusText(const ContextInfo &info) const
{
    if (!info.error.isEmpty()) {
        return info.error; // kubectl's validation message already says what is invalid
    }
    const ClusterConnection *c = m_manager ? m_manager->connection(info.name) : nullptr;
    if (!c) {
        return tr("Not connected");
    }
    switch (c->state()) {
    case ClusterConnection::State::Connecting:
        return c->waitingForCredentials() ? tr("Waiting for sign-in: %1").arg(c->credentialDescription())
                                          : tr("Connecting…");
    case ClusterConnection::State::Connected:
        return tr("Connected (%1)").arg(c->serverVersion());
    case ClusterConnection::State::Failed:
        break;
    }
    return tr("Failed: %1").arg(c->error().message);
}

QVariant ContextListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ContextInfo &info = m_contexts.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case NameColumn:
            return info.isCurrent && role == Qt::DisplayRole ? tr("%1 (current)").arg(info.name) : info.name;
        case StatusColumn:
            return statusText(info);
        case ServerColumn:
            return info.server;
        case UserColumn:
            return info.user;
        case NamespaceColumn:
            return info.namespaceName.isEmpty() ? QStringLiteral("default") : info.namespaceName;
        case FileColumn:
            return info.originFile;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == ObjectKeyRole) {
        return info.name;
    }
    if (role == HealthRole) {
        if (!info.error.isEmpty()) {
            return int(Health::Failed);
        }
        const ClusterConnection *c = m_manager ? m_manager->connection(info.name) : nullptr;
        if (!c) {
            return int(Health::Unknown);
        }
        return int(c->state() == ClusterConnection::State::Connected ? Health::Healthy
                : c->state() == ClusterConnection::State::Connecting ? Health::Progressing
                                                                     : Health::Failed);
    }
    return {};
}

QVariant ContextListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case NameColumn:
        return tr("Context");
    case StatusColumn:
        return tr("Status");
    case ServerColumn:
        return tr("Server");
    case UserColumn:
        return tr("User");
    case NamespaceColumn:
        return tr("Default project");
    case FileColumn:
        return tr("Kubeconfig file");
    case ColumnCount:
        break;
    }
    return {};
}

void ContextListModel::reload()
{
    beginResetModel();
    m_contexts = m_manager ? m_manager->contexts() : QList<ContextInfo>();
    endResetModel();
}

void ContextListModel::connectionChanged(const QString &context)
{
    const int row = rowOfContext(context);
    if (row >= 0) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

} // namespace Sextant::Core
