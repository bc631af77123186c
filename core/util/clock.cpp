// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/util/clock.h"

#include <atomic>

namespace Sextant::Core {

namespace {
Clock *systemClock()
{
    static Clock clock;
    return &clock;
}
std::atomic<Clock *> s_override { nullptr };
} // namespace

Clock::~Clock() = default;

QDateTime Clock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

Clock *Clock::instance()
{
    Clock *clock = s_override.load();
    return clock ? clock : systemClock();
}

void Clock::setInstance(Clock *clock)
{
    s_override.store(clock);
}

} // namespace Sextant::Core
