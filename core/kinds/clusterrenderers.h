// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/kinds/kindrenderer.h"

namespace Sextant::Core {

// STATUS ("Ready", "NotReady", "Ready,SchedulingDisabled"), ROLES, AGE, VERSION.
class NodeRenderer final : public KindRenderer {
public:
    QList<ColumnSpec> columns() const override;
    RenderedRow render(const QJsonObject &node) const override;
    Capabilities capabilities() const override;
};

// LAST SEEN, TYPE, REASON, OBJECT, MESSAGE. LAST SEEN is an Age column: the
// row's `created` holds the last-seen time (series, lastTimestamp, then
// firstTimestamp/eventTime) so it ticks like any age. Reads core/v1 and
// events.k8s.io/v1 events.
class EventRenderer final : public KindRenderer {
public:
    QList<ColumnSpec> columns() const override;
    RenderedRow render(const QJsonObject &event) const override;

    static QDateTime lastSeen(const QJsonObject &event);
};

} // namespace Sextant::Core
