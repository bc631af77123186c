// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/liveedit/threewaymerge.h"

#include "core/yaml/schemaset.h"
#include "core/yaml/yamldocument.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>

namespace Sextant::Core {

namespace {

const QString NameKey = QStringLiteral("name");

QJsonValue fieldOrNull(const QJsonObject &item, const QString &field)
{
    const QJsonValue value = item.value(field);
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

// The item's values of the key fields, null where it lacks one.
QJsonObject keyOf(const QJsonValue &item, const QStringList &fields)
{
    QJsonObject key;
    for (const QString &field : fields)
        key.insert(field, fieldOrNull(item.toObject(), field));
    return key;
}

bool hasKey(const QJsonValue &item, const QJsonObject &key)
{
    if (!item.isObject())
        return false;
    for (auto it = key.begin(); it != key.end(); ++it) {
        if (fieldOrNull(item.toObject(), it.key()) != it.value())
            return false;
    }
    return true;
}

// A list of maps each with a unique key that is not all null. An empty list
// counts, so adding the first container still merges by name.
bool isKeyedList(const QJsonValue &value, const QStringList &fields)
{
    if (!value.isArray() || fields.isEmpty())
        return false;
    QList<QJsonObject> seen;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isObject())
            return false;
        const QJsonObject key = keyOf(item, fields);
        const bool allNull = std::all_of(key.begin(), key.end(), [](const QJsonValue &v) { return v.isNull(); });
        if (allNull || seen.contains(key))
            return false;
        seen << key;
    }
    return true;
}

QList<QJsonObject> keysOf(const QJsonValue &list, const QStringList &fields)
{
    QList<QJsonObject> keys;
    for (const QJsonValue &item : list.toArray())
        keys << keyOf(item, fields);
    return keys;
}

qsizetype indexOfKey(const QJsonArray &list, const QJsonObject &key)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (hasKey(list.at(i), key))
            return i;
    }
    return -1;
}

QJsonValue itemWithKey(const QJsonValue &list, const QJsonObject &key)
{
    const qsizetype index = list.isArray() ? indexOfKey(list.toArray(), key) : -1;
    return index >= 0 ? list.toArray().at(index) : QJsonValue(QJsonValue::Undefined);
}

// The order of the merged list: the side that reordered leads (theirs when
// neither did); items only the other side has go after their predecessor there.
QList<QJsonObject> mergedOrder(
    const QJsonValue &base, const QJsonValue &mine, const QJsonValue &theirs, const QStringList &fields)
{
    const QList<QJsonObject> baseKeys = keysOf(base, fields);
    const QList<QJsonObject> mineKeys = keysOf(mine, fields);
    const QList<QJsonObject> theirKeys = keysOf(theirs, fields);
    const bool theirsKeptOrder = theirKeys == baseKeys;
    QList<QJsonObject> order = theirsKeptOrder ? mineKeys : theirKeys;
    const QList<QJsonObject> &other = theirsKeptOrder ? theirKeys : mineKeys;
    const QJsonObject *previous = nullptr;
    for (const QJsonObject &key : other) {
        if (!order.contains(key)) {
            const qsizetype at = previous ? order.indexOf(*previous) + 1 : 0;
            order.insert(at, key);
        }
        previous = &key;
    }
    // Items only in base were removed by someone; they may still be in conflict.
    for (const QJsonObject &key : baseKeys) {
        if (!order.contains(key))
            order << key;
    }
    return order;
}

const SchemaNode *propertySchema(const SchemaNode *schema, const QString &key)
{
    if (!schema)
        return nullptr;
    const SchemaNode &node = schema->resolved();
    if (const SchemaNode *property = node.properties.value(key))
        return property;
    return node.additionalProperties;
}

const SchemaNode *itemSchema(const SchemaNode *schema)
{
    return schema ? schema->resolved().items : nullptr;
}

// Where the schema describes the list, its keys (none: a single value);
// elsewhere lists of named maps (containers, env, volumes) by name.
QStringList listKeyFields(const SchemaNode *schema)
{
    if (schema && schema->resolved().type == SchemaNode::Type::Array)
        return schema->resolved().listMapKeys;
    return { NameKey };
}

class Merger {
public:
    QList<MergeConflict> conflicts;

    QJsonValue merge(const MergePath &path, const SchemaNode *schema, const QJsonValue &base, const QJsonValue &mine,
        const QJsonValue &theirs)
    {
        if (mine == theirs)
            return mine; // untouched, or the same change on both sides
        if (mine == base)
            return theirs;
        if (theirs == base)
            return mine;
        if (mine.isObject() && theirs.isObject() && (base.isObject() || base.isUndefined()))
            return mergeMaps(path, schema, base.toObject(), mine.toObject(), theirs.toObject());
        const QStringList fields = listKeyFields(schema);
        if (isKeyedList(mine, fields) && isKeyedList(theirs, fields)
            && (isKeyedList(base, fields) || base.isUndefined()))
            return mergeKeyedLists(path, schema, fields, base, mine, theirs);
        conflicts << MergeConflict { path, base, mine, theirs };
        return theirs;
    }

private:
    QJsonObject mergeMaps(const MergePath &path, const SchemaNode *schema, const QJsonObject &base,
        const QJsonObject &mine, const QJsonObject &theirs)
    {
        QStringList keys = theirs.keys();
        for (const QString &key : mine.keys() + base.keys()) {
            if (!keys.contains(key))
                keys << key;
        }
        QJsonObject merged;
        for (const QString &key : std::as_const(keys)) {
            const QJsonValue value = merge(path + MergePath { MergePathStep::field(key) }, propertySchema(schema, key),
                base.value(key), mine.value(key), theirs.value(key));
            if (!value.isUndefined())
                merged.insert(key, value);
        }
        return merged;
    }

    QJsonArray mergeKeyedLists(const MergePath &path, const SchemaNode *schema, const QStringList &fields,
        const QJsonValue &base, const QJsonValue &mine, const QJsonValue &theirs)
    {
        QJsonArray merged;
        for (const QJsonObject &key : mergedOrder(base, mine, theirs, fields)) {
            const QJsonValue value = merge(path + MergePath { MergePathStep::itemWith(key) }, itemSchema(schema),
                itemWithKey(base, key), itemWithKey(mine, key), itemWithKey(theirs, key));
            if (!value.isUndefined())
                merged.append(value);
        }
        return merged;
    }
};

// The key fields an item created at this step starts with.
QJsonObject newItem(const QJsonObject &key)
{
    QJsonObject item;
    for (auto it = key.begin(); it != key.end(); ++it) {
        if (!it.value().isNull())
            item.insert(it.key(), it.value());
    }
    return item;
}

bool setValue(QJsonValue &node, const MergePath &path, qsizetype step, const QJsonValue &value)
{
    if (step == path.size()) {
        node = value;
        return true;
    }
    const MergePathStep &here = path.at(step);
    if (!here.isItem()) {
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
    const qsizetype index = indexOfKey(list, here.item);
    QJsonValue child = index >= 0 ? list.at(index) : QJsonValue(QJsonValue::Undefined);
    if (child.isUndefined() && !value.isUndefined() && step + 1 < path.size())
        child = newItem(here.item);
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

QString keyValueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return QStringLiteral("null");
}

} // namespace

MergePathStep MergePathStep::itemNamed(const QString &name)
{
    return itemWith({ { NameKey, name } });
}

QString mergePathText(const MergePath &path)
{
    QString text;
    for (const MergePathStep &step : path) {
        if (!step.isItem()) {
            text = appendPathKey(text, step.key);
            continue;
        }
        QStringList parts;
        for (auto it = step.item.begin(); it != step.item.end(); ++it) {
            if (!it.value().isNull())
                parts << it.key() + QLatin1Char('=') + keyValueText(it.value());
        }
        text += QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    return text;
}

QString mergePathInObject(const QJsonObject &object, const MergePath &path)
{
    QString text;
    QJsonValue node = object;
    for (const MergePathStep &step : path) {
        if (step.isItem()) {
            const qsizetype index = node.isArray() ? indexOfKey(node.toArray(), step.item) : -1;
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

MergeResult mergeThreeWay(
    const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs, const SchemaNode *schema)
{
    Merger merger;
    MergeResult result;
    result.merged = merger.merge({}, schema, base, mine, theirs).toObject();
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
        node = step.isItem() ? itemWithKey(node, step.item) : node.toObject().value(step.key);
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
