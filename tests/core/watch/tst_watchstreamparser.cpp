// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/watch/watchstreamparser.h"

#include <QFile>
#include <QTest>

using namespace Sextant::Core;

class TestWatchStreamParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void feed_splitAnywhere_sameEvents_data()
    {
        QTest::addColumn<int>("chunkSize");
        for (int size : { 1, 2, 7, 64, 100000 })
            QTest::newRow(qPrintable(QStringLiteral("chunk%1").arg(size))) << size;
    }
    void feed_splitAnywhere_sameEvents()
    {
        QFETCH(int, chunkSize);
        QFile file(QStringLiteral(SEXTANT_TEST_DATA_DIR "/watch/watch-events-to-rv15.jsonl"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stream = file.readAll();
        WatchStreamParser parser;
        QList<WatchEvent> events;
        for (qsizetype offset = 0; offset < stream.size(); offset += chunkSize)
            events += parser.feed(stream.mid(offset, chunkSize));
        QCOMPARE(events.size(), 4);
        QCOMPARE(events[0].type, WatchEvent::Type::Added);
        QCOMPARE(events[1].type, WatchEvent::Type::Modified);
        QCOMPARE(events[2].type, WatchEvent::Type::Deleted);
        QCOMPARE(events[3].type, WatchEvent::Type::Bookmark);
        QCOMPARE(events[1].object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString(),
            QStringLiteral("p1"));
        QCOMPARE(parser.pendingBytes(), 0);
    }

    void feed_partialLine_waitsForNewline()
    {
        WatchStreamParser parser;
        QVERIFY(parser.feed(R"({"type":"ADDED","object":{"metadata":)").isEmpty());
        QVERIFY(parser.pendingBytes() > 0);
        const QList<WatchEvent> events = parser.feed("{\"name\":\"a\"}}}\n{\"type\":\"DEL");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].type, WatchEvent::Type::Added);
        QCOMPARE(parser.feed("ETED\",\"object\":{}}\n").value(0).type, WatchEvent::Type::Deleted);
    }

    void feed_garbageLine_isInvalid()
    {
        WatchStreamParser parser;
        const QList<WatchEvent> events = parser.feed("not json\n\n{\"type\":\"WHAT\"}\n");
        QCOMPARE(events.size(), 2); // blank line skipped
        QCOMPARE(events[0].type, WatchEvent::Type::Invalid);
        QCOMPARE(events[1].type, WatchEvent::Type::Invalid);
    }

    void parseEvent_error_carriesStatus()
    {
        QFile file(QStringLiteral(SEXTANT_TEST_DATA_DIR "/watch/watch-error-410.jsonl"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<WatchEvent> events = WatchStreamParser().feed(file.readAll());
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[1].type, WatchEvent::Type::Error);
        QCOMPARE(events[1].object.value(QLatin1String("code")).toInt(), 410);
    }
};

QTEST_GUILESS_MAIN(TestWatchStreamParser)
#include "tst_watchstreamparser.moc"
