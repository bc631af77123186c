// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/kubeconfig/kubeconfigloader.h"
#include "core/kubeconfig/kubeconfigset.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Sextant::Core {

class ClusterConnection;

// Every context of every kubeconfig, and the connections opened to them.
// Many clusters stay connected at once; one is active in a window.
class ClusterManager final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterManager)
public:
    struct Options {
        LoadOptions load; // --kubeconfig / KUBECONFIG / ~/.kube/config
        QString context; // --context
        QString namespaceName; // -n
        bool allNamespaces = false; // -A
        int credentialTimeoutMs = 60 * 1000; // a hung exec plugin fails after this
    };

    explicit ClusterManager(Options options, QObject *parent = nullptr);
    ~ClusterManager() override;

    // Re-reads the kubeconfig files; open connections stay as they are.
    void reload();

    QList<ContextInfo> contexts() const { return m_contexts; }
    const KubeconfigSet &kubeconfig() const { return m_set; }
    // Why files or the whole config could not be loaded, each naming its file.
    QStringList problems() const { return m_problems; }
    // --context if given, else the kubeconfig's current-context.
    QString initialContext() const;
    // -A: the initial context opens on all projects.
    bool initialAllNamespaces() const { return m_options.allNamespaces; }

    // Opens (or returns the open) connection to a context. A context whose
    // config is unusable gets a connection in the Failed state with the reason.
    ClusterConnection *connectTo(const QString &context);
    ClusterConnection *connection(const QString &context) const;
    void disconnectFrom(const QString &context);

Q_SIGNALS:
    void contextsChanged();
    void connectionChanged(const QString &context);

private:
    Options m_options;
    KubeconfigSet m_set;
    QList<ContextInfo> m_contexts;
    QStringList m_problems;
    QHash<QString, QPointer<ClusterConnection>> m_connections;
};

} // namespace Sextant::Core
