// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/pendingrequest.h"

#include "core/api/auditlog.h"
#include "core/api/statusparser.h"
#include "core/api/tlserror.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSslKey>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

Q_LOGGING_CATEGORY(lcPendingRequest, "sextant.core.request")

namespace Sextant::Core {

namespace {

// Bigger bodies (list pages) are parsed on the thread pool so the GUI thread
// stays responsive; below this the hop costs more than it saves.
constexpr qsizetype OffThreadParseBytes = 512 * 1024;

struct ParsedBody {
    QJsonObject object;
    bool ok = true;
    QString error;
};

ParsedBody parseBody(const QByteArray &body)
{
    ParsedBody parsed;
    if (body.trimmed().isEmpty())
        return parsed;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        parsed.ok = false;
        parsed.error = error.errorString();
        return parsed;
    }
    parsed.object = document.object();
    return parsed;
}

QString encodeQuery(const QList<QPair<QString, QString>> &query)
{
    QString result;
    for (const auto &[key, value] : query) {
        if (!result.isEmpty())
            result += QLatin1Char('&');
        result += QString::fromLatin1(QUrl::toPercentEncoding(key)) + QLatin1Char('=')
            + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    return result;
}

} // namespace

PendingRequest::PendingRequest(ApiClient *client, RawRequest request, const QObject *context,
    Handler<QJsonObject> onDone, ErrorHandler onError, StreamHandlers stream)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_onDone(std::move(onDone))
    , m_onError(std::move(onError))
    , m_stream(std::move(stream))
{
    if (context)
        connect(context, &QObject::destroyed, this, &PendingRequest::cancel);
}

PendingRequest::~PendingRequest()
{
    dropReply();
}

void PendingRequest::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (!reply->isFinished() && !m_headersSeen) {
        // Qt 6.4 can leave a connection channel stuck when a request is
        // aborted during the TLS handshake (seen with client certificates),
        // and every later request to the server then waits. Abort once the
        // answer starts instead: the handshake is over by then.
        connect(reply, &QNetworkReply::metaDataChanged, reply, &QNetworkReply::abort);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        return;
    }
    reply->abort();
    reply->deleteLater();
}

void PendingRequest::start()
{
    if (m_finished)
        return;
    CredentialSource *credentials = m_client->credentials();
    if (!credentials) {
        send(Credential {});
        return;
    }
    credentials->get(this, [this](const Result<Credential> &credential) {
        if (m_finished)
            return;
        if (!credential) {
            fail(credential.error());
            return;
        }
        send(credential.value());
    });
}

void PendingRequest::cancel()
{
    if (m_finished)
        return;
    m_finished = true;
    dropReply();
    deleteLater();
}

QNetworkRequest PendingRequest::buildRequest(const Credential &credential) const
{
    return networkRequest(m_client, m_request, credential, isStream());
}

QNetworkRequest PendingRequest::networkRequest(
    const ApiClient *client, const RawRequest &raw, const Credential &credential, bool stream)
{
    const RestConfig &config = client->m_config;
    QUrl url = resourceUrl(config.server, raw.path);
    if (!raw.query.isEmpty())
        url.setQuery(encodeQuery(raw.query), QUrl::StrictMode);

    QNetworkRequest request(url);
    request.setRawHeader("User-Agent", ApiClient::userAgent());
    request.setRawHeader("Accept", raw.accept);
    if (!raw.contentType.isEmpty())
        request.setRawHeader("Content-Type", raw.contentType);
    if (config.disableCompression)
        request.setRawHeader("Accept-Encoding", "identity"); // else Qt asks for gzip and inflates
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (!stream)
        request.setTransferTimeout(120 * 1000);

    // client-go attaches credentials only to TLS transports (rest.IsConfigTransportTLS).
    const bool tls = url.scheme() == QLatin1String("https");
    if (tls) {
        if (!credential.bearerToken.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + credential.bearerToken);
        else if (!credential.basicUser.isEmpty() || !credential.basicPassword.isEmpty())
            request.setRawHeader("Authorization",
                "Basic " + QByteArray(credential.basicUser + ':' + credential.basicPassword).toBase64());

        QSslConfiguration ssl = client->m_sslConfiguration;
        const QByteArray certPem
            = credential.clientCertPem.isEmpty() ? config.clientCertData : credential.clientCertPem;
        const QByteArray keyPem = credential.clientKeyPem.isEmpty() ? config.clientKeyData : credential.clientKeyPem;
        if (!certPem.isEmpty() && !keyPem.isEmpty()) {
            const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem, QSsl::Pem);
            QSslKey key;
            for (QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
                key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
                if (!key.isNull())
                    break;
            }
            if (!chain.isEmpty() && !key.isNull()) {
                ssl.setLocalCertificateChain(chain);
                ssl.setPrivateKey(key);
            } else {
                qCWarning(lcPendingRequest) << "client certificate or key could not be read";
            }
        }
        request.setSslConfiguration(ssl);
        if (!config.tlsServerName.isEmpty())
            request.setPeerVerifyName(config.tlsServerName);
    }

    if (!config.impersonateUser.isEmpty()) {
        request.setRawHeader("Impersonate-User", config.impersonateUser.toUtf8());
        if (!config.impersonateUid.isEmpty())
            request.setRawHeader("Impersonate-Uid", config.impersonateUid.toUtf8());
        // QNetworkRequest cannot repeat a header: several groups are joined.
        if (!config.impersonateGroups.isEmpty())
            request.setRawHeader("Impersonate-Group", config.impersonateGroups.join(QLatin1Char(',')).toUtf8());
        for (auto it = config.impersonateExtra.cbegin(); it != config.impersonateExtra.cend(); ++it)
            request.setRawHeader(
                "Impersonate-Extra-" + QUrl::toPercentEncoding(it.key()), it.value().join(QLatin1Char(',')).toUtf8());
    }
    return request;
}

void PendingRequest::send(const Credential &credential)
{
    if (m_finished)
        return;
    m_sslErrors.clear();
    m_body.clear();
    m_errorBody.clear();
    const QNetworkRequest request = buildRequest(credential);
    qCDebug(lcPendingRequest) << m_request.verb << request.url().path();
    QNetworkReply *reply = m_client->m_manager->sendCustomRequest(request, m_request.verb, m_request.body);
    m_reply = reply;
    m_headersSeen = false;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] { m_headersSeen = true; });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(reply, &QNetworkReply::finished, this, &PendingRequest::onFinished);
    // Read as the bytes come: Qt inflates a gzip body while it is read, so a
    // 100 MB list read at the end would hold the GUI thread for its whole inflate.
    connect(reply, &QIODevice::readyRead, this, &PendingRequest::onReadyRead);
}

void PendingRequest::onReadyRead()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray chunk = m_reply->readAll();
    if (status >= 200 && status < 300 && !isStream()) {
        m_body += chunk;
    } else if (status >= 200 && status < 300) {
        if (!contextAlive()) {
            cancel();
            return;
        }
        m_stream.onData(chunk);
    } else {
        m_errorBody += chunk;
    }
}

bool PendingRequest::retryAfter(int milliseconds)
{
    if (m_retries >= m_client->m_maxRetries)
        return false;
    ++m_retries;
    dropReply();
    qCDebug(lcPendingRequest) << "retry" << m_retries << "in" << milliseconds << "ms";
    QTimer::singleShot(milliseconds, this, &PendingRequest::start);
    return true;
}

void PendingRequest::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();

    if (status == 0) {
        if (!m_sslErrors.isEmpty() || networkError == QNetworkReply::SslHandshakeFailedError) {
            fail(tlsErrorFromSslErrors(m_sslErrors, m_client->server(), reply->errorString()));
            return;
        }
        // An EOF on a reused connection: safe to repeat a GET only (client-go IsProbableEOF).
        if (m_request.verb == "GET" && !isStream() && networkError == QNetworkReply::RemoteHostClosedError
            && retryAfter(100 * (m_retries + 1)))
            return;
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.message
            = tr("Cannot reach %1: %2").arg(m_client->server().toString(QUrl::RemoveUserInfo), reply->errorString());
        fail(error);
        return;
    }

    if (status >= 200 && status < 300) {
        if (isStream()) {
            onReadyRead();
            if (m_finished)
                return;
            if (networkError != QNetworkReply::NoError) {
                ApiError error;
                error.kind = ApiError::Kind::Network;
                error.message = tr("The connection to %1 broke: %2")
                                    .arg(m_client->server().toString(QUrl::RemoveUserInfo), reply->errorString());
                fail(error);
                return;
            }
            audit(status);
            const auto onEnd = m_stream.onEnd;
            const bool alive = contextAlive();
            finish();
            if (alive && onEnd)
                onEnd();
            return;
        }
        m_body += reply->readAll();
        succeed(std::exchange(m_body, {}));
        return;
    }

    const ApiError error = errorFromResponse(status, m_errorBody + reply->readAll(), reply->rawHeader("Retry-After"));
    if (status == 401 && m_client->credentials())
        m_client->credentials()->invalidate(); // the next request gets fresh credentials
    if ((status == 429 || status >= 500) && error.retryAfterSeconds && !isStream()
        && retryAfter(*error.retryAfterSeconds * 1000))
        return;
    fail(error);
}

void PendingRequest::succeed(const QByteArray &body)
{
    const int status = m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 200;
    dropReply();
    auto handle = [this, status](const ParsedBody &parsed) {
        if (!parsed.ok) {
            ApiError error;
            error.kind = ApiError::Kind::Protocol;
            error.httpStatus = status;
            error.message = tr("The server's answer could not be read: %1").arg(parsed.error);
            fail(error);
            return;
        }
        audit(status);
        deliver(parsed.object);
    };
    if (body.size() < OffThreadParseBytes) {
        handle(parseBody(body));
        return;
    }
    auto *watcher = new QFutureWatcher<ParsedBody>(this);
    connect(watcher, &QFutureWatcher<ParsedBody>::finished, this, [watcher, handle] { handle(watcher->result()); });
    watcher->setFuture(QtConcurrent::run(parseBody, body));
}

void PendingRequest::deliver(const QJsonObject &object)
{
    if (m_finished)
        return;
    const auto onDone = m_onDone;
    const bool alive = contextAlive();
    finish();
    if (alive && onDone)
        onDone(object);
}

void PendingRequest::fail(const ApiError &error)
{
    if (m_finished)
        return;
    audit(error.httpStatus);
    const auto onError = isStream() ? m_stream.onError : m_onError;
    const bool alive = contextAlive();
    finish();
    if (alive && onError)
        onError(error);
}

void PendingRequest::audit(int code)
{
    if (!m_request.audited || !m_client->m_auditLog)
        return;
    AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.server = m_client->server().toString(QUrl::RemoveUserInfo);
    entry.context = m_client->contextName();
    entry.user = m_client->userName();
    entry.verb = m_request.auditVerb;
    entry.group = m_request.auditResource.group;
    entry.version = m_request.auditResource.version;
    entry.resource = m_request.auditResource.resource;
    entry.namespaceName = m_request.auditNamespace;
    entry.name = m_request.auditName;
    entry.code = code;
    m_client->m_auditLog->append(entry);
}

void PendingRequest::finish()
{
    m_finished = true;
    dropReply();
    deleteLater();
}

} // namespace Sextant::Core
