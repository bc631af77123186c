// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/auth/tokenfilecredentialsource.h"

#include "core/auth/execcredential.h"
#include "core/util/clock.h"

#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTokenFile, "sextant.core.auth.tokenfile")

namespace Sextant::Core {

namespace {
constexpr qint64 kMaxTokenFileBytes = 1024 * 1024;
}

TokenFileCredentialSource::TokenFileCredentialSource(const RestConfig &config, QObject *parent, Clock *clock)
    : CredentialSource(parent)
    , m_config(config)
    , m_clock(clock)
{
}

Clock *TokenFileCredentialSource::clock() const
{
    return m_clock ? m_clock : Clock::instance();
}

QString TokenFileCredentialSource::description() const
{
    return tr("bearer token from file %1").arg(m_config.tokenFile);
}

void TokenFileCredentialSource::invalidate()
{
    m_readAt = QDateTime();
}

Result<QByteArray> TokenFileCredentialSource::readTokenFile() const
{
    QFile file(m_config.tokenFile);
    if (!file.open(QIODevice::ReadOnly)) {
        // errorString() describes the failure, never the content.
        return makeUnexpected(
            credentialsError(tr("Cannot read tokenFile %1: %2").arg(m_config.tokenFile, file.errorString())));
    }
    const QByteArray token = file.read(kMaxTokenFileBytes).trimmed();
    if (token.isEmpty()) {
        return makeUnexpected(credentialsError(tr("tokenFile %1 is empty").arg(m_config.tokenFile)));
    }
    return token;
}

void TokenFileCredentialSource::get(const QObject *context, Callback callback)
{
    Q_UNUSED(context) // answered synchronously, while the caller's context lives
    const QDateTime now = clock()->nowUtc();
    const bool stale = !m_readAt.isValid() || m_readAt.secsTo(now) >= kRereadAfterSeconds || m_readAt > now;
    if (stale) {
        Result<QByteArray> read = readTokenFile();
        if (read) {
            m_lastRead = *read;
            m_readAt = now;
        } else if (m_lastRead.isEmpty() && m_config.token.isEmpty()) {
            if (m_state != CredentialState::Failed) {
                m_state = CredentialState::Failed;
                Q_EMIT stateChanged(m_state);
            }
            callback(makeUnexpected(read.error()));
            return;
        } else {
            // As client-go: keep using what we had and try again next time.
            qCWarning(lcTokenFile).noquote() << "unable to rotate token:" << read.error().message;
            Q_EMIT warningRaised(read.error().message);
        }
    }

    Credential credential;
    credential.bearerToken = m_lastRead.isEmpty() ? m_config.token.toUtf8() : m_lastRead;
    credential.clientCertPem = m_config.clientCertData;
    credential.clientKeyPem = m_config.clientKeyData;
    if (m_state != CredentialState::Ready) {
        m_state = CredentialState::Ready;
        Q_EMIT stateChanged(m_state);
    }
    callback(credential);
}

} // namespace Sextant::Core
