// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/resourceref.h"
#include "core/quantity/quantity.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

namespace Sextant::Ui {

// One resource (CPU or memory) across all nodes and scheduled pods, as
// `kubectl describe node` adds it up in "Allocated resources".
struct ResourceTotals {
    Core::Quantity capacity;
    Core::Quantity allocatable;
    Core::Quantity requests;
    Core::Quantity limits;
};

struct WorkloadCounts {
    int total = 0;
    int available = 0; // all desired replicas available
};

struct WarningEvent {
    QDateTime last;
    QString reason;
    QString message;
    int count = 1;
    QString namespaceName; // of the involved object; empty for cluster objects
    QString kind; // involvedObject.kind
    QString name;
    Core::ResourceRef resource; // the involved object's resource, when known
};

struct ClusterSummary {
    int nodes = 0;
    int nodesReady = 0;
    QStringList notReadyNodes; // sorted
    ResourceTotals cpu;
    ResourceTotals memory;
    Core::Quantity podCapacity; // allocatable "pods" summed over nodes
    int pods = 0;
    QMap<QString, int> podsByPhase; // Running, Pending, Succeeded, Failed, Unknown
    WorkloadCounts deployments;
    WorkloadCounts statefulSets;
    WorkloadCounts daemonSets;
    QList<WarningEvent> warnings; // newest first
};

// Pure functions over object lists, so the page and the tests compute the same.
namespace Summary {

bool nodeIsReady(const QJsonObject &node);
// A pod still holds its resources: scheduled and neither Succeeded nor Failed.
bool podHoldsResources(const QJsonObject &pod);
// The pod's effective request or limit of one resource: max(sum of app and
// sidecar containers, largest init container) plus overhead, as the scheduler counts it.
Core::Quantity podResource(const QJsonObject &pod, const QString &kind /* "requests"|"limits" */,
    const QString &resource /* "cpu"|"memory" */);
bool deploymentAvailable(const QJsonObject &deployment);
bool statefulSetAvailable(const QJsonObject &statefulSet);
bool daemonSetAvailable(const QJsonObject &daemonSet);
// The involved object of an event as a resource, for the common kinds.
Core::ResourceRef resourceOfKind(const QString &apiVersion, const QString &kind, bool namespaced);
QDateTime eventTime(const QJsonObject &event);

struct Input {
    QList<QJsonObject> nodes;
    QList<QJsonObject> pods;
    QList<QJsonObject> deployments;
    QList<QJsonObject> statefulSets;
    QList<QJsonObject> daemonSets;
    QList<QJsonObject> events;
    QDateTime now;
    qint64 warningWindowSeconds = 3600;
    int maxWarnings = 50;
};
ClusterSummary summarize(const Input &input);

} // namespace Summary

} // namespace Sextant::Ui
