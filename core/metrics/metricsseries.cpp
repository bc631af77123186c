// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/metrics/metricsseries.h"

#include <algorithm>

namespace Sextant::Core {

MetricsSeries::MetricsSeries(int capacity, qint64 maxAgeMs)
    : m_ring(size_t(std::max(1, capacity)))
    , m_maxAgeMs(maxAgeMs)
{
}

void MetricsSeries::add(const MetricsSample &sample)
{
    m_ring[size_t(m_head)] = sample;
    m_head = (m_head + 1) % int(m_ring.size());
    m_size = std::min(m_size + 1, int(m_ring.size()));
}

MetricsSample MetricsSeries::latest() const
{
    if (m_size == 0)
        return {};
    const int capacity = int(m_ring.size());
    return m_ring[size_t((m_head - 1 + capacity) % capacity)];
}

QList<MetricsSample> MetricsSeries::samples() const
{
    QList<MetricsSample> out;
    if (m_size == 0)
        return out;
    const int capacity = int(m_ring.size());
    const qint64 oldest = latest().timeMs - m_maxAgeMs;
    out.reserve(m_size);
    for (int i = 0; i < m_size; ++i) {
        const MetricsSample &sample = m_ring[size_t((m_head - m_size + i + capacity) % capacity)];
        if (sample.timeMs >= oldest)
            out.append(sample);
    }
    return out;
}

} // namespace Sextant::Core
