// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/watch/objectstore.h"
#include "core/watch/watchdecoder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Sextant::Core;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(SEXTANT_TEST_DATA_DIR "/watch/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

// count MODIFIED events of ~10 kB pods, with managedFields, as one stream.
QByteArray bigStream(int count, int firstVersion = 100)
{
    QByteArray stream;
    for (int i = 0; i < count; ++i) {
        const QJsonObject pod {
            { QStringLiteral("kind"), QStringLiteral("Pod") },
            { QStringLiteral("metadata"),
                QJsonObject { { QStringLiteral("name"), QStringLiteral("p%1").arg(i) },
                    { QStringLiteral("namespace"), QStringLiteral("ns") },
                    { QStringLiteral("resourceVersion"), QString::number(firstVersion + i) },
                    { QStringLiteral("annotations"),
                        QJsonObject { { QStringLiteral("padding"), QString(8000, QLatin1Char('p')) } } },
                    { QStringLiteral("managedFields"),
                        QJsonArray { QJsonObject { { QStringLiteral("manager"), QStringLiteral("kubelet") } } } } } },
        };
        stream += QJsonDocument(QJsonObject { { QStringLiteral("type"), QStringLiteral("MODIFIED") },
                                    { QStringLiteral("object"), pod } })
                      .toJson(QJsonDocument::Compact)
            + '\n';
    }
    return stream;
}

// What the GUI thread did before the decoder: parse, strip, key, in one go.
QList<DecodedEvent> decodeSynchronously(const QByteArray &stream, bool isSecret)
{
    WatchStreamParser parser;
    QList<DecodedEvent> events;
    for (WatchEvent &event : parser.feed(stream))
        events.append(WatchDecoder::decode(std::move(event), isSecret, 0));
    return events;
}

QList<DecodedEvent> collected(const QSignalSpy &spy)
{
    QList<DecodedEvent> events;
    for (const QList<QVariant> &arguments : spy)
        events += arguments.at(0).value<QList<DecodedEvent>>();
    return events;
}

} // namespace

class TestWatchDecoder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void feed_anyChunking_sameEventsAsSynchronousParse_data()
    {
        QTest::addColumn<int>("chunkSize");
        for (int size : { 1, 13, 4096, 1 << 20 })
            QTest::newRow(qPrintable(QStringLiteral("chunk%1").arg(size))) << size;
    }
    void feed_anyChunking_sameEventsAsSynchronousParse()
    {
        QFETCH(int, chunkSize);
        const QByteArray stream = fixture(QStringLiteral("watch-events-to-rv15.jsonl")) + bigStream(50);
        const QList<DecodedEvent> expected = decodeSynchronously(stream, false);
        WatchDecoder decoder(false);
        QSignalSpy spy(&decoder, &WatchDecoder::eventsDecoded);
        for (qsizetype offset = 0; offset < stream.size(); offset += chunkSize)
            decoder.feed(stream.mid(offset, chunkSize));
        QTRY_COMPARE(decoder.pendingItems(), 0);
        const QList<DecodedEvent> events = collected(spy);
        QCOMPARE(events.size(), expected.size());
        QCOMPARE(events.size(), 54);
        for (qsizetype i = 0; i < events.size(); ++i) {
            QCOMPARE(events[i].type, expected[i].type);
            QCOMPARE(events[i].key, expected[i].key);
            QCOMPARE(events[i].resourceVersion, expected[i].resourceVersion);
            QCOMPARE(events[i].object, expected[i].object);
            QVERIFY(events[i].receivedAtMs > 0);
        }
        QCOMPARE(events[0].key, QStringLiteral("ns/p3"));
        QVERIFY(!events[0].object.value(QLatin1String("metadata")).toObject().contains(QLatin1String("managedFields")));
        QCOMPARE(events[3].type, WatchEvent::Type::Bookmark);
        QCOMPARE(events[3].resourceVersion, QStringLiteral("15"));
    }

    void decode_secret_dropsLastAppliedConfiguration()
    {
        const QByteArray line = QByteArrayLiteral(
            "{\"type\":\"ADDED\",\"object\":{\"kind\":\"Secret\",\"metadata\":{\"name\":\"s\","
            "\"namespace\":\"ns\",\"annotations\":{\"kubectl.kubernetes.io/last-applied-configuration\":"
            "\"{}\"}}}}");
        const DecodedEvent event = WatchDecoder::decode(WatchStreamParser::parseEvent(line), true, 0);
        QCOMPARE(event.key, QStringLiteral("ns/s"));
        QVERIFY(!event.object.value(QLatin1String("metadata"))
                     .toObject()
                     .value(QLatin1String("annotations"))
                     .toObject()
                     .contains(QLatin1String("kubectl.kubernetes.io/last-applied-configuration")));
    }

    void afterPending_runsOnlyAfterEveryEarlierEvent()
    {
        WatchDecoder decoder(false);
        int delivered = 0;
        connect(&decoder, &WatchDecoder::eventsDecoded, this,
            [&delivered](const QList<DecodedEvent> &events) { delivered += int(events.size()); });
        const QByteArray stream = bigStream(300);
        decoder.feed(stream.left(stream.size() / 2));
        decoder.feed(stream.mid(stream.size() / 2));
        int seenAtEnd = -1;
        decoder.afterPending([&] { seenAtEnd = delivered; });
        QCOMPARE(seenAtEnd, -1); // not inline: events are still being decoded
        QTRY_COMPARE(seenAtEnd, 300);
        QCOMPARE(decoder.pendingItems(), 0);
    }

    void afterPending_nothingPending_runsAtOnce()
    {
        WatchDecoder decoder(false);
        bool ran = false;
        decoder.afterPending([&ran] { ran = true; });
        QVERIFY(ran);
    }

    void reset_dropsTheOldStreamsEventsAndPartialLine()
    {
        WatchDecoder decoder(false);
        QSignalSpy spy(&decoder, &WatchDecoder::eventsDecoded);
        decoder.feed(bigStream(400));
        decoder.feed(QByteArrayLiteral("{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"name\":\"cut")); // no newline
        bool oldStep = false;
        decoder.afterPending([&oldStep] { oldStep = true; });
        decoder.reset();
        decoder.feed(fixture(QStringLiteral("watch-events-to-rv15.jsonl")));
        QTRY_COMPARE(decoder.pendingItems(), 0);
        QTest::qWait(50); // anything of the old stream still on its way would arrive now
        const QList<DecodedEvent> events = collected(spy);
        QCOMPARE(events.size(), 4); // only the new stream, its first line not glued to the cut one
        QCOMPARE(events[0].key, QStringLiteral("ns/p3"));
        QVERIFY(!oldStep);
    }

    // A connection closed while its events are parsed: nothing arrives, nothing crashes.
    void destroyedMidParse_deliversNothing()
    {
        int delivered = 0;
        QObject receiver;
        for (int round = 0; round < 5; ++round) {
            auto decoder = std::make_unique<WatchDecoder>(false);
            connect(decoder.get(), &WatchDecoder::eventsDecoded, &receiver,
                [&delivered](const QList<DecodedEvent> &events) { delivered += int(events.size()); });
            decoder->feed(bigStream(500));
            bool stepRan = false;
            decoder->afterPending([&stepRan] { stepRan = true; });
            QThread::msleep(round * 3); // cut at different points of the parse
            decoder.reset();
            QTest::qWait(300);
            QVERIFY(!stepRan);
        }
        QCOMPARE(delivered, 0);
    }
};

QTEST_GUILESS_MAIN(TestWatchDecoder)
#include "tst_watchdecoder.moc"
