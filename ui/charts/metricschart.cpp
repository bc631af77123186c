// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/charts/metricschart.h"

#include "core/metrics/metricspoller.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLineSeries>
#include <QStackedLayout>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace Sextant::Ui {

namespace {

constexpr double kMiB = 1024.0 * 1024.0;
constexpr double kGiB = 1024.0 * kMiB;

bool paletteIsDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

MetricsChart::MetricsChart(QWidget *parent)
    : QWidget(parent)
{
    m_cpuSeries = new QLineSeries(this);
    m_memorySeries = new QLineSeries(this);
    m_cpuTime = new QDateTimeAxis(this);
    m_memoryTime = new QDateTimeAxis(this);
    m_cpuAxis = new QValueAxis(this);
    m_memoryAxis = new QValueAxis(this);
    m_cpuView = new QChartView(makeChart(tr("CPU"), m_cpuSeries, m_cpuTime, m_cpuAxis), this);
    m_memoryView = new QChartView(makeChart(tr("Memory"), m_memorySeries, m_memoryTime, m_memoryAxis), this);
    for (QChartView *view : { m_cpuView, m_memoryView }) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(180);
    }

    m_charts = new QWidget(this);
    auto *chartsLayout = new QVBoxLayout(m_charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(m_cpuView);
    chartsLayout->addWidget(m_memoryView);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("metricsMessageLabel"));
    m_message->setTextFormat(Qt::PlainText); // it quotes the server's message: never rich text
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMargin(24);

    m_stack = new QStackedLayout(this);
    m_stack->addWidget(m_charts);
    m_stack->addWidget(m_message);
    applyTheme();
    showMessage(tr("Choose a node, pod or workload to see its usage."));
}

QChart *MetricsChart::makeChart(const QString &title, QLineSeries *series, QDateTimeAxis *x, QValueAxis *y)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->addSeries(series);
    x->setFormat(QStringLiteral("HH:mm"));
    x->setTickCount(7);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    series->setPointsVisible(true);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

void MetricsChart::applyTheme()
{
    const QChart::ChartTheme theme = paletteIsDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    for (QChartView *view : { m_cpuView, m_memoryView }) {
        view->chart()->setTheme(theme);
        view->chart()->setBackgroundBrush(palette().brush(QPalette::Base));
        view->chart()->setTitleBrush(palette().brush(QPalette::Text));
        view->setBackgroundBrush(palette().brush(QPalette::Window));
    }
    // setTheme resets series colours and axis fonts: put ours back.
    m_cpuSeries->setColor(QColor(0x3d, 0x8e, 0xd9));
    m_memorySeries->setColor(QColor(0x9b, 0x59, 0xd0));
    for (QAbstractAxis *axis :
        std::initializer_list<QAbstractAxis *> { m_cpuTime, m_memoryTime, m_cpuAxis, m_memoryAxis }) {
        axis->setLabelsBrush(palette().brush(QPalette::Text));
        axis->setTitleBrush(palette().brush(QPalette::Text));
    }
}

void MetricsChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void MetricsChart::setPoller(Core::MetricsPoller *poller)
{
    if (m_poller)
        m_poller->disconnect(this);
    m_poller = poller;
    if (poller) {
        connect(poller, &Core::MetricsPoller::nodesUpdated, this, &MetricsChart::refresh);
        connect(poller, &Core::MetricsPoller::podsUpdated, this, &MetricsChart::refresh);
        connect(poller, &Core::MetricsPoller::availabilityChanged, this, &MetricsChart::refresh);
    }
    refresh();
}

void MetricsChart::showNode(const QString &name)
{
    m_subject = Subject::Node;
    m_name = name;
    refresh();
}

void MetricsChart::showPod(const QString &namespaceName, const QString &name)
{
    m_subject = Subject::Pod;
    m_namespace = namespaceName;
    m_name = name;
    refresh();
}

void MetricsChart::showWorkload(const QString &namespaceName, const QJsonObject &selector)
{
    m_subject = Subject::Workload;
    m_namespace = namespaceName;
    m_selector = selector;
    refresh();
}

void MetricsChart::setSamples(const QList<Core::MetricsSample> &samples)
{
    m_subject = Subject::Fixed;
    m_fixed = samples;
    refresh();
}

void MetricsChart::refresh()
{
    if (m_subject == Subject::Fixed) {
        plot(m_fixed);
        return;
    }
    if (m_subject == Subject::None)
        return;
    if (!m_poller) {
        showMessage(tr("Metrics are not being collected for this cluster."));
        return;
    }
    using Availability = Core::MetricsPoller::Availability;
    const bool node = m_subject == Subject::Node;
    const Availability availability = node ? m_poller->nodeAvailability() : m_poller->podAvailability();
    if (availability == Availability::Missing || availability == Availability::Forbidden) {
        showMessage(node ? m_poller->nodeMessage() : m_poller->podMessage());
        return;
    }
    QList<Core::MetricsSample> samples;
    switch (m_subject) {
    case Subject::Node:
        samples = m_poller->nodeSeries(m_name).samples();
        break;
    case Subject::Pod:
        samples = m_poller->podSeries(m_namespace, m_name).samples();
        break;
    case Subject::Workload:
        samples = m_poller->aggregate(m_namespace, m_selector);
        break;
    case Subject::None:
    case Subject::Fixed:
        break;
    }
    if (samples.isEmpty()) {
        if (availability == Availability::Failed)
            showMessage(node ? m_poller->nodeMessage() : m_poller->podMessage());
        else
            showMessage(tr("Waiting for metrics… metrics-server reports about every %1 seconds.")
                            .arg(m_poller->interval() / 1000));
        return;
    }
    plot(samples);
}

void MetricsChart::plot(const QList<Core::MetricsSample> &samples)
{
    if (samples.isEmpty()) {
        showMessage(tr("No metrics yet."));
        return;
    }
    qint64 maxCpu = 0;
    qint64 maxMemory = 0;
    for (const Core::MetricsSample &sample : samples) {
        maxCpu = std::max(maxCpu, sample.cpuMilli);
        maxMemory = std::max(maxMemory, sample.memoryBytes);
    }
    // Millicores below one core, cores above; MiB below one GiB, GiB above.
    const bool cores = maxCpu >= 1000;
    const bool gib = double(maxMemory) >= kGiB;
    QList<QPointF> cpu;
    QList<QPointF> memory;
    cpu.reserve(samples.size());
    memory.reserve(samples.size());
    for (const Core::MetricsSample &sample : samples) {
        cpu.append(QPointF(qreal(sample.timeMs), cores ? sample.cpuMilli / 1000.0 : qreal(sample.cpuMilli)));
        memory.append(QPointF(qreal(sample.timeMs), sample.memoryBytes / (gib ? kGiB : kMiB)));
    }
    m_cpuSeries->replace(cpu);
    m_memorySeries->replace(memory);

    const qint64 last = samples.last().timeMs;
    const qint64 first = std::min(samples.first().timeMs, last - 5 * 60 * 1000); // at least five minutes wide
    // Minutes repeat on short spans: seconds then.
    const bool shortSpan = last - first < 15 * 60 * 1000;
    for (QDateTimeAxis *axis : { m_cpuTime, m_memoryTime }) {
        axis->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last + 15 * 1000));
        axis->setFormat(shortSpan ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
        axis->setTickCount(shortSpan ? 6 : 7);
    }
    const double cpuTop = cores ? maxCpu / 1000.0 : double(maxCpu);
    const double memoryTop = maxMemory / (gib ? kGiB : kMiB);
    m_cpuAxis->setRange(0, std::max(cores ? 0.1 : 1.0, cpuTop * 1.2));
    m_cpuAxis->setLabelFormat(cores ? QStringLiteral("%.2f") : QStringLiteral("%.0f"));
    m_cpuAxis->setTitleText(cores ? tr("CPU (cores)") : tr("CPU (m)"));
    m_memoryAxis->setRange(0, std::max(1.0, memoryTop * 1.2));
    m_memoryAxis->setLabelFormat(gib ? QStringLiteral("%.2f") : QStringLiteral("%.0f"));
    m_memoryAxis->setTitleText(gib ? tr("Memory (GiB)") : tr("Memory (MiB)"));
    m_cpuAxis->applyNiceNumbers();
    m_memoryAxis->applyNiceNumbers();
    m_stack->setCurrentWidget(m_charts);
}

void MetricsChart::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

int MetricsChart::pointCount() const
{
    return int(m_cpuSeries->count());
}

bool MetricsChart::isShowingMessage() const
{
    return m_stack->currentWidget() == m_message;
}

QString MetricsChart::message() const
{
    return m_message->text();
}

QString MetricsChart::cpuAxisTitle() const
{
    return m_cpuAxis->titleText();
}

QString MetricsChart::memoryAxisTitle() const
{
    return m_memoryAxis->titleText();
}

} // namespace Sextant::Ui
