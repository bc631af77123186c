// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/kinds/kindregistry.h"

#include "core/kinds/basicrenderers.h"
#include "core/kinds/clusterrenderers.h"
#include "core/kinds/configrenderers.h"
#include "core/kinds/networkrenderers.h"
#include "core/kinds/podrenderer.h"
#include "core/kinds/storagerenderers.h"
#include "core/kinds/workloadrenderers.h"

namespace Sextant::Core {

namespace {
QString keyOf(const QString &group, const QString &resource)
{
    return group + QLatin1Char('/') + resource;
}
} // namespace

const KindRegistry &KindRegistry::instance()
{
    static const KindRegistry registry;
    return registry;
}

KindRegistry::KindRegistry()
    : m_generic(std::make_shared<GenericRenderer>())
{
    add(QString(), QStringLiteral("pods"), std::make_unique<PodRenderer>());
    add(QString(), QStringLiteral("namespaces"), std::make_unique<NamespaceRenderer>());
    add(QStringLiteral("apps"), QStringLiteral("deployments"), std::make_unique<DeploymentRenderer>());
    add(QStringLiteral("apps"), QStringLiteral("statefulsets"), std::make_unique<StatefulSetRenderer>());
    add(QStringLiteral("apps"), QStringLiteral("daemonsets"), std::make_unique<DaemonSetRenderer>());
    add(QStringLiteral("apps"), QStringLiteral("replicasets"), std::make_unique<ReplicaSetRenderer>());
    add(QStringLiteral("batch"), QStringLiteral("jobs"), std::make_unique<JobRenderer>());
    add(QStringLiteral("batch"), QStringLiteral("cronjobs"), std::make_unique<CronJobRenderer>());
    add(QStringLiteral("autoscaling"), QStringLiteral("horizontalpodautoscalers"),
        std::make_unique<HorizontalPodAutoscalerRenderer>());
    add(QString(), QStringLiteral("services"), std::make_unique<ServiceRenderer>());
    add(QStringLiteral("discovery.k8s.io"), QStringLiteral("endpointslices"),
        std::make_unique<EndpointSliceRenderer>());
    add(QStringLiteral("networking.k8s.io"), QStringLiteral("ingresses"), std::make_unique<IngressRenderer>());
    add(QStringLiteral("networking.k8s.io"), QStringLiteral("ingressclasses"),
        std::make_unique<IngressClassRenderer>());
    add(QStringLiteral("networking.k8s.io"), QStringLiteral("networkpolicies"),
        std::make_unique<NetworkPolicyRenderer>());
    add(QString(), QStringLiteral("configmaps"), std::make_unique<ConfigMapRenderer>());
    add(QString(), QStringLiteral("secrets"), std::make_unique<SecretRenderer>());
    add(QString(), QStringLiteral("serviceaccounts"), std::make_unique<ServiceAccountRenderer>());
    add(QString(), QStringLiteral("persistentvolumeclaims"), std::make_unique<PersistentVolumeClaimRenderer>());
    add(QString(), QStringLiteral("persistentvolumes"), std::make_unique<PersistentVolumeRenderer>());
    add(QStringLiteral("storage.k8s.io"), QStringLiteral("storageclasses"), std::make_unique<StorageClassRenderer>());
    add(QString(), QStringLiteral("nodes"), std::make_unique<NodeRenderer>());
    add(QString(), QStringLiteral("events"), std::make_unique<EventRenderer>());
    add(QStringLiteral("events.k8s.io"), QStringLiteral("events"), std::make_unique<EventRenderer>());
    add(QStringLiteral("rbac.authorization.k8s.io"), QStringLiteral("roles"), std::make_unique<RoleRenderer>());
    add(QStringLiteral("rbac.authorization.k8s.io"), QStringLiteral("clusterroles"), std::make_unique<RoleRenderer>());
    add(QStringLiteral("rbac.authorization.k8s.io"), QStringLiteral("rolebindings"),
        std::make_unique<RoleBindingRenderer>());
    add(QStringLiteral("rbac.authorization.k8s.io"), QStringLiteral("clusterrolebindings"),
        std::make_unique<RoleBindingRenderer>());
}

void KindRegistry::add(const QString &group, const QString &resource, std::unique_ptr<KindRenderer> renderer)
{
    m_renderers.insert(keyOf(group, resource), std::move(renderer));
}

const KindRenderer *KindRegistry::renderer(const QString &group, const QString &resource) const
{
    const auto it = m_renderers.constFind(keyOf(group, resource));
    return it != m_renderers.constEnd() ? it->get() : m_generic.get();
}

} // namespace Sextant::Core
