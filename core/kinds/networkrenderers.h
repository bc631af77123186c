// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/kinds/kindrenderer.h"

namespace Sextant::Core {

// Networking kinds with kubectl's default columns (pkg/printers/internalversion).

// TYPE, CLUSTER-IP, EXTERNAL-IP, PORT(S), AGE.
class ServiceRenderer final : public KindRenderer {
public:
    QList<ColumnSpec> columns() const override;
    RenderedRow render(const QJsonObject &service) const override;
};

// ADDRESSTYPE, PORTS, ENDPOINTS, AGE.
class EndpointSliceRenderer final : public KindRenderer {
public:
    QList<ColumnSpec> columns() const override;
    RenderedRow render(const QJsonObject &slice) const override;
};

// CLASS, HOSTS, ADDRESS, PORTS, AGE.
class IngressRenderer final : public KindRenderer {
public:
    QList<ColumnSpec> columns() const override;
    RenderedRow render(const QJsonObject &ingress) const override;
};

// CONTROLLER, PARAMETERS, AGE; the default class is named "x (default)".
class IngressClassRenderer final : public KindRenderer {
public:
    QList<ColumnSpec> columns() const override;
    RenderedRow render(const QJsonObject &ingressClass) const override;
};

// POD-SELECTOR, AGE.
class NetworkPolicyRenderer final : public KindRenderer {
public:
    QList<ColumnSpec> columns() const override;
    RenderedRow render(const QJsonObject &policy) const override;
};

} // namespace Sextant::Core
