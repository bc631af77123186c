// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "livebench.h"

#include "core/api/apiclient.h"
#include "core/cluster/clusterconnection.h"
#include "core/kubeconfig/kubeconfigloader.h"
#include "core/watch/listwatch.h"
#include "core/watch/objectstore.h"
#include "processmemory.h"
#include "stallmeter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>

namespace Sextant::Bench {

using namespace Sextant::Core;

namespace {

const ResourceRef podsRef { QString(), QStringLiteral("v1"), QStringLiteral("pods"), true };

void printValue(const char *key, double value)
{
    std::printf("%s %.3f\n", key, value);
}

void printMemory(const char *prefix, const ProcessMemory &memory)
{
    std::printf("%s_rss_kb %lld\n%s_pss_kb %lld\n", prefix, qlonglong(memory.rssKb), prefix, qlonglong(memory.pssKb));
}

// User + system CPU of the whole process (all threads) so far.
double processCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

double msSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

// Ends the process without tearing the store down: like kubectl, whose exit
// frees nothing, so teardown is never part of a timing.
[[noreturn]] void finish(int code)
{
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(code);
}

} // namespace

int runLive(const LiveOptions &options)
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    const auto set = KubeconfigLoader::load(LoadOptions::fromEnvironment(options.kubeconfig));
    if (!set) {
        std::fprintf(stderr, "kubeconfig: %s\n", qPrintable(set.error().message));
        return 2;
    }
    ConfigOverrides overrides;
    overrides.context = options.context;
    const auto restConfig = set->restConfig(overrides);
    if (!restConfig) {
        std::fprintf(stderr, "kubeconfig: %s\n", qPrintable(restConfig.error().message));
        return 2;
    }
    printValue("kubeconfig_loaded_ms", msSince(sinceStart));

    ClusterConnection connection(*restConfig);
    connection.client()->setAuditLog(nullptr); // reads are never audited; keep the bench hermetic
    ListWatch *ownWatch = nullptr;
    ObjectStore *store = nullptr;
    ListWatch *watch = nullptr;
    ProcessMemory before;
    double connectedMs = 0;
    double syncedMs = 0;
    int eventsAtSync = 0;

    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, [&] {
        std::fprintf(
            stderr, "timed out after %d s (store has %d objects)\n", options.timeoutSeconds, store ? store->size() : 0);
        finish(3);
    });
    timeout.start(options.timeoutSeconds * 1000);

    // How long the thread that owns the store stopped answering while it listed.
    const StallMeter stalls;
    auto onSynced = [&] {
        syncedMs = msSince(sinceStart);
        const int pods = store->size();
        printValue("synced_ms", syncedMs);
        printValue("longest_stall_ms", double(stalls.longest));
        printValue("stalls_over_50ms", stalls.over50);
        printValue("longest_busy_in_stall_ms", double(stalls.longestBusy));
        printValue("synced_cpu_ms", processCpuMs());
        printValue("sync_after_connect_ms", syncedMs - connectedMs);
        std::printf("pods %d\n", pods);
        std::printf("used_watchlist %d\nlist_pages %d\n", watch->statistics().usedWatchList ? 1 : 0,
            watch->statistics().listPages);
        if (options.measureMemory) {
            const ProcessMemory after = ProcessMemory::current();
            const ProcessMemory trimmed = ProcessMemory::currentTrimmed();
            printMemory("before", before);
            printMemory("after", after);
            printMemory("after_trim", trimmed);
            if (pods > 0) {
                printValue("rss_kb_per_pod", double(after.rssKb - before.rssKb) / pods);
                printValue("pss_kb_per_pod", double(after.pssKb - before.pssKb) / pods);
                printValue("rss_trim_kb_per_pod", double(trimmed.rssKb - before.rssKb) / pods);
            }
        }
        if (options.followSeconds <= 0)
            finish(0);
        eventsAtSync = watch->statistics().eventsApplied;
        QElapsedTimer *follow = new QElapsedTimer;
        follow->start();
        QTimer::singleShot(options.followSeconds * 1000, [&, follow] {
            const int events = watch->statistics().eventsApplied - eventsAtSync;
            std::printf("follow_events %d\n", events);
            printValue("follow_events_per_s", events / (follow->nsecsElapsed() / 1e9));
            std::printf("pods_after_follow %d\n", store->size());
            finish(0);
        });
    };

    QObject::connect(&connection, &ClusterConnection::stateChanged, [&](ClusterConnection::State state) {
        if (state == ClusterConnection::State::Failed) {
            std::fprintf(stderr, "connection failed: %s\n", qPrintable(connection.error().message));
            finish(2);
        }
        if (state != ClusterConnection::State::Connected || store)
            return;
        connectedMs = msSince(sinceStart);
        printValue("connected_ms", connectedMs);
        std::printf("server_version %s\n", qPrintable(connection.serverVersion()));
        if (options.measureMemory)
            before = ProcessMemory::currentTrimmed();
        if (options.mode == QLatin1String("app")) {
            store = connection.store(podsRef, QString());
            watch = connection.watchOf(podsRef, QString());
        } else {
            ListWatchOptions listOptions;
            listOptions.useWatchList = options.mode == QLatin1String("watchlist");
            listOptions.pageSize = options.pageSize;
            ownWatch = new ListWatch(connection.client(), podsRef, QString(), listOptions, &connection);
            watch = ownWatch;
            store = ownWatch->store();
            ownWatch->start();
        }
        if (store->hasSynced())
            onSynced();
        else
            QObject::connect(store, &ObjectStore::synced, onSynced);
    });
    connection.start();
    return QCoreApplication::exec();
}

} // namespace Sextant::Bench
