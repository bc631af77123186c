// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/stream/portforwarder.h"

#include "core/api/apiclient.h"
#include "core/api/resourceref.h"
#include "core/stream/channelprotocol.h"
#include "core/stream/channelsocket.h"
#include "core/stream/servicetarget.h"

#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcPortForwarder, "sextant.core.portforwarder")

namespace Sextant::Core {

namespace {
constexpr quint8 DataChannel = 0;
constexpr quint8 ErrorChannel = 1;
} // namespace

struct PortForwarder::Connection {
    QTcpSocket *tcp = nullptr;
    ChannelSocket *stream = nullptr;
    QByteArray toPod; // local bytes waiting for the stream to open
    int dataPrefixLeft = PortPrefixBytes;
    int errorPrefixLeft = PortPrefixBytes;
    QByteArray errorText;
};

PortForwarder::PortForwarder(ApiClient *client, PortForwardSpec spec, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_contextName(client ? client->contextName() : QString())
    , m_spec(std::move(spec))
{
    if (m_spec.target == PortForwardSpec::Target::Pod) {
        m_podName = m_spec.name;
        m_podPort = m_spec.remotePort;
    }
}

PortForwarder::~PortForwarder()
{
    for (const auto &connection : m_connections) {
        connection->tcp->disconnect(this);
        if (connection->stream)
            connection->stream->disconnect(this);
    }
}

QList<QHostAddress> PortForwarder::listenAddresses() const
{
    QList<QHostAddress> addresses;
    for (QTcpServer *server : m_servers)
        addresses.append(server->serverAddress());
    return addresses;
}

QString PortForwarder::localAddressText() const
{
    const QString host = m_spec.allInterfaces ? QStringLiteral("0.0.0.0") : QStringLiteral("127.0.0.1");
    return host + QLatin1Char(':') + QString::number(m_localPort ? m_localPort : m_spec.localPort);
}

bool PortForwarder::start()
{
    if (m_state != State::Idle)
        return m_state != State::Failed;
    if (!listen())
        return false;
    if (m_spec.target == PortForwardSpec::Target::Pod) {
        setState(State::Listening);
        return true;
    }
    setState(State::Resolving);
    resolveServiceTarget(
        m_client, m_spec.namespaceName, m_spec.name, m_spec.remotePort, this, [this](const Result<PodPort> &target) {
            if (m_state != State::Resolving)
                return;
            if (!target) {
                fail(target.error());
                return;
            }
            m_podName = target->pod;
            m_podPort = target->port;
            qCDebug(lcPortForwarder) << "service" << m_spec.name << "->" << m_podName << m_podPort;
            setState(State::Listening);
            for (const auto &connection : m_connections)
                openStream(connection.get());
        });
    return true;
}

bool PortForwarder::listen()
{
    const QList<QHostAddress> addresses = m_spec.allInterfaces
        ? QList<QHostAddress> { QHostAddress(QHostAddress::Any) }
        : QList<QHostAddress> { QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6) };
    quint16 port = m_spec.localPort;
    for (const QHostAddress &address : addresses) {
        auto *server = new QTcpServer(this);
        if (!server->listen(address, port)) {
            const bool first = m_servers.isEmpty();
            const QAbstractSocket::SocketError socketError = server->serverError();
            const QString text = server->errorString();
            delete server;
            if (!first)
                continue; // ::1 is optional, as for kubectl
            ApiError error;
            error.kind = ApiError::Kind::Configuration;
            error.message = socketError == QAbstractSocket::AddressInUseError
                ? tr("local port %1 is in use").arg(port)
                : tr("Cannot listen on local port %1: %2").arg(port).arg(text);
            fail(error);
            return false;
        }
        port = server->serverPort();
        connect(server, &QTcpServer::newConnection, this, [this, server] { onNewConnection(server); });
        m_servers.append(server);
    }
    m_localPort = port;
    return true;
}

void PortForwarder::onNewConnection(QTcpServer *server)
{
    while (QTcpSocket *tcp = server->nextPendingConnection()) {
        if (m_state != State::Listening && m_state != State::Resolving) {
            tcp->abort();
            tcp->deleteLater();
            continue;
        }
        auto owned = std::make_unique<Connection>();
        Connection *connection = owned.get();
        connection->tcp = tcp;
        tcp->setParent(this);
        m_connections.push_back(std::move(owned));
        ++m_totalConnections;
        connect(tcp, &QTcpSocket::readyRead, this, [this, tcp] {
            Connection *connection = find(tcp);
            if (!connection)
                return;
            const QByteArray data = tcp->readAll();
            m_bytesToPod += data.size();
            if (connection->stream && connection->stream->state() == ChannelSocket::State::Open)
                connection->stream->send(DataChannel, data);
            else
                connection->toPod += data;
            Q_EMIT countersChanged();
        });
        connect(tcp, &QTcpSocket::disconnected, this, [this, tcp] {
            if (Connection *connection = find(tcp))
                dropConnection(connection);
        });
        Q_EMIT countersChanged();
        if (m_state == State::Listening)
            openStream(connection);
    }
}

void PortForwarder::openStream(Connection *connection)
{
    if (connection->stream)
        return;
    auto *stream = new ChannelSocket(m_client, this);
    connection->stream = stream;
    connect(stream, &ChannelSocket::opened, this, [this, stream] {
        Connection *connection = find(stream);
        if (!connection || connection->toPod.isEmpty())
            return;
        stream->send(DataChannel, connection->toPod);
        connection->toPod.clear();
    });
    connect(stream, &ChannelSocket::dataReceived, this, [this, stream](int channel, const QByteArray &data) {
        if (Connection *connection = find(stream))
            onStreamData(connection, channel, data);
    });
    connect(stream, &ChannelSocket::errorOccurred, this, [this](const ApiError &error) { fail(error); });
    connect(stream, &ChannelSocket::closed, this, [this, stream] {
        Connection *connection = find(stream);
        if (!connection)
            return;
        const QByteArray errorText = connection->errorText.trimmed();
        dropConnection(connection);
        if (!errorText.isEmpty()) {
            ApiError error;
            error.kind = ApiError::Kind::Status;
            error.message = QString::fromUtf8(errorText);
            fail(error);
        }
    });
    const ResourceRef pods { QString(), QStringLiteral("v1"), QStringLiteral("pods"), true };
    // The apiserver proxies this protocol to the kubelet; it only translates the SPDY tunnel protocol.
    stream->open(resourcePath(pods, m_spec.namespaceName, m_podName, QStringLiteral("portforward")),
        { { QStringLiteral("ports"), QString::number(m_podPort) } }, { QLatin1String(ChannelProtocolV4) });
}

void PortForwarder::onStreamData(Connection *connection, int channel, QByteArray data)
{
    qCDebug(lcPortForwarder) << "stream data on channel" << channel << data.size() << "bytes";
    int &prefixLeft = channel == DataChannel ? connection->dataPrefixLeft : connection->errorPrefixLeft;
    if (prefixLeft > 0) {
        const int skip = int(qMin<qsizetype>(prefixLeft, data.size()));
        data.remove(0, skip);
        prefixLeft -= skip;
    }
    if (data.isEmpty())
        return;
    if (channel == DataChannel) {
        m_bytesFromPod += data.size();
        connection->tcp->write(data);
        Q_EMIT countersChanged();
    } else if (channel == ErrorChannel) {
        connection->errorText += data;
    }
}

void PortForwarder::dropConnection(Connection *connection)
{
    auto it = std::find_if(m_connections.begin(), m_connections.end(),
        [connection](const std::unique_ptr<Connection> &owned) { return owned.get() == connection; });
    if (it == m_connections.end())
        return;
    std::unique_ptr<Connection> owned = std::move(*it);
    m_connections.erase(it);
    owned->tcp->disconnect(this);
    owned->tcp->disconnectFromHost(); // after writing what the pod sent
    owned->tcp->deleteLater();
    if (owned->stream) {
        owned->stream->disconnect(this);
        owned->stream->close();
        owned->stream->deleteLater();
    }
    Q_EMIT countersChanged();
}

PortForwarder::Connection *PortForwarder::find(const QObject *either) const
{
    for (const auto &connection : m_connections) {
        if (connection->tcp == either || connection->stream == either)
            return connection.get();
    }
    return nullptr;
}

void PortForwarder::stop()
{
    if (m_state == State::Stopped || m_state == State::Failed)
        return;
    teardown();
    setState(State::Stopped);
}

void PortForwarder::teardown()
{
    for (QTcpServer *server : std::as_const(m_servers)) {
        server->close();
        server->deleteLater();
    }
    m_servers.clear();
    while (!m_connections.empty())
        dropConnection(m_connections.front().get());
}

void PortForwarder::fail(const ApiError &error)
{
    if (m_state == State::Stopped || m_state == State::Failed)
        return;
    qCDebug(lcPortForwarder) << "forward failed:" << error.message;
    m_error = error;
    teardown();
    m_state = State::Failed;
    Q_EMIT errorOccurred(error);
    Q_EMIT stateChanged(m_state);
}

void PortForwarder::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Sextant::Core
