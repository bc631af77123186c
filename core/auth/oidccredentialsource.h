// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/auth/credentialsource.h"

#include <QMap>
#include <QPointer>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Sextant::Core {

class Clock;

// Writes users[name].user.auth-provider.config back to a kubeconfig file.
using AuthProviderConfigWriter
    = std::function<Result<void>(const QString &file, const QString &userName, const QMap<QString, QString> &config)>;
// Stores a secret under key; calls done with an empty string on success, else the reason.
using SecretStore
    = std::function<void(const QString &key, const QByteArray &secret, std::function<void(const QString &error)> done)>;

// The writer used when OidcOptions::writer is empty: core/kubeconfig's
// updateUserAuthProviderConfig().
AuthProviderConfigWriter defaultAuthProviderConfigWriter();
// The store used when OidcOptions::secretStore is empty: the OS keychain via
// QtKeychain, service "sextant", insecure fallback off.
SecretStore keychainSecretStore();

struct OidcOptions {
    AuthProviderConfigWriter writer;
    SecretStore secretStore;
    Clock *clock = nullptr; // nullptr: Clock::instance()
    int timeoutMs = 30 * 1000;
};

// users[].user.auth-provider name "oidc" as client-go's oidc plugin: uses
// id-token until 10 s before its JWT exp, then refreshes it with the
// refresh-token at the issuer's token_endpoint (from its discovery document),
// writes the new tokens back into the kubeconfig and keeps refresh tokens it
// obtained in the OS keychain.
class OidcCredentialSource final : public CredentialSource {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OidcCredentialSource)
public:
    static constexpr int kExpiryDeltaSeconds = 10;

    OidcCredentialSource(const RestConfig &config, OidcOptions options, QObject *parent = nullptr);
    ~OidcCredentialSource() override;

    void get(const QObject *context, Callback callback) override;
    void invalidate() override;
    void cancel() override;
    CredentialState state() const override { return m_state; }
    QString description() const override;

    // "oidc/<issuer>/<client-id>/<user>"
    QString keychainKey() const;
    // The current auth-provider config, including refreshed tokens.
    QMap<QString, QString> providerConfig() const { return m_provider; }

    // The exp claim of a JWT; nullopt when it is not a JWT or has no exp.
    static std::optional<QDateTime> jwtExpiry(const QByteArray &jwt);

private:
    struct Waiter {
        QPointer<QObject> context;
        bool hadContext = false;
        Callback callback;
    };

    std::optional<Credential> usableIdToken() const;
    void startRefresh();
    void onDiscoveryReply(QNetworkReply *reply);
    void onTokenReply(QNetworkReply *reply);
    void applyTokens(const QString &idToken, const QString &refreshToken);
    void prepareRequestTls(QNetworkRequest &request) const;
    void finish(const Result<Credential> &result);
    void deliver(const Waiter &waiter, const Result<Credential> &result);
    void setState(CredentialState state);
    void warn(const QString &message);
    Credential withConfigCertificate(Credential credential) const;
    Clock *clock() const;

    RestConfig m_config;
    QMap<QString, QString> m_provider;
    OidcOptions m_options;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QList<Waiter> m_waiters;
    bool m_running = false;
    bool m_forceRefresh = false; // after a 401 the id-token is not trusted even if unexpired
    CredentialState m_state = CredentialState::Idle;
};

} // namespace Sextant::Core
