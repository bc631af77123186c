// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/auth/credentialsource.h"
#include "core/auth/execcredentialsource.h"
#include "core/auth/oidccredentialsource.h"

namespace Sextant::Core {

class Clock;

// Tunables for createCredentialSource(); the defaults are what the app uses.
struct CredentialSourceOptions {
    ExecOptions exec;
    OidcOptions oidc;
    Clock *clock = nullptr; // for sources whose own options leave it unset
};

// As createCredentialSource(config, parent), with options (tests, the doctor).
// Precedence as client-go: gcp/azure auth-provider -> error; tokenFile; token
// or basic auth (plus any client certificate); oidc; exec (skipped when the
// config has a client certificate); client certificate; anonymous.
std::unique_ptr<CredentialSource> createCredentialSource(
    const RestConfig &config, const CredentialSourceOptions &options, QObject *parent = nullptr);

// kubectl's message for a removed auth-provider ("gcp", "azure"); empty for others.
QString removedAuthProviderMessage(const QString &name);

} // namespace Sextant::Core
