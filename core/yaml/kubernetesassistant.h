// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/yaml/manifestassistant.h"

#include <QCoreApplication>

#include <memory>

namespace Sextant::Core {

class SchemaSet;

// Validation, completion and hover for Kubernetes manifests against OpenAPI v3
// schemas. Immutable once built, so one instance serves every editor.
class KubernetesAssistant final : public ManifestAssistant {
    Q_DECLARE_TR_FUNCTIONS(Sextant::Core::KubernetesAssistant)
public:
    // `schemas` answers for ValidationOptions::kubernetesVersion == "" (and its
    // own version); other versions come from `byVersion` when present.
    explicit KubernetesAssistant(std::shared_ptr<const SchemaSet> schemas);
    KubernetesAssistant(
        std::shared_ptr<const SchemaSet> schemas, QList<std::shared_ptr<const SchemaSet>> otherVersions);
    ~KubernetesAssistant() override;

    Diagnostics validate(const QByteArray &utf8, const ValidationOptions &options) const override;
    QList<CompletionItem> completions(const QByteArray &utf8, int line, int column) const override;
    std::optional<FieldHelp> help(const QByteArray &utf8, int line, int column) const override;

    std::shared_ptr<const SchemaSet> schemas(const QString &kubernetesVersion = {}) const;

private:
    std::shared_ptr<const SchemaSet> m_default;
    QList<std::shared_ptr<const SchemaSet>> m_others;
};

// The assistant for the schemas compiled into Sextant (kube-sim's release).
// Loads once per process; cheap to call again.
std::shared_ptr<const ManifestAssistant> createBundledAssistant();

} // namespace Sextant::Core
