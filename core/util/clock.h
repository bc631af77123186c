// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>

namespace Sextant::Core {

// Wall-clock time, overridable so tests can move time (token expiry,
// backoff, ages) without sleeping. Modelled on KeePassXC's Clock.
class Clock {
public:
    Clock() = default;
    virtual ~Clock();
    Q_DISABLE_COPY_MOVE(Clock)

    virtual QDateTime nowUtc() const;

    // The process-wide clock; the system clock unless a test set another.
    static Clock *instance();
    // Not owned. nullptr restores the system clock.
    static void setInstance(Clock *clock);
};

} // namespace Sextant::Core
