// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/resourceref.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// The request bodies of kubectl's one-request workload commands, so Sextant
// changes exactly what kubectl would.
namespace Sextant::Core::WorkloadPatches {

// kubectl scale: merge patch of the scale subresource.
QByteArray scale(int replicas);
// kubectl rollout restart: strategic merge patch of the pod template's
// kubectl.kubernetes.io/restartedAt annotation (RFC 3339).
QByteArray restart(const QDateTime &now);
// kubectl rollout pause / resume: spec.paused.
QByteArray paused(bool paused);
// kubectl patch cronjob -p '{"spec":{"suspend":...}}'.
QByteArray suspend(bool suspend);

// RFC 3339 in UTC, seconds precision, as Go's time.RFC3339 prints it.
QString rfc3339(const QDateTime &time);

bool isDeployment(const ResourceRef &resource);
bool isStatefulSet(const ResourceRef &resource);
bool isDaemonSet(const ResourceRef &resource);
bool isReplicaSet(const ResourceRef &resource);
bool isCronJob(const ResourceRef &resource);

bool isPaused(const QJsonObject &object); // spec.paused
bool isSuspended(const QJsonObject &object); // spec.suspend
// spec.replicas, 1 when unset (the API default).
int replicas(const QJsonObject &object);

// kubectl's refusal to restart, or empty when a restart is fine.
QString restartRefusal(const ResourceRef &resource, const QJsonObject &object);

} // namespace Sextant::Core::WorkloadPatches
