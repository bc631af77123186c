// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"
#include "core/api/requesthandle.h"
#include "core/api/resourceref.h"
#include "core/auth/credentialsourcefactory.h"
#include "core/kubeconfig/restconfig.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <memory>

namespace Sextant::Core {

class ApiClient;
class ListWatch;
class ObjectStore;
class Permissions;

// One live cluster as one user: the REST client plus the watches opened on
// it. Stores stay warm while something follows them, so switching back to a
// view is instant; a store nobody has followed for idleRelease() has its
// watch stopped and its objects freed, and store() starts it again (a fresh
// list). Destroying the connection frees all of it.
class ClusterConnection final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterConnection)
public:
    enum class State {
        Connecting,
        Connected,
        Failed,
    };
    Q_ENUM(State)

    ClusterConnection(
        const RestConfig &config, const CredentialSourceOptions &credentials = {}, QObject *parent = nullptr);
    // A context whose configuration is unusable: Failed from the start, with the reason.
    ClusterConnection(const QString &contextName, const ApiError &error, QObject *parent = nullptr);
    ~ClusterConnection() override;

    // Checks the server answers (/version) with our credentials; repeatable after a failure.
    void start();

    State state() const { return m_state; }
    ApiError error() const { return m_error; }
    QString contextName() const { return m_contextName; }
    QString defaultNamespace() const { return m_defaultNamespace; }
    // True when the context or -n named the namespace (not the "default" fallback).
    bool namespaceExplicit() const { return m_namespaceExplicit; }
    QString serverVersion() const { return m_serverVersion; }
    ApiClient *client() const { return m_client.get(); }
    // Access checks for this connection's user, cached and shared by every view (null when unusable).
    Permissions *permissions();
    // True while a credential plugin or sign-in runs for this connection.
    bool waitingForCredentials() const;
    // How this connection authenticates, for status lines; never a secret.
    QString credentialDescription() const;

    // The live store of one resource in one namespace ("" = all namespaces),
    // created and started on first use (again after an idle release). Owned
    // by the connection: the pointer stays valid while it lives.
    ObjectStore *store(const ResourceRef &resource, const QString &namespaceName = {});
    ListWatch *watchOf(const ResourceRef &resource, const QString &namespaceName = {}) const;

    // How long a store may go unfollowed before its watch is released (5
    // minutes; 0 = never). Checked every tenth of that, at most every minute.
    void setIdleRelease(std::chrono::milliseconds after);
    std::chrono::milliseconds idleRelease() const { return m_idleRelease; }

Q_SIGNALS:
    void stateChanged(Sextant::Core::ClusterConnection::State state);

private:
    void setState(State state, const ApiError &error = {});
    void releaseIdleWatches();

    QString m_contextName;
    QString m_defaultNamespace;
    bool m_namespaceExplicit = false;
    std::unique_ptr<ApiClient> m_client;
    QHash<QString, ListWatch *> m_watches;
    QHash<ListWatch *, qint64> m_unfollowedSince; // ms of m_clock
    QSet<ListWatch *> m_released;
    std::chrono::milliseconds m_idleRelease = std::chrono::minutes(5);
    QTimer m_idleTimer;
    QElapsedTimer m_clock;
    Permissions *m_permissions = nullptr;
    State m_state = State::Connecting;
    ApiError m_error;
    QString m_serverVersion;
    RequestHandle m_probe;
};

} // namespace Sextant::Core
