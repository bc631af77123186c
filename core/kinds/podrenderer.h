// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/kinds/kindrenderer.h"

namespace Sextant::Core {

// Pods as `kubectl get pods -o wide` shows them: READY, STATUS, RESTARTS, IP, NODE.
class PodRenderer final : public KindRenderer {
public:
    QList<ColumnSpec> columns() const override;
    RenderedRow render(const QJsonObject &pod) const override;
    Capabilities capabilities() const override;

    // The STATUS column exactly as kubectl's printPod computes it.
    static QString statusReason(const QJsonObject &pod);
};

} // namespace Sextant::Core
