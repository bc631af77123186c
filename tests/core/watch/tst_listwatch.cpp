// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../api/cannedhttpserver.h"
#include "core/api/apiclient.h"
#include "core/watch/listwatch.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Sextant::Core;
using namespace Sextant::Test;

namespace {

const ResourceRef pods { QString(), QStringLiteral("v1"), QStringLiteral("pods"), true };

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(SEXTANT_TEST_DATA_DIR "/watch/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

// Each line of a .jsonl fixture as its own chunk, newline included.
QList<QByteArray> lines(const QByteArray &stream)
{
    QList<QByteArray> result;
    for (const QByteArray &line : stream.split('\n')) {
        if (!line.trimmed().isEmpty())
            result.append(line + '\n');
    }
    return result;
}

CannedResponse silentStream()
{
    CannedResponse response = CannedResponse::stream({});
    response.keepOpen = true;
    return response;
}

// Answers lists and watches from two queues; an exhausted watch queue leaves the watch open and silent.
struct ScriptedServer {
    CannedHttpServer http;
    QList<CannedResponse> lists;
    QList<CannedResponse> watches;

    ScriptedServer()
    {
        http.setHandler([this](const CannedRequest &request) {
            if (request.queryValue(QStringLiteral("watch")) == QLatin1String("1"))
                return watches.isEmpty() ? silentStream() : watches.takeFirst();
            return lists.isEmpty() ? CannedResponse::json(500, "{}") : lists.takeFirst();
        });
    }
    QList<CannedRequest> requests(bool watch) const
    {
        QList<CannedRequest> result;
        for (const CannedRequest &request : http.requests) {
            if ((request.queryValue(QStringLiteral("watch")) == QLatin1String("1")) == watch)
                result.append(request);
        }
        return result;
    }
};

ListWatchOptions fastOptions()
{
    ListWatchOptions options;
    options.useWatchList = false;
    options.backoff.initialMs = 20;
    options.backoff.jitter = 0;
    return options;
}

QStringList sortedKeys(const ObjectStore *store)
{
    QStringList keys = store->keys();
    keys.sort();
    return keys;
}

QString rvOf(const ObjectStore *store, const QString &key)
{
    return ObjectStore::resourceVersionOf(store->object(key));
}

// count events on pods p0..p(keys-1) in namespace ns, ~4 kB each, RVs from 11:
// every fifth deletes, the others add or modify; expected gets the end state.
QByteArray churnStream(int count, int keys, QHash<QString, QString> *expected)
{
    QByteArray stream;
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("p%1").arg((i * 7) % keys);
        const QString rv = QString::number(11 + i);
        const bool deleted = i % 5 == 4;
        const QString key = QStringLiteral("ns/") + name;
        const char *type = deleted ? "DELETED" : (expected->contains(key) ? "MODIFIED" : "ADDED");
        if (deleted)
            expected->remove(key);
        else
            expected->insert(key, rv);
        stream += QStringLiteral("{\"type\":\"%1\",\"object\":{\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"metadata\":"
                                 "{\"name\":\"%2\",\"namespace\":\"ns\",\"resourceVersion\":\"%3\","
                                 "\"managedFields\":[{\"manager\":\"m\"}],\"annotations\":{\"pad\":\"%4\"}}}}\n")
                      .arg(QLatin1String(type), name, rv, QString(4000, QLatin1Char('x')))
                      .toUtf8();
    }
    return stream;
}

QList<QByteArray> chunked(const QByteArray &stream, int size)
{
    QList<QByteArray> chunks;
    for (qsizetype offset = 0; offset < stream.size(); offset += size)
        chunks.append(stream.mid(offset, size));
    return chunks;
}

} // namespace

class TestListWatch : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ApiClient> client(const ScriptedServer &server)
    {
        RestConfig config;
        config.server = server.http.url();
        auto result = std::make_unique<ApiClient>(config, nullptr);
        result->setAuditLog(nullptr);
        return result;
    }

private Q_SLOTS:
    // reflector_test.go TestReflectorListAndWatch + TestReflectorResourceVersionUpdate
    void listAndWatch_eventsApplied_bookmarkAdvancesRv()
    {
        ScriptedServer server;
        server.lists = { CannedResponse::json(200, fixture(QStringLiteral("pods-list-rv10.json"))) };
        server.watches = { CannedResponse::stream(lines(fixture(QStringLiteral("watch-events-to-rv15.jsonl"))), 10) };
        auto api = client(server);
        ListWatch watch(api.get(), pods, QStringLiteral("ns"), fastOptions());
        QSignalSpy synced(watch.store(), &ObjectStore::synced);
        watch.start();
        QTRY_COMPARE(synced.size(), 1);
        QTRY_COMPARE(server.requests(true).size(), 2); // EOF after the bookmark: re-watch
        QCOMPARE(sortedKeys(watch.store()), (QStringList { QStringLiteral("ns/p1"), QStringLiteral("ns/p3") }));
        QCOMPARE(rvOf(watch.store(), QStringLiteral("ns/p1")), QStringLiteral("12"));
        QCOMPARE(watch.lastSyncResourceVersion(), QStringLiteral("15"));

        const CannedRequest list = server.requests(false).at(0);
        QCOMPARE(list.path(), QStringLiteral("/api/v1/namespaces/ns/pods"));
        QCOMPARE(list.queryValue(QStringLiteral("limit")), QStringLiteral("500"));
        QCOMPARE(list.queryValue(QStringLiteral("resourceVersion")), QStringLiteral("0"));
        const QList<CannedRequest> watches = server.requests(true);
        QCOMPARE(watches[0].queryValue(QStringLiteral("resourceVersion")), QStringLiteral("10"));
        QCOMPARE(watches[0].queryValue(QStringLiteral("allowWatchBookmarks")), QStringLiteral("true"));
        const int timeout = watches[0].queryValue(QStringLiteral("timeoutSeconds")).toInt();
        QVERIFY2(timeout >= 300 && timeout <= 600, qPrintable(QString::number(timeout)));
        QCOMPARE(watches[1].queryValue(QStringLiteral("resourceVersion")), QStringLiteral("15"));
        QCOMPARE(server.requests(false).size(), 1); // no relist
        // managedFields never reach the store.
        QVERIFY(!watch.store()
                     ->object(QStringLiteral("ns/p3"))
                     .value(QLatin1String("metadata"))
                     .toObject()
                     .contains(QLatin1String("managedFields")));
        // List items get their kind back.
        QCOMPARE(watch.store()->object(QStringLiteral("ns/p1")).value(QLatin1String("kind")).toString(),
            QStringLiteral("Pod"));
    }

    void watch_partialLines_reassembled()
    {
        const QByteArray stream = fixture(QStringLiteral("watch-events-to-rv15.jsonl"));
        QList<QByteArray> chunks;
        for (qsizetype offset = 0; offset < stream.size(); offset += 37)
            chunks.append(stream.mid(offset, 37));
        ScriptedServer server;
        server.lists = { CannedResponse::json(200, fixture(QStringLiteral("pods-list-rv10.json"))) };
        server.watches = { CannedResponse::stream(chunks, 2) };
        auto api = client(server);
        ListWatch watch(api.get(), pods, QStringLiteral("ns"), fastOptions());
        watch.start();
        QTRY_COMPARE(watch.lastSyncResourceVersion(), QStringLiteral("15"));
        QCOMPARE(sortedKeys(watch.store()), (QStringList { QStringLiteral("ns/p1"), QStringLiteral("ns/p3") }));
        QCOMPARE(watch.statistics().eventsApplied, 3);
    }

    // TestReflectorExpiredExactResourceVersion / TestRetryWatcher 410: relist from the last RV and diff.
    void watchErrorGone_relistsFromLastRv_diffNotReset()
    {
        ScriptedServer server;
        server.lists = { CannedResponse::json(200, fixture(QStringLiteral("pods-list-rv10.json"))),
            CannedResponse::json(200, fixture(QStringLiteral("pods-relist-rv30.json"))) };
        server.watches = { CannedResponse::stream(lines(fixture(QStringLiteral("watch-error-410.jsonl"))), 10) };
        auto api = client(server);
        ListWatch watch(api.get(), pods, QStringLiteral("ns"), fastOptions());
        QSignalSpy changed(watch.store(), &ObjectStore::changed);
        watch.start();
        QTRY_COMPARE(server.requests(false).size(), 2);
        QTRY_COMPARE(watch.lastSyncResourceVersion(), QStringLiteral("30"));
        watch.store()->flush();
        // Relist used the last RV seen (11, from the ADDED event), not "" and not "0".
        QCOMPARE(server.requests(false).at(1).queryValue(QStringLiteral("resourceVersion")), QStringLiteral("11"));
        QCOMPARE(sortedKeys(watch.store()),
            (QStringList { QStringLiteral("ns/p1"), QStringLiteral("ns/p3"), QStringLiteral("ns/p4") }));
        QCOMPARE(rvOf(watch.store(), QStringLiteral("ns/p3")), QStringLiteral("25"));
        // Across all batches: p1 never updated (same RV), p2 removed once, p3 added once then updated, p4 added.
        QStringList added, updated, removed;
        for (const auto &arguments : std::as_const(changed)) {
            const StoreDelta delta = arguments.at(0).value<StoreDelta>();
            added += delta.added;
            updated += delta.updated;
            removed += delta.removed;
        }
        QVERIFY(!updated.contains(QStringLiteral("ns/p1")));
        QCOMPARE(removed, QStringList { QStringLiteral("ns/p2") });
        QCOMPARE(added.count(QStringLiteral("ns/p4")), 1);
        QCOMPARE(added.count(QStringLiteral("ns/p3")) + updated.count(QStringLiteral("ns/p3")) >= 1, true);
        QCOMPARE(added.count(QStringLiteral("ns/p1")), 1); // only from the first list
    }

    // TestReflectorFullListIfExpired: a list at an expired RV falls back to a consistent read ("").
    void listExpired_fullRelistWithEmptyRv()
    {
        ScriptedServer server;
        server.lists = { CannedResponse::json(200, fixture(QStringLiteral("pods-list-rv10.json"))),
            CannedResponse::json(410, R"({"kind":"Status","code":410,"reason":"Expired","message":"too old"})"),
            CannedResponse::json(200, fixture(QStringLiteral("pods-relist-rv30.json"))) };
        server.watches = { CannedResponse::stream(lines(fixture(QStringLiteral("watch-error-410.jsonl"))), 5) };
        auto api = client(server);
        ListWatch watch(api.get(), pods, QStringLiteral("ns"), fastOptions());
        watch.start();
        QTRY_COMPARE(watch.lastSyncResourceVersion(), QStringLiteral("30"));
        const QList<CannedRequest> lists = server.requests(false);
        QCOMPARE(lists.size(), 3);
        QCOMPARE(lists[1].queryValue(QStringLiteral("resourceVersion")), QStringLiteral("11"));
        QVERIFY(!lists[2].query().hasQueryItem(QStringLiteral("resourceVersion")));
    }

    void list_paged_continueWithoutRv()
    {
        ScriptedServer server;
        server.lists = {
            CannedResponse::json(200,
                R"({"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"50","continue":"tok1"},"items":[{"metadata":{"name":"a","namespace":"ns","resourceVersion":"1"}}]})"),
            CannedResponse::json(200,
                R"({"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"50"},"items":[{"metadata":{"name":"b","namespace":"ns","resourceVersion":"2"}}]})")
        };
        auto api = client(server);
        ListWatch watch(api.get(), pods, QStringLiteral("ns"), fastOptions());
        QSignalSpy synced(watch.store(), &ObjectStore::synced);
        watch.start();
        QTRY_COMPARE(synced.size(), 1);
        QCOMPARE(watch.store()->size(), 2);
        const QList<CannedRequest> lists = server.requests(false);
        QCOMPARE(lists[1].queryValue(QStringLiteral("continue")), QStringLiteral("tok1"));
        QVERIFY(!lists[1].query().hasQueryItem(QStringLiteral("resourceVersion")));
        QTRY_COMPARE(server.requests(true).size(), 1);
        QCOMPARE(server.requests(true).at(0).queryValue(QStringLiteral("resourceVersion")), QStringLiteral("50"));
    }

    // TestBackoffOnTooManyRequests + TestNoRelistOnTooManyRequests
    void watchTooManyRequests_backsOffNoRelist()
    {
        ScriptedServer server;
        server.lists = { CannedResponse::json(200, fixture(QStringLiteral("pods-list-rv10.json"))) };
        CannedResponse tooMany = CannedResponse::json(429, fixture(QStringLiteral("status-429.json")));
        tooMany.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        server.watches
            = { tooMany, CannedResponse::stream(lines(fixture(QStringLiteral("watch-events-to-rv15.jsonl")))) };
        auto api = client(server);
        ListWatch watch(api.get(), pods, QStringLiteral("ns"), fastOptions());
        QSignalSpy errors(watch.store(), &ObjectStore::errorOccurred);
        QElapsedTimer timer;
        timer.start();
        watch.start();
        QTRY_VERIFY_WITH_TIMEOUT(server.requests(true).size() >= 2, 5000);
        QVERIFY2(timer.elapsed() >= 900, "Retry-After honoured");
        QTRY_COMPARE(watch.lastSyncResourceVersion(), QStringLiteral("15"));
        QCOMPARE(server.requests(true).at(1).queryValue(QStringLiteral("resourceVersion")), QStringLiteral("10"));
        QCOMPARE(server.requests(false).size(), 1);
        QVERIFY(!errors.isEmpty());
        QVERIFY(errors.at(0).at(0).value<ApiError>().isTooManyRequests());
    }

    // TestRetryInternalError / TestRetryWatcher 500s
    void watchInternalError_retriedNoRelist()
    {
        ScriptedServer server;
        server.lists = { CannedResponse::json(200, fixture(QStringLiteral("pods-list-rv10.json"))) };
        server.watches
            = { CannedResponse::json(500, R"({"kind":"Status","code":500,"reason":"InternalError","message":"etcd"})"),
                  CannedResponse::json(500, "oops"),
                  CannedResponse::stream(lines(fixture(QStringLiteral("watch-events-to-rv15.jsonl")))) };
        auto api = client(server);
        ListWatch watch(api.get(), pods, QStringLiteral("ns"), fastOptions());
        watch.start();
        QTRY_COMPARE(watch.lastSyncResourceVersion(), QStringLiteral("15"));
        QCOMPARE(server.requests(false).size(), 1);
        QVERIFY(watch.statistics().backoffs >= 2);
        QVERIFY(watch.store()->syncState() == ObjectStore::SyncState::Watching);
    }

    // TestReflectorListAndWatchInitConnBackoff / TestRetryWatcher "survives closed watches"
    void connectionDrop_rewatchFromLastRvWithoutRelist()
    {
        ScriptedServer server;
        server.lists = { CannedResponse::json(200, fixture(QStringLiteral("pods-list-rv10.json"))) };
        QList<QByteArray> firstTwo = lines(fixture(QStringLiteral("watch-events-to-rv15.jsonl"))).mid(0, 2);
        CannedResponse dropped;
        dropped.dropWithoutAnswer = true;
        server.watches = { CannedResponse::stream(firstTwo), dropped,
            CannedResponse::stream({ lines(fixture(QStringLiteral("watch-events-to-rv15.jsonl"))).at(2) }) };
        auto api = client(server);
        ListWatch watch(api.get(), pods, QStringLiteral("ns"), fastOptions());
        watch.start();
        QTRY_COMPARE(watch.statistics().eventsApplied, 3);
        QVERIFY(!watch.store()->contains(QStringLiteral("ns/p2")));
        const QList<CannedRequest> watches = server.requests(true);
        QVERIFY(watches.size() >= 3);
        QCOMPARE(watches[1].queryValue(QStringLiteral("resourceVersion")), QStringLiteral("12"));
        QCOMPARE(watches[2].queryValue(QStringLiteral("resourceVersion")), QStringLiteral("12"));
        QCOMPARE(server.requests(false).size(), 1);
        QCOMPARE(watch.statistics().eventsApplied, 3);
    }

    // A re-watch that repeats an event already applied (same resourceVersion) must not apply it twice.
    void rewatch_repeatedEvent_notAppliedTwice()
    {
        const QList<QByteArray> events = lines(fixture(QStringLiteral("watch-events-to-rv15.jsonl")));
        ScriptedServer server;
        server.lists = { CannedResponse::json(200, fixture(QStringLiteral("pods-list-rv10.json"))) };
        server.watches = { CannedResponse::stream(events.mid(0, 2)), CannedResponse::stream(events.mid(1, 3)) };
        auto api = client(server);
        ListWatch watch(api.get(), pods, QStringLiteral("ns"), fastOptions());
        QSignalSpy changed(watch.store(), &ObjectStore::changed);
        watch.start();
        QTRY_COMPARE(watch.lastSyncResourceVersion(), QStringLiteral("15"));
        watch.store()->flush();
        QCOMPARE(watch.statistics().eventsApplied, 3); // p3 added, p1 modified once, p2 deleted
        int p1Updates = 0;
        for (const auto &arguments : std::as_const(changed))
            p1Updates += arguments.at(0).value<StoreDelta>().updated.count(QStringLiteral("ns/p1"));
        QVERIFY(p1Updates <= 1);
    }

    // TestRetryWatcher fails on Forbidden
    void forbidden_stopsWithPermissionError_data()
    {
        QTest::addColumn<bool>("onWatch");
        QTest::newRow("list") << false;
        QTest::newRow("watch") << true;
    }
    void forbidden_stopsWithPermissionError()
    {
        QFETCH(bool, onWatch);
        ScriptedServer server;
        const CannedResponse forbidden = CannedResponse::json(403, fixture(QStringLiteral("status-403.json")));
        if (onWatch) {
            server.lists = { CannedResponse::json(200, fixture(QStringLiteral("pods-list-rv10.json"))) };
            server.watches = { forbidden };
        } else {
            server.lists = { forbidden };
        }
        auto api = client(server);
        ListWatch watch(api.get(), pods, QStringLiteral("ns"), fastOptions());
        QSignalSpy denied(&watch, &ListWatch::permissionDenied);
        QSignalSpy errors(watch.store(), &ObjectStore::errorOccurred);
        watch.start();
        QTRY_COMPARE(denied.size(), 1);
        QCOMPARE(errors.size(), 1);
        const ApiError error = denied.at(0).at(0).value<ApiError>();
        QVERIFY(error.isForbidden());
        QVERIFY(error.message.contains(QLatin1String("forbidden")));
        QCOMPARE(watch.store()->syncState(), ObjectStore::SyncState::Failed);
        QVERIFY(!watch.isRunning());
        const qsizetype requests = server.http.requests.size();
        QTest::qWait(200);
        QCOMPARE(server.http.requests.size(), requests);
    }

    // reflector_watchlist_test.go TestWatchList
    void watchList_initialEventsThenBookmark_synced()
    {
        ScriptedServer server;
        server.watches
            = { CannedResponse::stream(lines(fixture(QStringLiteral("watchlist-initial-events.jsonl"))), 10) };
        auto api = client(server);
        ListWatchOptions options = fastOptions();
        options.useWatchList = true;
        ListWatch watch(api.get(), pods, QStringLiteral("ns"), options);
        QSignalSpy synced(watch.store(), &ObjectStore::synced);
        watch.start();
        QTRY_COMPARE(synced.size(), 1);
        QCOMPARE(watch.store()->size(), 2);
        QTRY_COMPARE(rvOf(watch.store(), QStringLiteral("ns/p2")), QStringLiteral("11"));
        QVERIFY(watch.statistics().usedWatchList);
        const CannedRequest first = server.requests(true).at(0);
        QCOMPARE(first.queryValue(QStringLiteral("sendInitialEvents")), QStringLiteral("true"));
        QCOMPARE(first.queryValue(QStringLiteral("resourceVersionMatch")), QStringLiteral("NotOlderThan"));
        QCOMPARE(first.queryValue(QStringLiteral("allowWatchBookmarks")), QStringLiteral("true"));
        QCOMPARE(server.requests(false).size(), 0);
        QTRY_COMPARE(server.requests(true).size(), 2);
        QCOMPARE(server.requests(true).at(1).queryValue(QStringLiteral("resourceVersion")), QStringLiteral("11"));
        QVERIFY(!server.requests(true).at(1).query().hasQueryItem(QStringLiteral("sendInitialEvents")));
    }

    void watchList_refused422_fallsBackToList()
    {
        ScriptedServer server;
        server.watches = { CannedResponse::json(422, fixture(QStringLiteral("status-422-sendinitialevents.json"))) };
        server.lists = { CannedResponse::json(200, fixture(QStringLiteral("pods-list-rv10.json"))) };
        auto api = client(server);
        ListWatchOptions options = fastOptions();
        options.useWatchList = true;
        ListWatch watch(api.get(), pods, QStringLiteral("ns"), options);
        QSignalSpy synced(watch.store(), &ObjectStore::synced);
        watch.start();
        QTRY_COMPARE(synced.size(), 1);
        QCOMPARE(watch.store()->size(), 2);
        QVERIFY(!watch.statistics().usedWatchList);
        QTRY_COMPARE(server.requests(true).size(), 2);
        QVERIFY(!server.requests(true).at(1).query().hasQueryItem(QStringLiteral("sendInitialEvents")));
    }

    void inactivityWatchdog_reconnects()
    {
        ScriptedServer server;
        server.lists = { CannedResponse::json(200, fixture(QStringLiteral("pods-list-rv10.json"))) };
        ListWatchOptions options = fastOptions();
        options.inactivityTimeoutMs = 300;
        auto api = client(server);
        ListWatch watch(api.get(), pods, QStringLiteral("ns"), options);
        watch.start();
        QTRY_VERIFY_WITH_TIMEOUT(server.requests(true).size() >= 2, 3000);
        QCOMPARE(server.requests(true).at(1).queryValue(QStringLiteral("resourceVersion")), QStringLiteral("10"));
        QCOMPARE(server.requests(false).size(), 1);
    }

    // TestWatchTimeout: a watch closing at once without events counts as a failure (backoff), not a tight loop.
    void watchClosedImmediately_backsOff()
    {
        ScriptedServer server;
        server.lists = { CannedResponse::json(200, fixture(QStringLiteral("pods-list-rv10.json"))) };
        server.watches = { CannedResponse::stream({}), CannedResponse::stream({}) };
        auto api = client(server);
        ListWatch watch(api.get(), pods, QStringLiteral("ns"), fastOptions());
        watch.start();
        QTRY_VERIFY(server.requests(true).size() >= 3);
        QVERIFY(watch.statistics().backoffs >= 2);
        QCOMPARE(server.requests(false).size(), 1);
    }

    // Events are decoded on a worker: the store must end exactly as if they were
    // applied one by one as they arrived, and the stream's end must not overtake them.
    void watch_manyEventsOddChunks_storeEqualsSequentialApply()
    {
        QHash<QString, QString> expected { { QStringLiteral("ns/p1"), QStringLiteral("5") },
            { QStringLiteral("ns/p2"), QStringLiteral("6") } }; // the list's pods
        const QByteArray stream = churnStream(600, 40, &expected);
        ScriptedServer server;
        server.lists = { CannedResponse::json(200, fixture(QStringLiteral("pods-list-rv10.json"))) };
        server.watches = { CannedResponse::stream(chunked(stream, 3001)) }; // ends: re-watch from the last RV
        auto api = client(server);
        ListWatch watch(api.get(), pods, QStringLiteral("ns"), fastOptions());
        watch.start();
        QTRY_COMPARE(server.requests(true).size(), 2);
        QCOMPARE(server.requests(true).at(1).queryValue(QStringLiteral("resourceVersion")), QStringLiteral("610"));
        QCOMPARE(watch.lastSyncResourceVersion(), QStringLiteral("610"));
        QCOMPARE(watch.statistics().backoffs, 0); // a normal end, not "closed early"
        QStringList expectedKeys = expected.keys();
        expectedKeys.sort();
        QCOMPARE(sortedKeys(watch.store()), expectedKeys);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(rvOf(watch.store(), it.key()), it.value());
        QVERIFY(!watch.store()
                     ->object(QStringLiteral("ns/p7"))
                     .value(QLatin1String("metadata"))
                     .toObject()
                     .contains(QLatin1String("managedFields")));
    }

    // The connection goes away while its events are still being parsed.
    void destroyedWhileDecoding_isSafe_data()
    {
        QTest::addColumn<bool>("stopFirst");
        QTest::newRow("destroyed") << false;
        QTest::newRow("stopped, then destroyed") << true;
    }
    void destroyedWhileDecoding_isSafe()
    {
        QFETCH(bool, stopFirst);
        QHash<QString, QString> expected;
        ScriptedServer server;
        server.lists = { CannedResponse::json(200, fixture(QStringLiteral("pods-list-rv10.json"))) };
        server.watches = { CannedResponse::stream(chunked(churnStream(3000, 500, &expected), 64 * 1024)) };
        auto api = client(server);
        auto watch = std::make_unique<ListWatch>(api.get(), pods, QStringLiteral("ns"), fastOptions());
        ObjectStore *store = watch->store();
        int batches = 0;
        QObject observer;
        connect(store, &ObjectStore::changed, &observer, [&batches] { ++batches; });
        watch->start();
        QTRY_VERIFY(store->size() > 2); // the first decoded events are in: the rest is on its way
        if (stopFirst) {
            watch->stop();
            const int sizeAtStop = store->size();
            QTest::qWait(100);
            QCOMPARE(store->size(), sizeAtStop); // nothing decoded after stop() reaches the store
        }
        watch.reset();
        QTest::qWait(300);
        QVERIFY(batches >= 1);
        QVERIFY(api->findChildren<QObject *>().size() < 10); // no request left behind
    }

    void stop_noFurtherRequests()
    {
        ScriptedServer server;
        server.lists = { CannedResponse::json(200, fixture(QStringLiteral("pods-list-rv10.json"))) };
        auto api = client(server);
        ListWatch watch(api.get(), pods, QStringLiteral("ns"), fastOptions());
        watch.start();
        QTRY_COMPARE(server.requests(true).size(), 1);
        watch.stop();
        QCOMPARE(watch.store()->syncState(), ObjectStore::SyncState::Stopped);
        QCOMPARE(watch.store()->size(), 2); // contents kept
        QTest::qWait(100);
        QCOMPARE(server.http.requests.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestListWatch)
#include "tst_listwatch.moc"
