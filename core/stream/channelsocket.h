// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"
#include "core/api/requesthandle.h"

#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>

class QWebSocket;

namespace Sextant::Core {

class ApiClient;

// One WebSocket to the apiserver speaking the channel protocol (exec,
// attach, port-forward). TLS, client certificate, CA, credentials,
// impersonation and proxy come from the ApiClient, exactly as for REST.
// A refused upgrade (403, 404, 400 "container not found") is reported with
// the server's own message: QWebSocket does not expose the refused answer's
// body, so the same request is repeated once as a plain GET, which the
// apiserver refuses the same way (and answers "Upgrade request required"
// when only the upgrade itself failed).
class ChannelSocket final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelSocket)
public:
    enum class State {
        Idle,
        Connecting,
        Open,
        Closed,
    };
    Q_ENUM(State)

    explicit ChannelSocket(ApiClient *client, QObject *parent = nullptr);
    ~ChannelSocket() override;

    // path is percent-encoded (resourcePath(...)); protocols in order of preference.
    void open(const QString &path, const QList<QPair<QString, QString>> &query,
        const QStringList &protocols = defaultProtocols());
    static QStringList defaultProtocols();

    State state() const { return m_state; }
    // The subprotocol the server chose; empty before opened() or when it chose none.
    QString protocol() const { return m_protocol; }
    // v5 can half-close a channel (stdin end of file); v4 cannot.
    bool supportsChannelClose() const;

    void send(quint8 channel, const QByteArray &data);
    bool closeChannel(quint8 channel);
    void sendResize(int columns, int rows);
    void close();

    qint64 bytesSent() const { return m_bytesSent; }

    // Whether the certificate is valid for name (DNS or IP subject alternative
    // names, else the common name; "*." wildcards cover one label).
    // QWebSocket does not take the request's peer verify name (tls-server-name),
    // so a host name mismatch is accepted only when the certificate matches it.
    static bool certificateMatchesName(const QSslCertificate &certificate, const QString &name);
    qint64 bytesReceived() const { return m_bytesReceived; }

Q_SIGNALS:
    void opened();
    void dataReceived(int channel, const QByteArray &data);
    // Before the upgrade (with the server's Status) or a broken connection later.
    void errorOccurred(const Sextant::Core::ApiError &error);
    // The WebSocket is gone (after errorOccurred too); emitted once.
    void closed();

private:
    void connectSocket(const QNetworkRequest &request);
    void onConnected();
    void onBinaryMessage(const QByteArray &message);
    void onSocketError();
    void onSslErrors(const QList<QSslError> &errors);
    void onDisconnected();
    void diagnoseRefusedUpgrade(const QString &socketError);
    void fail(const ApiError &error);
    void finish();

    QPointer<ApiClient> m_client;
    QWebSocket *m_socket = nullptr;
    QString m_path;
    QList<QPair<QString, QString>> m_query;
    QStringList m_protocols;
    QString m_protocol;
    QString m_verifyName;
    State m_state = State::Idle;
    RequestHandle m_diagnosis;
    qint64 m_bytesSent = 0;
    qint64 m_bytesReceived = 0;
    bool m_errorReported = false;
};

} // namespace Sextant::Core
