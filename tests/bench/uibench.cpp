// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
//
// sextant-bench-ui: the main window under pod churn (docs/benchmarks.md, "Table under churn").
//   sextant-bench-ui --kubeconfig FILE --context admin [--switch-context other] [--rate 1000] [--seconds 30]
// Patches pods' annotation sextant.bench/sent = send time (ms) at the given rate,
// while the window shows all pods and `kubectl get pods -A -w` watches as the peer.
// Prints "key value" lines: event-to-paint latency percentiles (from the send,
// and from the moment the event's bytes reached this process), the longest
// event-loop stall and how much of it the GUI thread spent computing,
// kubectl's event arrival latency, warm cluster switch times.
// --detach-overview (diagnostic) stops the hidden overview page's refreshes.
#include "core/api/apiclient.h"
#include "core/auth/credentialsourcefactory.h"
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "core/models/resourcetablemodel.h"
#include "core/watch/objectstore.h"
#include "stallmeter.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/overview/overviewpage.h"
#include "ui/views/resourceview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Sextant;
using Sextant::Bench::StallMeter;

namespace {
const Core::ResourceRef kPods { QString(), QStringLiteral("v1"), QStringLiteral("pods"), true };
const QString kAnnotation = QStringLiteral("sextant.bench/sent");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

void print(const char *key, double value)
{
    std::printf("%s %.1f\n", key, value);
    std::fflush(stdout);
}

double percentile(QList<qint64> values, double p)
{
    if (values.isEmpty()) {
        return -1;
    }
    std::sort(values.begin(), values.end());
    return double(values.at(qMin(values.size() - 1, qsizetype(p * double(values.size())))));
}

// Records when the table's viewport last painted.
class PaintClock final : public QObject {
public:
    qint64 lastPaint = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            lastPaint = nowMs();
        }
        return false;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption kubeconfigOption(
        QStringLiteral("kubeconfig"), QStringLiteral("kubeconfig"), QStringLiteral("file"));
    const QCommandLineOption contextOption(
        QStringLiteral("context"), QStringLiteral("context"), QStringLiteral("name"));
    const QCommandLineOption switchOption(
        QStringLiteral("switch-context"), QStringLiteral("a second context for warm switches"), QStringLiteral("name"));
    const QCommandLineOption rateOption(
        QStringLiteral("rate"), QStringLiteral("pod updates per second"), QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption secondsOption(
        QStringLiteral("seconds"), QStringLiteral("churn duration"), QStringLiteral("s"), QStringLiteral("30"));
    // The churn runs in a second process of this program, so its requests and
    // their answers do not share the measured window's event loop.
    const QCommandLineOption churnOnlyOption(
        QStringLiteral("churn-only"), QStringLiteral("only patch pods (the helper process), no window"));
    // Diagnostic: detach the (hidden) cluster overview from the cluster, to
    // measure the table without the overview's periodic summary of all pods.
    const QCommandLineOption detachOverviewOption(QStringLiteral("detach-overview"),
        QStringLiteral("diagnostic: the hidden overview page stops following the cluster"));
    parser.addOptions({ kubeconfigOption, contextOption, switchOption, rateOption, secondsOption, churnOnlyOption,
        detachOverviewOption });
    parser.process(app);
    const QString kubeconfig = parser.value(kubeconfigOption);
    const QString context = parser.value(contextOption);
    const QString other = parser.value(switchOption);
    const int rate = parser.value(rateOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();

    const bool churnOnly = parser.isSet(churnOnlyOption);
    Core::ClusterManager::Options options;
    options.load.explicitPath = kubeconfig;
    options.context = context;
    options.allNamespaces = true;
    Core::ClusterManager manager(options);
    Ui::MainWindow window(&manager);
    window.resize(1400, 900);
    if (!churnOnly) {
        window.show();
    }
    window.openContext(context);
    window.showEntry(QStringLiteral("pods"));

    Core::ClusterConnection *connection = manager.connection(context);
    Core::ObjectStore *store = connection->store(kPods);
    store->setTracingReceiveTimes(true);
    QTableView *table = window.resourceView()->table();
    PaintClock paints;
    table->viewport()->installEventFilter(&paints);
    StallMeter *stalls = nullptr;

    QList<qint64> storeLatency; // send → store batch announced
    QList<qint64> paintLatency; // send → the next paint of the table
    QList<qint64> pendingSent; // sends in the last batch, waiting for a paint
    QList<qint64> receivePaintLatency; // bytes received by this process → the next paint
    QList<qint64> pendingReceived;
    qint64 batchAt = 0;
    QObject::connect(store, &Core::ObjectStore::changed, &app, [&](const Core::StoreDelta &delta) {
        batchAt = nowMs();
        for (const QString &key : delta.updated) {
            const qint64 sent = store->object(key)
                                    .value(QLatin1String("metadata"))
                                    .toObject()
                                    .value(QLatin1String("annotations"))
                                    .toObject()
                                    .value(kAnnotation)
                                    .toString()
                                    .toLongLong();
            if (sent > 0) {
                storeLatency.append(batchAt - sent);
                pendingSent.append(sent);
                if (const qint64 received = store->receivedAt(key); received > 0) {
                    pendingReceived.append(received);
                }
            }
        }
        // The view paints on the next event-loop pass after the model changed.
        QTimer::singleShot(0, &app, [&] {
            QTimer::singleShot(0, &app, [&] {
                const qint64 painted = paints.lastPaint >= batchAt ? paints.lastPaint : nowMs();
                for (const qint64 sent : std::as_const(pendingSent)) {
                    paintLatency.append(painted - sent);
                }
                pendingSent.clear();
                for (const qint64 received : std::as_const(pendingReceived)) {
                    receivePaintLatency.append(painted - received);
                }
                pendingReceived.clear();
            });
        });
    });

    // The peer: kubectl's watch, printing each event's send time as it arrives.
    QList<qint64> kubectlLatency;
    int kubectlLines = 0;
    QProcess kubectl;
    QProcess churner;
    QByteArray kubectlBuffer;
    QObject::connect(&kubectl, &QProcess::readyReadStandardOutput, &app, [&] {
        kubectlBuffer += kubectl.readAllStandardOutput();
        const qint64 now = nowMs();
        qsizetype newline;
        while ((newline = kubectlBuffer.indexOf('\n')) >= 0) {
            const qint64 sent = kubectlBuffer.left(newline).trimmed().toLongLong();
            kubectlBuffer.remove(0, newline + 1);
            ++kubectlLines;
            if (sent > 0) {
                kubectlLatency.append(now - sent);
            }
        }
    });

    QElapsedTimer clock;
    clock.start();
    QTimer wait;
    wait.setInterval(100);
    int phase = 0;
    QStringList podKeys;
    int inFlight = 0;
    int sentCount = 0;
    int doneCount = 0;
    qint64 churnStarted = 0;
    QTimer churn;
    churn.setInterval(10);
    std::unique_ptr<Core::ApiClient> writer;
    QList<qint64> switchTimes;

    QObject::connect(&churn, &QTimer::timeout, &app, [&] {
        const qint64 elapsed = nowMs() - churnStarted;
        const int due = int(elapsed * rate / 1000) - sentCount;
        for (int i = 0; i < due && inFlight < 256; ++i) {
            const QString key = podKeys.at(QRandomGenerator::global()->bounded(podKeys.size()));
            const QByteArray patch = QByteArrayLiteral("{\"metadata\":{\"annotations\":{\"sextant.bench/sent\":\"")
                + QByteArray::number(nowMs()) + QByteArrayLiteral("\"}}}");
            ++inFlight;
            ++sentCount;
            writer->patch(
                kPods, key.section(QLatin1Char('/'), 0, 0), key.section(QLatin1Char('/'), 1), patch, {}, &app,
                [&](const QJsonObject &) {
                    --inFlight;
                    ++doneCount;
                },
                [&](const Core::ApiError &) { --inFlight; });
        }
        if (elapsed >= qint64(seconds) * 1000) {
            churn.stop();
        }
    });

    QObject::connect(&wait, &QTimer::timeout, &app, [&] {
        switch (phase) {
        case 0: // the table is loaded
            if (!store->hasSynced()) {
                return;
            }
            print("synced_pods", store->size());
            print("sync_seconds", clock.elapsed() / 1000.0);
            podKeys = store->keys();
            if (churnOnly) {
                Core::ConfigOverrides overrides;
                overrides.context = context;
                const Core::RestConfig config = *manager.kubeconfig().restConfig(overrides);
                writer = std::make_unique<Core::ApiClient>(config, Core::createCredentialSource(config));
                writer->setAuditLog(nullptr);
                churnStarted = nowMs();
                churn.start();
                phase = 1;
                return;
            }
            // The peer lists all pods first; churn starts once it has (or after 3 minutes).
            kubectl.start(QStringLiteral("kubectl"),
                { QStringLiteral("--kubeconfig"), kubeconfig, QStringLiteral("--context"), context,
                    QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A"), QStringLiteral("-w"),
                    QStringLiteral("--output-watch-events=false"), QStringLiteral("-o"),
                    QStringLiteral("jsonpath={.metadata.annotations.sextant\\.bench/sent}{\"\\n\"}") });
            clock.restart();
            phase = 10;
            return;
        case 10:
            if (kubectlLines < podKeys.size() && clock.elapsed() < 180000) {
                return;
            }
            print("kubectl_initial_list_seconds", clock.elapsed() / 1000.0);
            if (parser.isSet(detachOverviewOption)) {
                if (auto *overview = window.findChild<Ui::OverviewPage *>()) {
                    overview->setConnection(nullptr);
                    print("overview_detached", 1);
                }
            }
            stalls = new StallMeter;
            churnStarted = nowMs();
            churner.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            churner.start(QCoreApplication::applicationFilePath(),
                { QStringLiteral("--churn-only"), QStringLiteral("-platform"), QStringLiteral("offscreen"),
                    QStringLiteral("--kubeconfig"), kubeconfig, QStringLiteral("--context"), context,
                    QStringLiteral("--rate"), QString::number(rate), QStringLiteral("--seconds"),
                    QString::number(seconds) });
            phase = 1;
            return;
        case 1: // churn running
            if (churnOnly) {
                if (churn.isActive() || inFlight > 0) {
                    return;
                }
                print("updates_sent", sentCount);
                print("updates_acknowledged", doneCount);
                print("achieved_rate_per_second", doneCount / qMax(1.0, double(nowMs() - churnStarted) / 1000.0));
                QApplication::quit();
                return;
            }
            if (churner.state() != QProcess::NotRunning) {
                return;
            }
            std::fputs(churner.readAllStandardOutput().constData(), stdout);
            QTimer::singleShot(2000, &app, [&] { phase = 3; });
            phase = 2;
            return;
        case 2: // draining
            return;
        case 3: {
            print("updates_seen_by_sextant", storeLatency.size());
            print("store_latency_p50_ms", percentile(storeLatency, 0.50));
            print("store_latency_p99_ms", percentile(storeLatency, 0.99));
            print("paint_latency_p50_ms", percentile(paintLatency, 0.50));
            print("paint_latency_p99_ms", percentile(paintLatency, 0.99));
            print("receive_to_paint_p50_ms", percentile(receivePaintLatency, 0.50));
            print("receive_to_paint_p99_ms", percentile(receivePaintLatency, 0.99));
            print("receive_to_paint_max_ms", percentile(receivePaintLatency, 1.0));
            print("kubectl_watch_latency_p50_ms", percentile(kubectlLatency, 0.50));
            print("kubectl_watch_latency_p99_ms", percentile(kubectlLatency, 0.99));
            print("kubectl_events_seen", kubectlLatency.size());
            print("longest_stall_ms", stalls->longest);
            print("stalls_over_50ms", stalls->over50);
            print("longest_busy_in_stall_ms", stalls->longestBusy);
            print("busy_stalls_over_50ms", stalls->busyOver50);
            print("gui_thread_cpu_seconds", stalls->cpuSeconds());
            kubectl.terminate();
            if (other.isEmpty()) {
                QApplication::quit();
                return;
            }
            // Warm the second cluster once, then time switches back and forth.
            window.openContext(other);
            window.showEntry(QStringLiteral("pods"));
            phase = 4;
            return;
        }
        case 4:
            if (!manager.connection(other)->store(kPods)->hasSynced()) {
                return;
            }
            phase = 5;
            [[fallthrough]];
        case 5: {
            if (switchTimes.size() >= 10) {
                print("switch_median_ms", percentile(switchTimes, 0.5));
                print("switch_max_ms", percentile(switchTimes, 1.0));
                QApplication::quit();
                return;
            }
            // A switch ends when the window painted the other cluster's table.
            const QString target = switchTimes.size() % 2 == 0 ? context : other;
            const qint64 start = nowMs();
            window.openContext(target);
            table->viewport()->repaint();
            switchTimes.append(paints.lastPaint - start);
            return;
        }
        }
    });
    wait.start();
    return QApplication::exec();
}
