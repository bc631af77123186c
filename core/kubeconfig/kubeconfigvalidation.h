// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Validation as clientcmd/validation.go, with kubectl's wording. Each message
// is prefixed with where the stanza lives when that is known, e.g.
// "/home/u/.kube/config: users[2].user.exec: apiVersion must be specified for
// alice to use exec authentication plugin". No message contains a credential.
//
//   QStringList KubeconfigValidation::validate(const KubeConfig &config);            // Validate()
//   QStringList KubeconfigValidation::confirmUsable(const KubeConfig &, const QString &context); // ConfirmUsable()
//   QString KubeconfigValidation::aggregate(const QStringList &errors);  // "invalid configuration: ..."

#include "core/kubeconfig/kubeconfigmodel.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Sextant::Core::KubeconfigValidation {

// kubectl's messages, for callers and tests that compare.
QString noContextChosen(); // "no context chosen"
QString emptyConfig(); // "no configuration has been provided, ..."
QString emptyCluster(); // "cluster has no server defined"
QString contextNotFound(const QString &name); // "context was not found for specified context: NAME"

QStringList validateClusterInfo(const QString &clusterName, const KubeCluster &cluster);
QStringList validateAuthInfo(const QString &userName, const KubeAuthInfo &user);
QStringList validateContext(const QString &contextName, const KubeContext &context, const KubeConfig &config);
// The "removed" guidance for gcp/azure and "no Auth Provider found" for unknown names; empty when fine.
QString authProviderError(const AuthProviderConfig &provider);

QStringList validate(const KubeConfig &config);
QStringList confirmUsable(const KubeConfig &config, const QString &contextName);

// utilerrors.NewAggregate wording: one error as is, several as "[a, b]"; duplicates dropped.
QString aggregate(const QStringList &errors);

bool isDnsLabel(const QString &value);
// helpers.go parseProxyURL: http, https or socks5. Returns an error message or "".
QString parseProxyUrl(const QString &proxyUrl, QUrl *parsed = nullptr);
// The URL with any password replaced by "xxxxx", for messages.
QString redactUrl(const QString &url);

} // namespace Sextant::Core::KubeconfigValidation
