// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/logs/logline.h"

namespace Sextant::Core {

// Remembers the newest timestamp delivered and how many lines carried it.
// A resumed stream (sinceTime = that second) repeats everything from that
// second on: after resume() the filter drops lines older than the newest
// delivered, and as many lines with exactly that timestamp as were already
// delivered, so nothing repeats; every later line passes, so nothing is lost.
class LogResumeFilter {
public:
    // Lines to deliver from a batch; updates the bookkeeping.
    LogLines filter(const LogLines &lines);
    // The stream restarted from sinceTime(): skip what was already delivered.
    void resume();

    bool hasTimestamp() const { return m_lastTimestampNs != 0; }
    qint64 lastTimestampNs() const { return m_lastTimestampNs; }
    int deliveredAtLastTimestamp() const { return m_countAtLast; }
    qint64 droppedDuplicates() const { return m_dropped; }

private:
    qint64 m_lastTimestampNs = 0;
    int m_countAtLast = 0;
    bool m_skipping = false;
    int m_skipBudget = 0;
    qint64 m_dropped = 0;
};

} // namespace Sextant::Core
