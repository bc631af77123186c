// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/auth/credentialsource.h"

#include "core/auth/credentialsourcefactory.h"
#include "core/auth/execcredential.h"
#include "core/auth/staticcredentialsource.h"
#include "core/auth/tokenfilecredentialsource.h"

#include <QCoreApplication>

namespace Sextant::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sextant::Core", text);
}

std::unique_ptr<CredentialSource> failing(ApiError error, const QString &description, QObject *parent)
{
    return std::make_unique<StaticCredentialSource>(makeUnexpected(std::move(error)), description, parent);
}

} // namespace

QString removedAuthProviderMessage(const QString &name)
{
    // kubectl's own wording (plugin/pkg/client/auth/{gcp,azure}/*_stub.go).
    if (name == QLatin1String("gcp")) {
        return tr("The gcp auth plugin has been removed.\n"
                  "Please use the \"gke-gcloud-auth-plugin\" kubectl/client-go credential plugin instead.\n"
                  "See https://cloud.google.com/blog/products/containers-kubernetes/kubectl-auth-changes-in-gke "
                  "for further details");
    }
    if (name == QLatin1String("azure")) {
        return tr("The azure auth plugin has been removed.\n"
                  "Please use the https://github.com/Azure/kubelogin kubectl/client-go credential plugin instead.\n"
                  "See https://kubernetes.io/docs/reference/access-authn-authz/authentication/"
                  "#client-go-credential-plugins for further details");
    }
    return {};
}

std::unique_ptr<CredentialSource> createCredentialSource(const RestConfig &config, QObject *parent)
{
    return createCredentialSource(config, CredentialSourceOptions {}, parent);
}

std::unique_ptr<CredentialSource> createCredentialSource(
    const RestConfig &config, const CredentialSourceOptions &options, QObject *parent)
{
    if (config.authProvider) {
        const QString name = config.authProvider->name;
        const QString removed = removedAuthProviderMessage(name);
        if (!removed.isEmpty()) {
            return failing(credentialsError(removed), tr("%1 auth-provider (removed)").arg(name), parent);
        }
        if (name != QLatin1String("oidc")) {
            return failing(credentialsError(tr("No auth-provider named \"%1\" is available; Sextant supports "
                                               "oidc and exec credential plugins.")
                                                .arg(name)),
                tr("unknown auth-provider %1").arg(name), parent);
        }
        if (config.exec) {
            ApiError error;
            error.kind = ApiError::Kind::Configuration;
            error.message = tr("user \"%1\": authProvider cannot be provided in combination with an exec plugin")
                                .arg(config.userName);
            return failing(error, tr("invalid user %1").arg(config.userName), parent);
        }
    }

    if (!config.tokenFile.isEmpty()) {
        return std::make_unique<TokenFileCredentialSource>(config, parent, options.clock);
    }
    const bool staticAuth = !config.token.isEmpty() || !config.username.isEmpty() || !config.password.isEmpty();
    if (staticAuth) {
        return StaticCredentialSource::fromConfig(config, parent);
    }
    if (config.authProvider) {
        OidcOptions oidc = options.oidc;
        if (!oidc.clock) {
            oidc.clock = options.clock;
        }
        return std::make_unique<OidcCredentialSource>(config, std::move(oidc), parent);
    }
    // As client-go: a client certificate in the config means the exec plugin is not run.
    if (config.exec && config.clientCertData.isEmpty()) {
        ExecOptions exec = options.exec;
        if (!exec.clock) {
            exec.clock = options.clock;
        }
        return std::make_unique<ExecCredentialSource>(config, exec, parent);
    }
    return StaticCredentialSource::fromConfig(config, parent);
}

} // namespace Sextant::Core
