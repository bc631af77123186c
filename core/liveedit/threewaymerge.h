// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Sextant::Core {

struct SchemaNode;

// One step into a JSON object: a key of a map, or the item of a keyed list
// (containers by name, ports by containerPort and protocol...) with those
// key fields' values; a key field the item lacks is null.
struct MergePathStep {
    QString key;
    QJsonObject item;

    static MergePathStep field(const QString &key) { return { key, {} }; }
    static MergePathStep itemWith(const QJsonObject &keyValues) { return { {}, keyValues }; }
    static MergePathStep itemNamed(const QString &name);
    bool isItem() const { return !item.isEmpty(); }
    friend bool operator==(const MergePathStep &, const MergePathStep &) = default;
};
using MergePath = QList<MergePathStep>;

// "spec.template.spec.containers[name=web].ports[containerPort=80,protocol=TCP]"
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
// keyed lists merge item by item; other lists are whole values. A change on
// one side is taken, the same change on both sides is fine, different
// changes to the same field are conflicts. `schema` is the kind's root
// schema: its lists' keys (x-kubernetes-list-map-keys, as server-side apply
// uses them) say which lists are keyed and by what; without it, or below
// where it ends (free-form fields), a list of maps with unique names is
// keyed by "name".
MergeResult mergeThreeWay(
    const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs, const SchemaNode *schema = nullptr);

// Sets (or, for an undefined value, removes) the field at path. False when a
// step on the way is missing or not a map / keyed list.
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
