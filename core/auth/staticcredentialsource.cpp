// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/auth/staticcredentialsource.h"

#include <QStringList>

namespace Sextant::Core {

StaticCredentialSource::StaticCredentialSource(Result<Credential> result, QString description, QObject *parent)
    : CredentialSource(parent)
    , m_result(std::move(result))
    , m_description(std::move(description))
{
}

std::unique_ptr<StaticCredentialSource> StaticCredentialSource::fromConfig(const RestConfig &config, QObject *parent)
{
    Credential credential;
    QStringList kinds;
    if (!config.token.isEmpty()) {
        credential.bearerToken = config.token.toUtf8();
        kinds.append(tr("bearer token"));
    } else if (!config.username.isEmpty() || !config.password.isEmpty()) {
        credential.basicUser = config.username.toUtf8();
        credential.basicPassword = config.password.toUtf8();
        kinds.append(tr("basic auth as \"%1\"").arg(config.username));
    }
    if (!config.clientCertData.isEmpty()) {
        credential.clientCertPem = config.clientCertData;
        credential.clientKeyPem = config.clientKeyData;
        kinds.append(config.clientCertFile.isEmpty() ? tr("client certificate")
                                                     : tr("client certificate %1").arg(config.clientCertFile));
    }
    const QString description = kinds.isEmpty() ? tr("anonymous (no credentials)") : kinds.join(tr(" and "));
    return std::make_unique<StaticCredentialSource>(credential, description, parent);
}

void StaticCredentialSource::get(const QObject *context, Callback callback)
{
    Q_UNUSED(context) // alive: the caller is using it right now
    callback(m_result);
}

CredentialState StaticCredentialSource::state() const
{
    return m_result ? CredentialState::Ready : CredentialState::Failed;
}

} // namespace Sextant::Core
