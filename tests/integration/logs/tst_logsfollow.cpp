// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../kubectl.h"
#include "../kubesimcluster.h"
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "core/logs/loglinemodel.h"
#include "core/logs/loglinesplitter.h"
#include "core/logs/logstream.h"
#include "core/logs/mergedlogs.h"
#include "ui/logs/logview.h"
#include "ui/logs/logwindow.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <csignal>

using namespace Sextant;
using namespace Sextant::Core;

namespace {

bool apiserverReady()
{
    return kubectl({ QStringLiteral("get"), QStringLiteral("--raw"), QStringLiteral("/readyz") }).exitCode == 0;
}

QStringList runningPods(const QString &ns)
{
    QStringList names;
    const QJsonArray items = kubectlJson({ QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), ns,
                                             QStringLiteral("-l"), QStringLiteral("app=web") })
                                 .object()
                                 .value(QLatin1String("items"))
                                 .toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject pod = item.toObject();
        if (pod.value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString()
            == QLatin1String("Running"))
            names.append(pod.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString());
    }
    names.sort();
    return names;
}

QString describe(const LogLine &line)
{
    return formatRfc3339Nano(line.timestampNs) + u' ' + line.text;
}

} // namespace

// A followed log against kube-sim, whose supervisor appends a line to every
// container's log each second: lines arrive live, and an apiserver restart
// under the stream loses and repeats nothing, as `kubectl logs` witnesses.
class TestLogsFollow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        m_scratch = std::make_unique<ScratchNamespace>(QStringLiteral("it-logs"));
        QVERIFY(m_scratch->isCreated());
        m_namespace = m_scratch->name();
        const KubectlResult created = kubectl({ QStringLiteral("create"), QStringLiteral("deployment"),
            QStringLiteral("web"), QStringLiteral("--image=registry.example/web:1"), QStringLiteral("--replicas=2"),
            QStringLiteral("-n"), m_namespace });
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QTRY_COMPARE_WITH_TIMEOUT(runningPods(m_namespace).size(), 2, 60000);

        m_manager = std::make_unique<ClusterManager>(kubeSimManagerOptions());
        m_connection = connectKubeSim(*m_manager);
        QVERIFY(m_connection);
    }

    void cleanupTestCase()
    {
        QTRY_VERIFY_WITH_TIMEOUT(apiserverReady(), 60000);
        m_scratch.reset();
    }

    void merged_deploymentPods_taggedAndOrdered()
    {
        MergedLogsOptions options;
        options.namespaceName = m_namespace;
        options.selector = QJsonObject { { QStringLiteral("matchLabels"),
            QJsonObject { { QStringLiteral("app"), QStringLiteral("web") } } } };
        options.tailLines = 3;
        MergedLogs *merged = MergedLogs::create(m_connection, options, this);
        LogLineModel model;
        connect(merged, &MergedLogs::linesReceived, &model, &LogLineModel::addLines);
        merged->start();
        const QStringList pods = runningPods(m_namespace);
        QTRY_COMPARE_WITH_TIMEOUT(merged->podNames(), pods, 30000);
        // Tails of both pods, then live lines from both.
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 10, 30000);
        QSet<QString> sources;
        for (int row = 0; row < model.rowCount(); ++row) {
            sources.insert(model.lineAt(row).source);
            if (row > 0)
                QVERIFY(model.lineAt(row - 1).timestampNs <= model.lineAt(row).timestampNs);
        }
        QCOMPARE(sources, QSet<QString>(pods.cbegin(), pods.cend()));
        merged->stop();
        delete merged;

        const QString shots = qEnvironmentVariable("SEXTANT_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            screenshot(shots, options);
    }

    void follow_apiserverRestart_noGapsNoDuplicates()
    {
        const QString pod = runningPods(m_namespace).value(0);
        LogStreamOptions options;
        options.namespaceName = m_namespace;
        options.podName = pod;
        options.container = QStringLiteral("web");
        options.tailLines = 3;
        LogStream stream(m_connection->client(), options);
        LogLines seen;
        connect(&stream, &LogStream::linesReceived, this, [&](const LogLines &lines) { seen += lines; });
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(seen.size() >= 3, 30000);
        const int tail = int(seen.size());
        // The supervisor appends a line a second: they arrive while following.
        QTRY_VERIFY_WITH_TIMEOUT(seen.size() >= tail + 3, 30000);
        QCOMPARE(stream.state(), LogStream::State::Streaming);

        QFile pidFile(QFileInfo(kubeSimKubeconfig()).dir().filePath(QStringLiteral("kube-sim.pid")));
        QVERIFY2(pidFile.open(QIODevice::ReadOnly), qPrintable(pidFile.fileName()));
        const int supervisor = pidFile.readAll().trimmed().toInt();
        QVERIFY(supervisor > 1);
        QCOMPARE(::kill(supervisor, SIGUSR1), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!apiserverReady(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(apiserverReady(), 120000);
        const int beforeResume = int(seen.size());
        // Lines written while the apiserver was down come after the resume, then live ones.
        QTRY_VERIFY_WITH_TIMEOUT(stream.reconnects() >= 1 && seen.size() >= beforeResume + 5, 120000);
        stream.stop();

        const KubectlResult logs = kubectl({ QStringLiteral("logs"), pod, QStringLiteral("-n"), m_namespace,
            QStringLiteral("-c"), QStringLiteral("web"), QStringLiteral("--timestamps"),
            QStringLiteral("--since-time=") + formatRfc3339Seconds(seen.first().timestampNs) });
        QVERIFY2(logs.exitCode == 0, logs.err.constData());
        QStringList witness;
        for (const QByteArray &raw : logs.out.split('\n')) {
            if (!raw.isEmpty())
                witness.append(describe(LogLineSplitter::parseLine(raw)));
        }
        QStringList ours;
        for (const LogLine &line : std::as_const(seen))
            ours.append(describe(line));
        const qsizetype start = witness.indexOf(ours.first());
        QVERIFY2(start >= 0, qPrintable(ours.first()));
        QVERIFY(witness.size() >= start + ours.size());
        // Exactly kubectl's lines, in order: nothing missing, nothing twice.
        QCOMPARE(ours, witness.mid(start, ours.size()));
        qInfo("%lld lines, %d reconnect(s), %lld repeated line(s) dropped after the resume", qint64(ours.size()),
            stream.reconnects(), stream.duplicatesDropped());
    }

private:
    void screenshot(const QString &directory, const MergedLogsOptions &options)
    {
        auto *window = new Ui::LogWindow(m_connection, options, QStringLiteral("deployment %1/web").arg(m_namespace));
        window->resize(1200, 560);
        window->show();
        Ui::LogView *view = window->view();
        view->setShowTimestamps(true);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 24, 30000);
        view->setSearchText(QStringLiteral("/api/orders"));
        QTest::qWait(300);
        QVERIFY(window->grab().save(QDir(directory).filePath(QStringLiteral("logs.png"))));
        window->close();
    }

    QString m_namespace;
    std::unique_ptr<ScratchNamespace> m_scratch;
    std::unique_ptr<ClusterManager> m_manager;
    ClusterConnection *m_connection = nullptr;
};

QTEST_MAIN(TestLogsFollow)
#include "tst_logsfollow.moc"
