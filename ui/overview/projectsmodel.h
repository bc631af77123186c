// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <vector>

namespace Sextant::Core {
class ObjectStore;
}

namespace Sextant::Ui {

// One ResourceQuota resource in a namespace: used of hard.
struct QuotaUsage {
    QString quota; // the ResourceQuota's name
    QString resource; // e.g. "requests.cpu", "pods"
    QString used;
    QString hard;
    double fraction = 0; // used / hard; 0 when hard is 0 and nothing is used, 2 when over a zero limit
};

// Namespaces ("projects" in KubeSphere) with their status, pod count,
// ResourceQuota usage (the most used resource; all of them in the tooltip),
// whether a LimitRange applies, and age. Rows follow the stores live, with
// ranged inserts/removals and dataChanged, never a reset after the first fill.
class ProjectsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectsModel)
public:
    enum Column { Name, Status, Pods, Quota, LimitRange, Age, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers for Pods, Quota and Age; text otherwise
        QuotaFractionRole, // double, the most used quota resource; -1 without a quota
    };

    explicit ProjectsModel(QObject *parent = nullptr);
    ~ProjectsModel() override;

    // Not owned; any may be nullptr (e.g. a user who may not list them).
    void setStores(Core::ObjectStore *namespaces, Core::ObjectStore *pods, Core::ObjectStore *resourceQuotas,
        Core::ObjectStore *limitRanges);
    // Rebuilds at once instead of after the coalescing delay.
    void refreshNow();
    void setClock(std::function<QDateTime()> nowUtc);

    QString namespaceAt(int row) const;
    QList<QuotaUsage> quotaUsage(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString name;
        QString phase;
        int pods = 0;
        QList<QuotaUsage> quotas; // most used first
        bool limitRange = false;
        QDateTime created;
        bool operator==(const Row &other) const;
    };

    void scheduleRefresh();
    std::vector<Row> buildRows() const;
    void follow(Core::ObjectStore *store);

    QPointer<Core::ObjectStore> m_namespaces;
    QPointer<Core::ObjectStore> m_pods;
    QPointer<Core::ObjectStore> m_quotas;
    QPointer<Core::ObjectStore> m_limitRanges;
    std::vector<Row> m_rows; // sorted by name
    QTimer m_refresh;
    QTimer m_ageTimer;
    std::function<QDateTime()> m_now;
};

} // namespace Sextant::Ui
