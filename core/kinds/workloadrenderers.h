// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/kinds/kindrenderer.h"

namespace Sextant::Core {

// Workload kinds with kubectl's default columns (pkg/printers/internalversion).

// READY, UP-TO-DATE, AVAILABLE, AGE.
class DeploymentRenderer final : public KindRenderer {
public:
    QList<ColumnSpec> columns() const override;
    RenderedRow render(const QJsonObject &deployment) const override;
    Capabilities capabilities() const override;
};

// READY, AGE.
class StatefulSetRenderer final : public KindRenderer {
public:
    QList<ColumnSpec> columns() const override;
    RenderedRow render(const QJsonObject &statefulSet) const override;
    Capabilities capabilities() const override;
};

// DESIRED, CURRENT, READY, UP-TO-DATE, AVAILABLE, NODE SELECTOR, AGE.
class DaemonSetRenderer final : public KindRenderer {
public:
    QList<ColumnSpec> columns() const override;
    RenderedRow render(const QJsonObject &daemonSet) const override;
    Capabilities capabilities() const override;
};

// DESIRED, CURRENT, READY, AGE.
class ReplicaSetRenderer final : public KindRenderer {
public:
    QList<ColumnSpec> columns() const override;
    RenderedRow render(const QJsonObject &replicaSet) const override;
    Capabilities capabilities() const override;
};

// STATUS, COMPLETIONS, DURATION, AGE. A running job's duration is computed at render time.
class JobRenderer final : public KindRenderer {
public:
    QList<ColumnSpec> columns() const override;
    RenderedRow render(const QJsonObject &job) const override;
    Capabilities capabilities() const override;

    // The STATUS column as kubectl 1.36's printJob computes it.
    static QString status(const QJsonObject &job);
};

// SCHEDULE, TIMEZONE, SUSPEND, ACTIVE, LAST SCHEDULE (age at render time), AGE.
class CronJobRenderer final : public KindRenderer {
public:
    QList<ColumnSpec> columns() const override;
    RenderedRow render(const QJsonObject &cronJob) const override;
};

// REFERENCE, TARGETS, MINPODS, MAXPODS, REPLICAS, AGE.
class HorizontalPodAutoscalerRenderer final : public KindRenderer {
public:
    QList<ColumnSpec> columns() const override;
    RenderedRow render(const QJsonObject &hpa) const override;

    // kubectl's formatHPAMetrics: "cpu: 42%/80%, memory: 1Gi/2Gi + 1 more...".
    static QString targets(const QJsonObject &hpa);
};

} // namespace Sextant::Core
