// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// KubeconfigLoader: clientcmd's ClientConfigLoadingRules.Load().
//
//   auto set = KubeconfigLoader::load(LoadOptions::fromEnvironment(explicitPathFromCli));
//   if (!set) { show(set.error().message); }           // only a missing explicit file fails outright
//   for (const auto &e : set->loadErrors()) { ... }   // unreadable/unparsable files; the rest loaded
//
// - explicitPath: must exist; loaded alone, never merged.
// - else envKubeconfig (KUBECONFIG): split on ':' (';' on Windows), deduplicated in order,
//   empty entries and missing files skipped; a warning only when every file is missing.
// - else <homePath>/.kube/config (homePath defaults to QDir::homePath()).
// - Merge: first file wins a named cluster/user/context/extension whole; current-context and
//   preferences from the first file that sets them.
// - Relative certificate-authority, client-certificate, client-key, tokenFile and exec.command
//   (only when it contains a separator) resolve against the directory of the contributing file.
// - Reading never writes (no legacy ~/.kube/.kubeconfig migration).

#include "core/api/apierror.h"
#include "core/kubeconfig/kubeconfigset.h"

#include <QString>
#include <QStringList>

namespace Sextant::Core {

struct LoadOptions {
    QString explicitPath; // --kubeconfig
    QString envKubeconfig; // the KUBECONFIG value; empty = unset
    QString homePath; // empty = QDir::homePath()

    static LoadOptions fromEnvironment(const QString &explicitPath = {});
};

class KubeconfigLoader {
public:
    static Result<KubeconfigSet> load(const LoadOptions &options);

    // The files load() would read, in order (loader.go GetLoadingPrecedence).
    static QStringList precedence(const LoadOptions &options);
    // filepath.SplitList + deduplicate.
    static QStringList splitKubeconfigList(const QString &value);
    // Merges already-parsed files in precedence order (Load()'s merge step) and resolves paths.
    static KubeConfig merge(const QList<KubeConfig> &files);
    static void resolveLocalPaths(KubeConfig &config);
};

} // namespace Sextant::Core
