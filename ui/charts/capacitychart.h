// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

#include <optional>

class QChartView;
class QLabel;

namespace Sextant::Ui {

// One resource of a cluster or node: what it has, what pods may use, what
// they asked for, their ceiling, and what they use now.
struct CapacityFigures {
    double capacity = 0;
    double allocatable = 0;
    double requests = 0;
    double limits = 0;
    std::optional<double> usage; // absent without metrics.k8s.io
};

// Bars comparing capacity, allocatable, requests, limits and usage, for
// CPU (millicores in, shown in cores) and memory (bytes in, shown in GiB).
// The caller computes the figures; this only draws them.
class CapacityChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapacityChart)
public:
    explicit CapacityChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setCpu(const CapacityFigures &millicores);
    void setMemory(const CapacityFigures &bytes);
    // Shown under the bars, e.g. why usage is missing.
    void setNote(const QString &note);

    // The plotted values (cores, GiB) in the order capacity, allocatable, requests, limits, usage.
    QList<double> cpuValues() const;
    QList<double> memoryValues() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QString m_title;
    CapacityFigures m_cpu;
    CapacityFigures m_memory;
    QChartView *m_cpuView = nullptr;
    QChartView *m_memoryView = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_noteLabel = nullptr;
};

} // namespace Sextant::Ui
