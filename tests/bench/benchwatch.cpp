// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
//
// sextant-bench-watch: the pod list/watch benchmark (docs/benchmarks.md, tools/bench-watch.sh).
//
//   sextant-bench-watch [--kubeconfig F] [--context C] [--mode app|list|watchlist] [--memory] [--follow S]
//       connects, keeps a store of all pods in all namespaces and prints, one "key value" per line:
//       connected_ms, synced_ms (from main() to the complete store), pods, and with --memory the
//       RSS/PSS before the watch and after sync, and kB per pod.
//   sextant-bench-watch --replay FILE [--repeat N]
//       applies a recorded watch stream offline and prints events/s per pass.
#include "livebench.h"
#include "replaybench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

using namespace Sextant::Bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) // stdout is for figures; keep stderr for errors
        QLoggingCategory::setFilterRules(QStringLiteral("sextant.*.info=false\nsextant.*.debug=false"));
    QCoreApplication::setApplicationName(QStringLiteral("sextant-bench-watch"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sextant pod list/watch benchmark."));
    parser.addHelpOption();
    const QCommandLineOption kubeconfig(
        QStringLiteral("kubeconfig"), QStringLiteral("Kubeconfig file."), QStringLiteral("file"));
    const QCommandLineOption context(
        QStringLiteral("context"), QStringLiteral("Context to use."), QStringLiteral("name"));
    const QCommandLineOption mode(QStringLiteral("mode"),
        QStringLiteral("app (the app's ClusterConnection defaults), list (paged list + watch) or watchlist."),
        QStringLiteral("mode"), QStringLiteral("app"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), QStringLiteral("List page size (list mode)."),
        QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption memory(
        QStringLiteral("memory"), QStringLiteral("Measure RSS/PSS before the watch and after sync."));
    const QCommandLineOption follow(QStringLiteral("follow"),
        QStringLiteral("After sync, count watch events applied for this many seconds."), QStringLiteral("seconds"),
        QStringLiteral("0"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Give up after this many seconds."),
        QStringLiteral("seconds"), QStringLiteral("600"));
    const QCommandLineOption replay(
        QStringLiteral("replay"), QStringLiteral("Apply a recorded watch stream offline."), QStringLiteral("file"));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
        QStringLiteral("Replay: MODIFIED passes (median printed)."), QStringLiteral("n"), QStringLiteral("3"));
    parser.addOptions({ kubeconfig, context, mode, pageSize, memory, follow, timeout, replay, repeat });
    parser.process(app);

    if (parser.isSet(replay)) {
        ReplayOptions options;
        options.file = parser.value(replay);
        options.repeat = parser.value(repeat).toInt();
        return runReplay(options);
    }
    LiveOptions options;
    options.kubeconfig = parser.value(kubeconfig);
    options.context = parser.value(context);
    options.mode = parser.value(mode);
    options.pageSize = parser.value(pageSize).toInt();
    options.measureMemory = parser.isSet(memory);
    options.followSeconds = parser.value(follow).toInt();
    options.timeoutSeconds = parser.value(timeout).toInt();
    if (options.mode != QLatin1String("app") && options.mode != QLatin1String("list")
        && options.mode != QLatin1String("watchlist")) {
        std::fprintf(stderr, "unknown --mode %s\n", qPrintable(options.mode));
        return 2;
    }
    return runLive(options);
}
