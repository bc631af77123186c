// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "replaybench.h"

#include "core/watch/objectstore.h"
#include "core/watch/watchstreamparser.h"
#include "processmemory.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace Sextant::Bench {

using namespace Sextant::Core;

namespace {

// The recorded lines rewritten to another event type; for MODIFIED the first
// resourceVersion of each line (metadata.resourceVersion) gets a digit appended,
// so the store sees a new version and applies it.
QByteArray rewrite(const QList<QByteArray> &lines, const QByteArray &type, bool bumpVersion)
{
    static const QByteArray typePrefix = QByteArrayLiteral("{\"type\":\"");
    static const QByteArray versionKey = QByteArrayLiteral("\"resourceVersion\":\"");
    QByteArray out;
    for (const QByteArray &line : lines) {
        if (!line.startsWith(typePrefix))
            continue;
        const qsizetype typeEnd = line.indexOf('"', typePrefix.size());
        QByteArray rewritten = typePrefix + type + line.mid(typeEnd);
        if (bumpVersion) {
            const qsizetype at = rewritten.indexOf(versionKey);
            if (at >= 0) {
                const qsizetype valueEnd = rewritten.indexOf('"', at + versionKey.size());
                rewritten.insert(valueEnd, '7');
            }
        }
        out += rewritten;
        out += '\n';
    }
    return out;
}

// CPU time of this thread: on a shared machine, wall time also counts other processes.
double cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

struct PassResult {
    int events = 0;
    int applied = 0;
    double ms = 0; // wall
    double cpuMs = 0;
    double parseCpuMs = 0; // WatchStreamParser::feed (JSON parse)
    double stripCpuMs = 0; // ObjectStore::stripped (managedFields)
    double storeCpuMs = 0; // upsert/remove/flush
};

// ListWatch::handleEvent for a running watch, minus bookkeeping that costs nothing.
PassResult applyStream(const QByteArray &stream, int chunkBytes, ObjectStore &store)
{
    WatchStreamParser parser;
    PassResult result;
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuMs();
    for (qsizetype offset = 0; offset < stream.size(); offset += chunkBytes) {
        double mark = cpuMs();
        const QList<WatchEvent> events = parser.feed(stream.mid(offset, chunkBytes));
        double now = cpuMs();
        result.parseCpuMs += now - mark;
        for (const WatchEvent &event : events) {
            ++result.events;
            const QString rv = ObjectStore::resourceVersionOf(event.object);
            Q_UNUSED(rv) // ListWatch keeps it as the last-sync RV
            switch (event.type) {
            case WatchEvent::Type::Added:
            case WatchEvent::Type::Modified: {
                mark = cpuMs();
                QJsonObject object = ObjectStore::stripped(event.object, false);
                now = cpuMs();
                result.stripCpuMs += now - mark;
                result.applied += store.upsert(object) ? 1 : 0;
                result.storeCpuMs += cpuMs() - now;
                break;
            }
            case WatchEvent::Type::Deleted:
                mark = cpuMs();
                result.applied += store.remove(ObjectStore::keyOf(event.object)) ? 1 : 0;
                result.storeCpuMs += cpuMs() - mark;
                break;
            default:
                break;
            }
        }
    }
    const double flushStart = cpuMs();
    store.flush(); // the changed() a batch ends with
    result.storeCpuMs += cpuMs() - flushStart;
    result.ms = timer.nsecsElapsed() / 1e6;
    result.cpuMs = cpuMs() - cpuStart;
    return result;
}

double parseOnlyMs(const QByteArray &stream, int chunkBytes, int *events)
{
    WatchStreamParser parser;
    const double start = cpuMs();
    *events = 0;
    for (qsizetype offset = 0; offset < stream.size(); offset += chunkBytes)
        *events += int(parser.feed(stream.mid(offset, chunkBytes)).size());
    return cpuMs() - start;
}

void printPass(const char *name, const PassResult &pass)
{
    std::printf("%s_events %d\n%s_applied %d\n%s_ms %.3f\n%s_cpu_ms %.3f\n", name, pass.events, name, pass.applied,
        name, pass.ms, name, pass.cpuMs);
    std::printf("%s_events_per_s %.0f\n%s_events_per_cpu_s %.0f\n", name, pass.applied / (pass.ms / 1000.0), name,
        pass.applied / (pass.cpuMs / 1000.0));
    std::printf("%s_parse_cpu_ms %.3f\n%s_strip_cpu_ms %.3f\n%s_store_cpu_ms %.3f\n", name, pass.parseCpuMs, name,
        pass.stripCpuMs, name, pass.storeCpuMs);
}

} // namespace

int runReplay(const ReplayOptions &options)
{
    QFile file(options.file);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(options.file), qPrintable(file.errorString()));
        return 2;
    }
    QList<QByteArray> lines = file.readAll().split('\n');
    lines.removeIf([](const QByteArray &line) { // blanks, bookmarks, errors
        return !line.startsWith("{\"type\":\"ADDED\"") && !line.startsWith("{\"type\":\"MODIFIED\"");
    });
    if (lines.isEmpty()) {
        std::fprintf(stderr, "%s holds no pod events\n", qPrintable(options.file));
        return 2;
    }
    const QByteArray added = rewrite(lines, "ADDED", false);
    std::printf("replay_lines %d\nreplay_bytes %lld\nreplay_bytes_per_event %.0f\n", int(lines.size()),
        qlonglong(added.size()), double(added.size()) / lines.size());

    ObjectStore store;
    const ProcessMemory empty = ProcessMemory::currentTrimmed();
    printPass("added", applyStream(added, options.chunkBytes, store));
    const ProcessMemory full = ProcessMemory::currentTrimmed();
    std::printf("store_objects %d\nstore_rss_kb_per_object %.2f\nstore_pss_kb_per_object %.2f\n", store.size(),
        double(full.rssKb - empty.rssKb) / std::max(1, store.size()),
        double(full.pssKb - empty.pssKb) / std::max(1, store.size()));

    QList<PassResult> modifiedPasses;
    QByteArray modified = rewrite(lines, "MODIFIED", true);
    for (int i = 0; i < std::max(1, options.repeat); ++i) {
        modifiedPasses.append(applyStream(modified, options.chunkBytes, store));
        modified = rewrite(modified.split('\n'), "MODIFIED", true); // newer versions for the next pass
    }
    std::sort(modifiedPasses.begin(), modifiedPasses.end(),
        [](const PassResult &a, const PassResult &b) { return a.cpuMs < b.cpuMs; });
    printPass("modified", modifiedPasses.at(modifiedPasses.size() / 2));

    int parsed = 0;
    const double parseMs = parseOnlyMs(modified, options.chunkBytes, &parsed);
    std::printf("parse_only_events_per_cpu_s %.0f\nparse_only_mb_per_cpu_s %.1f\n", parsed / (parseMs / 1000.0),
        modified.size() / 1e6 / (parseMs / 1000.0));

    printPass("deleted", applyStream(rewrite(lines, "DELETED", false), options.chunkBytes, store));
    std::printf("store_after %d\n", store.size());
    return 0;
}

} // namespace Sextant::Bench
