// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <ctime>

namespace Sextant::Bench {

inline qint64 threadCpuUs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

// The longest gap between 5 ms ticks: how long the event loop was blocked.
// Each gap over 50 ms is split by the GUI thread's CPU time in it: "busy"
// stalls are our own work; the rest is the thread waiting to be scheduled
// (the machine is shared) or blocked outside Sextant.
class StallMeter final : public QObject {
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        m_cpuStart = threadCpuUs();
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const qint64 cpu = threadCpuUs();
            if (m_last > 0) {
                const qint64 gap = now - m_last - 5;
                const qint64 busy = (cpu - m_lastCpu) / 1000;
                longest = qMax(longest, gap);
                if (gap > 50) {
                    ++over50;
                    longestBusy = qMax(longestBusy, busy);
                    if (busy > 50) {
                        ++busyOver50;
                    }
                }
            }
            m_last = now;
            m_lastCpu = cpu;
        });
        m_timer.start();
    }
    double cpuSeconds() const { return double(threadCpuUs() - m_cpuStart) / 1e6; }
    qint64 longest = 0;
    int over50 = 0;
    qint64 longestBusy = 0; // GUI-thread CPU ms within the stalls over 50 ms
    int busyOver50 = 0; // stalls in which the GUI thread itself computed over 50 ms

private:
    QTimer m_timer;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    qint64 m_cpuStart = 0;
};

} // namespace Sextant::Bench
