// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/mainwindow/navigatorcatalog.h"

#include <QtGlobal>

namespace Sextant::Ui {

namespace {
NavigatorEntry entry(const char *group, const char *title, const QString &apiGroup, const char *version,
    const char *resource, bool namespaced)
{
    const QString plural = QString::fromLatin1(resource);
    return { apiGroup.isEmpty() ? plural : apiGroup + QLatin1Char('/') + plural, group, title,
        Core::ResourceRef { apiGroup, QString::fromLatin1(version), plural, namespaced } };
}
} // namespace

const QList<NavigatorEntry> &navigatorEntries()
{
    static const QString core;
    static const QString apps = QStringLiteral("apps");
    static const QString batch = QStringLiteral("batch");
    static const QString networking = QStringLiteral("networking.k8s.io");
    static const QString rbac = QStringLiteral("rbac.authorization.k8s.io");
    static const QList<NavigatorEntry> entries = {
        entry(QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "Projects"),
            QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "Projects"), core, "v1", "namespaces", false),
        entry(QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "Workloads"),
            QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "Deployments"), apps, "v1", "deployments", true),
        entry(
            "Workloads", QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "StatefulSets"), apps, "v1", "statefulsets", true),
        entry("Workloads", QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "DaemonSets"), apps, "v1", "daemonsets", true),
        entry("Workloads", QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "ReplicaSets"), apps, "v1", "replicasets", true),
        entry("Workloads", QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "Pods"), core, "v1", "pods", true),
        entry("Workloads", QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "Jobs"), batch, "v1", "jobs", true),
        entry("Workloads", QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "CronJobs"), batch, "v1", "cronjobs", true),
        entry("Workloads", QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "HorizontalPodAutoscalers"),
            QStringLiteral("autoscaling"), "v2", "horizontalpodautoscalers", true),
        entry(QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "Services and network"),
            QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "Services"), core, "v1", "services", true),
        entry("Services and network", QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "EndpointSlices"),
            QStringLiteral("discovery.k8s.io"), "v1", "endpointslices", true),
        entry("Services and network", QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "Ingresses"), networking, "v1",
            "ingresses", true),
        entry("Services and network", QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "IngressClasses"), networking, "v1",
            "ingressclasses", false),
        entry("Services and network", QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "NetworkPolicies"), networking, "v1",
            "networkpolicies", true),
        entry(QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "Configuration"),
            QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "ConfigMaps"), core, "v1", "configmaps", true),
        entry("Configuration", QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "Secrets"), core, "v1", "secrets", true),
        entry(QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "Storage"),
            QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "PersistentVolumeClaims"), core, "v1", "persistentvolumeclaims",
            true),
        entry("Storage", QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "PersistentVolumes"), core, "v1",
            "persistentvolumes", false),
        entry("Storage", QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "StorageClasses"),
            QStringLiteral("storage.k8s.io"), "v1", "storageclasses", false),
        entry(QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "Nodes"),
            QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "Nodes"), core, "v1", "nodes", false),
        entry(QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "Access control"),
            QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "ServiceAccounts"), core, "v1", "serviceaccounts", true),
        entry("Access control", QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "Roles"), rbac, "v1", "roles", true),
        entry("Access control", QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "ClusterRoles"), rbac, "v1", "clusterroles",
            false),
        entry("Access control", QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "RoleBindings"), rbac, "v1", "rolebindings",
            true),
        entry("Access control", QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "ClusterRoleBindings"), rbac, "v1",
            "clusterrolebindings", false),
        entry(QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "Events"),
            QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "Events"), core, "v1", "events", true),
    };
    return entries;
}

const NavigatorEntry *findNavigatorEntry(const QString &id)
{
    for (const NavigatorEntry &e : navigatorEntries()) {
        if (e.id == id) {
            return &e;
        }
    }
    return nullptr;
}

} // namespace Sextant::Ui
