// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"
#include "core/stream/portforwarder.h"

#include <QList>
#include <QObject>

namespace Sextant::Core {

class ApiClient;

// The app's active port-forwards, across connections. A forward ends when
// the user stops it or its connection's ApiClient goes away; a failed one
// stays listed with its error until removed.
class PortForwardManager final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortForwardManager)
public:
    explicit PortForwardManager(QObject *parent = nullptr);
    ~PortForwardManager() override;

    static PortForwardManager *instance();

    // Binds the local port at once: a taken port is an error here, nothing is listed.
    Result<PortForwarder *> start(ApiClient *client, const PortForwardSpec &spec);
    // Stops the forward and removes it from the list.
    void remove(PortForwarder *forward);
    void removeAll(const ApiClient *client);

    QList<PortForwarder *> forwards() const { return m_forwards; }
    QList<PortForwarder *> forwardsOf(const ApiClient *client) const;

Q_SIGNALS:
    void forwardAdded(Sextant::Core::PortForwarder *forward);
    void forwardAboutToBeRemoved(Sextant::Core::PortForwarder *forward);
    // State or counters changed.
    void forwardChanged(Sextant::Core::PortForwarder *forward);

private:
    QList<PortForwarder *> m_forwards;
};

} // namespace Sextant::Core
