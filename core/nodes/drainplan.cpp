// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/nodes/drainplan.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Sextant::Core::DrainPlan {

namespace {

QJsonObject metadataOf(const QJsonObject &pod)
{
    return pod.value(QLatin1String("metadata")).toObject();
}

DrainPod base(const QJsonObject &pod)
{
    const QJsonObject metadata = metadataOf(pod);
    DrainPod result;
    result.namespaceName = metadata.value(QLatin1String("namespace")).toString();
    result.name = metadata.value(QLatin1String("name")).toString();
    result.uid = metadata.value(QLatin1String("uid")).toString();
    return result;
}

DrainPod with(DrainPod pod, DrainPod::Action action, const QString &reason = {})
{
    pod.action = action;
    pod.reason = reason;
    return pod;
}

} // namespace

std::optional<ControllerRef> controllerOf(const QJsonObject &pod)
{
    const QJsonArray owners = metadataOf(pod).value(QLatin1String("ownerReferences")).toArray();
    for (const QJsonValue &value : owners) {
        const QJsonObject owner = value.toObject();
        if (owner.value(QLatin1String("controller")).toBool())
            return ControllerRef { owner.value(QLatin1String("kind")).toString(),
                owner.value(QLatin1String("name")).toString() };
    }
    return std::nullopt;
}

bool isMirrorPod(const QJsonObject &pod)
{
    return metadataOf(pod)
        .value(QLatin1String("annotations"))
        .toObject()
        .contains(QLatin1String("kubernetes.io/config.mirror"));
}

bool isFinished(const QJsonObject &pod)
{
    const QString phase = pod.value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString();
    return phase == QLatin1String("Succeeded") || phase == QLatin1String("Failed");
}

bool hasEmptyDir(const QJsonObject &pod)
{
    const QJsonArray volumes = pod.value(QLatin1String("spec")).toObject().value(QLatin1String("volumes")).toArray();
    for (const QJsonValue &volume : volumes) {
        if (volume.toObject().contains(QLatin1String("emptyDir")))
            return true;
    }
    return false;
}

DrainPod planPod(const QJsonObject &pod, const DrainOptions &options, const QSet<QString> &missingDaemonSets)
{
    const DrainPod result = base(pod);
    const bool finished = isFinished(pod);
    const auto controller = controllerOf(pod);

    // DaemonSet: its controller ignores cordoning and would put the pod right back.
    if (controller && controller->kind == QLatin1String("DaemonSet") && !finished) {
        if (missingDaemonSets.contains(result.namespaceName + QLatin1Char('/') + controller->name)) {
            const QString missing = QCoreApplication::translate("Sextant::Core", "its DaemonSet %1 no longer exists")
                                        .arg(controller->name);
            return options.force
                ? with(result, DrainPod::Action::Evict, missing)
                : with(result, DrainPod::Action::Refuse,
                    QCoreApplication::translate("Sextant::Core", "%1 (allow Force to evict it)").arg(missing));
        }
        if (!options.ignoreDaemonSets)
            return with(result, DrainPod::Action::Refuse,
                QCoreApplication::translate(
                    "Sextant::Core", "managed by a DaemonSet (allow Ignore DaemonSets to leave it)"));
        return with(
            result, DrainPod::Action::Skip, QCoreApplication::translate("Sextant::Core", "managed by a DaemonSet"));
    }

    // Mirror pods stand for static pods the kubelet runs; the API cannot remove them.
    if (isMirrorPod(pod))
        return with(
            result, DrainPod::Action::Skip, QCoreApplication::translate("Sextant::Core", "mirror pod of a static pod"));

    if (finished)
        return with(result, DrainPod::Action::Delete);

    QString warning;
    if (hasEmptyDir(pod)) {
        if (!options.deleteEmptyDirData)
            return with(result, DrainPod::Action::Refuse,
                QCoreApplication::translate(
                    "Sextant::Core", "has emptyDir data (allow Delete emptyDir data to evict it)"));
        warning = QCoreApplication::translate("Sextant::Core", "its emptyDir data will be deleted");
    }

    if (!controller) {
        if (!options.force)
            return with(result, DrainPod::Action::Refuse,
                QCoreApplication::translate("Sextant::Core", "not managed by a controller (allow Force to evict it)"));
        // kubectl keeps only the last filter's warning.
        warning = QCoreApplication::translate("Sextant::Core", "not managed by a controller: nothing will recreate it");
    }
    return with(result, DrainPod::Action::Evict, warning);
}

QList<DrainPod> plan(
    const QList<QJsonObject> &pods, const DrainOptions &options, const QSet<QString> &missingDaemonSets)
{
    QList<DrainPod> result;
    result.reserve(pods.size());
    for (const QJsonObject &pod : pods)
        result.append(planPod(pod, options, missingDaemonSets));
    return result;
}

QSet<QString> daemonSetsOf(const QList<QJsonObject> &pods)
{
    QSet<QString> result;
    for (const QJsonObject &pod : pods) {
        const auto controller = controllerOf(pod);
        if (controller && controller->kind == QLatin1String("DaemonSet") && !isFinished(pod))
            result.insert(
                metadataOf(pod).value(QLatin1String("namespace")).toString() + QLatin1Char('/') + controller->name);
    }
    return result;
}

} // namespace Sextant::Core::DrainPlan
