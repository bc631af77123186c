// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/requesthandle.h"

#include "core/api/pendingrequest.h"

namespace Sextant::Core {

RequestHandle::RequestHandle(QObject *pending)
    : m_pending(pending)
{
}

void RequestHandle::cancel()
{
    if (auto *pending = qobject_cast<PendingRequest *>(m_pending.data()))
        pending->cancel();
    m_pending.clear();
}

bool RequestHandle::isRunning() const
{
    const auto *pending = qobject_cast<const PendingRequest *>(m_pending.data());
    return pending && !pending->isFinished();
}

} // namespace Sextant::Core
