// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apiclient.h"
#include "core/auth/credentialsource.h"

#include <QNetworkReply>
#include <QPointer>
#include <QSslError>

namespace Sextant::Core {

// One request from credentials to handlers, across retries. Internal to
// ApiClient: lives as its child until it finished or was cancelled.
class PendingRequest final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingRequest)
public:
    PendingRequest(ApiClient *client, RawRequest request, const QObject *context, Handler<QJsonObject> onDone,
        ErrorHandler onError, StreamHandlers stream);
    ~PendingRequest() override;

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }

    // URL, headers, TLS (client certificate, CA) and credentials of one
    // request, as every REST call and WebSocket upgrade sends it.
    static QNetworkRequest networkRequest(
        const ApiClient *client, const RawRequest &request, const Credential &credential, bool stream);

private:
    bool contextAlive() const { return !m_hasContext || m_context; }
    bool isStream() const { return static_cast<bool>(m_stream.onData); }
    void send(const Credential &credential);
    QNetworkRequest buildRequest(const Credential &credential) const;
    void onReadyRead();
    void onFinished();
    bool retryAfter(int milliseconds);
    void succeed(const QByteArray &body);
    void deliver(const QJsonObject &object);
    void fail(const ApiError &error);
    void audit(int code);
    void finish();
    void dropReply();

    ApiClient *m_client = nullptr;
    RawRequest m_request;
    QPointer<const QObject> m_context;
    bool m_hasContext = false;
    Handler<QJsonObject> m_onDone;
    ErrorHandler m_onError;
    StreamHandlers m_stream;
    QPointer<QNetworkReply> m_reply;
    bool m_headersSeen = false; // the answer started: aborting is safe (see dropReply)
    QList<QSslError> m_sslErrors;
    QByteArray m_body;
    QByteArray m_errorBody;
    int m_retries = 0;
    bool m_finished = false;
};

} // namespace Sextant::Core
