// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/auth/credentialsource.h"

namespace Sextant::Core {

class Clock;

// users[].user.tokenFile as client-go's cachingTokenSource: the file is read
// on first use, again once a minute (10 s leeway) and after invalidate(). The
// last value read beats `token`; when a re-read fails the previous value (or
// `token`) is kept. Also carries the config's client certificate.
class TokenFileCredentialSource final : public CredentialSource {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenFileCredentialSource)
public:
    static constexpr int kRereadAfterSeconds = 60 - 10;

    explicit TokenFileCredentialSource(const RestConfig &config, QObject *parent = nullptr, Clock *clock = nullptr);

    // Reads synchronously: a token file is a few bytes on a local disk.
    void get(const QObject *context, Callback callback) override;
    void invalidate() override;
    void cancel() override { }
    CredentialState state() const override { return m_state; }
    QString description() const override;

private:
    Result<QByteArray> readTokenFile() const;
    Clock *clock() const;

    RestConfig m_config;
    Clock *m_clock = nullptr;
    QByteArray m_lastRead;
    QDateTime m_readAt;
    CredentialState m_state = CredentialState::Idle;
};

} // namespace Sextant::Core
