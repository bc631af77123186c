// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/auth/oidccredentialsource.h"

#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychainStore, "sextant.core.auth.keychain")

namespace Sextant::Core {

SecretStore keychainSecretStore()
{
    return [](const QString &key, const QByteArray &secret, std::function<void(const QString &error)> done) {
        auto *job = new QKeychain::WritePasswordJob(QStringLiteral("sextant"));
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // never a plain-text file
        job->setKey(key);
        job->setBinaryData(secret);
        QObject::connect(job, &QKeychain::Job::finished, job, [key, done = std::move(done)](QKeychain::Job *finished) {
            const QString error = finished->error() == QKeychain::NoError ? QString() : finished->errorString();
            if (!error.isEmpty()) {
                qCWarning(lcKeychainStore).noquote() << "storing" << key << "failed:" << error;
            }
            if (done) {
                done(error);
            }
        });
        job->start();
    };
}

} // namespace Sextant::Core
