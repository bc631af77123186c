// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"
#include "core/kubeconfig/restconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>

namespace Sextant::Core {

// What a request needs to authenticate: a bearer token, basic auth, or a
// client certificate. Never logged; ApiError messages never embed it.
struct Credential {
    QByteArray bearerToken;
    QByteArray basicUser;
    QByteArray basicPassword;
    QByteArray clientCertPem;
    QByteArray clientKeyPem;
    QDateTime expiry; // invalid = until a 401
};

// Observable state, so the UI can show "waiting for sign-in".
enum class CredentialState {
    Idle,
    Obtaining, // an exec plugin or oidc refresh is running
    Ready,
    Failed,
};

// Produces credentials for one RestConfig. Static sources (token, basic auth,
// client cert) answer at once; tokenFile re-reads the file every minute and
// after invalidate(); exec plugins run asynchronously, cached until expiry or
// invalidate(). One refresh runs at a time; concurrent callers wait for it.
class CredentialSource : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<Credential> &)>;

    // The callback runs only while context lives, on context's thread, never synchronously re-entrant
    // from inside get() for asynchronous sources.
    virtual void get(const QObject *context, Callback callback) = 0;
    // After a 401: drop the cached credential so the next get() refreshes.
    virtual void invalidate() = 0;
    // Abort a running plugin or refresh; waiting callbacks get a Cancelled error.
    virtual void cancel() = 0;
    virtual CredentialState state() const = 0;
    // One line for the doctor and the UI, e.g. "exec plugin /usr/bin/kubelogin". Never a secret.
    virtual QString description() const = 0;

Q_SIGNALS:
    void stateChanged(Sextant::Core::CredentialState state);
    // Something went wrong that does not stop credentials from working (a
    // token file that could not be re-read, oidc write-back or keychain
    // failure). Plain text, never a secret.
    void warningRaised(const QString &message);

protected:
    using QObject::QObject;
};

// Builds the source matching the config's user stanza (see credentialsourcefactory.h).
std::unique_ptr<CredentialSource> createCredentialSource(const RestConfig &config, QObject *parent = nullptr);

} // namespace Sextant::Core
