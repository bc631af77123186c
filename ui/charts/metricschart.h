// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/metrics/metricsseries.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QStackedLayout;
class QValueAxis;

namespace Sextant::Core {
class MetricsPoller;
}

namespace Sextant::Ui {

// CPU and memory of one node, one pod or a workload's pods over the last
// hour, from a MetricsPoller, updated as polls answer. When metrics.k8s.io
// is missing or forbidden, shows why and how to enable it instead.
class MetricsChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsChart)
public:
    explicit MetricsChart(QWidget *parent = nullptr);

    void setPoller(Core::MetricsPoller *poller);
    void showNode(const QString &name);
    void showPod(const QString &namespaceName, const QString &name);
    // The sum over the namespace's pods the selector (metav1.LabelSelector) matches.
    void showWorkload(const QString &namespaceName, const QJsonObject &selector);
    // Fixed samples, without a poller (tests, previews).
    void setSamples(const QList<Core::MetricsSample> &samples);

    int pointCount() const;
    bool isShowingMessage() const;
    QString message() const;
    // CPU and memory axis titles, with their unit ("CPU (m)", "Memory (MiB)").
    QString cpuAxisTitle() const;
    QString memoryAxisTitle() const;

public Q_SLOTS:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Subject { None, Node, Pod, Workload, Fixed };

    QChart *makeChart(const QString &title, QLineSeries *series, QDateTimeAxis *x, QValueAxis *y);
    void applyTheme();
    void plot(const QList<Core::MetricsSample> &samples);
    void showMessage(const QString &text);

    QPointer<Core::MetricsPoller> m_poller;
    Subject m_subject = Subject::None;
    QString m_namespace;
    QString m_name;
    QJsonObject m_selector;
    QList<Core::MetricsSample> m_fixed;

    QStackedLayout *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_charts = nullptr;
    QChartView *m_cpuView = nullptr;
    QChartView *m_memoryView = nullptr;
    QLineSeries *m_cpuSeries = nullptr;
    QLineSeries *m_memorySeries = nullptr;
    QDateTimeAxis *m_cpuTime = nullptr;
    QDateTimeAxis *m_memoryTime = nullptr;
    QValueAxis *m_cpuAxis = nullptr;
    QValueAxis *m_memoryAxis = nullptr;
};

} // namespace Sextant::Ui
