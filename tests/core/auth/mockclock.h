// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/util/clock.h"

namespace Sextant::Core {

// A clock that only moves when the test says so.
class MockClock final : public Clock {
public:
    explicit MockClock(QDateTime now = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC))
        : m_now(std::move(now))
    {
    }
    QDateTime nowUtc() const override { return m_now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void setNow(const QDateTime &now) { m_now = now; }

private:
    QDateTime m_now;
};

} // namespace Sextant::Core
