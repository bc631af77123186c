// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>

namespace Sextant::Core {

// client-go's reflector backoff: 800 ms, doubling, capped at 30 s, jitter
// 1.0 (each wait grows by up to 100 %), back to the start after 2 min
// without a failure.
class Backoff {
public:
    struct Policy {
        int initialMs = 800;
        int capMs = 30 * 1000;
        double factor = 2.0;
        double jitter = 1.0;
        int resetAfterMs = 2 * 60 * 1000;
    };

    Backoff() = default;
    explicit Backoff(const Policy &policy);

    // The wait before the next attempt.
    int next();
    void reset();
    const Policy &policy() const { return m_policy; }

private:
    Policy m_policy;
    int m_currentMs = 0;
    QElapsedTimer m_sinceLast;
};

} // namespace Sextant::Core
