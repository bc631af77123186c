// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Sextant::App {

// What the command line asked for, as kubectl spells the shared flags.
struct CommandLine {
    QString kubeconfig; // --kubeconfig
    QString context; // --context
    QString namespaceName; // -n / --namespace
    bool allNamespaces = false; // -A / --all-namespaces
    QString locale; // --locale: zh_CN, en or system (saved as the default)
    QString colorScheme; // --color-scheme: light, dark or "" (follow the system)
    QString show; // --show: a navigator place, e.g. "apps/deployments", "nodes"
    QString select; // --select: an object key ("namespace/name" or "name") to select and detail
    bool edit = false; // --edit: the manifest editor alone, no cluster needed
    QStringList files; // files or folders to open in the manifest editor
    QString screenshot; // --screenshot FILE: save the window once it has settled
    int quitAfterMs = -1; // --quit-after MS
};

struct ParseOutcome {
    std::optional<CommandLine> options; // empty: exit with exitCode after printing message
    int exitCode = 0;
    QString message;
};

ParseOutcome parseCommandLine(const QStringList &arguments);

} // namespace Sextant::App
