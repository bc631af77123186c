// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Sextant::Bench {

struct LiveOptions {
    QString kubeconfig; // "" = KUBECONFIG / ~/.kube/config, as the app
    QString context; // "" = current-context
    // app: ClusterConnection::store() with the app's defaults (WatchList, falling back to paged lists);
    // list: paged list + watch; watchlist: WatchList required.
    QString mode = QStringLiteral("app");
    int pageSize = 500;
    bool measureMemory = false;
    int followSeconds = 0; // after sync, count watch events applied for this long
    int timeoutSeconds = 600;
};

// Connects, lists+watches all pods and prints "key value" lines (see benchwatch.cpp).
// Returns the process exit code.
int runLive(const LiveOptions &options);

} // namespace Sextant::Bench
