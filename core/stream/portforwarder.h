// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"
#include "core/api/requesthandle.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

class QTcpServer;
class QTcpSocket;

namespace Sextant::Core {

class ApiClient;
class ChannelSocket;

struct PortForwardSpec {
    enum class Target {
        Pod,
        Service,
    };
    Target target = Target::Pod;
    QString namespaceName;
    QString name; // pod or service
    int remotePort = 0; // pod: container port; service: service port
    quint16 localPort = 0; // 0 = a free port the system picks
    // Off: 127.0.0.1 and ::1 only. On: every interface, reachable from other machines.
    bool allInterfaces = false;
};

// kubectl port-forward: listens on a local port and carries each accepted
// TCP connection over its own port-forward WebSocket (v4.channel.k8s.io:
// per port a data and an error channel, each starting with the port as 2
// bytes little-endian) to the pod. Like kubectl, the forward stops when a
// stream fails (pod gone, nothing listening in the pod): errorOccurred() says
// why and the state becomes Failed.
class PortForwarder final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortForwarder)
public:
    enum class State {
        Idle,
        Resolving, // a service's pod and target port are being looked up
        Listening,
        Stopped,
        Failed,
    };
    Q_ENUM(State)

    PortForwarder(ApiClient *client, PortForwardSpec spec, QObject *parent = nullptr);
    ~PortForwarder() override;

    // Binds the local port now; false (state Failed, error() set) when it is taken.
    bool start();
    void stop();

    ApiClient *client() const { return m_client; }
    QString contextName() const { return m_contextName; }
    const PortForwardSpec &spec() const { return m_spec; }
    State state() const { return m_state; }
    ApiError error() const { return m_error; }
    quint16 localPort() const { return m_localPort; }
    QList<QHostAddress> listenAddresses() const;
    // "127.0.0.1:8080" or "0.0.0.0:8080".
    QString localAddressText() const;
    // The pod and port traffic goes to (after resolving a service).
    QString podName() const { return m_podName; }
    int podPort() const { return m_podPort; }

    int activeConnections() const { return int(m_connections.size()); }
    int totalConnections() const { return m_totalConnections; }
    qint64 bytesFromPod() const { return m_bytesFromPod; } // "in"
    qint64 bytesToPod() const { return m_bytesToPod; } // "out"

Q_SIGNALS:
    void stateChanged(Sextant::Core::PortForwarder::State state);
    void countersChanged();
    void errorOccurred(const Sextant::Core::ApiError &error);

private:
    struct Connection;
    bool listen();
    void onNewConnection(QTcpServer *server);
    void openStream(Connection *connection);
    void onStreamData(Connection *connection, int channel, QByteArray data);
    void dropConnection(Connection *connection);
    void teardown();
    void setState(State state);
    void fail(const ApiError &error);
    Connection *find(const QObject *either) const;

    ApiClient *m_client = nullptr;
    QString m_contextName;
    PortForwardSpec m_spec;
    State m_state = State::Idle;
    ApiError m_error;
    QList<QTcpServer *> m_servers;
    quint16 m_localPort = 0;
    QString m_podName;
    int m_podPort = 0;
    std::vector<std::unique_ptr<Connection>> m_connections;
    int m_totalConnections = 0;
    qint64 m_bytesFromPod = 0;
    qint64 m_bytesToPod = 0;
};

} // namespace Sextant::Core
