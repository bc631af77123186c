// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/kubeconfig/kubeconfigset.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Sextant::Core {

class ClusterManager;

// The cluster list: every context of every kubeconfig, with its connection
// status and, for unusable ones, the reason.
class ContextListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextListModel)
public:
    enum Column {
        NameColumn,
        StatusColumn,
        ServerColumn,
        UserColumn,
        NamespaceColumn,
        FileColumn,
        ColumnCount,
    };

    explicit ContextListModel(ClusterManager *manager, QObject *parent = nullptr);

    QString contextAt(int row) const;
    int rowOfContext(const QString &context) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void connectionChanged(const QString &context);
    QString statusText(const ContextInfo &info) const;

    QPointer<ClusterManager> m_manager;
    QList<ContextInfo> m_contexts;
};

} // namespace Sextant::Core
