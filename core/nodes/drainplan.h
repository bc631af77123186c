// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

#include <optional>

namespace Sextant::Core {

// The choices kubectl drain offers, with Sextant's defaults.
struct DrainOptions {
    // Leave DaemonSet-managed pods alone (their controller ignores
    // cordoning and would recreate them at once). kubectl: --ignore-daemonsets.
    bool ignoreDaemonSets = true;
    // Evict pods with emptyDir volumes, whose data is lost. --delete-emptydir-data.
    bool deleteEmptyDirData = false;
    // Evict pods no controller recreates. --force.
    bool force = false;
    // Unset: each pod's own terminationGracePeriodSeconds. --grace-period.
    std::optional<int> gracePeriodSeconds;
    // 0: no limit. --timeout.
    int timeoutSeconds = 0;
    // How often a blocked eviction is retried (kubectl: 5 s) and a pod's
    // disappearance checked (kubectl: 1 s). Tests shorten them.
    int retryIntervalMs = 5000;
    int pollIntervalMs = 1000;
};

// One pod on the node and what draining does with it.
struct DrainPod {
    enum class Action {
        Evict, // through the eviction API, honouring PodDisruptionBudgets
        Delete, // finished pods: nothing to disrupt
        Skip, // mirror pods, DaemonSet pods when ignored
        Refuse, // blocks the drain until an option allows it
    };

    QString namespaceName;
    QString name;
    QString uid;
    Action action = Action::Evict;
    // Skip/Refuse: why; Evict/Delete: a warning kubectl prints (local data, no controller), or empty.
    QString reason;

    QString key() const { return namespaceName + QLatin1Char('/') + name; }
};

namespace DrainPlan {

// The pod's controller (ownerReferences with controller: true), kind and name.
struct ControllerRef {
    QString kind;
    QString name;
};
std::optional<ControllerRef> controllerOf(const QJsonObject &pod);

bool isMirrorPod(const QJsonObject &pod); // annotation kubernetes.io/config.mirror
bool isFinished(const QJsonObject &pod); // phase Succeeded or Failed
bool hasEmptyDir(const QJsonObject &pod);

// kubectl drain's filters in kubectl's order (DaemonSet, mirror, local
// storage, unreplicated): the first that keeps a pod decides. Finished
// pods are deleted whatever owns them. missingDaemonSets holds
// "namespace/name" of controllers that no longer exist: such orphans go
// only with force.
DrainPod planPod(const QJsonObject &pod, const DrainOptions &options, const QSet<QString> &missingDaemonSets = {});
QList<DrainPod> plan(
    const QList<QJsonObject> &pods, const DrainOptions &options, const QSet<QString> &missingDaemonSets = {});

// "namespace/name" of the DaemonSets that control unfinished pods: the ones
// to look up before planning.
QSet<QString> daemonSetsOf(const QList<QJsonObject> &pods);

} // namespace DrainPlan

} // namespace Sextant::Core

Q_DECLARE_METATYPE(Sextant::Core::DrainPod)
