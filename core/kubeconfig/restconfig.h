// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Sextant::Core {

// users[].user.exec, with paths already resolved against the file it came from.
struct ExecConfig {
    QString apiVersion; // client.authentication.k8s.io/v1 or /v1beta1
    QString command; // absolute when it contained a path separator, else looked up on PATH
    QStringList args;
    QList<QPair<QString, QString>> env;
    QString installHint;
    bool provideClusterInfo = false;
    QString interactiveMode; // Never, IfAvailable, Always ("" only for v1beta1 = IfAvailable)
    QJsonObject clusterExtension; // clusters[].cluster.extensions["client.authentication.k8s.io/exec"]
};

// users[].user.auth-provider. Only oidc is supported; gcp/azure get kubectl's "removed" message.
struct AuthProviderConfig {
    QString name;
    QMap<QString, QString> config;
};

// Everything needed to talk to one cluster as one user: kubeconfig context
// resolved and merged as clientcmd does. Holds credentials: never log it.
struct RestConfig {
    QString contextName;
    QString clusterName;
    QString userName;
    QString namespaceName = QStringLiteral("default");
    bool namespaceExplicit = false; // set by context or override, not the "default" fallback

    QUrl server; // path kept, query and fragment dropped
    QString tlsServerName;
    bool insecureSkipTlsVerify = false;
    QByteArray caData; // PEM; filled from certificate-authority when only a file was given
    QString caFile; // for error messages and rotation
    QUrl proxyUrl;
    bool disableCompression = false;

    QByteArray clientCertData; // PEM
    QByteArray clientKeyData; // PEM
    QString clientCertFile;
    QString clientKeyFile;
    QString token;
    QString tokenFile;
    QString username;
    QString password;
    std::optional<ExecConfig> exec;
    std::optional<AuthProviderConfig> authProvider;

    QString impersonateUser;
    QString impersonateUid;
    QStringList impersonateGroups;
    QMap<QString, QStringList> impersonateExtra;

    // Where the user stanza came from, for write-back (oidc refresh) and messages.
    QString userOriginFile;
    QString clusterOriginFile;
    QString contextOriginFile;
};

} // namespace Sextant::Core
