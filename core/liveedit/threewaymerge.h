// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Sextant::Core {

// One step into a JSON object: a key of a map, or the item of a list of maps
// whose "name" is `key` (containers, env, ports, volumes...).
struct MergePathStep {
    QString key;
    bool byName = false;
    friend bool operator==(const MergePathStep &, const MergePathStep &) = default;
};
using MergePath = QList<MergePathStep>;

// "spec.template.spec.containers[name=web].image"
QString mergePathText(const MergePath &path);
// The same place as the apiserver and the YAML parser name it, with list
// indexes as found in `object` ("spec.template.spec.containers[1].image");
// stops at the deepest step `object` still has.
QString mergePathInObject(const QJsonObject &object, const MergePath &path);

// Two edits of the same field that disagree. An undefined value means the
// field is absent on that side (never there, or removed).
struct MergeConflict {
    MergePath path;
    QJsonValue base;
    QJsonValue mine;
    QJsonValue theirs;

    QString pathText() const { return mergePathText(path); }
};

struct MergeResult {
    QJsonObject merged; // conflicting fields hold theirs until resolved
    QList<MergeConflict> conflicts;
    bool isClean() const { return conflicts.isEmpty(); }
};

// Three-way merge of JSON objects: base is the object when editing started,
// mine the user's edit, theirs the server's latest. Maps merge key by key;
// lists of maps keyed by unique "name" merge item by item; other lists are
// whole values. A change on one side is taken, the same change on both
// sides is fine, different changes to the same field are conflicts.
MergeResult mergeThreeWay(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs);

// Sets (or, for an undefined value, removes) the field at path. False when a
// step on the way is missing or not a map / named list.
bool setValueAtPath(QJsonObject &object, const MergePath &path, const QJsonValue &value);
QJsonValue valueAtPath(const QJsonObject &object, const MergePath &path);

enum class MergeSide {
    Theirs,
    Mine,
};
// Puts one side's value of a conflict into merged (removing the field when
// that side removed it).
bool resolveConflict(QJsonObject &merged, const MergeConflict &conflict, MergeSide side);

} // namespace Sextant::Core
