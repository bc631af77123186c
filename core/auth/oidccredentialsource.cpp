// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/auth/oidccredentialsource.h"

#include "core/auth/execcredential.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcOidc, "sextant.core.auth.oidc")

namespace Sextant::Core {

namespace {

const QString kIssuerUrl = QStringLiteral("idp-issuer-url");
const QString kClientId = QStringLiteral("client-id");
const QString kClientSecret = QStringLiteral("client-secret");
const QString kCaFile = QStringLiteral("idp-certificate-authority");
const QString kCaData = QStringLiteral("idp-certificate-authority-data");
const QString kIdToken = QStringLiteral("id-token");
const QString kRefreshToken = QStringLiteral("refresh-token");

ApiError cancelledError()
{
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = QCoreApplication::translate("Sextant::Core", "Obtaining credentials was cancelled.");
    return error;
}

// The OAuth error fields of a failed token response: codes and prose, no tokens.
QString oauthErrorText(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString error = object.value(QStringLiteral("error")).toString().left(100);
    const QString description = object.value(QStringLiteral("error_description")).toString().left(300);
    if (error.isEmpty()) {
        return {};
    }
    return description.isEmpty() ? error : error + QStringLiteral(": ") + description;
}

} // namespace

OidcCredentialSource::OidcCredentialSource(const RestConfig &config, OidcOptions options, QObject *parent)
    : CredentialSource(parent)
    , m_config(config)
    , m_provider(config.authProvider ? config.authProvider->config : QMap<QString, QString> {})
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{
    if (!m_options.writer) {
        m_options.writer = defaultAuthProviderConfigWriter();
    }
    if (!m_options.secretStore) {
        m_options.secretStore = keychainSecretStore();
    }
}

OidcCredentialSource::~OidcCredentialSource()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

Clock *OidcCredentialSource::clock() const
{
    return m_options.clock ? m_options.clock : Clock::instance();
}

QString OidcCredentialSource::description() const
{
    return tr("oidc auth-provider (issuer %1, client %2)")
        .arg(m_provider.value(kIssuerUrl), m_provider.value(kClientId));
}

QString OidcCredentialSource::keychainKey() const
{
    return QStringLiteral("oidc/%1/%2/%3")
        .arg(m_provider.value(kIssuerUrl), m_provider.value(kClientId), m_config.userName);
}

std::optional<QDateTime> OidcCredentialSource::jwtExpiry(const QByteArray &jwt)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3) {
        return std::nullopt;
    }
    const auto decoded
        = QByteArray::fromBase64Encoding(parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!decoded) {
        return std::nullopt;
    }
    const QJsonValue exp = QJsonDocument::fromJson(*decoded).object().value(QStringLiteral("exp"));
    if (!exp.isDouble()) {
        return std::nullopt;
    }
    return QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
}

Credential OidcCredentialSource::withConfigCertificate(Credential credential) const
{
    credential.clientCertPem = m_config.clientCertData;
    credential.clientKeyPem = m_config.clientKeyData;
    return credential;
}

std::optional<Credential> OidcCredentialSource::usableIdToken() const
{
    if (m_forceRefresh) {
        return std::nullopt;
    }
    const QByteArray idToken = m_provider.value(kIdToken).toUtf8();
    if (idToken.isEmpty()) {
        return std::nullopt;
    }
    Credential credential;
    credential.bearerToken = idToken;
    const std::optional<QDateTime> expiry = jwtExpiry(idToken);
    if (expiry) {
        if (clock()->nowUtc().addSecs(kExpiryDeltaSeconds) >= *expiry) {
            return std::nullopt;
        }
        credential.expiry = expiry->addSecs(-kExpiryDeltaSeconds);
    }
    return withConfigCertificate(credential);
}

void OidcCredentialSource::get(const QObject *context, Callback callback)
{
    Waiter waiter { QPointer<QObject>(const_cast<QObject *>(context)), context != nullptr, std::move(callback) };
    if (!m_running) {
        if (m_provider.value(kIssuerUrl).isEmpty()) {
            deliver(
                waiter, makeUnexpected(credentialsError(tr("oidc auth-provider: idp-issuer-url must be provided"))));
            return;
        }
        if (m_provider.value(kClientId).isEmpty()) {
            deliver(waiter, makeUnexpected(credentialsError(tr("oidc auth-provider: client-id must be provided"))));
            return;
        }
        if (const std::optional<Credential> credential = usableIdToken()) {
            setState(CredentialState::Ready);
            deliver(waiter, *credential);
            return;
        }
        if (m_provider.value(kRefreshToken).isEmpty()) {
            setState(CredentialState::Failed);
            deliver(waiter,
                makeUnexpected(
                    credentialsError(tr("oidc auth-provider: the id-token has expired and there is no refresh-token; "
                                        "sign in again with your OIDC login tool"))));
            return;
        }
    }
    m_waiters.append(std::move(waiter));
    if (!m_running) {
        startRefresh();
    }
}

void OidcCredentialSource::invalidate()
{
    if (!m_provider.value(kRefreshToken).isEmpty()) {
        m_forceRefresh = true; // the server refused the id-token: get a new one
    }
}

void OidcCredentialSource::cancel()
{
    if (!m_running) {
        return;
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_running = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        deliver(waiter, makeUnexpected(cancelledError()));
    }
    setState(CredentialState::Idle);
}

void OidcCredentialSource::prepareRequestTls(QNetworkRequest &request) const
{
    QList<QSslCertificate> cas;
    if (!m_provider.value(kCaData).isEmpty()) {
        cas = QSslCertificate::fromData(QByteArray::fromBase64(m_provider.value(kCaData).toLatin1()));
    } else if (!m_provider.value(kCaFile).isEmpty()) {
        QFile file(m_provider.value(kCaFile));
        if (file.open(QIODevice::ReadOnly)) {
            cas = QSslCertificate::fromData(file.readAll());
        }
    }
    if (!cas.isEmpty()) {
        // As client-go: the configured CA replaces the system roots for the issuer.
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(cas);
        request.setSslConfiguration(ssl);
    }
    request.setTransferTimeout(m_options.timeoutMs);
}

void OidcCredentialSource::startRefresh()
{
    m_running = true;
    setState(CredentialState::Obtaining);
    const QString caFile = m_provider.value(kCaFile);
    if (m_provider.value(kCaData).isEmpty() && !caFile.isEmpty() && !QFile::exists(caFile)) {
        finish(makeUnexpected(
            credentialsError(tr("oidc auth-provider: cannot read idp-certificate-authority %1").arg(caFile))));
        return;
    }
    QString issuer = m_provider.value(kIssuerUrl);
    while (issuer.endsWith(u'/')) {
        issuer.chop(1);
    }
    QNetworkRequest request(QUrl(issuer + QStringLiteral("/.well-known/openid-configuration")));
    prepareRequestTls(request);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onDiscoveryReply(reply); });
}

void OidcCredentialSource::onDiscoveryReply(QNetworkReply *reply)
{
    reply->deleteLater();
    const QString issuer = m_provider.value(kIssuerUrl);
    if (reply->error() != QNetworkReply::NoError) {
        finish(makeUnexpected(credentialsError(
            tr("oidc auth-provider: cannot read the discovery document of %1: %2").arg(issuer, reply->errorString()))));
        return;
    }
    const QJsonObject discovery = QJsonDocument::fromJson(reply->readAll()).object();
    const QUrl tokenEndpoint(discovery.value(QStringLiteral("token_endpoint")).toString());
    if (!tokenEndpoint.isValid() || tokenEndpoint.scheme().isEmpty()) {
        finish(makeUnexpected(credentialsError(
            tr("oidc auth-provider: the discovery document of %1 has no token_endpoint").arg(issuer))));
        return;
    }

    QNetworkRequest request(tokenEndpoint);
    prepareRequestTls(request);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), m_provider.value(kRefreshToken));
    form.addQueryItem(QStringLiteral("client_id"), m_provider.value(kClientId));
    if (!m_provider.value(kClientSecret).isEmpty()) {
        form.addQueryItem(QStringLiteral("client_secret"), m_provider.value(kClientSecret));
    }
    QNetworkReply *tokenReply = m_network->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    m_reply = tokenReply;
    connect(tokenReply, &QNetworkReply::finished, this, [this, tokenReply] { onTokenReply(tokenReply); });
}

void OidcCredentialSource::onTokenReply(QNetworkReply *reply)
{
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QString message = status > 0
            ? tr("oidc auth-provider: refreshing the token failed with HTTP %1").arg(status)
            : tr("oidc auth-provider: refreshing the token failed: %1").arg(reply->errorString());
        const QString oauthError = oauthErrorText(body);
        if (!oauthError.isEmpty()) {
            message += QStringLiteral(" (") + oauthError + u')';
        }
        finish(makeUnexpected(credentialsError(message)));
        return;
    }
    const QJsonObject tokens = QJsonDocument::fromJson(body).object();
    const QString idToken = tokens.value(QStringLiteral("id_token")).toString();
    if (idToken.isEmpty()) {
        finish(makeUnexpected(credentialsError(tr("oidc auth-provider: the token response has no id_token"))));
        return;
    }
    applyTokens(idToken, tokens.value(QStringLiteral("refresh_token")).toString());

    Credential credential;
    credential.bearerToken = idToken.toUtf8();
    if (const std::optional<QDateTime> expiry = jwtExpiry(credential.bearerToken)) {
        credential.expiry = expiry->addSecs(-kExpiryDeltaSeconds);
    }
    finish(withConfigCertificate(credential));
}

void OidcCredentialSource::applyTokens(const QString &idToken, const QString &refreshToken)
{
    m_forceRefresh = false;
    m_provider.insert(kIdToken, idToken);
    const bool rotated = !refreshToken.isEmpty() && refreshToken != m_provider.value(kRefreshToken);
    if (rotated) {
        m_provider.insert(kRefreshToken, refreshToken);
    }

    if (m_config.userOriginFile.isEmpty()) {
        warn(tr("The refreshed OIDC token for user \"%1\" could not be saved: the user has no kubeconfig file.")
                 .arg(m_config.userName));
    } else if (const Result<void> written = m_options.writer(m_config.userOriginFile, m_config.userName, m_provider);
               !written) {
        warn(tr("The refreshed OIDC token for user \"%1\" could not be written to %2: %3")
                 .arg(m_config.userName, m_config.userOriginFile, written.error().message));
    }

    if (rotated) {
        QPointer<OidcCredentialSource> self(this);
        const QString key = keychainKey();
        m_options.secretStore(key, refreshToken.toUtf8(), [self, key](const QString &error) {
            if (self && !error.isEmpty()) {
                self->warn(
                    tr("The OIDC refresh token could not be stored in the system keychain (%1): %2").arg(key, error));
            }
        });
    }
}

void OidcCredentialSource::finish(const Result<Credential> &result)
{
    if (!m_running) {
        return;
    }
    m_running = false;
    m_reply.clear();
    if (!result) {
        qCWarning(lcOidc).noquote() << result.error().message;
    }
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        deliver(waiter, result);
    }
    setState(result ? CredentialState::Ready : CredentialState::Failed);
}

void OidcCredentialSource::deliver(const Waiter &waiter, const Result<Credential> &result)
{
    if (waiter.hadContext && !waiter.context) {
        return;
    }
    QObject *target = waiter.context ? waiter.context.data() : this;
    QMetaObject::invokeMethod(
        target, [callback = waiter.callback, result] { callback(result); }, Qt::QueuedConnection);
}

void OidcCredentialSource::setState(CredentialState state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

void OidcCredentialSource::warn(const QString &message)
{
    qCWarning(lcOidc).noquote() << message;
    Q_EMIT warningRaised(message);
}

} // namespace Sextant::Core
