// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/certs/dockerconfigjson.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Sextant::Core {

// "Test login" for registry credentials, as `docker login` checks them with
// the Docker Registry HTTP API v2: GET <server>/v2/; a 401 with a Bearer
// challenge fetches a token from its realm with the credentials (basic auth)
// and retries with it; a Basic challenge retries with basic auth. https only,
// except http://localhost for tests and local registries. One test at a time;
// finished() once per test() unless cancelled. Credentials never appear in
// messages or logs.
class RegistryLogin final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryLogin)
public:
    explicit RegistryLogin(QObject *parent = nullptr);
    ~RegistryLogin() override;

    void setTimeout(int milliseconds) { m_timer.setInterval(milliseconds); }
    bool isRunning() const { return !m_reply.isNull(); }

    // The /v2/ base URL for a server as typed in a dockerconfigjson
    // ("docker.io" and "https://index.docker.io/v1/" mean Docker Hub's
    // registry-1.docker.io); invalid with *whyNot set when it can't be tested.
    static QUrl apiBase(const QString &server, QString *whyNot);

    void test(const RegistryCredentials &credentials);
    void cancel();

Q_SIGNALS:
    // ok: the registry accepted the credentials. message: what happened, in
    // plain English with the registry's own words when it gave some.
    void finished(bool ok, const QString &message);

private:
    enum class Stage { Probe, Token, Retry };
    void get(const QUrl &url, const QByteArray &authorization, Stage stage);
    void replyFinished(QNetworkReply *reply, Stage stage);
    void handleChallenge(const QByteArray &challenge, const QString &serverMessage);
    void finish(bool ok, const QString &message);

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QUrl m_base;
    RegistryCredentials m_credentials;
};

} // namespace Sextant::Core
