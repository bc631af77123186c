// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/kinds/kindrenderer.h"

namespace Sextant::Core {

// Configuration kinds with kubectl's default columns (pkg/printers/internalversion).

// DATA (number of keys, data and binaryData), AGE.
class ConfigMapRenderer final : public KindRenderer {
public:
    QList<ColumnSpec> columns() const override;
    RenderedRow render(const QJsonObject &configMap) const override;
};

// TYPE, DATA (number of keys; values are never read), AGE.
class SecretRenderer final : public KindRenderer {
public:
    QList<ColumnSpec> columns() const override;
    RenderedRow render(const QJsonObject &secret) const override;
};

// AGE only, as kubectl 1.36 prints service accounts.
class ServiceAccountRenderer final : public KindRenderer {
public:
    QList<ColumnSpec> columns() const override;
    RenderedRow render(const QJsonObject &serviceAccount) const override;
};

// Roles and ClusterRoles: CREATED AT (RFC 3339, UTC, as kubectl prints it).
class RoleRenderer final : public KindRenderer {
public:
    QList<ColumnSpec> columns() const override;
    RenderedRow render(const QJsonObject &role) const override;
};

// RoleBindings and ClusterRoleBindings: ROLE ("Role/name" or "ClusterRole/name"), AGE.
class RoleBindingRenderer final : public KindRenderer {
public:
    QList<ColumnSpec> columns() const override;
    RenderedRow render(const QJsonObject &binding) const override;
};

} // namespace Sextant::Core
