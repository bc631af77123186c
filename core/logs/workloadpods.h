// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>

#include <optional>

namespace Sextant::Core {

// The pod selector of a workload as a metav1.LabelSelector (spec.selector of
// Deployment, StatefulSet, DaemonSet, ReplicaSet, Job; ReplicationController's
// plain map becomes matchLabels); nullopt when the object has none (a bare Pod).
std::optional<QJsonObject> workloadPodSelector(const QJsonObject &workload);

} // namespace Sextant::Core
