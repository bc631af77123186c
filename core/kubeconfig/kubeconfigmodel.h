// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Typed kubeconfig, the shape of client-go's clientcmd/api.Config (the
// internal map form, not the v1 list form). Every named stanza remembers the
// file it came from (LocationOfOrigin) and its index in that file's list, so
// messages can say "/home/u/.kube/config: users[2].user.exec: ...".
// Holds credentials: never log a KubeAuthInfo.

#include "core/kubeconfig/restconfig.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sextant::Core {

// Where a stanza came from: the file as given (not absolutised) and its index
// in that file's clusters/users/contexts list.
struct KubeOrigin {
    QString file;
    int index = -1;
};

struct KubeCluster {
    QString server;
    QString tlsServerName;
    bool insecureSkipTlsVerify = false;
    QString certificateAuthority; // absolute once loaded from a file
    QByteArray certificateAuthorityData; // decoded PEM
    QString proxyUrl;
    bool disableCompression = false;
    QMap<QString, QJsonValue> extensions;
    KubeOrigin origin;
};

struct KubeAuthInfo {
    QString clientCertificate;
    QByteArray clientCertificateData;
    QString clientKey;
    QByteArray clientKeyData;
    QString token;
    QString tokenFile;
    QString impersonate;
    QString impersonateUid;
    QStringList impersonateGroups;
    QMap<QString, QStringList> impersonateUserExtra;
    QString username;
    QString password;
    std::optional<AuthProviderConfig> authProvider;
    std::optional<ExecConfig> exec; // interactiveMode defaulted as api/v1/defaults.go does
    QMap<QString, QJsonValue> extensions;
    KubeOrigin origin;
};

struct KubeContext {
    QString cluster;
    QString user;
    QString namespaceName;
    QMap<QString, QJsonValue> extensions;
    KubeOrigin origin;
};

struct KubePreferences {
    bool colors = false;
    QMap<QString, QJsonValue> extensions;
};

// One parsed file, or the merge of several.
struct KubeConfig {
    QMap<QString, KubeCluster> clusters;
    QMap<QString, KubeAuthInfo> users;
    QMap<QString, KubeContext> contexts;
    QStringList contextOrder; // names in order of first appearance, for listings
    QString currentContext;
    KubePreferences preferences;
    QMap<QString, QJsonValue> extensions;

    bool isEmpty() const
    {
        return clusters.isEmpty() && users.isEmpty() && contexts.isEmpty() && currentContext.isEmpty()
            && extensions.isEmpty();
    }
};

} // namespace Sextant::Core
