// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/logs/logline.h"
#include "core/logs/loglinesplitter.h"
#include "core/logs/logresumefilter.h"
#include "core/logs/workloadpods.h"

#include <QJsonArray>
#include <QTest>

using namespace Sextant::Core;

namespace {
qint64 ts(const char *text)
{
    return parseRfc3339Nano(QString::fromLatin1(text)).value_or(-1);
}

QStringList texts(const LogLines &lines)
{
    QStringList out;
    for (const LogLine &line : lines)
        out.append(line.text);
    return out;
}

LogLine line(qint64 timestamp, const QString &text)
{
    return LogLine { timestamp, text, QString() };
}
} // namespace

class TestLogLine final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parseRfc3339Nano_forms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        const qint64 base = 1795756729LL * 1000000000LL; // 2026-11-27T05:18:49Z
        QTest::newRow("nanos") << QStringLiteral("2026-11-27T05:18:49.123456789Z") << base + 123456789;
        QTest::newRow("trimmed zeros") << QStringLiteral("2026-11-27T05:18:49.1Z") << base + 100000000;
        QTest::newRow("no fraction") << QStringLiteral("2026-11-27T05:18:49Z") << base;
        QTest::newRow("offset") << QStringLiteral("2026-11-27T07:18:49.5+02:00") << base + 500000000;
        QTest::newRow("more than nine digits") << QStringLiteral("2026-11-27T05:18:49.1234567891Z") << base + 123456789;
    }
    void parseRfc3339Nano_forms()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        QCOMPARE(parseRfc3339Nano(text).value_or(-1), expected);
    }

    void parseRfc3339Nano_garbage_nullopt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no zone") << QStringLiteral("2026-11-27T05:18:49");
        QTest::newRow("bad month") << QStringLiteral("2026-13-27T05:18:49Z");
        QTest::newRow("words") << QStringLiteral("level=info msg=hello");
        QTest::newRow("empty fraction") << QStringLiteral("2026-11-27T05:18:49.Z");
    }
    void parseRfc3339Nano_garbage_nullopt()
    {
        QFETCH(QString, text);
        QVERIFY(!parseRfc3339Nano(text).has_value());
    }

    void format_roundTrips()
    {
        const qint64 value = ts("2026-11-27T05:18:49.000012300Z");
        QCOMPARE(formatRfc3339Nano(value), QStringLiteral("2026-11-27T05:18:49.000012300Z"));
        QCOMPARE(formatRfc3339Seconds(value), QStringLiteral("2026-11-27T05:18:49Z"));
    }

    void neutralise_controlSequences_removed_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("colour") << QStringLiteral("\x1b[31mred\x1b[0m text") << QStringLiteral("red text");
        QTest::newRow("osc title") << QStringLiteral("a\x1b]0;pwned\x07"
                                                     "b")
                                   << QStringLiteral("ab");
        QTest::newRow("lone esc") << QStringLiteral("a\x1b") << QStringLiteral("a");
        QTest::newRow("c1 csi") << QStringLiteral("a\u009b31mb") << QStringLiteral("a31mb");
        QTest::newRow("bell backspace cr") << QStringLiteral("a\x07\x08\rb") << QStringLiteral("ab");
        QTest::newRow("bidi override") << QStringLiteral("file\u202Etxt.exe") << QStringLiteral("filetxt.exe");
        QTest::newRow("tab kept") << QStringLiteral("a\tb") << QStringLiteral("a\tb");
        QTest::newRow("unicode kept") << QStringLiteral("größe 日本") << QStringLiteral("größe 日本");
    }
    void neutralise_controlSequences_removed()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString out = neutraliseLogText(input);
        QCOMPARE(out, expected);
        QVERIFY(!out.contains(QChar(0x1b)));
    }

    void splitter_partialChunks_linesWhole()
    {
        LogLineSplitter splitter;
        QVERIFY(splitter.feed("2026-11-27T05:18:49.1Z first").isEmpty());
        LogLines lines = splitter.feed(" line\n2026-11-27T05:18:50Z sec");
        QCOMPARE(texts(lines), QStringList { QStringLiteral("first line") });
        QCOMPARE(lines.first().timestampNs, ts("2026-11-27T05:18:49.1Z"));
        lines = splitter.feed("ond\n\n", QStringLiteral("pod-a"));
        QCOMPARE(texts(lines), (QStringList { QStringLiteral("second"), QString() }));
        QCOMPARE(lines.first().source, QStringLiteral("pod-a"));
        QCOMPARE(splitter.pendingBytes(), 0);
    }

    void splitter_utf8SplitAcrossChunks_decoded()
    {
        LogLineSplitter splitter;
        const QByteArray text = QStringLiteral("2026-11-27T05:18:49Z grüße\n").toUtf8();
        const qsizetype mid = text.indexOf("\xc3") + 1; // inside the two-byte ü
        QVERIFY(splitter.feed(text.left(mid)).isEmpty());
        QCOMPARE(texts(splitter.feed(text.mid(mid))), QStringList { QStringLiteral("grüße") });
    }

    void splitter_escapeInLine_neutralised()
    {
        LogLineSplitter splitter;
        const LogLines lines = splitter.feed("2026-11-27T05:18:49Z \x1b[2J\x1b]52;c;ZXZpbA==\x07ok\r\n");
        QCOMPARE(texts(lines), QStringList { QStringLiteral("ok") });
    }

    void splitter_overlongLine_cutAndTimestampKept()
    {
        LogLineSplitter splitter(64);
        const LogLines lines = splitter.feed("2026-11-27T05:18:49Z " + QByteArray(200, 'x'));
        QVERIFY(lines.size() >= 2);
        for (const LogLine &l : lines)
            QCOMPARE(l.timestampNs, ts("2026-11-27T05:18:49Z"));
        QVERIFY(splitter.pendingBytes() <= 64);
        QCOMPARE(splitter.finish().size(), 1);
    }

    void splitter_noTimestamp_wholeTextKept()
    {
        LogLineSplitter splitter;
        const LogLines lines = splitter.feed("plain text without stamp\n");
        QCOMPARE(texts(lines), QStringList { QStringLiteral("plain text without stamp") });
        QCOMPARE(lines.first().timestampNs, 0);
    }

    void resume_sameSecondRepeated_dropsDeliveredOnly()
    {
        LogResumeFilter filter;
        const qint64 a = ts("2026-11-27T05:18:49.100Z");
        const qint64 b = ts("2026-11-27T05:18:49.500Z");
        const qint64 c = ts("2026-11-27T05:18:50Z");
        // Two lines share b; only the first of them arrived before the break.
        QCOMPARE(texts(filter.filter({ line(a, QStringLiteral("1")), line(b, QStringLiteral("2")) })).size(), 2);
        filter.resume();
        // sinceTime=05:18:49Z replays everything from that second.
        const LogLines again = filter.filter({ line(a, QStringLiteral("1")), line(b, QStringLiteral("2")),
            line(b, QStringLiteral("2bis")), line(c, QStringLiteral("3")) });
        QCOMPARE(texts(again), (QStringList { QStringLiteral("2bis"), QStringLiteral("3") }));
        QCOMPARE(filter.droppedDuplicates(), 2);
        QCOMPARE(filter.lastTimestampNs(), c);
    }

    void resume_withoutHistory_passesAll()
    {
        LogResumeFilter filter;
        filter.resume();
        QCOMPARE(filter.filter({ line(5, QStringLiteral("x")), line(5, QStringLiteral("y")) }).size(), 2);
        QCOMPARE(filter.droppedDuplicates(), 0);
    }

    void resume_afterSkipping_laterRepeatsOfTimestampPass()
    {
        LogResumeFilter filter;
        filter.filter({ line(10, QStringLiteral("a")) });
        filter.resume();
        // The first "10" was delivered; the second "10" is new.
        QCOMPARE(texts(filter.filter({ line(10, QStringLiteral("a")), line(10, QStringLiteral("b")) })),
            QStringList { QStringLiteral("b") });
        QCOMPARE(filter.deliveredAtLastTimestamp(), 2);
    }

    void workloadPodSelector_deploymentAndBarePod()
    {
        const QJsonObject selector { { QStringLiteral("matchLabels"),
            QJsonObject { { QStringLiteral("app"), QStringLiteral("web") } } } };
        const QJsonObject deployment { { QStringLiteral("spec"),
            QJsonObject { { QStringLiteral("selector"), selector } } } };
        QCOMPARE(workloadPodSelector(deployment).value_or(QJsonObject {}), selector);
        QVERIFY(!workloadPodSelector(QJsonObject { { QStringLiteral("spec"), QJsonObject {} } }).has_value());
        // ReplicationController: a plain map.
        const QJsonObject controller { { QStringLiteral("spec"),
            QJsonObject {
                { QStringLiteral("selector"), QJsonObject { { QStringLiteral("app"), QStringLiteral("web") } } } } } };
        QCOMPARE(workloadPodSelector(controller).value_or(QJsonObject {}), selector);
    }
};

QTEST_GUILESS_MAIN(TestLogLine)
#include "tst_logline.moc"
