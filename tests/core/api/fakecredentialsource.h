// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/auth/credentialsource.h"

#include <QTimer>

namespace Sextant::Test {

// Answers get() asynchronously with a fixed credential or error; counts invalidate().
class FakeCredentialSource final : public Core::CredentialSource {
public:
    explicit FakeCredentialSource(Core::Credential credential = {})
        : m_credential(std::move(credential))
    {
    }

    void get(const QObject *context, Callback callback) override
    {
        ++gets;
        QTimer::singleShot(0, context, [this, callback] {
            if (failure)
                callback(Core::makeUnexpected(*failure));
            else
                callback(m_credential);
        });
    }
    void invalidate() override { ++invalidations; }
    void cancel() override { }
    Core::CredentialState state() const override { return Core::CredentialState::Ready; }
    QString description() const override { return QStringLiteral("fake"); }

    int gets = 0;
    int invalidations = 0;
    std::optional<Core::ApiError> failure;

private:
    Core::Credential m_credential;
};

} // namespace Sextant::Test
