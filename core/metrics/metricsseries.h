// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QMetaType>

#include <vector>

namespace Sextant::Core {

struct MetricsSample {
    qint64 timeMs = 0; // when the poll answered, ms since the epoch
    qint64 cpuMilli = 0; // millicores
    qint64 memoryBytes = 0;
};

// The recent usage of one object: a ring of fixed capacity; samples older
// than maxAgeMs behind the newest are not returned.
class MetricsSeries {
public:
    explicit MetricsSeries(int capacity = 256, qint64 maxAgeMs = 3600 * 1000);

    void add(const MetricsSample &sample);
    // Oldest first, within maxAgeMs of the newest.
    QList<MetricsSample> samples() const;
    bool isEmpty() const { return m_size == 0; }
    int size() const { return int(samples().size()); }
    int capacity() const { return int(m_ring.size()); }
    qint64 maxAgeMs() const { return m_maxAgeMs; }
    MetricsSample latest() const;

private:
    std::vector<MetricsSample> m_ring;
    int m_head = 0; // next write position
    int m_size = 0;
    qint64 m_maxAgeMs = 3600 * 1000;
};

} // namespace Sextant::Core

Q_DECLARE_METATYPE(Sextant::Core::MetricsSample)
