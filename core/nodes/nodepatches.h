// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/resourceref.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Request bodies for node maintenance, matching what kubectl sends.
namespace Sextant::Core::NodePatches {

ResourceRef nodesResource();
ResourceRef podsResource();

// spec.unschedulable, false when unset.
bool isUnschedulable(const QJsonObject &node);

// kubectl cordon / uncordon: a strategic merge patch of spec.unschedulable.
// Uncordon removes the field (null), as kubectl's two-way merge patch does.
QByteArray cordon(bool unschedulable);

// A node taint (core/v1 Taint).
struct Taint {
    QString key;
    QString value;
    QString effect; // NoSchedule, PreferNoSchedule, NoExecute
    QString timeAdded; // RFC 3339, kept as the server set it (NoExecute)

    friend bool operator==(const Taint &, const Taint &) = default;
};

QList<Taint> taintsOf(const QJsonObject &node);
QJsonArray toJson(const QList<Taint> &taints);
// Keys, values and effects valid, and no two taints with the same key and
// effect (the apiserver's uniqueness rule). Empty when valid.
QStringList validate(const QList<Taint> &taints);

// The node with spec.taints replaced (removed when empty), for an update
// (PUT) that carries the node's resourceVersion: when someone changed the
// node meanwhile the server answers 409 Conflict instead of overwriting.
// (A JSON patch "test" on resourceVersion fails with a bare 422 "the server
// rejected our request", which cannot tell a conflict from other mistakes.)
QJsonObject withTaints(QJsonObject node, const QList<Taint> &taints);

// What the node settings form edits: schedulability, labels and taints.
struct NodeSettings {
    bool unschedulable = false;
    QMap<QString, QString> labels;
    QList<Taint> taints;

    friend bool operator==(const NodeSettings &, const NodeSettings &) = default;
};

NodeSettings settingsOf(const QJsonObject &node);
// The node read with its settings replaced, for an update carrying its
// resourceVersion (409 when someone changed it meanwhile). Empty labels and
// taints and a schedulable node drop their fields, as kubectl leaves them.
QJsonObject withSettings(QJsonObject node, const NodeSettings &settings);

// My changes (base → mine) made again on a node someone else changed (theirs):
// the schedulability, labels and taints I changed take my values, the rest
// stays as they left it. For retrying an update refused with 409.
NodeSettings rebased(const NodeSettings &base, const NodeSettings &mine, const NodeSettings &theirs);

// The policy/v1 Eviction POSTed to pods/NAME/eviction. gracePeriodSeconds
// unset: the pod's own terminationGracePeriodSeconds.
QByteArray eviction(const QString &namespaceName, const QString &name, std::optional<int> gracePeriodSeconds = {});

} // namespace Sextant::Core::NodePatches
