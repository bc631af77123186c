// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/nodes/nodepatches.h"

#include "core/metadata/metadatapatches.h"
#include "core/metadata/metadatavalidation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

namespace Sextant::Core::NodePatches {

ResourceRef nodesResource()
{
    return { QString(), QStringLiteral("v1"), QStringLiteral("nodes"), false };
}

ResourceRef podsResource()
{
    return { QString(), QStringLiteral("v1"), QStringLiteral("pods"), true };
}

bool isUnschedulable(const QJsonObject &node)
{
    return node.value(QLatin1String("spec")).toObject().value(QLatin1String("unschedulable")).toBool();
}

QByteArray cordon(bool unschedulable)
{
    const QJsonValue value = unschedulable ? QJsonValue(true) : QJsonValue(QJsonValue::Null);
    const QJsonObject spec { { QStringLiteral("unschedulable"), value } };
    return QJsonDocument(QJsonObject { { QStringLiteral("spec"), spec } }).toJson(QJsonDocument::Compact);
}

QList<Taint> taintsOf(const QJsonObject &node)
{
    QList<Taint> taints;
    const QJsonArray array = node.value(QLatin1String("spec")).toObject().value(QLatin1String("taints")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject taint = value.toObject();
        taints.append({ taint.value(QLatin1String("key")).toString(), taint.value(QLatin1String("value")).toString(),
            taint.value(QLatin1String("effect")).toString(), taint.value(QLatin1String("timeAdded")).toString() });
    }
    return taints;
}

QJsonArray toJson(const QList<Taint> &taints)
{
    QJsonArray array;
    for (const Taint &taint : taints) {
        QJsonObject object { { QStringLiteral("key"), taint.key }, { QStringLiteral("effect"), taint.effect } };
        if (!taint.value.isEmpty())
            object.insert(QStringLiteral("value"), taint.value);
        if (!taint.timeAdded.isEmpty())
            object.insert(QStringLiteral("timeAdded"), taint.timeAdded);
        array.append(object);
    }
    return array;
}

QStringList validate(const QList<Taint> &taints)
{
    QStringList problems;
    QSet<QString> seen;
    for (const Taint &taint : taints) {
        const QString label
            = taint.key.isEmpty() ? QCoreApplication::translate("Sextant::Core", "(no key)") : taint.key;
        const QStringList found = MetadataValidation::taintKey(taint.key) + MetadataValidation::taintValue(taint.value)
            + MetadataValidation::taintEffect(taint.effect);
        for (const QString &problem : found)
            problems.append(label + QStringLiteral(": ") + problem);
        const QString identity = taint.key + QLatin1Char('\x1f') + taint.effect;
        if (seen.contains(identity))
            problems.append(
                QCoreApplication::translate("Sextant::Core", "%1: taints must be unique by key and effect").arg(label));
        seen.insert(identity);
    }
    return problems;
}

QJsonObject withTaints(QJsonObject node, const QList<Taint> &taints)
{
    QJsonObject spec = node.value(QLatin1String("spec")).toObject();
    if (taints.isEmpty())
        spec.remove(QStringLiteral("taints"));
    else
        spec.insert(QStringLiteral("taints"), toJson(taints));
    node.insert(QStringLiteral("spec"), spec);
    return node;
}

NodeSettings settingsOf(const QJsonObject &node)
{
    return { isUnschedulable(node), MetadataPatches::labelsOf(node), taintsOf(node) };
}

QJsonObject withSettings(QJsonObject node, const NodeSettings &settings)
{
    node = withTaints(std::move(node), settings.taints);
    QJsonObject spec = node.value(QLatin1String("spec")).toObject();
    if (settings.unschedulable)
        spec.insert(QStringLiteral("unschedulable"), true);
    else
        spec.remove(QStringLiteral("unschedulable"));
    node.insert(QStringLiteral("spec"), spec);
    QJsonObject metadata = node.value(QLatin1String("metadata")).toObject();
    QJsonObject labels;
    for (auto it = settings.labels.cbegin(); it != settings.labels.cend(); ++it)
        labels.insert(it.key(), it.value());
    if (labels.isEmpty())
        metadata.remove(QStringLiteral("labels"));
    else
        metadata.insert(QStringLiteral("labels"), labels);
    node.insert(QStringLiteral("metadata"), metadata);
    return node;
}

NodeSettings rebased(const NodeSettings &base, const NodeSettings &mine, const NodeSettings &theirs)
{
    NodeSettings result = theirs;
    if (mine.unschedulable != base.unschedulable)
        result.unschedulable = mine.unschedulable;
    QStringList keys = base.labels.keys() + mine.labels.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        const bool changed = base.labels.contains(key) != mine.labels.contains(key)
            || base.labels.value(key) != mine.labels.value(key);
        if (!changed)
            continue;
        if (mine.labels.contains(key))
            result.labels.insert(key, mine.labels.value(key));
        else
            result.labels.remove(key);
    }
    // Taints are identified by key and effect, as the apiserver's uniqueness rule does.
    const auto sameSlot = [](const Taint &a, const Taint &b) { return a.key == b.key && a.effect == b.effect; };
    for (const Taint &old : base.taints) {
        if (!mine.taints.contains(old))
            result.taints.removeIf([&](const Taint &t) { return sameSlot(t, old); });
    }
    for (const Taint &added : mine.taints) {
        if (base.taints.contains(added))
            continue;
        result.taints.removeIf([&](const Taint &t) { return sameSlot(t, added); });
        result.taints.append(added);
    }
    return result;
}

QByteArray eviction(const QString &namespaceName, const QString &name, std::optional<int> gracePeriodSeconds)
{
    QJsonObject object { { QStringLiteral("apiVersion"), QStringLiteral("policy/v1") },
        { QStringLiteral("kind"), QStringLiteral("Eviction") },
        { QStringLiteral("metadata"),
            QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("namespace"), namespaceName } } } };
    if (gracePeriodSeconds)
        object.insert(QStringLiteral("deleteOptions"),
            QJsonObject { { QStringLiteral("gracePeriodSeconds"), *gracePeriodSeconds } });
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace Sextant::Core::NodePatches
