// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/kinds/kindrenderer.h"

namespace Sextant::Core {

// Any kind without its own renderer, CRDs included: NAME and AGE.
class GenericRenderer final : public KindRenderer {
public:
    QList<ColumnSpec> columns() const override;
    RenderedRow render(const QJsonObject &object) const override;
};

// Namespaces ("projects"): NAME, STATUS (Active / Terminating), AGE.
class NamespaceRenderer final : public KindRenderer {
public:
    QList<ColumnSpec> columns() const override;
    RenderedRow render(const QJsonObject &ns) const override;
};

} // namespace Sextant::Core
