// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Sextant::Core {

// metav1.LabelSelector semantics: matchLabels and matchExpressions (In,
// NotIn, Exists, DoesNotExist) all must hold; an empty selector matches all.
bool labelSelectorMatches(const QJsonObject &selector, const QJsonObject &labels);

// The pod selector of a workload (spec.selector of Deployment, StatefulSet,
// DaemonSet, ReplicaSet, Job; ReplicationController's map form too);
// nullopt when the object has none (a bare Pod).
std::optional<QJsonObject> workloadPodSelector(const QJsonObject &workload);

// "app=web,tier!=db,env in (a,b),!legacy" -> a LabelSelector; nullopt when unparsable.
std::optional<QJsonObject> parseLabelSelector(const QString &text);

} // namespace Sextant::Core
