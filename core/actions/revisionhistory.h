// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apiclient.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sextant::Core {

// One entry of `kubectl rollout history`: a Deployment's ReplicaSet or a
// StatefulSet's / DaemonSet's ControllerRevision.
struct Revision {
    qint64 number = 0;
    QString name; // of the ReplicaSet or ControllerRevision
    QDateTime created;
    QString changeCause; // kubernetes.io/change-cause
    QStringList images; // of the pod template's containers, in order
    QJsonObject podTemplate; // without the pod-template-hash label
    QJsonObject source; // the ReplicaSet or ControllerRevision as read
    bool current = false; // the owner's template is this revision's
};

// What `kubectl rollout undo --to-revision=N` would send, or why it sends nothing.
struct RollbackPlan {
    enum class Outcome {
        Patch, // send patch with patchType
        AlreadyCurrent, // kubectl: "skipped rollback (current template already matches revision N)"
        Refused, // kubectl refuses, message says why
    };
    Outcome outcome = Outcome::Refused;
    QByteArray patch;
    PatchType patchType = PatchType::Json;
    QString message;
};

namespace RevisionHistory {

// metav1.IsControlledBy: a controller owner reference with the owner's uid.
bool isControlledBy(const QJsonObject &object, const QJsonObject &owner);

// The label selector query of a LabelSelector; empty selects everything.
QString selectorQuery(const QJsonObject &labelSelector);

// The ReplicaSets controlled by the deployment that carry a
// deployment.kubernetes.io/revision annotation, oldest revision first.
QList<Revision> fromReplicaSets(const QJsonObject &deployment, const QList<QJsonObject> &replicaSets);
// The ControllerRevisions (apps/v1) controlled by owner, oldest first.
QList<Revision> fromControllerRevisions(const QJsonObject &owner, const QList<QJsonObject> &controllerRevisions);

// kubectl's DeploymentRollbacker: refuses a paused deployment, skips when the
// template already matches, else a JSON patch replacing spec.template (hash
// label removed) and metadata.annotations; a leading "test" of
// metadata.resourceVersion makes it fail instead of overwriting a change
// made since the deployment was read.
RollbackPlan deploymentRollback(const QJsonObject &deployment, const Revision &revision);
// kubectl's StatefulSet/DaemonSetRollbacker: the revision's data as a
// strategic merge patch, skipped when the template already matches.
RollbackPlan controllerRevisionRollback(const QJsonObject &owner, const Revision &revision);

// Templates compared as kubectl's equalIgnoreHash does.
bool sameTemplate(const QJsonObject &a, const QJsonObject &b);

} // namespace RevisionHistory
} // namespace Sextant::Core
