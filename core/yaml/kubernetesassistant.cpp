// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/yaml/kubernetesassistant.h"

namespace Sextant::Core {

// Placeholder until the schema-backed implementation lands: links and answers nothing.
KubernetesAssistant::KubernetesAssistant(std::shared_ptr<const SchemaSet> schemas)
    : m_default(std::move(schemas))
{
}

KubernetesAssistant::KubernetesAssistant(
    std::shared_ptr<const SchemaSet> schemas, QList<std::shared_ptr<const SchemaSet>> otherVersions)
    : m_default(std::move(schemas))
    , m_others(std::move(otherVersions))
{
}

KubernetesAssistant::~KubernetesAssistant() = default;

Diagnostics KubernetesAssistant::validate(const QByteArray &, const ValidationOptions &) const
{
    return {};
}

QList<CompletionItem> KubernetesAssistant::completions(const QByteArray &, int, int) const
{
    return {};
}

std::optional<FieldHelp> KubernetesAssistant::help(const QByteArray &, int, int) const
{
    return std::nullopt;
}

std::shared_ptr<const SchemaSet> KubernetesAssistant::schemas(const QString &) const
{
    return m_default;
}

std::shared_ptr<const ManifestAssistant> createBundledAssistant()
{
    static const auto assistant = std::make_shared<const KubernetesAssistant>(nullptr);
    return assistant;
}

} // namespace Sextant::Core
