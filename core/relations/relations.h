// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/resourceref.h"
#include "core/kinds/kindrenderer.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace Sextant::Core {

// One object related to the one shown, and how.
struct Relation {
    QString role; // translated: "Owner", "Selected pods", "Storage class"...
    ResourceRef resource;
    QString kind; // "ReplicaSet"
    QString namespaceName; // "" for cluster-scoped objects
    QString name;
    Health health = Health::Unknown; // Unknown when the object was not looked up or not found
    friend bool operator==(const Relation &, const Relation &) = default;
};

// The objects of one resource in one namespace ("" = all namespaces) that the
// caller has at hand, e.g. a live ObjectStore's contents. May be empty while
// a store is still listing; callers re-run findRelations when stores change.
using RelationLookup = std::function<QList<QJsonObject>(const ResourceRef &resource, const QString &namespaceName)>;

// Finds the objects related to one object: owners and owned children
// (Deployment -> ReplicaSets -> Pods, CronJob -> Jobs ...), pods a Service
// selects, pods on a Node, a Pod's node, claims, config maps, secrets and
// service account, PVC <-> PV <-> StorageClass, HPA -> target, Ingress ->
// services and class, and the reverse links. Pure: reads only what lookup
// returns, and never asks it for Secrets (their contents stay unloaded).
// Roles come in a stable order; within a role, objects are sorted by namespace and name.
QList<Relation> findRelations(const QJsonObject &object, const ResourceRef &resource, const RelationLookup &lookup);

} // namespace Sextant::Core
