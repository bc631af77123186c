// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Sextant::Bench {

struct ReplayOptions {
    QString file; // a recorded watch response: one {"type":...,"object":...} per line
    int chunkBytes = 16 * 1024; // how the bytes arrive, as QNetworkReply::readyRead hands them over
    int repeat = 1; // the MODIFIED pass is repeated this often; the median is printed
};

// Feeds the recorded stream offline through WatchStreamParser and ObjectStore,
// exactly as ListWatch applies watch events (strip managedFields, upsert/remove),
// in three passes over the same objects: ADDED into an empty store, MODIFIED
// (new resourceVersions) onto the full store, DELETED. Prints "key value" lines.
int runReplay(const ReplayOptions &options);

} // namespace Sextant::Bench
