// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace Sextant::Core {

// A kubeadm bootstrap token, "abcdef.0123456789abcdef": a public id and a
// secret, both [a-z0-9], stored as a Secret in kube-system.
struct BootstrapToken {
    QString id; // 6 characters
    QString secret; // 16 characters
    QDateTime expires; // invalid = never
    QString description;

    QString token() const { return id + QLatin1Char('.') + secret; }
    bool isValid() const;

    // A fresh token from the system's random source, expiring after ttlSeconds (0 = never).
    static BootstrapToken generate(qint64 ttlSeconds, const QString &description);
    // "abcdef.0123456789abcdef" as typed by a user; an invalid token when malformed.
    static BootstrapToken parse(const QString &token);
};

// The Secret kubeadm reads ("bootstrap-token-<id>", type bootstrap.kubernetes.io/token)
// with the usages and extra group `kubeadm token create` sets.
QJsonObject bootstrapTokenSecret(const BootstrapToken &token);

// The RBAC objects `kubeadm init` creates so that nodes can join with a
// bootstrap token: create them when missing (a cluster not made by kubeadm,
// or one where they were removed). Each is a complete object to create.
QList<QJsonObject> kubeadmJoinRbac();

// `kubeadm join HOST:PORT --token T --discovery-token-ca-cert-hash sha256:H`
QString kubeadmJoinCommand(const QUrl &server, const BootstrapToken &token, const QString &caCertHash);

} // namespace Sextant::Core
