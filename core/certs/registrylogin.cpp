// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/certs/registrylogin.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcRegistryLogin, "sextant.core.registrylogin")

namespace Sextant::Core {

namespace {

bool isLocalHost(const QString &host)
{
    const QHostAddress address(host);
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || address.isLoopback();
}

// auth-param pairs of one challenge: Bearer realm="…",service="…",scope="…"
QHash<QString, QString> challengeParameters(const QByteArray &challenge)
{
    QHash<QString, QString> result;
    const QString text = QString::fromLatin1(challenge);
    qsizetype i = text.indexOf(QLatin1Char(' '));
    if (i < 0) {
        return result;
    }
    while (i < text.size()) {
        while (i < text.size() && (text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char(','))) {
            ++i;
        }
        const qsizetype equals = text.indexOf(QLatin1Char('='), i);
        if (equals < 0) {
            break;
        }
        const QString key = text.mid(i, equals - i).trimmed().toLower();
        i = equals + 1;
        QString value;
        if (i < text.size() && text.at(i) == QLatin1Char('"')) {
            ++i;
            while (i < text.size() && text.at(i) != QLatin1Char('"')) {
                if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size()) {
                    ++i;
                }
                value.append(text.at(i++));
            }
            ++i; // closing quote
        } else {
            const qsizetype comma = text.indexOf(QLatin1Char(','), i);
            value = text.mid(i, comma < 0 ? -1 : comma - i).trimmed();
            i = comma < 0 ? text.size() : comma;
        }
        result.insert(key, value);
    }
    return result;
}

// What the registry or its token server said: {"errors":[{"message"}]},
// {"details"}, {"error_description"} or {"error"}; else the status line.
QString serverMessage(QNetworkReply *reply, const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QStringList messages;
    for (const QJsonValue &error : object.value(QLatin1String("errors")).toArray()) {
        const QString message = error.toObject().value(QLatin1String("message")).toString();
        if (!message.isEmpty()) {
            messages.append(message);
        }
    }
    for (const char *key : { "details", "error_description", "error", "message" }) {
        if (messages.isEmpty() && object.value(QLatin1String(key)).isString()) {
            messages.append(object.value(QLatin1String(key)).toString());
        }
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    QString text = messages.isEmpty() ? QStringLiteral("HTTP %1 %2").arg(status).arg(reason).trimmed()
                                      : messages.join(QStringLiteral("; "));
    // Keep it short and on one line: it ends up in a label.
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (text.size() > 300) {
        text = text.left(300) + QChar(0x2026);
    }
    return text;
}

QByteArray basicAuthorization(const RegistryCredentials &credentials)
{
    return "Basic " + (credentials.username + QLatin1Char(':') + credentials.password).toUtf8().toBase64();
}

} // namespace

RegistryLogin::RegistryLogin(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(15000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const int seconds = m_timer.interval() / 1000;
        cancel();
        finish(false, tr("No answer from %1 within %n second(s).", nullptr, seconds).arg(m_base.host()));
    });
}

RegistryLogin::~RegistryLogin()
{
    cancel();
}

QUrl RegistryLogin::apiBase(const QString &server, QString *whyNot)
{
    QString text = server.trimmed();
    if (text.isEmpty()) {
        *whyNot = tr("Enter the registry server first.");
        return {};
    }
    if (!text.contains(QLatin1String("://"))) {
        text.prepend(QLatin1String("https://"));
    }
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *whyNot = tr("\"%1\" is not a registry address such as registry.example.com:5000.").arg(server);
        return {};
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") && !isLocalHost(url.host())) {
        *whyNot = tr("Only https registries can be tested (http only on localhost): the password would travel "
                     "unencrypted.");
        return {};
    }
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        *whyNot = tr("The registry address must start with https:// (or have no scheme).");
        return {};
    }
    // Docker Hub's config key is its old index; the API lives elsewhere.
    const QString host = url.host().toLower();
    if (host == QLatin1String("docker.io") || host == QLatin1String("index.docker.io")) {
        url.setHost(QStringLiteral("registry-1.docker.io"));
    }
    url.setPath(QStringLiteral("/v2/"));
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());
    return url;
}

void RegistryLogin::test(const RegistryCredentials &credentials)
{
    cancel();
    QString whyNot;
    m_base = apiBase(credentials.server, &whyNot);
    if (!m_base.isValid()) {
        // Reported asynchronously like every other outcome.
        QMetaObject::invokeMethod(
            this, [this, whyNot] { Q_EMIT finished(false, whyNot); }, Qt::QueuedConnection);
        return;
    }
    m_credentials = credentials;
    m_timer.start();
    get(m_base, {}, Stage::Probe);
}

void RegistryLogin::cancel()
{
    m_timer.stop();
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void RegistryLogin::get(const QUrl &url, const QByteArray &authorization, Stage stage)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "Sextant");
    if (!authorization.isEmpty()) {
        request.setRawHeader("Authorization", authorization);
    }
    // Redirects must not carry the credentials to another place.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, stage] { replyFinished(reply, stage); });
}

void RegistryLogin::replyFinished(QNetworkReply *reply, Stage stage)
{
    reply->deleteLater();
    if (reply != m_reply) {
        return;
    }
    m_reply.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QString host = m_base.host();
    qCDebug(lcRegistryLogin) << "stage" << int(stage) << "status" << status;

    if (status == 0) {
        finish(false, tr("Could not reach %1: %2").arg(host, reply->errorString()));
        return;
    }
    if (status == 200) {
        switch (stage) {
        case Stage::Probe:
            finish(true, tr("%1 answered without asking for credentials, so there was nothing to check.").arg(host));
            return;
        case Stage::Retry:
            finish(true, tr("Logged in to %1.").arg(host));
            return;
        case Stage::Token: {
            const QJsonObject object = QJsonDocument::fromJson(body).object();
            QString token = object.value(QLatin1String("token")).toString();
            if (token.isEmpty()) {
                token = object.value(QLatin1String("access_token")).toString();
            }
            if (token.isEmpty()) {
                finish(false, tr("The token server of %1 answered without a token.").arg(host));
                return;
            }
            get(m_base, "Bearer " + token.toUtf8(), Stage::Retry);
            return;
        }
        }
    }
    const QString message = serverMessage(reply, body);
    if (status == 401 && stage == Stage::Probe) {
        handleChallenge(reply->rawHeader("WWW-Authenticate"), message);
        return;
    }
    if (status == 401 || status == 403) {
        finish(false, tr("%1 refused these credentials: %2").arg(host, message));
        return;
    }
    if (status >= 300 && status < 400) {
        finish(false,
            tr("%1 redirects to %2; enter that address as the server.")
                .arg(host, reply->header(QNetworkRequest::LocationHeader).toUrl().host()));
        return;
    }
    finish(false, tr("%1 answered: %2").arg(host, message));
}

void RegistryLogin::handleChallenge(const QByteArray &challenge, const QString &serverMessage)
{
    const QString host = m_base.host();
    const QByteArray scheme = challenge.left(challenge.indexOf(' ')).toLower();
    if (scheme == "basic") {
        get(m_base, basicAuthorization(m_credentials), Stage::Retry);
        return;
    }
    if (scheme != "bearer") {
        finish(false,
            tr("%1 asks for an unknown kind of login (%2): %3").arg(host, QString::fromLatin1(scheme), serverMessage));
        return;
    }
    const QHash<QString, QString> parameters = challengeParameters(challenge);
    QUrl realm(parameters.value(QStringLiteral("realm")), QUrl::StrictMode);
    const bool secure = realm.scheme() == QLatin1String("https")
        || (realm.scheme() == QLatin1String("http") && isLocalHost(realm.host()));
    if (!realm.isValid() || realm.host().isEmpty() || !secure) {
        finish(false, tr("%1 names a token server that can't be used safely (%2).").arg(host, realm.toDisplayString()));
        return;
    }
    QUrlQuery query(realm);
    if (parameters.contains(QStringLiteral("service"))) {
        query.addQueryItem(QStringLiteral("service"), parameters.value(QStringLiteral("service")));
    }
    if (parameters.contains(QStringLiteral("scope"))) {
        query.addQueryItem(QStringLiteral("scope"), parameters.value(QStringLiteral("scope")));
    }
    query.addQueryItem(QStringLiteral("account"), m_credentials.username);
    realm.setQuery(query);
    get(realm, basicAuthorization(m_credentials), Stage::Token);
}

void RegistryLogin::finish(bool ok, const QString &message)
{
    m_timer.stop();
    QString safe = message;
    // A server that echoes what it got must not put the password on screen.
    if (m_credentials.password.size() >= 3) {
        safe.replace(m_credentials.password, QStringLiteral("•••"));
    }
    m_credentials = {};
    Q_EMIT finished(ok, safe);
}

} // namespace Sextant::Core
