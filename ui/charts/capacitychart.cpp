// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/charts/capacitychart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace Sextant::Ui {

namespace {

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

bool paletteIsDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QList<double> scaled(const CapacityFigures &figures, double divisor)
{
    return { figures.capacity / divisor, figures.allocatable / divisor, figures.requests / divisor,
        figures.limits / divisor, figures.usage.value_or(0) / divisor };
}

} // namespace

CapacityChart::CapacityChart(QWidget *parent)
    : QWidget(parent)
{
    m_titleLabel = new QLabel(this);
    m_titleLabel->setTextFormat(Qt::PlainText);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_cpuView = new QChartView(this);
    m_memoryView = new QChartView(this);
    for (QChartView *view : { m_cpuView, m_memoryView }) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(320, 240);
    }
    m_noteLabel = new QLabel(this);
    m_noteLabel->setTextFormat(Qt::PlainText);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setVisible(false);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_cpuView);
    charts->addWidget(m_memoryView);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addLayout(charts, 1);
    layout->addWidget(m_noteLabel);
    rebuild();
}

void CapacityChart::setTitle(const QString &title)
{
    m_title = title;
    m_titleLabel->setText(title);
}

void CapacityChart::setCpu(const CapacityFigures &millicores)
{
    m_cpu = millicores;
    rebuild();
}

void CapacityChart::setMemory(const CapacityFigures &bytes)
{
    m_memory = bytes;
    rebuild();
}

void CapacityChart::setNote(const QString &note)
{
    m_noteLabel->setText(note);
    m_noteLabel->setVisible(!note.isEmpty());
}

QList<double> CapacityChart::cpuValues() const
{
    return scaled(m_cpu, 1000.0);
}

QList<double> CapacityChart::memoryValues() const
{
    return scaled(m_memory, kGiB);
}

void CapacityChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void CapacityChart::rebuild()
{
    const QStringList names { tr("Capacity"), tr("Allocatable"), tr("Requests"), tr("Limits"), tr("Usage") };
    static const QColor colors[] = { QColor(0x7f, 0x8c, 0x8d), QColor(0x3d, 0x8e, 0xd9), QColor(0xe6, 0x7e, 0x22),
        QColor(0xc0, 0x39, 0x2b), QColor(0x27, 0xae, 0x60) };
    const bool dark = paletteIsDark(palette());
    auto build
        = [&](QChartView *view, const QString &title, const QString &unit, const QList<double> &values, bool hasUsage) {
              auto *chart = new QChart;
              chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
              chart->setBackgroundBrush(palette().brush(QPalette::Base));
              chart->setTitleBrush(palette().brush(QPalette::Text));
              chart->setTitle(title);
              // One set per figure, each with a value in its own row only, so every figure has its colour.
              auto *series = new QHorizontalStackedBarSeries(chart);
              QStringList categories;
              QList<int> shown;
              for (int i = int(values.size()) - 1; i >= 0; --i) {
                  if (i == 4 && !hasUsage)
                      continue;
                  categories.append(names.at(i));
                  shown.append(i);
              }
              for (int row = 0; row < shown.size(); ++row) {
                  auto *set = new QBarSet(names.at(shown.at(row)), series);
                  for (int other = 0; other < shown.size(); ++other)
                      *set << (other == row ? values.at(shown.at(row)) : 0.0);
                  set->setColor(colors[shown.at(row)]);
                  set->setBorderColor(colors[shown.at(row)]);
                  set->setLabelColor(palette().color(QPalette::Text));
                  series->append(set);
              }
              series->setBarWidth(0.6);
              series->setLabelsVisible(true);
              series->setLabelsFormat(QStringLiteral("@value"));
              series->setLabelsPrecision(3);
              series->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
              chart->addSeries(series);
              auto *axisY = new QBarCategoryAxis(chart);
              axisY->append(categories);
              axisY->setLabelsBrush(palette().brush(QPalette::Text));
              chart->addAxis(axisY, Qt::AlignLeft);
              series->attachAxis(axisY);
              auto *axisX = new QValueAxis(chart);
              const double top = values.isEmpty() ? 1.0 : *std::max_element(values.cbegin(), values.cend());
              axisX->setRange(0, std::max(0.001, top * 1.25));
              axisX->setTitleText(unit);
              axisX->setLabelFormat(QStringLiteral("%.1f"));
              axisX->setLabelsBrush(palette().brush(QPalette::Text));
              axisX->setTitleBrush(palette().brush(QPalette::Text));
              chart->addAxis(axisX, Qt::AlignBottom);
              series->attachAxis(axisX);
              chart->legend()->hide();
              chart->setMargins(QMargins(4, 4, 4, 4));
              QChart *old = view->chart();
              view->setChart(chart);
              delete old;
              view->setBackgroundBrush(palette().brush(QPalette::Window));
          };
    build(m_cpuView, tr("CPU"), tr("cores"), cpuValues(), m_cpu.usage.has_value());
    build(m_memoryView, tr("Memory"), tr("GiB"), memoryValues(), m_memory.usage.has_value());
}

} // namespace Sextant::Ui
