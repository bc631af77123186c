// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Write-back into a user's kubeconfig file, as clientcmd.ModifyConfig does,
// but safely:
//   - takes "<file>.lock" with O_CREAT|O_EXCL, as kubectl does (interop); retries
//     briefly, then fails naming the lock file; the lock is always removed (RAII);
//   - refuses to rewrite a file it cannot parse as a kubeconfig;
//   - changes only the one key, re-emitting the file's own YAML tree, so unknown
//     fields and extensions survive (comments do not, as with kubectl);
//   - writes a temp file (mode 0600) in the same directory, fsyncs, renames over
//     the original (a symlink's target), so a failure never truncates the file.
//   - writes nothing when the file already has the value (so its comments stay).
// Blocking file I/O; on lock contention it waits up to ~0.5 s before failing.
// Failures are ApiError::Kind::Configuration with the file path in the message.
//
// Which file to pass: current-context goes to KubeconfigSet::defaultFilename();
// a context's namespace to its origin file; auth-provider config to the user's
// origin file (RestConfig::userOriginFile). KubeconfigSet has convenience wrappers.

#include "core/api/apierror.h"

#include <QMap>
#include <QString>

namespace Sextant::Core {

// current-context: <contextName>. Creates the file (0600, dir 0755) if it does not exist.
Result<void> setCurrentContext(const QString &file, const QString &contextName);

// contexts[name=contextName].context.namespace = ns (an empty ns removes the key).
Result<void> setContextNamespace(const QString &file, const QString &contextName, const QString &ns);

// Replaces users[name=userName].user.auth-provider.config with config (OIDC token refresh).
Result<void> updateUserAuthProviderConfig(
    const QString &file, const QString &userName, const QMap<QString, QString> &config);

} // namespace Sextant::Core
