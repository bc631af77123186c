// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/relations/knownkinds.h"

#include <QList>

namespace Sextant::Core::KnownKinds {

namespace {

struct Entry {
    const char *kind;
    const char *group;
    const char *version;
    const char *resource;
    bool namespaced;
};

constexpr Entry Table[] = {
    { "Pod", "", "v1", "pods", true },
    { "Node", "", "v1", "nodes", false },
    { "Service", "", "v1", "services", true },
    { "ConfigMap", "", "v1", "configmaps", true },
    { "Secret", "", "v1", "secrets", true },
    { "ServiceAccount", "", "v1", "serviceaccounts", true },
    { "PersistentVolumeClaim", "", "v1", "persistentvolumeclaims", true },
    { "PersistentVolume", "", "v1", "persistentvolumes", false },
    { "Namespace", "", "v1", "namespaces", false },
    { "Event", "", "v1", "events", true },
    { "Endpoints", "", "v1", "endpoints", true },
    { "ReplicationController", "", "v1", "replicationcontrollers", true },
    { "LimitRange", "", "v1", "limitranges", true },
    { "ResourceQuota", "", "v1", "resourcequotas", true },
    { "Deployment", "apps", "v1", "deployments", true },
    { "ReplicaSet", "apps", "v1", "replicasets", true },
    { "StatefulSet", "apps", "v1", "statefulsets", true },
    { "DaemonSet", "apps", "v1", "daemonsets", true },
    { "ControllerRevision", "apps", "v1", "controllerrevisions", true },
    { "Job", "batch", "v1", "jobs", true },
    { "CronJob", "batch", "v1", "cronjobs", true },
    { "HorizontalPodAutoscaler", "autoscaling", "v2", "horizontalpodautoscalers", true },
    { "Ingress", "networking.k8s.io", "v1", "ingresses", true },
    { "IngressClass", "networking.k8s.io", "v1", "ingressclasses", false },
    { "NetworkPolicy", "networking.k8s.io", "v1", "networkpolicies", true },
    { "EndpointSlice", "discovery.k8s.io", "v1", "endpointslices", true },
    { "StorageClass", "storage.k8s.io", "v1", "storageclasses", false },
    { "CSIDriver", "storage.k8s.io", "v1", "csidrivers", false },
    { "VolumeAttachment", "storage.k8s.io", "v1", "volumeattachments", false },
    { "PodDisruptionBudget", "policy", "v1", "poddisruptionbudgets", true },
    { "Role", "rbac.authorization.k8s.io", "v1", "roles", true },
    { "RoleBinding", "rbac.authorization.k8s.io", "v1", "rolebindings", true },
    { "ClusterRole", "rbac.authorization.k8s.io", "v1", "clusterroles", false },
    { "ClusterRoleBinding", "rbac.authorization.k8s.io", "v1", "clusterrolebindings", false },
    { "Lease", "coordination.k8s.io", "v1", "leases", true },
    { "CustomResourceDefinition", "apiextensions.k8s.io", "v1", "customresourcedefinitions", false },
};

ResourceRef refOf(const Entry &e)
{
    return { QLatin1String(e.group), QLatin1String(e.version), QLatin1String(e.resource), e.namespaced };
}

ResourceRef byKind(const char *kind)
{
    for (const Entry &e : Table) {
        if (qstrcmp(e.kind, kind) == 0) {
            return refOf(e);
        }
    }
    return {};
}

// English plural of a lower-cased kind, as the API server's default RESTMapper guesses it.
QString guessPlural(const QString &kind)
{
    const QString lower = kind.toLower();
    if (lower.endsWith(u's') || lower.endsWith(QLatin1String("ch")) || lower.endsWith(QLatin1String("sh"))
        || lower.endsWith(u'x') || lower.endsWith(u'z')) {
        return lower + QLatin1String("es");
    }
    if (lower.endsWith(u'y') && lower.size() > 1 && !QStringLiteral("aeiou").contains(lower.at(lower.size() - 2))) {
        return lower.chopped(1) + QLatin1String("ies");
    }
    return lower + u's';
}

} // namespace

ResourceRef pods()
{
    return byKind("Pod");
}
ResourceRef nodes()
{
    return byKind("Node");
}
ResourceRef services()
{
    return byKind("Service");
}
ResourceRef configMaps()
{
    return byKind("ConfigMap");
}
ResourceRef secrets()
{
    return byKind("Secret");
}
ResourceRef serviceAccounts()
{
    return byKind("ServiceAccount");
}
ResourceRef persistentVolumeClaims()
{
    return byKind("PersistentVolumeClaim");
}
ResourceRef persistentVolumes()
{
    return byKind("PersistentVolume");
}
ResourceRef storageClasses()
{
    return byKind("StorageClass");
}
ResourceRef events()
{
    return byKind("Event");
}
ResourceRef deployments()
{
    return byKind("Deployment");
}
ResourceRef replicaSets()
{
    return byKind("ReplicaSet");
}
ResourceRef statefulSets()
{
    return byKind("StatefulSet");
}
ResourceRef daemonSets()
{
    return byKind("DaemonSet");
}
ResourceRef jobs()
{
    return byKind("Job");
}
ResourceRef cronJobs()
{
    return byKind("CronJob");
}
ResourceRef horizontalPodAutoscalers()
{
    return byKind("HorizontalPodAutoscaler");
}
ResourceRef ingresses()
{
    return byKind("Ingress");
}
ResourceRef ingressClasses()
{
    return byKind("IngressClass");
}

ResourceRef resourceOf(const QString &apiVersion, const QString &kind, bool namespacedGuess, bool *known)
{
    const qsizetype slash = apiVersion.indexOf(u'/');
    const QString group = slash < 0 ? QString() : apiVersion.left(slash);
    const QString version = slash < 0 ? apiVersion : apiVersion.mid(slash + 1);
    for (const Entry &e : Table) {
        if (kind == QLatin1String(e.kind) && group == QLatin1String(e.group)) {
            if (known) {
                *known = true;
            }
            ResourceRef ref = refOf(e);
            if (!version.isEmpty()) {
                ref.version = version; // the version the reference names is served
            }
            return ref;
        }
    }
    if (known) {
        *known = false;
    }
    return { group, version, guessPlural(kind), namespacedGuess };
}

QString kindOf(const ResourceRef &resource)
{
    for (const Entry &e : Table) {
        if (resource.resource == QLatin1String(e.resource) && resource.group == QLatin1String(e.group)) {
            return QLatin1String(e.kind);
        }
    }
    // "widgets" -> "Widget": good enough for a label when discovery is not at hand.
    QString singular = resource.resource;
    if (singular.endsWith(QLatin1String("ies"))) {
        singular = singular.chopped(3) + u'y';
    } else if (singular.endsWith(u's')) {
        singular.chop(1);
    }
    if (!singular.isEmpty()) {
        singular[0] = singular.at(0).toUpper();
    }
    return singular;
}

} // namespace Sextant::Core::KnownKinds
