// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/nodes/nodepatches.h"

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
