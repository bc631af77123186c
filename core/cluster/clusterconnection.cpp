// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/cluster/clusterconnection.h"

#include "core/api/apiclient.h"
#include "core/api/permissions.h"
#include "core/auth/credentialsource.h"
#include "core/watch/listwatch.h"
#include "core/watch/objectstore.h"

#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConnection, "sextant.core.connection")

namespace Sextant::Core {

namespace {
QString watchKey(const ResourceRef &resource, const QString &namespaceName)
{
    return resource.group + QLatin1Char('/') + resource.version + QLatin1Char('/') + resource.resource
        + QLatin1Char('@') + namespaceName;
}
} // namespace

ClusterConnection::ClusterConnection(
    const RestConfig &config, const CredentialSourceOptions &credentials, QObject *parent)
    : QObject(parent)
    , m_contextName(config.contextName)
    , m_defaultNamespace(config.namespaceName)
    , m_namespaceExplicit(config.namespaceExplicit)
    , m_client(std::make_unique<ApiClient>(config, createCredentialSource(config, credentials)))
{
    if (CredentialSource *credentials = m_client->credentials()) {
        // "Waiting for sign-in" must show while a plugin runs, so pass its state on.
        connect(credentials, &CredentialSource::stateChanged, this, [this] { Q_EMIT stateChanged(m_state); });
    }
    m_clock.start();
    connect(&m_idleTimer, &QTimer::timeout, this, &ClusterConnection::releaseIdleWatches);
    setIdleRelease(m_idleRelease);
}

ClusterConnection::ClusterConnection(const QString &contextName, const ApiError &error, QObject *parent)
    : QObject(parent)
    , m_contextName(contextName)
    , m_state(State::Failed)
    , m_error(error)
{
}

ClusterConnection::~ClusterConnection()
{
    m_probe.cancel();
    // Watches hold requests on the client: stop them before it goes.
    qDeleteAll(m_watches);
    m_watches.clear();
    delete m_permissions;
}

void ClusterConnection::start()
{
    // A probe in flight already answers: aborting it mid-handshake can leave
    // Qt's connection channel stuck (client certificates, Qt 6.4), so keep it.
    if (!m_client || m_probe.isRunning()) {
        return;
    }
    setState(State::Connecting);
    RawRequest request;
    request.path = QStringLiteral("/version");
    m_probe = m_client->request(
        request, this,
        [this](const QJsonObject &version) {
            m_serverVersion = version.value(QLatin1String("gitVersion")).toString();
            qCInfo(lcConnection) << "connected to context" << m_contextName << "server" << m_serverVersion;
            setState(State::Connected);
        },
        [this](const ApiError &error) {
            qCInfo(lcConnection) << "context" << m_contextName << "failed:" << error.message;
            setState(State::Failed, error);
        });
}

bool ClusterConnection::waitingForCredentials() const
{
    const CredentialSource *credentials = m_client ? m_client->credentials() : nullptr;
    return credentials && credentials->state() == CredentialState::Obtaining;
}

QString ClusterConnection::credentialDescription() const
{
    const CredentialSource *credentials = m_client ? m_client->credentials() : nullptr;
    return credentials ? credentials->description() : QString();
}

Permissions *ClusterConnection::permissions()
{
    if (!m_permissions && m_client) {
        m_permissions = new Permissions(m_client.get(), this);
    }
    return m_permissions;
}

ObjectStore *ClusterConnection::store(const ResourceRef &resource, const QString &namespaceName)
{
    if (!m_client) {
        return nullptr;
    }
    const QString key = watchKey(resource, namespaceName);
    ListWatch *watch = m_watches.value(key);
    if (!watch) {
        watch = new ListWatch(m_client.get(), resource, namespaceName, {}, this);
        m_watches.insert(key, watch);
        watch->start();
    } else if (m_released.remove(watch)) {
        qCDebug(lcConnection) << "watching" << key << "again";
        watch->start();
    }
    return watch->store();
}

void ClusterConnection::setIdleRelease(std::chrono::milliseconds after)
{
    m_idleRelease = after;
    m_unfollowedSince.clear();
    if (after.count() <= 0 || !m_client) {
        m_idleTimer.stop();
        return;
    }
    m_idleTimer.start(std::min<std::chrono::milliseconds>(after / 10, std::chrono::minutes(1)));
}

void ClusterConnection::releaseIdleWatches()
{
    const qint64 now = m_clock.elapsed();
    for (auto it = m_watches.cbegin(); it != m_watches.cend(); ++it) {
        ListWatch *watch = it.value();
        // A watch that stopped by itself (403) keeps what it had and says why.
        if (!watch->isRunning() || watch->store()->hasListeners()) {
            m_unfollowedSince.remove(watch);
            continue;
        }
        const qint64 since = m_unfollowedSince.value(watch, now);
        m_unfollowedSince.insert(watch, since);
        if (now - since < m_idleRelease.count())
            continue;
        qCDebug(lcConnection) << "releasing" << it.key() << "- nothing followed it for" << (now - since) << "ms";
        watch->stop();
        watch->store()->release();
        m_unfollowedSince.remove(watch);
        m_released.insert(watch);
    }
}

ListWatch *ClusterConnection::watchOf(const ResourceRef &resource, const QString &namespaceName) const
{
    return m_watches.value(watchKey(resource, namespaceName));
}

void ClusterConnection::setState(State state, const ApiError &error)
{
    m_error = error;
    if (state == m_state && state != State::Failed) {
        return;
    }
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Sextant::Core
