// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/auth/credentialsource.h"

#include <QFile>
#include <QTest>

#include <optional>

namespace Sextant::Core::Testing {

inline QString execPluginDir()
{
    return QStringLiteral(SEXTANT_TEST_DATA_DIR "/exec-plugins");
}

inline QByteArray readTestFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(path));
        return {};
    }
    return file.readAll();
}

inline bool writeTestFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// Calls get() and waits for the answer (tests only: a nested wait is fine here).
inline std::optional<Result<Credential>> getAndWait(CredentialSource &source, int timeoutMs = 15000)
{
    std::optional<Result<Credential>> result;
    QObject context;
    source.get(&context, [&result](const Result<Credential> &r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs);
    return result;
}

// For QVERIFY2 messages: "timeout", "ok" or the error message.
inline QByteArray describe(const std::optional<Result<Credential>> &result)
{
    if (!result) {
        return "timeout";
    }
    return result->hasValue() ? QByteArray("ok") : result->error().message.toUtf8();
}

} // namespace Sextant::Core::Testing
