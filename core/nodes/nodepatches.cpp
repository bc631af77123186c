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

QByteArray taintsPatch(const QList<Taint> &taints, const QString &resourceVersion)
{
    const QJsonArray operations {
        QJsonObject { { QStringLiteral("op"), QStringLiteral("test") },
            { QStringLiteral("path"), QStringLiteral("/metadata/resourceVersion") },
            { QStringLiteral("value"), resourceVersion } },
        // "add" replaces an existing member and creates a missing one.
        QJsonObject { { QStringLiteral("op"), QStringLiteral("add") },
            { QStringLiteral("path"), QStringLiteral("/spec/taints") }, { QStringLiteral("value"), toJson(taints) } },
    };
    return QJsonDocument(operations).toJson(QJsonDocument::Compact);
}

bool isFailedTest(const QString &message)
{
    // evanphx/json-patch: "testing value /metadata/resourceVersion failed: test failed"
    return message.contains(QLatin1String("test failed")) || message.contains(QLatin1String("testing value"));
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
