// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/resourceref.h"
#include "ui/overview/clustersummary.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace Sextant::Core {
class ClusterConnection;
class MetricsPoller;
class ObjectStore;
} // namespace Sextant::Core

namespace Sextant::Ui {

class CapacityChart;
class UsageBar;

// The cluster at a glance, as KubeSphere's overview: Kubernetes version,
// nodes ready, CPU and memory (capacity, allocatable, requested, limits),
// pods by phase, workload health and the last hour's Warning events. Live
// from the connection's stores; changes are coalesced into one refresh.
class OverviewPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)
public:
    explicit OverviewPage(QWidget *parent = nullptr);
    ~OverviewPage() override;

    // Not owned; nullptr clears the page.
    void setConnection(Core::ClusterConnection *connection);

    // What the page shows now (for tests and other views).
    const ClusterSummary &summary() const { return m_summary; }
    // Recomputes at once instead of after the coalescing delay.
    void refreshNow();
    // For tests: the clock "the last hour" is measured from.
    void setClock(std::function<QDateTime()> nowUtc);
    QTreeWidget *warningList() const { return m_warnings; }
    CapacityChart *capacityChart() const { return m_capacityChart; }

Q_SIGNALS:
    // A warning's involved object was clicked.
    void openRequested(const Sextant::Core::ResourceRef &resource, const QString &namespaceName, const QString &name);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum StoreRole { Nodes, Pods, Deployments, StatefulSets, DaemonSets, Events, StoreCount };

    void scheduleRefresh();
    void render();
    void renderCapacityChart();
    void renderResource(const ResourceTotals &totals, bool isCpu, UsageBar *requests, UsageBar *limits,
        QLabel *requestsText, QLabel *limitsText, QLabel *footer);
    QString deniedText(StoreRole role) const; // non-empty when the store cannot be read
    void activateWarning(QTreeWidgetItem *item);

    QPointer<Core::ClusterConnection> m_connection;
    QPointer<Core::ObjectStore> m_stores[StoreCount];
    ClusterSummary m_summary;
    QTimer m_refresh;
    bool m_refreshWhenShown = false;
    std::function<QDateTime()> m_now;

    QLabel *m_version = nullptr;
    QLabel *m_nodesReady = nullptr;
    QLabel *m_nodesDetail = nullptr;
    UsageBar *m_cpuRequests = nullptr;
    UsageBar *m_cpuLimits = nullptr;
    QLabel *m_cpuRequestsText = nullptr;
    QLabel *m_cpuLimitsText = nullptr;
    QLabel *m_cpuFooter = nullptr;
    UsageBar *m_memoryRequests = nullptr;
    UsageBar *m_memoryLimits = nullptr;
    QLabel *m_memoryRequestsText = nullptr;
    QLabel *m_memoryLimitsText = nullptr;
    QLabel *m_memoryFooter = nullptr;
    QLabel *m_podsTotal = nullptr;
    UsageBar *m_podsBar = nullptr;
    QLabel *m_podsPhases = nullptr;
    QLabel *m_workloadTexts[3] = {};
    UsageBar *m_workloadBars[3] = {};
    QTreeWidget *m_warnings = nullptr;
    CapacityChart *m_capacityChart = nullptr;
    QPointer<Core::MetricsPoller> m_poller;
    QLabel *m_warningsEmpty = nullptr;
};

} // namespace Sextant::Ui
