// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/stream/channelsocket.h"

#include "core/api/apiclient.h"
#include "core/stream/channelprotocol.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

Q_LOGGING_CATEGORY(lcChannelSocket, "sextant.core.channelsocket")

namespace Sextant::Core {

ChannelSocket::ChannelSocket(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

ChannelSocket::~ChannelSocket()
{
    m_diagnosis.cancel();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QStringList ChannelSocket::defaultProtocols()
{
    return { QLatin1String(ChannelProtocolV5), QLatin1String(ChannelProtocolV4) };
}

bool ChannelSocket::supportsChannelClose() const
{
    return m_protocol == QLatin1String(ChannelProtocolV5);
}

void ChannelSocket::open(const QString &path, const QList<QPair<QString, QString>> &query, const QStringList &protocols)
{
    if (m_state != State::Idle || !m_client)
        return;
    m_state = State::Connecting;
    m_path = path;
    m_query = query;
    m_protocols = protocols;
    RawRequest raw;
    raw.path = path;
    raw.query = query;
    // The kubelet's router (and kwok's) refuses an upgrade asking for JSON with 406.
    raw.accept = "*/*";
    m_client->prepareRequest(raw, this, [this](const Result<QNetworkRequest> &request) {
        if (m_state != State::Connecting)
            return;
        if (!request) {
            fail(request.error());
            finish();
            return;
        }
        connectSocket(request.value());
    });
}

void ChannelSocket::connectSocket(const QNetworkRequest &prepared)
{
    QNetworkRequest request = prepared;
    QUrl url = request.url();
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    request.setUrl(url);

    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setProxy(m_client->proxyFor(prepared.url()));
    if (url.scheme() == QLatin1String("wss"))
        m_socket->setSslConfiguration(prepared.sslConfiguration());
    m_verifyName = prepared.peerVerifyName();
    connect(m_socket, &QWebSocket::sslErrors, this, &ChannelSocket::onSslErrors);
    connect(m_socket, &QWebSocket::connected, this, &ChannelSocket::onConnected);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &ChannelSocket::onBinaryMessage);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, &ChannelSocket::onSocketError);
    connect(m_socket, &QWebSocket::textMessageReceived, this,
        [](const QString &text) { qCDebug(lcChannelSocket) << "unexpected text message" << text.size(); });
    connect(m_socket, &QWebSocket::disconnected, this, &ChannelSocket::onDisconnected);

    QWebSocketHandshakeOptions options;
    options.setSubprotocols(m_protocols);
    qCDebug(lcChannelSocket) << "open" << url.path();
    m_socket->open(request, options);
}

void ChannelSocket::onSslErrors(const QList<QSslError> &errors)
{
    if (m_verifyName.isEmpty() || errors.isEmpty())
        return; // the handshake fails; the diagnosis names the TLS problem
    for (const QSslError &error : errors) {
        if (error.error() != QSslError::HostNameMismatch || !certificateMatchesName(error.certificate(), m_verifyName))
            return;
    }
    m_socket->ignoreSslErrors(errors);
}

bool ChannelSocket::certificateMatchesName(const QSslCertificate &certificate, const QString &name)
{
    if (certificate.isNull() || name.isEmpty())
        return false;
    const QHostAddress address(name);
    const auto alternatives = certificate.subjectAlternativeNames();
    auto matches = [&name](const QString &pattern) {
        if (pattern.compare(name, Qt::CaseInsensitive) == 0)
            return true;
        if (!pattern.startsWith(QLatin1String("*.")))
            return false;
        const qsizetype dot = name.indexOf(QLatin1Char('.'));
        return dot > 0 && name.mid(dot).compare(pattern.mid(1), Qt::CaseInsensitive) == 0;
    };
    if (!address.isNull()) {
        for (const QString &ip : alternatives.values(QSsl::IpAddressEntry)) {
            if (QHostAddress(ip) == address)
                return true;
        }
        return false;
    }
    const QList<QString> dnsNames = alternatives.values(QSsl::DnsEntry);
    for (const QString &dns : dnsNames) {
        if (matches(dns))
            return true;
    }
    if (!dnsNames.isEmpty())
        return false; // names present: the common name does not count (RFC 6125)
    const QStringList commonNames = certificate.subjectInfo(QSslCertificate::CommonName);
    return std::any_of(commonNames.begin(), commonNames.end(), matches);
}

void ChannelSocket::onConnected()
{
    m_protocol = m_socket->subprotocol();
    m_state = State::Open;
    qCDebug(lcChannelSocket) << "opened with protocol" << m_protocol;
    Q_EMIT opened();
}

void ChannelSocket::onBinaryMessage(const QByteArray &message)
{
    const auto frame = decodeChannelFrame(message);
    if (!frame)
        return;
    m_bytesReceived += frame->data.size();
    Q_EMIT dataReceived(frame->channel, frame->data);
}

void ChannelSocket::onSocketError()
{
    if (!m_socket)
        return;
    const QString text = m_socket->errorString();
    qCDebug(lcChannelSocket) << "socket error" << text;
    if (m_state == State::Connecting) {
        diagnoseRefusedUpgrade(text);
        return;
    }
    if (m_state == State::Open) {
        // The apiserver ends a finished stream by closing the connection, often without a close frame.
        if (m_socket->error() == QAbstractSocket::RemoteHostClosedError) {
            finish();
            return;
        }
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.message = tr("The connection to %1 broke: %2")
                            .arg(m_client ? m_client->server().toString(QUrl::RemoveUserInfo) : QString(), text);
        fail(error);
        finish();
    }
}

void ChannelSocket::diagnoseRefusedUpgrade(const QString &socketError)
{
    if (m_diagnosis.isRunning())
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    ApiError fallback;
    fallback.kind = ApiError::Kind::Network;
    fallback.message = tr("The server refused the connection: %1").arg(socketError);
    if (!m_client) {
        fail(fallback);
        finish();
        return;
    }
    RawRequest raw;
    raw.path = m_path;
    raw.query = m_query;
    auto conclude = [this, fallback](const ApiError &error) {
        fail(error);
        finish();
    };
    m_diagnosis = m_client->request(
        raw, this, [conclude, fallback](const QJsonObject &) { conclude(fallback); },
        [conclude, fallback](const ApiError &error) {
            // Only the upgrade failed (proxy, protocol): the socket's own words are better.
            const bool upgradeOnly = error.httpStatus == 400
                && error.message.contains(QLatin1String("Upgrade request required"), Qt::CaseInsensitive);
            conclude(upgradeOnly ? fallback : error);
        });
}

void ChannelSocket::onDisconnected()
{
    if (m_state == State::Connecting) {
        // Some refusals arrive as a plain disconnect without an error signal first.
        diagnoseRefusedUpgrade(m_socket ? m_socket->errorString() : QString());
        return;
    }
    finish();
}

void ChannelSocket::send(quint8 channel, const QByteArray &data)
{
    if (m_state != State::Open || !m_socket)
        return;
    m_bytesSent += data.size();
    m_socket->sendBinaryMessage(encodeChannelFrame(channel, data));
}

bool ChannelSocket::closeChannel(quint8 channel)
{
    if (m_state != State::Open || !m_socket || !supportsChannelClose())
        return false;
    m_socket->sendBinaryMessage(encodeCloseFrame(channel));
    return true;
}

void ChannelSocket::sendResize(int columns, int rows)
{
    if (m_state != State::Open || !m_socket)
        return;
    m_socket->sendBinaryMessage(encodeResizeFrame(columns, rows));
}

void ChannelSocket::close()
{
    if (m_state == State::Closed)
        return;
    m_diagnosis.cancel();
    if (m_socket && m_state == State::Open) {
        m_socket->disconnect(this);
        m_socket->close();
    }
    finish();
}

void ChannelSocket::fail(const ApiError &error)
{
    if (m_errorReported)
        return;
    m_errorReported = true;
    Q_EMIT errorOccurred(error);
}

void ChannelSocket::finish()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    if (m_socket)
        m_socket->disconnect(this);
    Q_EMIT closed();
}

} // namespace Sextant::Core
