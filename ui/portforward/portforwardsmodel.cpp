// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/portforward/portforwardsmodel.h"

#include "core/stream/portforwardmanager.h"

#include <QLocale>

namespace Sextant::Ui {

using Core::PortForwarder;
using Core::PortForwardSpec;

PortForwardsModel::PortForwardsModel(Core::PortForwardManager *manager, QObject *parent)
    : QAbstractTableModel(parent)
    , m_manager(manager)
    , m_rows(manager->forwards())
{
    connect(manager, &Core::PortForwardManager::forwardAdded, this, [this](PortForwarder *forward) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(forward);
        endInsertRows();
    });
    connect(manager, &Core::PortForwardManager::forwardAboutToBeRemoved, this, [this](PortForwarder *forward) {
        const int row = int(m_rows.indexOf(forward));
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    });
    connect(manager, &Core::PortForwardManager::forwardChanged, this, &PortForwardsModel::onChanged);
}

void PortForwardsModel::onChanged(PortForwarder *forward)
{
    const int row = int(m_rows.indexOf(forward));
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int PortForwardsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PortForwardsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

PortForwarder *PortForwardsModel::forwarderAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : nullptr;
}

QString PortForwardsModel::targetText(const PortForwarder *forward)
{
    const PortForwardSpec &spec = forward->spec();
    if (spec.target == PortForwardSpec::Target::Pod)
        return QStringLiteral("%1/pod/%2:%3").arg(spec.namespaceName, spec.name).arg(spec.remotePort);
    QString text = QStringLiteral("%1/service/%2:%3").arg(spec.namespaceName, spec.name).arg(spec.remotePort);
    if (!forward->podName().isEmpty())
        text += QStringLiteral(" → %1:%2").arg(forward->podName()).arg(forward->podPort());
    return text;
}

QString PortForwardsModel::stateText(const PortForwarder *forward)
{
    switch (forward->state()) {
    case PortForwarder::State::Idle:
        return tr("Starting");
    case PortForwarder::State::Resolving:
        return tr("Finding a pod");
    case PortForwarder::State::Listening:
        return tr("Forwarding");
    case PortForwarder::State::Stopped:
        return tr("Stopped");
    case PortForwarder::State::Failed:
        return tr("Failed: %1").arg(forward->error().message);
    }
    return {};
}

QString PortForwardsModel::bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QVariant PortForwardsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PortForwarder *forward = m_rows.at(index.row());
    if (role == ForwarderRole)
        return QVariant::fromValue(static_cast<QObject *>(const_cast<PortForwarder *>(forward)));
    if (role == Qt::TextAlignmentRole) {
        const int column = index.column();
        if (column == ConnectionsColumn || column == BytesInColumn || column == BytesOutColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == BytesInColumn)
            return tr("%1 bytes received from the pod").arg(forward->bytesFromPod());
        if (index.column() == BytesOutColumn)
            return tr("%1 bytes sent to the pod").arg(forward->bytesToPod());
        if (index.column() == StateColumn)
            return stateText(forward);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TargetColumn:
        return targetText(forward);
    case ContextColumn:
        return forward->contextName();
    case LocalAddressColumn:
        return forward->localAddressText();
    case ConnectionsColumn:
        return tr("%1 open, %2 total").arg(forward->activeConnections()).arg(forward->totalConnections());
    case BytesInColumn:
        return bytesText(forward->bytesFromPod());
    case BytesOutColumn:
        return bytesText(forward->bytesToPod());
    case StateColumn:
        return stateText(forward);
    default:
        return {};
    }
}

QVariant PortForwardsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn:
        return tr("Target");
    case ContextColumn:
        return tr("Context");
    case LocalAddressColumn:
        return tr("Local address");
    case ConnectionsColumn:
        return tr("Connections");
    case BytesInColumn:
        return tr("In");
    case BytesOutColumn:
        return tr("Out");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace Sextant::Ui
