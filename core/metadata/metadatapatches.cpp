// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/metadata/metadatapatches.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>

namespace Sextant::Core::MetadataPatches {

namespace {

QMap<QString, QString> stringMap(const QJsonObject &object, QLatin1String field)
{
    QMap<QString, QString> result;
    const QJsonObject map = object.value(QLatin1String("metadata")).toObject().value(field).toObject();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (it.value().isString())
            result.insert(it.key(), it.value().toString());
    }
    return result;
}

QByteArray metadataPatch(QLatin1String field, const QJsonObject &changed)
{
    if (changed.isEmpty())
        return {};
    const QJsonObject metadata { { field, changed } };
    return QJsonDocument(QJsonObject { { QStringLiteral("metadata"), metadata } }).toJson(QJsonDocument::Compact);
}

} // namespace

QMap<QString, QString> labelsOf(const QJsonObject &object)
{
    return stringMap(object, QLatin1String("labels"));
}

QMap<QString, QString> annotationsOf(const QJsonObject &object)
{
    return stringMap(object, QLatin1String("annotations"));
}

SharedEntries sharedEntries(const QList<QMap<QString, QString>> &each)
{
    SharedEntries shared;
    QMap<QString, int> holders;
    for (const QMap<QString, QString> &entries : each) {
        for (auto it = entries.cbegin(); it != entries.cend(); ++it)
            ++holders[it.key()];
    }
    for (auto it = holders.cbegin(); it != holders.cend(); ++it) {
        const QString value = each.first().value(it.key());
        const bool same = it.value() == each.size()
            && std::all_of(each.cbegin(), each.cend(), [&](const auto &entries) { return entries[it.key()] == value; });
        if (same)
            shared.same.insert(it.key(), value);
        else
            shared.differing.insert(it.key(), it.value());
    }
    return shared;
}

QJsonObject changes(
    const QMap<QString, QString> &before, const QMap<QString, QString> &after, const QStringList &alsoRemoved)
{
    QJsonObject result;
    for (const QString &key : alsoRemoved)
        result.insert(key, QJsonValue::Null);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            result.insert(it.key(), QJsonValue::Null);
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.cend() || old.value() != it.value())
            result.insert(it.key(), it.value());
    }
    return result;
}

QByteArray labelsPatch(
    const QMap<QString, QString> &before, const QMap<QString, QString> &after, const QStringList &alsoRemoved)
{
    return metadataPatch(QLatin1String("labels"), changes(before, after, alsoRemoved));
}

QByteArray annotationsPatch(
    const QMap<QString, QString> &before, const QMap<QString, QString> &after, const QStringList &alsoRemoved)
{
    return metadataPatch(QLatin1String("annotations"), changes(before, after, alsoRemoved));
}

} // namespace Sextant::Core::MetadataPatches
