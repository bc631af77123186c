// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace Sextant::Core {
class PortForwardManager;
class PortForwarder;
} // namespace Sextant::Core

namespace Sextant::Ui {

// The active port-forwards of a PortForwardManager, one row each, in the
// order they were started; counters update live.
class PortForwardsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortForwardsModel)
public:
    enum Column {
        TargetColumn,
        ContextColumn,
        LocalAddressColumn,
        ConnectionsColumn,
        BytesInColumn,
        BytesOutColumn,
        StateColumn,
        ColumnCount,
    };
    enum Role {
        ForwarderRole = Qt::UserRole + 1,
    };

    explicit PortForwardsModel(Core::PortForwardManager *manager, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Core::PortForwarder *forwarderAt(int row) const;
    static QString targetText(const Core::PortForwarder *forward);
    static QString stateText(const Core::PortForwarder *forward);
    static QString bytesText(qint64 bytes);

private:
    void onChanged(Core::PortForwarder *forward);

    QPointer<Core::PortForwardManager> m_manager;
    QList<Core::PortForwarder *> m_rows;
};

} // namespace Sextant::Ui
