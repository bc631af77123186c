// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/stream/portforwardmanager.h"

#include "core/api/apiclient.h"

#include <QCoreApplication>

namespace Sextant::Core {

PortForwardManager::PortForwardManager(QObject *parent)
    : QObject(parent)
{
}

PortForwardManager::~PortForwardManager()
{
    for (PortForwarder *forward : std::as_const(m_forwards))
        forward->disconnect(this);
}

PortForwardManager *PortForwardManager::instance()
{
    static PortForwardManager *manager = [] {
        auto *created = new PortForwardManager(QCoreApplication::instance());
        return created;
    }();
    return manager;
}

Result<PortForwarder *> PortForwardManager::start(ApiClient *client, const PortForwardSpec &spec)
{
    auto *forward = new PortForwarder(client, spec, this);
    if (!forward->start()) {
        const ApiError error = forward->error();
        delete forward;
        return makeUnexpected(error);
    }
    m_forwards.append(forward);
    connect(forward, &PortForwarder::countersChanged, this, [this, forward] { Q_EMIT forwardChanged(forward); });
    connect(forward, &PortForwarder::stateChanged, this, [this, forward] { Q_EMIT forwardChanged(forward); });
    // A closed connection takes its forwards with it.
    connect(client, &QObject::destroyed, forward, [this, forward] { remove(forward); });
    Q_EMIT forwardAdded(forward);
    return forward;
}

void PortForwardManager::remove(PortForwarder *forward)
{
    if (!m_forwards.contains(forward))
        return;
    Q_EMIT forwardAboutToBeRemoved(forward);
    m_forwards.removeOne(forward);
    forward->disconnect(this);
    forward->stop();
    forward->deleteLater();
}

void PortForwardManager::removeAll(const ApiClient *client)
{
    const QList<PortForwarder *> matching = forwardsOf(client);
    for (PortForwarder *forward : matching)
        remove(forward);
}

QList<PortForwarder *> PortForwardManager::forwardsOf(const ApiClient *client) const
{
    QList<PortForwarder *> matching;
    for (PortForwarder *forward : m_forwards) {
        if (forward->client() == client)
            matching.append(forward);
    }
    return matching;
}

} // namespace Sextant::Core
