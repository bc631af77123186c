// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/resourceref.h"
#include "core/cluster/clusterconnection.h"

#include <QObject>
#include <QPointer>

namespace Sextant::Core {
class ObjectStore;
}

namespace Sextant::Ui {

// The live objects of the project a form is filled for: pickers of Secrets,
// ConfigMaps and claims follow it when the user picks another project.
class ProjectStores final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectStores)
public:
    explicit ProjectStores(Core::ClusterConnection *connection, QObject *parent = nullptr);

    Core::ClusterConnection *connection() const { return m_connection; }
    QString namespaceName() const { return m_namespace; }
    void setNamespaceName(const QString &namespaceName);
    // The store of a namespaced resource in the project, or of a cluster-wide one; nullptr offline.
    Core::ObjectStore *store(const Core::ResourceRef &resource) const;

    static const Core::ResourceRef Secrets;
    static const Core::ResourceRef ConfigMaps;
    static const Core::ResourceRef Claims;
    static const Core::ResourceRef StorageClasses;
    static const Core::ResourceRef Nodes;
    static const Core::ResourceRef Namespaces;

Q_SIGNALS:
    void namespaceChanged();

private:
    QPointer<Core::ClusterConnection> m_connection;
    QString m_namespace;
};

} // namespace Sextant::Ui
