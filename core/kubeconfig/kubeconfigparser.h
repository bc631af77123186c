// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// KubeconfigParser turns one kubeconfig file (v1 list form) into a KubeConfig,
// as clientcmd.LoadFromFile does:
//   Result<KubeConfig> KubeconfigParser::parse(const QByteArray &data, const QString &fileName);
//   Result<KubeConfig> KubeconfigParser::parseFile(const QString &fileName);
// - Empty (or comment-only) input is an empty config.
// - A name repeated within one list (clusters, users, contexts, extensions) is an error.
// - Unknown fields are ignored; exec.interactiveMode is defaulted (v1beta1 -> IfAvailable).
// - Paths are NOT resolved here (KubeconfigLoader does that), origins are set to fileName.
// - Errors read "<file>: users[2].user.token: expected a string" and never contain values.
// - Input is bounded: 16 MiB, 250,000 nodes visited, depth 100.

#include "core/api/apierror.h"
#include "core/kubeconfig/kubeconfigmodel.h"

#include <QByteArray>
#include <QString>

namespace Sextant::Core {

class KubeconfigParser {
public:
    static Result<KubeConfig> parse(const QByteArray &data, const QString &fileName);
    static Result<KubeConfig> parseFile(const QString &fileName);
};

} // namespace Sextant::Core
