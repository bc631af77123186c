// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>

namespace Sextant::Core {

// A request in flight. Copyable; cancel() aborts it so that none of its
// handlers run. After completion cancel() is a no-op.
class RequestHandle {
public:
    RequestHandle() = default;
    explicit RequestHandle(QObject *pending);

    void cancel();
    // True until the request finished, failed or was cancelled.
    bool isRunning() const;

private:
    QPointer<QObject> m_pending;
};

} // namespace Sextant::Core
