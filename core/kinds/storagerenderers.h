// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/kinds/kindrenderer.h"

namespace Sextant::Core {

// Storage kinds with kubectl 1.36's default columns (pkg/printers/internalversion).

// STATUS, VOLUME, CAPACITY, ACCESS MODES, STORAGECLASS, VOLUMEATTRIBUTESCLASS, AGE.
class PersistentVolumeClaimRenderer final : public KindRenderer {
public:
    QList<ColumnSpec> columns() const override;
    RenderedRow render(const QJsonObject &claim) const override;
};

// CAPACITY, ACCESS MODES, RECLAIM POLICY, STATUS, CLAIM, STORAGECLASS, VOLUMEATTRIBUTESCLASS, REASON, AGE.
class PersistentVolumeRenderer final : public KindRenderer {
public:
    QList<ColumnSpec> columns() const override;
    RenderedRow render(const QJsonObject &volume) const override;
};

// PROVISIONER, RECLAIMPOLICY, VOLUMEBINDINGMODE, ALLOWVOLUMEEXPANSION, AGE; "x (default)" names.
class StorageClassRenderer final : public KindRenderer {
public:
    QList<ColumnSpec> columns() const override;
    RenderedRow render(const QJsonObject &storageClass) const override;
};

} // namespace Sextant::Core
