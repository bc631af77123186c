// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/logs/logresumefilter.h"

namespace Sextant::Core {

void LogResumeFilter::resume()
{
    m_skipping = hasTimestamp();
    m_skipBudget = m_countAtLast;
}

LogLines LogResumeFilter::filter(const LogLines &lines)
{
    LogLines out;
    out.reserve(lines.size());
    for (const LogLine &line : lines) {
        if (m_skipping) {
            // Lines without a timestamp continue the previous (cut) line: repeated too.
            const bool older = line.timestampNs < m_lastTimestampNs;
            const bool sameAndSeen = line.timestampNs == m_lastTimestampNs && m_skipBudget > 0;
            if (older || sameAndSeen) {
                if (sameAndSeen)
                    --m_skipBudget;
                ++m_dropped;
                continue;
            }
            m_skipping = false;
        }
        if (line.timestampNs != 0) {
            if (line.timestampNs == m_lastTimestampNs) {
                ++m_countAtLast;
            } else if (line.timestampNs > m_lastTimestampNs) {
                m_lastTimestampNs = line.timestampNs;
                m_countAtLast = 1;
            }
        }
        out.append(line);
    }
    return out;
}

} // namespace Sextant::Core
