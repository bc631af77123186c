// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/watch/backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Sextant::Core {

Backoff::Backoff(const Policy &policy)
    : m_policy(policy)
{
}

int Backoff::next()
{
    if (m_currentMs == 0 || (m_sinceLast.isValid() && m_sinceLast.elapsed() > m_policy.resetAfterMs))
        m_currentMs = m_policy.initialMs;
    const int base = m_currentMs;
    m_currentMs = std::min(m_policy.capMs, int(m_currentMs * m_policy.factor));
    m_sinceLast.start();
    const double jitter = m_policy.jitter > 0 ? QRandomGenerator::global()->generateDouble() * m_policy.jitter : 0.0;
    return int(base + base * jitter);
}

void Backoff::reset()
{
    m_currentMs = 0;
    m_sinceLast.invalidate();
}

} // namespace Sextant::Core
