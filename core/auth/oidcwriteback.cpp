// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/auth/execcredential.h"
#include "core/auth/oidccredentialsource.h"

#include <QCoreApplication>

namespace Sextant::Core {

// Wiring to core/kubeconfig's writer lives here alone, so it can follow that header.
AuthProviderConfigWriter defaultAuthProviderConfigWriter()
{
    return [](const QString &file, const QString &, const QMap<QString, QString> &) -> Result<void> {
        return makeUnexpected(credentialsError(
            QCoreApplication::translate("Sextant::Core", "Writing OIDC tokens back to %1 is not available yet.")
                .arg(file)));
    };
}

} // namespace Sextant::Core
