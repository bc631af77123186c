// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/overview/overviewpage.h"

#include "core/cluster/clusterconnection.h"
#include "core/kinds/kindrenderer.h"
#include "core/metrics/metricspoller.h"
#include "core/watch/objectstore.h"
#include "ui/charts/capacitychart.h"
#include "ui/delegates/healthdelegate.h"
#include "ui/overview/usagebar.h"
#include "ui/widgets/pagetitle.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace Sextant::Ui {

namespace {

constexpr int kRefreshDelayMs = 150;
constexpr int kMaxRefreshDelayMs = 2000;

Core::ResourceRef refOf(const char *group, const char *resource, bool namespaced = true)
{
    return { QLatin1String(group), QStringLiteral("v1"), QLatin1String(resource), namespaced };
}

QList<QJsonObject> objectsOf(const Core::ObjectStore *store)
{
    QList<QJsonObject> out;
    if (!store) {
        return out;
    }
    const QList<QString> keys = store->keys();
    out.reserve(keys.size());
    for (const QString &key : keys) {
        out.append(store->object(key));
    }
    return out;
}

QFrame *card(const QString &title, QWidget *parent, QVBoxLayout **body)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(6);
    auto *heading = new QLabel(title, frame);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    heading->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(heading);
    *body = layout;
    return frame;
}

QLabel *bigLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *textLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

double fractionOf(const Core::Quantity &used, const Core::Quantity &total)
{
    return total.isZero() ? -1 : used.toDouble() / total.toDouble();
}

QString percent(double fraction)
{
    return fraction < 0 ? QString() : QLocale().toString(qRound(fraction * 100)) + QLatin1Char('%');
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(kRefreshDelayMs);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (isVisible()) {
            refreshNow();
        } else {
            m_refreshWhenShown = true;
        }
    });

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(12, 12, 12, 12);
    grid->setSpacing(12);

    auto *header = new QHBoxLayout;
    header->addWidget(createPageTitle(tr("Overview"), content));
    header->addStretch();
    m_version = new QLabel(content);
    m_version->setForegroundRole(QPalette::PlaceholderText);
    header->addWidget(m_version);
    grid->addLayout(header, 0, 0, 1, 3);

    QVBoxLayout *body = nullptr;
    grid->addWidget(card(tr("Nodes"), content, &body), 1, 0);
    m_nodesReady = bigLabel(content);
    body->addWidget(m_nodesReady);
    m_nodesDetail = textLabel(content);
    body->addWidget(m_nodesDetail);
    body->addStretch();

    grid->addWidget(card(tr("Pods"), content, &body), 1, 1);
    m_podsTotal = bigLabel(content);
    body->addWidget(m_podsTotal);
    m_podsBar = new UsageBar(content);
    body->addWidget(m_podsBar);
    m_podsPhases = textLabel(content);
    body->addWidget(m_podsPhases);
    body->addStretch();

    grid->addWidget(card(tr("Workloads"), content, &body), 1, 2);
    for (int i = 0; i < 3; ++i) {
        m_workloadTexts[i] = textLabel(content);
        m_workloadBars[i] = new UsageBar(content);
        m_workloadBars[i]->setFullIsHealthy(true);
        body->addWidget(m_workloadTexts[i]);
        body->addWidget(m_workloadBars[i]);
    }
    body->addStretch();

    const auto resourceCard = [&](const QString &title, UsageBar **requests, UsageBar **limits, QLabel **requestsText,
                                  QLabel **limitsText, QLabel **footer) {
        QFrame *frame = card(title, content, &body);
        *requestsText = textLabel(content);
        *requests = new UsageBar(content);
        *limitsText = textLabel(content);
        *limits = new UsageBar(content);
        *footer = textLabel(content);
        (*footer)->setForegroundRole(QPalette::PlaceholderText);
        body->addWidget(*requestsText);
        body->addWidget(*requests);
        body->addSpacing(4);
        body->addWidget(*limitsText);
        body->addWidget(*limits);
        body->addWidget(*footer);
        body->addStretch();
        return frame;
    };
    auto *resources = new QHBoxLayout;
    resources->setSpacing(12);
    resources->addWidget(
        resourceCard(tr("CPU"), &m_cpuRequests, &m_cpuLimits, &m_cpuRequestsText, &m_cpuLimitsText, &m_cpuFooter));
    resources->addWidget(resourceCard(
        tr("Memory"), &m_memoryRequests, &m_memoryLimits, &m_memoryRequestsText, &m_memoryLimitsText, &m_memoryFooter));
    grid->addLayout(resources, 2, 0, 1, 3);

    // Usage from metrics.k8s.io beside what is reserved (requests, limits) and what exists.
    m_capacityChart = new CapacityChart(content);
    m_capacityChart->setTitle(tr("Capacity and usage"));
    m_capacityChart->setMinimumHeight(240);
    grid->addWidget(m_capacityChart, 3, 0, 1, 3);

    grid->addWidget(card(tr("Warnings in the last hour"), content, &body), 4, 0, 1, 3);
    m_warningsEmpty = textLabel(content);
    body->addWidget(m_warningsEmpty);
    m_warnings = new QTreeWidget(content);
    m_warnings->setRootIsDecorated(false);
    m_warnings->setUniformRowHeights(true);
    m_warnings->setAlternatingRowColors(true);
    m_warnings->setHeaderLabels({ tr("Last seen"), tr("Object"), tr("Reason"), tr("Message") });
    m_warnings->header()->setStretchLastSection(true);
    m_warnings->setMinimumHeight(180);
    m_warnings->setCursor(Qt::PointingHandCursor);
    m_warnings->setToolTip(tr("Click a warning to open the object it is about"));
    body->addWidget(m_warnings, 1);
    body->addStretch(); // takes the space while the list is hidden
    connect(m_warnings, &QTreeWidget::itemClicked, this, &OverviewPage::activateWarning);
    connect(m_warnings, &QTreeWidget::itemActivated, this, &OverviewPage::activateWarning);
    grid->setRowStretch(4, 1);
    for (int c = 0; c < 3; ++c) {
        grid->setColumnStretch(c, 1);
    }
    render();
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::setConnection(Core::ClusterConnection *connection)
{
    for (QPointer<Core::ObjectStore> &store : m_stores) {
        if (store) {
            disconnect(store, nullptr, this, nullptr);
        }
        store = nullptr;
    }
    if (m_poller) {
        disconnect(m_poller, nullptr, this, nullptr);
    }
    m_connection = connection;
    m_poller = connection ? Core::MetricsPoller::of(connection) : nullptr;
    if (m_poller) {
        connect(m_poller, &Core::MetricsPoller::nodesUpdated, this, &OverviewPage::scheduleRefresh);
        connect(m_poller, &Core::MetricsPoller::availabilityChanged, this, &OverviewPage::scheduleRefresh);
    }
    if (connection) {
        const Core::ResourceRef refs[StoreCount] = {
            refOf("", "nodes", false),
            refOf("", "pods"),
            refOf("apps", "deployments"),
            refOf("apps", "statefulsets"),
            refOf("apps", "daemonsets"),
            refOf("", "events"),
        };
        for (int i = 0; i < StoreCount; ++i) {
            Core::ObjectStore *store = connection->store(refs[i]);
            m_stores[i] = store;
            connect(store, &Core::ObjectStore::changed, this, &OverviewPage::scheduleRefresh);
            connect(store, &Core::ObjectStore::syncStateChanged, this, &OverviewPage::scheduleRefresh);
        }
    }
    refreshNow();
}

void OverviewPage::setClock(std::function<QDateTime()> nowUtc)
{
    m_now = std::move(nowUtc);
}

void OverviewPage::scheduleRefresh()
{
    // Behind another page, summarising 10,000 pods every few seconds is work
    // nobody sees (and the longest stall of the pods table): do it when shown.
    if (!isVisible()) {
        m_refreshWhenShown = true;
        return;
    }
    if (!m_refresh.isActive()) {
        m_refresh.start();
    }
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_refreshWhenShown, false)) {
        refreshNow();
    }
}

void OverviewPage::refreshNow()
{
    m_refresh.stop();
    Summary::Input input;
    input.nodes = objectsOf(m_stores[Nodes]);
    input.pods = objectsOf(m_stores[Pods]);
    input.deployments = objectsOf(m_stores[Deployments]);
    input.statefulSets = objectsOf(m_stores[StatefulSets]);
    input.daemonSets = objectsOf(m_stores[DaemonSets]);
    input.events = objectsOf(m_stores[Events]);
    input.now = m_now();
    QElapsedTimer cost;
    cost.start();
    m_summary = Summary::summarize(input);
    render();
    // Big clusters churn constantly: keep refreshing to about a tenth of the time.
    m_refresh.setInterval(std::clamp(int(cost.elapsed()) * 10, kRefreshDelayMs, kMaxRefreshDelayMs));
}

QString OverviewPage::deniedText(StoreRole role) const
{
    const Core::ObjectStore *store = m_stores[role];
    if (!store || store->syncState() != Core::ObjectStore::SyncState::Failed) {
        return {};
    }
    return store->lastError().isForbidden() ? tr("Not permitted for this user") : store->lastError().message;
}

void OverviewPage::renderResource(const ResourceTotals &totals, bool isCpu, UsageBar *requests, UsageBar *limits,
    QLabel *requestsText, QLabel *limitsText, QLabel *footer)
{
    const auto format = [isCpu](const Core::Quantity &q) { return isCpu ? Core::formatCpu(q) : Core::formatBytes(q); };
    const double requested = fractionOf(totals.requests, totals.allocatable);
    const double limited = fractionOf(totals.limits, totals.allocatable);
    requests->setFraction(requested);
    limits->setFraction(limited);
    requestsText->setText(tr("Requested %1 of %2 allocatable (%3)")
                              .arg(format(totals.requests), format(totals.allocatable), percent(requested)));
    limitsText->setText(tr("Limits %1 (%2)").arg(format(totals.limits), percent(limited)));
    footer->setText(isCpu
            ? tr("Capacity %1 cores · allocatable %2 cores").arg(format(totals.capacity), format(totals.allocatable))
            : tr("Capacity %1 · allocatable %2").arg(format(totals.capacity), format(totals.allocatable)));
}

void OverviewPage::renderCapacityChart()
{
    // Usage is the latest sample of every node metrics-server reports.
    std::optional<double> cpuUsage;
    std::optional<double> memoryUsage;
    if (m_poller && m_poller->nodeAvailability() == Core::MetricsPoller::Availability::Available) {
        double cpu = 0;
        double memory = 0;
        bool sampled = false; // no bar at zero before the first sample arrives
        for (const QString &node : m_poller->nodeNames()) {
            const Core::MetricsSeries series = m_poller->nodeSeries(node);
            if (!series.isEmpty()) {
                cpu += double(series.latest().cpuMilli);
                memory += double(series.latest().memoryBytes);
                sampled = true;
            }
        }
        if (sampled) {
            cpuUsage = cpu;
            memoryUsage = memory;
        }
    }
    const auto figures = [](const ResourceTotals &totals, bool isCpu, std::optional<double> usage) {
        const auto amount
            = [isCpu](const Core::Quantity &q) { return isCpu ? double(q.milliValue()) : double(q.value()); };
        return CapacityFigures { amount(totals.capacity), amount(totals.allocatable), amount(totals.requests),
            amount(totals.limits), usage };
    };
    m_capacityChart->setCpu(figures(m_summary.cpu, true, cpuUsage));
    m_capacityChart->setMemory(figures(m_summary.memory, false, memoryUsage));
    m_capacityChart->setNote(m_poller ? m_poller->nodeMessage() : QString());
}

void OverviewPage::render()
{
    const ClusterSummary &s = m_summary;
    const QString version = m_connection ? m_connection->serverVersion() : QString();
    m_version->setText(version.isEmpty() ? QString() : tr("Kubernetes %1").arg(version));

    if (const QString denied = deniedText(Nodes); !denied.isEmpty()) {
        m_nodesReady->setText(QStringLiteral("–"));
        m_nodesDetail->setText(denied);
    } else {
        m_nodesReady->setText(tr("%1 / %2").arg(s.nodesReady).arg(s.nodes));
        m_nodesDetail->setText(s.notReadyNodes.isEmpty()
                ? (s.nodes == 0 ? tr("No nodes") : tr("All nodes are ready"))
                : tr("Not ready: %1").arg(s.notReadyNodes.join(QStringLiteral(", "))));
    }
    QPalette detailPalette = m_nodesDetail->palette();
    detailPalette.setColor(QPalette::WindowText,
        s.notReadyNodes.isEmpty() ? palette().color(QPalette::WindowText) : healthColor(Core::Health::Failed));
    m_nodesDetail->setPalette(detailPalette);

    renderCapacityChart();
    renderResource(s.cpu, true, m_cpuRequests, m_cpuLimits, m_cpuRequestsText, m_cpuLimitsText, m_cpuFooter);
    renderResource(
        s.memory, false, m_memoryRequests, m_memoryLimits, m_memoryRequestsText, m_memoryLimitsText, m_memoryFooter);
    if (const QString denied = deniedText(Nodes); !denied.isEmpty()) {
        m_cpuFooter->setText(denied);
        m_memoryFooter->setText(denied);
    }

    if (const QString denied = deniedText(Pods); !denied.isEmpty()) {
        m_podsTotal->setText(QStringLiteral("–"));
        m_podsPhases->setText(denied);
        m_podsBar->setFraction(-1);
    } else {
        m_podsTotal->setText(QLocale().toString(s.pods));
        const qint64 capacity = s.podCapacity.value();
        m_podsBar->setFraction(capacity > 0 ? double(s.pods) / double(capacity) : -1);
        QStringList phases;
        static const char *const phaseNames[] = { QT_TRANSLATE_NOOP("Sextant::Ui::PodPhase", "Running"),
            QT_TRANSLATE_NOOP("Sextant::Ui::PodPhase", "Pending"),
            QT_TRANSLATE_NOOP("Sextant::Ui::PodPhase", "Succeeded"),
            QT_TRANSLATE_NOOP("Sextant::Ui::PodPhase", "Failed"),
            QT_TRANSLATE_NOOP("Sextant::Ui::PodPhase", "Unknown") };
        for (const char *phase : phaseNames) {
            const int n = s.podsByPhase.value(QLatin1String(phase));
            if (n > 0 || qstrcmp(phase, "Running") == 0) {
                phases.append(
                    QStringLiteral("%1 %2").arg(QCoreApplication::translate("Sextant::Ui::PodPhase", phase)).arg(n));
            }
        }
        const QString of = capacity > 0 ? tr("%1 of %2 pod slots used").arg(s.pods).arg(capacity) : QString();
        m_podsPhases->setText(phases.join(QStringLiteral(" · ")) + (of.isEmpty() ? QString() : u'\n' + of));
    }

    const std::pair<const char *, const WorkloadCounts *> workloads[3] = {
        { QT_TR_NOOP("Deployments"), &s.deployments },
        { QT_TR_NOOP("StatefulSets"), &s.statefulSets },
        { QT_TR_NOOP("DaemonSets"), &s.daemonSets },
    };
    for (int i = 0; i < 3; ++i) {
        const auto &[name, counts] = workloads[i];
        const QString denied = deniedText(StoreRole(Deployments + i));
        m_workloadTexts[i]->setText(denied.isEmpty()
                ? tr("%1: %2 of %3 available").arg(tr(name)).arg(counts->available).arg(counts->total)
                : tr("%1: %2").arg(tr(name), denied));
        m_workloadBars[i]->setFraction(counts->total > 0 ? double(counts->available) / counts->total : -1);
    }

    m_warnings->clear();
    const QDateTime now = m_now();
    for (const WarningEvent &w : s.warnings) {
        const QString object = w.namespaceName.isEmpty()
            ? QStringLiteral("%1/%2").arg(w.kind, w.name)
            : QStringLiteral("%1/%2 (%3)").arg(w.kind, w.name, w.namespaceName);
        const QString age = Core::humanDuration(w.last.secsTo(now));
        auto *item = new QTreeWidgetItem(
            m_warnings, { w.count > 1 ? tr("%1 (×%2)").arg(age).arg(w.count) : age, object, w.reason, w.message });
        item->setIcon(0, healthIcon(Core::Health::Warning));
        item->setToolTip(3, w.message);
        item->setData(0, Qt::UserRole, QVariant::fromValue(int(m_warnings->topLevelItemCount() - 1)));
    }
    const QString eventsDenied = deniedText(Events);
    m_warningsEmpty->setVisible(s.warnings.isEmpty());
    m_warnings->setVisible(!s.warnings.isEmpty());
    m_warningsEmpty->setText(eventsDenied.isEmpty() ? tr("No warnings in the last hour.") : eventsDenied);
    if (!s.warnings.isEmpty()) {
        m_warnings->resizeColumnToContents(0);
        m_warnings->resizeColumnToContents(1);
        m_warnings->resizeColumnToContents(2);
    }
}

void OverviewPage::activateWarning(QTreeWidgetItem *item)
{
    const int index = item ? item->data(0, Qt::UserRole).toInt() : -1;
    if (index < 0 || index >= m_summary.warnings.size()) {
        return;
    }
    const WarningEvent &w = m_summary.warnings.at(index);
    Q_EMIT openRequested(w.resource, w.namespaceName, w.name);
}

} // namespace Sextant::Ui
