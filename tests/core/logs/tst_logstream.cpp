// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../api/cannedhttpserver.h"
#include "core/api/apiclient.h"
#include "core/logs/loglinemodel.h"
#include "core/logs/logstream.h"
#include "core/logs/mergedlogs.h"
#include "core/watch/objectstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Sextant::Core;
using namespace Sextant::Test;

namespace {

QJsonObject pod(const QString &name, const QString &app, const QStringList &containers = { QStringLiteral("app") },
    const QString &state = QStringLiteral("running"), int restarts = 0)
{
    QJsonArray specContainers;
    QJsonArray statuses;
    for (const QString &c : containers) {
        specContainers.append(QJsonObject { { QStringLiteral("name"), c } });
        statuses.append(QJsonObject { { QStringLiteral("name"), c }, { QStringLiteral("restartCount"), restarts },
            { QStringLiteral("state"), QJsonObject { { state, QJsonObject {} } } } });
    }
    return QJsonObject {
        { QStringLiteral("metadata"),
            QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("namespace"), QStringLiteral("demo") },
                { QStringLiteral("resourceVersion"), QString(QString::number(restarts + 1) + state) },
                { QStringLiteral("labels"), QJsonObject { { QStringLiteral("app"), app } } } } },
        { QStringLiteral("spec"), QJsonObject { { QStringLiteral("containers"), specContainers } } },
        { QStringLiteral("status"), QJsonObject { { QStringLiteral("containerStatuses"), statuses } } },
    };
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray status(int code, const QString &reason)
{
    return json(QJsonObject { { QStringLiteral("kind"), QStringLiteral("Status") },
        { QStringLiteral("status"), QStringLiteral("Failure") }, { QStringLiteral("code"), code },
        { QStringLiteral("reason"), reason }, { QStringLiteral("message"), reason } });
}

CannedResponse text(const QList<QByteArray> &chunks, bool keepOpen = false)
{
    CannedResponse response;
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/plain")));
    response.chunks = chunks;
    response.chunkDelayMs = 20;
    response.keepOpen = keepOpen;
    return response;
}

struct Collector {
    LogLines lines;
    QStringList texts() const
    {
        QStringList out;
        for (const LogLine &line : lines)
            out.append(line.text);
        return out;
    }
};

} // namespace

class TestLogStream final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ApiClient> client(const CannedHttpServer &server)
    {
        RestConfig config;
        config.server = server.url();
        auto out = std::make_unique<ApiClient>(config, nullptr);
        out->setAuditLog(nullptr);
        return out;
    }

    static LogStreamOptions options()
    {
        LogStreamOptions o;
        o.namespaceName = QStringLiteral("demo");
        o.podName = QStringLiteral("web-1");
        o.container = QStringLiteral("app");
        o.tailLines = 100;
        o.backoff.initialMs = 10;
        o.backoff.capMs = 50;
        return o;
    }

private Q_SLOTS:
    void follow_streamEndsWhilePodRuns_resumesWithoutGapOrRepeat()
    {
        CannedHttpServer server;
        int logRequests = 0;
        server.setHandler([&](const CannedRequest &request) {
            if (request.path() == QLatin1String("/api/v1/namespaces/demo/pods/web-1"))
                return CannedResponse::json(200, json(pod(QStringLiteral("web-1"), QStringLiteral("web"))));
            if (request.path() != QLatin1String("/api/v1/namespaces/demo/pods/web-1/log"))
                return CannedResponse::json(404, status(404, QStringLiteral("NotFound")));
            if (++logRequests == 1) {
                // line3 shares line2's timestamp; the stream breaks in the middle of line4.
                return text({ "2026-11-27T10:00:00.1Z line1\n2026-11-27T10:00:01.5Z li",
                    "ne2\n2026-11-27T10:00:01.5Z line3\n2026-11-27T10:00:02Z li" });
            }
            // Resumed from 10:00:01Z: the server repeats that second.
            return text({ "2026-11-27T10:00:01.5Z line2\n2026-11-27T10:00:01.5Z line3\n",
                            "2026-11-27T10:00:02Z line4\n2026-11-27T10:00:03Z \x1b[32mline5\x1b[0m\n" },
                true);
        });
        auto api = client(server);
        LogStream stream(api.get(), options());
        Collector got;
        connect(&stream, &LogStream::linesReceived, this, [&](const LogLines &lines) { got.lines += lines; });
        stream.start();
        QCOMPARE(stream.state(), LogStream::State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(got.texts().size(), 5, 5000);
        QCOMPARE(got.texts(),
            (QStringList { QStringLiteral("line1"), QStringLiteral("line2"), QStringLiteral("line3"),
                QStringLiteral("line4"), QStringLiteral("line5") }));
        QCOMPARE(stream.duplicatesDropped(), 2);
        QCOMPARE(stream.reconnects(), 1);
        QCOMPARE(stream.state(), LogStream::State::Streaming);
        QCOMPARE(got.lines.first().source, QStringLiteral("web-1/app"));

        QList<CannedRequest> logs;
        for (const CannedRequest &request : std::as_const(server.requests)) {
            if (request.path().endsWith(QLatin1String("/log")))
                logs.append(request);
        }
        QCOMPARE(logs.size(), 2);
        QCOMPARE(logs[0].queryValue(QStringLiteral("tailLines")), QStringLiteral("100"));
        QCOMPARE(logs[0].queryValue(QStringLiteral("follow")), QStringLiteral("true"));
        QCOMPARE(logs[0].queryValue(QStringLiteral("timestamps")), QStringLiteral("true"));
        QCOMPARE(logs[0].queryValue(QStringLiteral("container")), QStringLiteral("app"));
        QVERIFY(!logs[1].query().hasQueryItem(QStringLiteral("tailLines")));
        QCOMPARE(logs[1].queryValue(QStringLiteral("sinceTime")), QStringLiteral("2026-11-27T10:00:01Z"));
    }

    void follow_connectionDropped_backsOffAndResumes()
    {
        CannedHttpServer server;
        int logRequests = 0;
        server.setHandler([&](const CannedRequest &request) {
            if (!request.path().endsWith(QLatin1String("/log")))
                return CannedResponse::json(200, json(pod(QStringLiteral("web-1"), QStringLiteral("web"))));
            ++logRequests;
            if (logRequests == 1)
                return text({ "2026-11-27T10:00:00Z one\n" });
            if (logRequests == 2) {
                CannedResponse drop;
                drop.dropWithoutAnswer = true;
                return drop;
            }
            return text({ "2026-11-27T10:00:00Z one\n2026-11-27T10:00:04Z two\n" }, true);
        });
        auto api = client(server);
        LogStream stream(api.get(), options());
        Collector got;
        QSignalSpy states(&stream, &LogStream::stateChanged);
        connect(&stream, &LogStream::linesReceived, this, [&](const LogLines &lines) { got.lines += lines; });
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(got.texts(), (QStringList { QStringLiteral("one"), QStringLiteral("two") }), 5000);
        bool sawReconnecting = false;
        for (const QList<QVariant> &args : std::as_const(states))
            sawReconnecting |= args.at(0).value<LogStream::State>() == LogStream::State::Reconnecting;
        QVERIFY(sawReconnecting);
        QCOMPARE(logRequests, 3);
    }

    void follow_containerTerminated_ends()
    {
        CannedHttpServer server;
        server.setHandler([&](const CannedRequest &request) {
            if (!request.path().endsWith(QLatin1String("/log"))) {
                QJsonObject p = pod(QStringLiteral("web-1"), QStringLiteral("web"));
                QJsonObject s = p.value(QLatin1String("status")).toObject();
                s.insert(QStringLiteral("containerStatuses"),
                    QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("app") },
                        { QStringLiteral("state"),
                            QJsonObject { { QStringLiteral("terminated"), QJsonObject {} } } } } });
                p.insert(QStringLiteral("status"), s);
                return CannedResponse::json(200, json(p));
            }
            return text({ "2026-11-27T10:00:00Z bye\n" });
        });
        auto api = client(server);
        LogStream stream(api.get(), options());
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), LogStream::State::Ended, 5000);
        QCOMPARE(stream.linesDelivered(), 1);
    }

    void notFollowing_partialLastLine_deliveredAndEnded()
    {
        CannedHttpServer server;
        server.setHandler([&](const CannedRequest &) { return text({ "2026-11-27T10:00:00Z a\n", "no newline" }); });
        auto api = client(server);
        LogStreamOptions o = options();
        o.follow = false;
        LogStream stream(api.get(), o);
        Collector got;
        connect(&stream, &LogStream::linesReceived, this, [&](const LogLines &lines) { got.lines += lines; });
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), LogStream::State::Ended, 5000);
        QCOMPARE(got.texts(), (QStringList { QStringLiteral("a"), QStringLiteral("no newline") }));
        QVERIFY(!server.requests.first().query().hasQueryItem(QStringLiteral("follow")));
    }

    void forbidden_failsWithoutRetry()
    {
        CannedHttpServer server;
        server.setHandler(
            [&](const CannedRequest &) { return CannedResponse::json(403, status(403, QStringLiteral("Forbidden"))); });
        auto api = client(server);
        LogStream stream(api.get(), options());
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), LogStream::State::Failed, 5000);
        QVERIFY(stream.error().isForbidden());
        QTest::qWait(100);
        QCOMPARE(server.requests.size(), 1);
    }

    void merged_twoPodsOfSelector_orderedAndTagged()
    {
        CannedHttpServer server;
        server.setHandler([&](const CannedRequest &request) {
            if (request.path() == QLatin1String("/api/v1/namespaces/demo/pods/web-1/log"))
                return text({ "2026-11-27T10:00:01Z w1-a\n2026-11-27T10:00:03Z w1-b\n" }, true);
            if (request.path() == QLatin1String("/api/v1/namespaces/demo/pods/web-2/log"))
                return text({ "2026-11-27T10:00:02Z w2-a\n2026-11-27T10:00:04Z w2-b\n" }, true);
            return CannedResponse::json(404, status(404, QStringLiteral("NotFound")));
        });
        auto api = client(server);
        ObjectStore store;
        store.upsert(pod(QStringLiteral("web-1"), QStringLiteral("web")));
        store.upsert(pod(QStringLiteral("web-2"), QStringLiteral("web")));
        store.upsert(pod(QStringLiteral("db-1"), QStringLiteral("db")));
        store.markSynced();

        MergedLogsOptions options;
        options.namespaceName = QStringLiteral("demo");
        options.selector = QJsonObject { { QStringLiteral("matchLabels"),
            QJsonObject { { QStringLiteral("app"), QStringLiteral("web") } } } };
        options.holdMs = 200;
        MergedLogs merged(api.get(), &store, options);
        LogLineModel model;
        connect(&merged, &MergedLogs::linesReceived, &model, &LogLineModel::addLines);
        merged.start();
        QCOMPARE(merged.podNames(), (QStringList { QStringLiteral("web-1"), QStringLiteral("web-2") }));
        QCOMPARE(merged.containerNames(), QStringList { QStringLiteral("app") });
        QVERIFY(merged.isMultiSource());
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 4, 5000);
        QStringList order;
        QStringList sources;
        for (int row = 0; row < model.rowCount(); ++row) {
            order.append(model.lineAt(row).text);
            sources.append(model.lineAt(row).source);
        }
        QCOMPARE(order,
            (QStringList {
                QStringLiteral("w1-a"), QStringLiteral("w2-a"), QStringLiteral("w1-b"), QStringLiteral("w2-b") }));
        QCOMPARE(sources,
            (QStringList {
                QStringLiteral("web-1"), QStringLiteral("web-2"), QStringLiteral("web-1"), QStringLiteral("web-2") }));

        // A third pod that starts matching gets its own stream.
        store.upsert(pod(QStringLiteral("web-3"), QStringLiteral("web")));
        store.flush();
        QTRY_COMPARE(merged.streams().size(), 3);
        merged.stop();
    }

    void merged_containerRestarts_newInstanceFollowedFromItsStart()
    {
        CannedHttpServer server;
        int logRequests = 0;
        bool restarted = false;
        server.setHandler([&](const CannedRequest &request) {
            if (!request.path().endsWith(QLatin1String("/log"))) {
                // The first instance has terminated when the stream ends.
                return CannedResponse::json(200,
                    json(pod(QStringLiteral("web-1"), QStringLiteral("web"), { QStringLiteral("app") },
                        restarted ? QStringLiteral("running") : QStringLiteral("terminated"), restarted ? 1 : 0)));
            }
            if (++logRequests == 1)
                return text({ "2026-11-27T10:00:01Z first instance\n" });
            return text({ "2026-11-27T10:00:05Z second instance\n" }, true);
        });
        auto api = client(server);
        ObjectStore store;
        store.upsert(pod(QStringLiteral("web-1"), QStringLiteral("web")));
        store.markSynced();
        MergedLogsOptions options;
        options.namespaceName = QStringLiteral("demo");
        options.podName = QStringLiteral("web-1");
        options.tailLines = 50;
        options.holdMs = 10;
        MergedLogs merged(api.get(), &store, options);
        LogLineModel model;
        connect(&merged, &MergedLogs::linesReceived, &model, &LogLineModel::addLines);
        merged.start();
        QTRY_COMPARE(model.rowCount(), 1);
        QTRY_COMPARE(merged.streams().value(0)->state(), LogStream::State::Ended);

        restarted = true;
        store.upsert(pod(
            QStringLiteral("web-1"), QStringLiteral("web"), { QStringLiteral("app") }, QStringLiteral("running"), 1));
        store.flush();
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.lineAt(1).text, QStringLiteral("second instance"));
        QCOMPARE(merged.streams().size(), 1);
        QList<CannedRequest> logs;
        for (const CannedRequest &request : std::as_const(server.requests)) {
            if (request.path().endsWith(QLatin1String("/log")))
                logs.append(request);
        }
        QCOMPARE(logs.size(), 2);
        QCOMPARE(logs[0].queryValue(QStringLiteral("tailLines")), QStringLiteral("50"));
        QVERIFY(!logs[1].query().hasQueryItem(QStringLiteral("tailLines")));
    }
};

QTEST_GUILESS_MAIN(TestLogStream)
#include "tst_logstream.moc"
