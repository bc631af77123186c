// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/projectstores.h"

#include "core/cluster/clusterconnection.h"

namespace Sextant::Ui {

const Core::ResourceRef ProjectStores::Secrets { QString(), QStringLiteral("v1"), QStringLiteral("secrets"), true };
const Core::ResourceRef ProjectStores::ConfigMaps { QString(), QStringLiteral("v1"), QStringLiteral("configmaps"),
    true };
const Core::ResourceRef ProjectStores::Claims { QString(), QStringLiteral("v1"),
    QStringLiteral("persistentvolumeclaims"), true };
const Core::ResourceRef ProjectStores::StorageClasses { QStringLiteral("storage.k8s.io"), QStringLiteral("v1"),
    QStringLiteral("storageclasses"), false };
const Core::ResourceRef ProjectStores::Nodes { QString(), QStringLiteral("v1"), QStringLiteral("nodes"), false };
const Core::ResourceRef ProjectStores::Namespaces { QString(), QStringLiteral("v1"), QStringLiteral("namespaces"),
    false };

ProjectStores::ProjectStores(Core::ClusterConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

void ProjectStores::setNamespaceName(const QString &namespaceName)
{
    if (namespaceName == m_namespace) {
        return;
    }
    m_namespace = namespaceName;
    Q_EMIT namespaceChanged();
}

Core::ObjectStore *ProjectStores::store(const Core::ResourceRef &resource) const
{
    if (!m_connection || (resource.namespaced && m_namespace.isEmpty())) {
        return nullptr;
    }
    return m_connection->store(resource, resource.namespaced ? m_namespace : QString());
}

} // namespace Sextant::Ui
