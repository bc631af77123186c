// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/yaml/manifestassistant.h"

#include <QMutex>
#include <QMutexLocker>

// Answers what the test set, and remembers where it was asked.
class FakeAssistant final : public Sextant::Core::ManifestAssistant {
public:
    void setDiagnostics(const Sextant::Core::Diagnostics &diagnostics)
    {
        QMutexLocker lock(&m_mutex);
        m_diagnostics = diagnostics;
    }
    void setCompletions(const QList<Sextant::Core::CompletionItem> &items)
    {
        QMutexLocker lock(&m_mutex);
        m_items = items;
    }
    void setHelp(const std::optional<Sextant::Core::FieldHelp> &help)
    {
        QMutexLocker lock(&m_mutex);
        m_help = help;
    }
    int validations() const
    {
        QMutexLocker lock(&m_mutex);
        return m_validations;
    }
    QString lastVersion() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lastVersion;
    }
    QPair<int, int> lastCompletionPlace() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lastCompletionPlace;
    }
    QByteArray lastCompletionText() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lastCompletionText;
    }

    Sextant::Core::Diagnostics validate(
        const QByteArray &, const Sextant::Core::ValidationOptions &options) const override
    {
        QMutexLocker lock(&m_mutex);
        ++m_validations;
        m_lastVersion = options.kubernetesVersion;
        return m_diagnostics;
    }
    QList<Sextant::Core::CompletionItem> completions(const QByteArray &utf8, int line, int column) const override
    {
        QMutexLocker lock(&m_mutex);
        m_lastCompletionPlace = { line, column };
        m_lastCompletionText = utf8;
        return m_items;
    }
    std::optional<Sextant::Core::FieldHelp> help(const QByteArray &, int, int) const override
    {
        QMutexLocker lock(&m_mutex);
        return m_help;
    }

private:
    mutable QMutex m_mutex;
    Sextant::Core::Diagnostics m_diagnostics;
    QList<Sextant::Core::CompletionItem> m_items;
    std::optional<Sextant::Core::FieldHelp> m_help;
    mutable int m_validations = 0;
    mutable QString m_lastVersion;
    mutable QPair<int, int> m_lastCompletionPlace;
    mutable QByteArray m_lastCompletionText;
};

// Completions a Deployment's spec would offer.
inline QList<Sextant::Core::CompletionItem> deploymentSpecCompletions()
{
    auto item = [](const char *label, const char *type, const char *doc) {
        return Sextant::Core::CompletionItem { QString::fromLatin1(label),
            QString::fromLatin1(label) + QStringLiteral(": "), QString::fromLatin1(type), QString::fromLatin1(doc) };
    };
    return {
        item("minReadySeconds", "integer", "Minimum number of seconds for which a newly created pod should be ready."),
        item("paused", "boolean", "Indicates that the deployment is paused."),
        item("progressDeadlineSeconds", "integer", "The maximum time in seconds for a deployment to make progress."),
        item("replicas", "integer", "Number of desired pods. Defaults to 1."),
        item("revisionHistoryLimit", "integer", "The number of old ReplicaSets to retain to allow rollback."),
        item("selector", "LabelSelector", "Label selector for pods. Required."),
        item("strategy", "DeploymentStrategy", "The deployment strategy to use to replace existing pods."),
        item("template", "PodTemplateSpec", "Template describes the pods that will be created. Required."),
    };
}
