// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// KubeconfigSet: the result of loading kubeconfig files (KubeconfigLoader),
// merged as clientcmd does, plus what the UI and the connection need:
//
//   QString currentContext() const;                 // merged current-context
//   QList<ContextInfo> contexts() const;            // every context, first file wins a name, with status
//   QList<KubeconfigLoadError> loadErrors() const;  // per-file problems; the other files still loaded
//   QStringList warnings() const;                   // "Config not found: a, b" (all KUBECONFIG files missing),
//                                                   // "context was not found for specified context: x"
//                                                   (current-context)
//   QString originOfContext(const QString &name) const;
//   Result<RestConfig> restConfig(const ConfigOverrides &overrides = {}) const;  // client_config.go ClientConfig()
//   QString defaultFilename() const;                // where current-context is written (GetDefaultFilename)
//   Result<void> setCurrentContext(const QString &name) const;                  // writes defaultFilename()
//   Result<void> setContextNamespace(const QString &context, const QString &ns) const; // writes the context's file
//
// A KubeconfigSet is a snapshot: writes go to disk and do not change it; load again to see them.

#include "core/api/apierror.h"
#include "core/kubeconfig/kubeconfigmodel.h"
#include "core/kubeconfig/restconfig.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Sextant::Core {

// What kubectl's flags override (--context, --cluster, --user, -n, --server, ...).
struct ConfigOverrides {
    QString context;
    QString cluster;
    QString user;
    QString namespaceName;
    QString server;
    QString tlsServerName;
    QString certificateAuthority; // a CA file; clears insecure and CA data, as the flag does
    bool insecureSkipTlsVerify = false; // true clears the CA, as the flag does
    QString token;
    QString impersonate;
    QString impersonateUid;
    QStringList impersonateGroups;
};

// One row of the cluster list.
struct ContextInfo {
    QString name;
    QString cluster;
    QString user;
    QString namespaceName; // as written in the context; empty means "default"
    QString server; // of its cluster, if found
    QString originFile; // file the context came from
    bool isCurrent = false;
    QString error; // kubectl-style validation failure for this context, empty when usable
};

struct KubeconfigLoadError {
    QString file;
    QString message; // names the file and field, never a value
};

class KubeconfigSet {
public:
    KubeconfigSet() = default;
    // For tests and in-memory configs (paths must already be absolute).
    static KubeconfigSet fromConfig(KubeConfig config, QStringList precedence = {}, QString explicitPath = {});

    const KubeConfig &config() const { return m_config; }
    QString currentContext() const { return m_config.currentContext; }
    QList<ContextInfo> contexts() const;
    QList<KubeconfigLoadError> loadErrors() const { return m_loadErrors; }
    QStringList warnings() const { return m_warnings; }
    // Files in loading precedence: the explicit file alone, else the KUBECONFIG list or ~/.kube/config.
    QStringList precedence() const { return m_precedence; }
    QString explicitPath() const { return m_explicitPath; }
    QString originOfContext(const QString &name) const;
    QString defaultFilename() const;

    Result<RestConfig> restConfig(const ConfigOverrides &overrides = {}) const;

    Result<void> setCurrentContext(const QString &name) const;
    Result<void> setContextNamespace(const QString &contextName, const QString &namespaceName) const;

private:
    friend class KubeconfigLoader;

    KubeConfig m_config;
    QList<KubeconfigLoadError> m_loadErrors;
    QStringList m_warnings;
    QStringList m_precedence;
    QString m_explicitPath;
};

} // namespace Sextant::Core
