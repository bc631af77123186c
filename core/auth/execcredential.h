// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/auth/credentialsource.h"

#include <QByteArray>
#include <QString>

namespace Sextant::Core {

// client.authentication.k8s.io/v1 or /v1beta1; v1alpha1 is gone upstream.
bool isSupportedExecApiVersion(const QString &apiVersion);

// The KUBERNETES_EXEC_INFO value: an ExecCredential with spec.interactive and,
// only when provideClusterInfo is set, spec.cluster from config.
QByteArray buildExecInfo(const ExecConfig &exec, const RestConfig &config, bool interactive);

// Parses a plugin's stdout. Error messages start with pluginLabel and never
// quote the output: it may hold a token.
Result<Credential> parseExecCredential(
    const QByteArray &output, const QString &expectedApiVersion, const QString &pluginLabel);

// True when certPem and keyPem parse and the key belongs to the certificate.
bool isMatchingCertificateAndKey(const QByteArray &certPem, const QByteArray &keyPem);

// A Credentials-kind ApiError with the given message.
ApiError credentialsError(const QString &message);

} // namespace Sextant::Core
