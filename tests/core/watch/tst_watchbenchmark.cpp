// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
// Measures the list and watch paths with 10,000 pods of ~8 kB and prints the
// figures (printf). Correctness is asserted; timing never is.
#include "../api/cannedhttpserver.h"
#include "core/api/apiclient.h"
#include "core/watch/listwatch.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>
#include <malloc.h>

using namespace Sextant::Core;
using namespace Sextant::Test;

namespace {

constexpr int PodCount = 10000;
const ResourceRef pods { QString(), QStringLiteral("v1"), QStringLiteral("pods"), true };

// A pod shaped like a real one, ~8 kB of JSON of which ~2.5 kB managedFields.
QJsonObject makePod(int index, int resourceVersion)
{
    const QString name = QStringLiteral("bench-%1").arg(index, 5, 10, QLatin1Char('0'));
    QJsonArray managedFields;
    for (int i = 0; i < 4; ++i)
        managedFields.append(QJsonObject { { QStringLiteral("manager"), QStringLiteral("kube-controller-manager") },
            { QStringLiteral("operation"), QStringLiteral("Update") },
            { QStringLiteral("fieldsV1"),
                QJsonObject { { QStringLiteral("f:metadata"), QString(600, QLatin1Char('m')) } } } });
    QJsonArray env;
    for (int i = 0; i < 20; ++i)
        env.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("VARIABLE_%1").arg(i) },
            { QStringLiteral("value"), QString(80, QLatin1Char('v')) } });
    QJsonArray conditions;
    for (const char *type : { "Initialized", "Ready", "ContainersReady", "PodScheduled" })
        conditions.append(QJsonObject { { QStringLiteral("type"), QLatin1String(type) },
            { QStringLiteral("status"), QStringLiteral("True") },
            { QStringLiteral("lastTransitionTime"), QStringLiteral("2026-11-27T10:00:00Z") } });
    return QJsonObject { { QStringLiteral("kind"), QStringLiteral("Pod") },
        { QStringLiteral("apiVersion"), QStringLiteral("v1") },
        { QStringLiteral("metadata"),
            QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("namespace"), QStringLiteral("bench") },
                { QStringLiteral("uid"), QStringLiteral("0000-%1").arg(index) },
                { QStringLiteral("resourceVersion"), QString::number(resourceVersion) },
                { QStringLiteral("labels"),
                    QJsonObject { { QStringLiteral("app"), QStringLiteral("bench") },
                        { QStringLiteral("pod-template-hash"), QStringLiteral("abc123") } } },
                { QStringLiteral("annotations"),
                    QJsonObject { { QStringLiteral("padding"), QString(1500, QLatin1Char('p')) } } },
                { QStringLiteral("managedFields"), managedFields } } },
        { QStringLiteral("spec"),
            QJsonObject { { QStringLiteral("nodeName"), QStringLiteral("node-%1").arg(index % 50) },
                { QStringLiteral("containers"),
                    QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("app") },
                        { QStringLiteral("image"), QStringLiteral("registry.example/app:1.0") },
                        { QStringLiteral("env"), env } } } } } },
        { QStringLiteral("status"),
            QJsonObject { { QStringLiteral("phase"), QStringLiteral("Running") },
                { QStringLiteral("podIP"), QStringLiteral("10.0.0.1") },
                { QStringLiteral("conditions"), conditions } } } };
}

QByteArray listPage(int from, int to, const QString &continueToken)
{
    QJsonArray items;
    for (int i = from; i < to; ++i)
        items.append(makePod(i, 1000 + i));
    QJsonObject metadata { { QStringLiteral("resourceVersion"), QStringLiteral("20000") } };
    if (!continueToken.isEmpty())
        metadata.insert(QStringLiteral("continue"), continueToken);
    return QJsonDocument(QJsonObject { { QStringLiteral("kind"), QStringLiteral("PodList") },
                             { QStringLiteral("apiVersion"), QStringLiteral("v1") },
                             { QStringLiteral("metadata"), metadata }, { QStringLiteral("items"), items } })
        .toJson(QJsonDocument::Compact);
}

QByteArray modifiedEvent(int index, int resourceVersion)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("type"), QStringLiteral("MODIFIED") },
                             { QStringLiteral("object"), makePod(index, resourceVersion) } })
               .toJson(QJsonDocument::Compact)
        + '\n';
}

} // namespace

// Heap bytes in use (glibc), a steadier measure than RSS, which freed pages need not lower.
qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

class TestWatchBenchmark : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void podSize_isRealistic()
    {
        const qsizetype size = QJsonDocument(makePod(1, 1)).toJson(QJsonDocument::Compact).size();
        std::printf("pod JSON size: %lld bytes\n", qlonglong(size));
        QVERIFY(size > 7000 && size < 10000);
    }

    void inProcess_listParseAndApply()
    {
        const QByteArray body = listPage(0, PodCount, {});
        QElapsedTimer timer;
        timer.start();
        const QJsonDocument document = QJsonDocument::fromJson(body);
        const qint64 parseMs = timer.restart();
        QList<QJsonObject> objects;
        objects.reserve(PodCount);
        for (const QJsonValue &value : document.object().value(QLatin1String("items")).toArray())
            objects.append(ObjectStore::stripped(value.toObject(), false));
        const qint64 stripMs = timer.restart();
        ObjectStore store;
        store.replace(objects);
        store.flush();
        const qint64 applyMs = timer.restart();
        std::printf("list of %d pods (%.1f MB): parse %lld ms, strip %lld ms, store.replace %lld ms\n", PodCount,
            body.size() / 1e6, parseMs, stripMs, applyMs);
        QCOMPARE(store.size(), PodCount);
        // A relist with nothing changed is a no-op diff.
        QSignalSpy changed(&store, &ObjectStore::changed);
        timer.restart();
        store.replace(objects);
        store.flush();
        std::printf("relist diff of %d unchanged pods: %lld ms\n", PodCount, timer.elapsed());
        QCOMPARE(changed.size(), 0);
    }

    void memory_perStoredPod()
    {
        const qint64 before = heapInUse();
        ObjectStore store;
        {
            const QByteArray body = listPage(0, PodCount, {});
            QList<QJsonObject> objects;
            const QJsonArray items = QJsonDocument::fromJson(body).object().value(QLatin1String("items")).toArray();
            for (const QJsonValue &value : items)
                objects.append(ObjectStore::stripped(value.toObject(), false));
            store.replace(objects);
            store.flush();
        } // the body, the document and the list are gone: what stays is the store
        const qint64 after = heapInUse();
        std::printf("heap held by the store: %.1f MB for %d pods = %.2f kB/pod (JSON ~7.2 kB/pod, managedFields "
                    "stripped)\n",
            (after - before) / 1e6, PodCount, (after - before) / 1024.0 / PodCount);
        QCOMPARE(store.size(), PodCount);
    }

    void inProcess_eventsPerSecond()
    {
        ObjectStore store;
        for (int i = 0; i < PodCount; ++i)
            store.upsert(makePod(i, 1000 + i));
        store.flush();
        constexpr int Events = 20000;
        QByteArray stream;
        for (int i = 0; i < Events; ++i)
            stream += modifiedEvent(i % PodCount, 30000 + i);
        WatchStreamParser parser;
        QElapsedTimer timer;
        timer.start();
        int applied = 0;
        for (qsizetype offset = 0; offset < stream.size(); offset += 16384) {
            for (const WatchEvent &event : parser.feed(stream.mid(offset, 16384)))
                applied += store.upsert(ObjectStore::stripped(event.object, false)) ? 1 : 0;
        }
        store.flush();
        const qint64 ms = std::max<qint64>(1, timer.elapsed());
        std::printf("watch events (parse+strip+apply, in process): %d in %lld ms = %.0f events/s\n", applied, ms,
            applied * 1000.0 / ms);
        QCOMPARE(applied, Events);
    }

    void overHttp_listWatchToSyncedAndEvents()
    {
        constexpr int PageSize = 500;
        QList<QByteArray> pages;
        for (int from = 0; from < PodCount; from += PageSize)
            pages.append(listPage(from, from + PageSize,
                from + PageSize < PodCount ? QStringLiteral("page%1").arg(from / PageSize + 1) : QString()));
        constexpr int Events = 10000;
        QList<QByteArray> eventChunks;
        QByteArray chunk;
        for (int i = 0; i < Events; ++i) {
            chunk += modifiedEvent(i % PodCount, 40000 + i);
            if (chunk.size() > 256 * 1024) {
                eventChunks.append(chunk);
                chunk.clear();
            }
        }
        eventChunks.append(chunk);

        CannedHttpServer server;
        int watches = 0;
        server.setHandler([&](const CannedRequest &request) {
            if (request.queryValue(QStringLiteral("watch")) == QLatin1String("1")) {
                if (++watches > 1) {
                    CannedResponse silent = CannedResponse::stream({});
                    silent.keepOpen = true;
                    return silent;
                }
                return CannedResponse::stream(eventChunks);
            }
            const QString token = request.queryValue(QStringLiteral("continue"));
            const int page = token.isEmpty() ? 0 : token.mid(4).toInt();
            return CannedResponse::json(200, pages.value(page));
        });
        RestConfig config;
        config.server = server.url();
        ApiClient client(config, nullptr);
        client.setAuditLog(nullptr);
        ListWatchOptions options;
        options.useWatchList = false;
        ListWatch watch(&client, pods, QStringLiteral("bench"), options);
        QSignalSpy synced(watch.store(), &ObjectStore::synced);
        QElapsedTimer timer;
        timer.start();
        watch.start();
        QVERIFY(synced.wait(120000));
        const qint64 syncMs = timer.restart();
        QCOMPARE(watch.store()->size(), PodCount);
        QTRY_COMPARE_WITH_TIMEOUT(watch.statistics().eventsApplied, Events, 120000);
        const qint64 eventsMs = std::max<qint64>(1, timer.elapsed());
        std::printf("over HTTP: %d pods in %d pages to synced store in %lld ms; %d watch events in %lld ms = %.0f "
                    "events/s\n",
            PodCount, int(pages.size()), syncMs, Events, eventsMs, Events * 1000.0 / eventsMs);
        QCOMPARE(watch.lastSyncResourceVersion(), QString::number(40000 + Events - 1));
    }
};

QTEST_GUILESS_MAIN(TestWatchBenchmark)
#include "tst_watchbenchmark.moc"
