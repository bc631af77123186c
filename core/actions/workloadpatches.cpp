// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/actions/workloadpatches.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Sextant::Core::WorkloadPatches {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject spec(const QJsonObject &fields)
{
    return QJsonObject { { QStringLiteral("spec"), fields } };
}

bool isApps(const ResourceRef &resource, const char *name)
{
    return resource.group == QLatin1String("apps") && resource.resource == QLatin1String(name);
}

} // namespace

QByteArray scale(int replicas)
{
    return compact(spec({ { QStringLiteral("replicas"), replicas } }));
}

QByteArray restart(const QDateTime &now)
{
    const QJsonObject annotations { { QStringLiteral("kubectl.kubernetes.io/restartedAt"), rfc3339(now) } };
    const QJsonObject metadata { { QStringLiteral("annotations"), annotations } };
    return compact(spec({ { QStringLiteral("template"), QJsonObject { { QStringLiteral("metadata"), metadata } } } }));
}

QByteArray paused(bool paused)
{
    return compact(spec({ { QStringLiteral("paused"), paused } }));
}

QByteArray suspend(bool suspend)
{
    return compact(spec({ { QStringLiteral("suspend"), suspend } }));
}

QString rfc3339(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

bool isDeployment(const ResourceRef &resource)
{
    return isApps(resource, "deployments");
}

bool isStatefulSet(const ResourceRef &resource)
{
    return isApps(resource, "statefulsets");
}

bool isDaemonSet(const ResourceRef &resource)
{
    return isApps(resource, "daemonsets");
}

bool isReplicaSet(const ResourceRef &resource)
{
    return isApps(resource, "replicasets");
}

bool isCronJob(const ResourceRef &resource)
{
    return resource.group == QLatin1String("batch") && resource.resource == QLatin1String("cronjobs");
}

bool isPaused(const QJsonObject &object)
{
    return object.value(QLatin1String("spec")).toObject().value(QLatin1String("paused")).toBool();
}

bool isSuspended(const QJsonObject &object)
{
    return object.value(QLatin1String("spec")).toObject().value(QLatin1String("suspend")).toBool();
}

int replicas(const QJsonObject &object)
{
    return object.value(QLatin1String("spec")).toObject().value(QLatin1String("replicas")).toInt(1);
}

QString restartRefusal(const ResourceRef &resource, const QJsonObject &object)
{
    if (isDeployment(resource) && isPaused(object)) {
        // kubectl's own words (polymorphichelpers/objectrestarter.go).
        return QCoreApplication::translate(
            "Sextant::Core", "can't restart paused deployment (run rollout resume first)");
    }
    return {};
}

} // namespace Sextant::Core::WorkloadPatches
