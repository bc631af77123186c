// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/auth/credentialsource.h"

namespace Sextant::Core {

// A fixed answer: bearer token, basic auth, client certificate, nothing
// (anonymous), or a configuration error (gcp/azure auth-provider). Answers
// synchronously inside get().
class StaticCredentialSource final : public CredentialSource {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaticCredentialSource)
public:
    StaticCredentialSource(Result<Credential> result, QString description, QObject *parent = nullptr);

    // token, basic auth and/or client certificate from the config; anonymous when none is set.
    static std::unique_ptr<StaticCredentialSource> fromConfig(const RestConfig &config, QObject *parent = nullptr);

    void get(const QObject *context, Callback callback) override;
    void invalidate() override { }
    void cancel() override { }
    CredentialState state() const override;
    QString description() const override { return m_description; }

private:
    Result<Credential> m_result;
    QString m_description;
};

} // namespace Sextant::Core
