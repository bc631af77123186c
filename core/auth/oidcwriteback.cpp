// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/auth/oidccredentialsource.h"
#include "core/kubeconfig/kubeconfigwriter.h"

namespace Sextant::Core {

// Wiring to core/kubeconfig's writer lives here alone, so it can follow that header.
AuthProviderConfigWriter defaultAuthProviderConfigWriter()
{
    return [](const QString &file, const QString &userName, const QMap<QString, QString> &config) {
        return updateUserAuthProviderConfig(file, userName, config);
    };
}

} // namespace Sextant::Core
