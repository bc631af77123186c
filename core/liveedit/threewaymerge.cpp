// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/liveedit/threewaymerge.h"

#include "core/yaml/yamldocument.h"

#include <QJsonArray>
#include <QSet>
#include <QStringList>

namespace Sextant::Core {

namespace {

const QString NameKey = QStringLiteral("name");

// A list whose items are all maps with a unique string "name"; an empty list
// counts, so adding the first container still merges by name.
bool isNamedList(const QJsonValue &value)
{
    if (!value.isArray())
        return false;
    QSet<QString> seen;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isObject())
            return false;
        const QJsonValue name = item.toObject().value(NameKey);
        if (!name.isString() || seen.contains(name.toString()))
            return false;
        seen.insert(name.toString());
    }
    return true;
}

QStringList namesOf(const QJsonValue &list)
{
    QStringList names;
    for (const QJsonValue &item : list.toArray())
        names << item.toObject().value(NameKey).toString();
    return names;
}

QJsonValue itemNamed(const QJsonValue &list, const QString &name)
{
    for (const QJsonValue &item : list.toArray()) {
        if (item.toObject().value(NameKey).toString() == name)
            return item;
    }
    return QJsonValue(QJsonValue::Undefined);
}

// The order of the merged list: the side that reordered leads (theirs when
// neither did); names only the other side has go after their predecessor there.
QStringList mergedOrder(const QJsonValue &base, const QJsonValue &mine, const QJsonValue &theirs)
{
    const QStringList baseNames = namesOf(base);
    const QStringList mineNames = namesOf(mine);
    const QStringList theirNames = namesOf(theirs);
    const bool theirsKeptOrder = theirNames == baseNames;
    QStringList order = theirsKeptOrder ? mineNames : theirNames;
    const QStringList &other = theirsKeptOrder ? theirNames : mineNames;
    QString previous;
    for (const QString &name : other) {
        if (!order.contains(name)) {
            const qsizetype at = previous.isEmpty() ? 0 : order.indexOf(previous) + 1;
            order.insert(at, name);
        }
        previous = name;
    }
    // Items only in base were removed by someone; they may still be in conflict.
    for (const QString &name : baseNames) {
        if (!order.contains(name))
            order << name;
    }
    return order;
}

class Merger {
public:
    QList<MergeConflict> conflicts;

    QJsonValue merge(const MergePath &path, const QJsonValue &base, const QJsonValue &mine, const QJsonValue &theirs)
    {
        if (mine == theirs)
            return mine; // untouched, or the same change on both sides
        if (mine == base)
            return theirs;
        if (theirs == base)
            return mine;
        if (mine.isObject() && theirs.isObject() && (base.isObject() || base.isUndefined()))
            return mergeMaps(path, base.toObject(), mine.toObject(), theirs.toObject());
        if (isNamedList(mine) && isNamedList(theirs) && (isNamedList(base) || base.isUndefined()))
            return mergeNamedLists(path, base, mine, theirs);
        conflicts << MergeConflict { path, base, mine, theirs };
        return theirs;
    }

private:
    QJsonObject mergeMaps(
        const MergePath &path, const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs)
    {
        QStringList keys = theirs.keys();
        for (const QString &key : mine.keys() + base.keys()) {
            if (!keys.contains(key))
                keys << key;
        }
        QJsonObject merged;
        for (const QString &key : std::as_const(keys)) {
            const QJsonValue value
                = merge(path + MergePath { { key, false } }, base.value(key), mine.value(key), theirs.value(key));
            if (!value.isUndefined())
                merged.insert(key, value);
        }
        return merged;
    }

    QJsonArray mergeNamedLists(
        const MergePath &path, const QJsonValue &base, const QJsonValue &mine, const QJsonValue &theirs)
    {
        QJsonArray merged;
        for (const QString &name : mergedOrder(base, mine, theirs)) {
            const QJsonValue value = merge(path + MergePath { { name, true } }, itemNamed(base, name),
                itemNamed(mine, name), itemNamed(theirs, name));
            if (!value.isUndefined())
                merged.append(value);
        }
        return merged;
    }
};

qsizetype indexOfName(const QJsonArray &list, const QString &name)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).toObject().value(NameKey).toString() == name)
            return i;
    }
    return -1;
}

bool setValue(QJsonValue &node, const MergePath &path, qsizetype step, const QJsonValue &value)
{
    if (step == path.size()) {
        node = value;
        return true;
    }
    const MergePathStep &here = path.at(step);
    if (!here.byName) {
        if (node.isUndefined() && !value.isUndefined())
            node = QJsonObject();
        if (!node.isObject())
            return node.isUndefined() && value.isUndefined();
        QJsonObject map = node.toObject();
        QJsonValue child = map.value(here.key);
        if (!setValue(child, path, step + 1, value))
            return false;
        if (child.isUndefined())
            map.remove(here.key);
        else
            map.insert(here.key, child);
        node = map;
        return true;
    }
    if (node.isUndefined() && !value.isUndefined())
        node = QJsonArray();
    if (!node.isArray())
        return node.isUndefined() && value.isUndefined();
    QJsonArray list = node.toArray();
    const qsizetype index = indexOfName(list, here.key);
    QJsonValue child = index >= 0 ? list.at(index) : QJsonValue(QJsonValue::Undefined);
    if (child.isUndefined() && !value.isUndefined() && step + 1 < path.size())
        child = QJsonObject { { NameKey, here.key } };
    if (!setValue(child, path, step + 1, value))
        return false;
    if (index >= 0 && child.isUndefined())
        list.removeAt(index);
    else if (index >= 0)
        list.replace(index, child);
    else if (!child.isUndefined())
        list.append(child);
    node = list;
    return true;
}

} // namespace

QString mergePathText(const MergePath &path)
{
    QString text;
    for (const MergePathStep &step : path) {
        if (step.byName)
            text += QStringLiteral("[name=%1]").arg(step.key);
        else
            text = appendPathKey(text, step.key);
    }
    return text;
}

QString mergePathInObject(const QJsonObject &object, const MergePath &path)
{
    QString text;
    QJsonValue node = object;
    for (const MergePathStep &step : path) {
        if (step.byName) {
            const qsizetype index = node.isArray() ? indexOfName(node.toArray(), step.key) : -1;
            if (index < 0)
                break;
            text = appendPathIndex(text, index);
            node = node.toArray().at(index);
        } else {
            if (!node.isObject() || !node.toObject().contains(step.key))
                break;
            text = appendPathKey(text, step.key);
            node = node.toObject().value(step.key);
        }
    }
    return text;
}

MergeResult mergeThreeWay(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs)
{
    Merger merger;
    MergeResult result;
    result.merged = merger.merge({}, base, mine, theirs).toObject();
    result.conflicts = std::move(merger.conflicts);
    return result;
}

bool setValueAtPath(QJsonObject &object, const MergePath &path, const QJsonValue &value)
{
    if (path.isEmpty())
        return false; // the root stays an object
    QJsonValue root = object;
    if (!setValue(root, path, 0, value))
        return false;
    object = root.toObject();
    return true;
}

QJsonValue valueAtPath(const QJsonObject &object, const MergePath &path)
{
    QJsonValue node = object;
    for (const MergePathStep &step : path) {
        node = step.byName ? itemNamed(node, step.key) : node.toObject().value(step.key);
        if (node.isUndefined())
            break;
    }
    return node;
}

bool resolveConflict(QJsonObject &merged, const MergeConflict &conflict, MergeSide side)
{
    return setValueAtPath(merged, conflict.path, side == MergeSide::Mine ? conflict.mine : conflict.theirs);
}

} // namespace Sextant::Core
