// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/cluster/clustermanager.h"

#include "core/cluster/clusterconnection.h"

namespace Sextant::Core {

ClusterManager::ClusterManager(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    reload();
}

ClusterManager::~ClusterManager()
{
    for (const auto &connection : std::as_const(m_connections)) {
        delete connection.data();
    }
}

void ClusterManager::reload()
{
    m_problems.clear();
    auto loaded = KubeconfigLoader::load(m_options.load);
    if (!loaded) {
        m_set = {};
        m_contexts.clear();
        m_problems.append(loaded.error().message);
    } else {
        m_set = *loaded;
        m_contexts = m_set.contexts();
        for (const KubeconfigLoadError &e : m_set.loadErrors()) {
            m_problems.append(e.message);
        }
        m_problems.append(m_set.warnings());
    }
    Q_EMIT contextsChanged();
}

QString ClusterManager::initialContext() const
{
    return m_options.context.isEmpty() ? m_set.currentContext() : m_options.context;
}

ClusterConnection *ClusterManager::connectTo(const QString &context)
{
    if (ClusterConnection *open = connection(context)) {
        if (open->state() == ClusterConnection::State::Failed) {
            open->start();
        }
        return open;
    }
    ConfigOverrides overrides;
    overrides.context = context;
    // -n applies to the context chosen on the command line, as kubectl's does.
    if (context == initialContext()) {
        overrides.namespaceName = m_options.namespaceName;
    }
    auto config = m_set.restConfig(overrides);
    CredentialSourceOptions credentials;
    credentials.exec.timeoutMs = m_options.credentialTimeoutMs;
    ClusterConnection *created
        = config ? new ClusterConnection(*config, credentials) : new ClusterConnection(context, config.error());
    m_connections.insert(context, created);
    connect(created, &ClusterConnection::stateChanged, this, [this, context] { Q_EMIT connectionChanged(context); });
    created->start();
    Q_EMIT connectionChanged(context);
    return created;
}

ClusterConnection *ClusterManager::connection(const QString &context) const
{
    return m_connections.value(context).data();
}

void ClusterManager::disconnectFrom(const QString &context)
{
    delete m_connections.take(context).data();
    Q_EMIT connectionChanged(context);
}

} // namespace Sextant::Core
