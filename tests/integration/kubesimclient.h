// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apiclient.h"
#include "core/auth/credentialsource.h"
#include "core/kubeconfig/kubeconfigloader.h"
#include "kubectl.h"

#include <memory>
#include <optional>

// Sextant's own client for a kube-sim context, as integration tests set it up.
inline std::optional<Sextant::Core::RestConfig> kubeSimRestConfig(
    const QString &context = QStringLiteral("admin"), Sextant::Core::ConfigOverrides overrides = {})
{
    using namespace Sextant::Core;
    LoadOptions load;
    load.explicitPath = kubeSimKubeconfig();
    const auto set = KubeconfigLoader::load(load);
    if (!set) {
        return std::nullopt;
    }
    overrides.context = context;
    const Result<RestConfig> config = set->restConfig(overrides);
    if (!config) {
        return std::nullopt;
    }
    return *config;
}

// nullptr when the kubeconfig or context does not load; no audit log.
inline std::unique_ptr<Sextant::Core::ApiClient> kubeSimClient(
    const QString &context = QStringLiteral("admin"), Sextant::Core::ConfigOverrides overrides = {})
{
    using namespace Sextant::Core;
    const std::optional<RestConfig> config = kubeSimRestConfig(context, std::move(overrides));
    if (!config) {
        return nullptr;
    }
    auto client = std::make_unique<ApiClient>(*config, createCredentialSource(*config));
    client->setAuditLog(nullptr);
    return client;
}
