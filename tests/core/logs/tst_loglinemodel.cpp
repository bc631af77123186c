// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/logs/loglinemodel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QTest>

using namespace Sextant::Core;

namespace {
LogLines numbered(int from, int count, const QString &source = QStringLiteral("pod-a"))
{
    LogLines lines;
    for (int i = from; i < from + count; ++i)
        lines.append(LogLine { qint64(i) * 1000, QStringLiteral("line %1").arg(i), source });
    return lines;
}
} // namespace

class TestLogLineModel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addLines_overCap_oldestDropped()
    {
        LogLineModel model;
        QCOMPARE(model.maxLines(), 100000);
        for (int batch = 0; batch < 12; ++batch)
            model.addLines(numbered(batch * 10000, 10000));
        QCOMPARE(model.rowCount(), 100000);
        QCOMPARE(model.droppedLines(), 20000);
        QCOMPARE(model.lineAt(0).text, QStringLiteral("line 20000"));
        QCOMPARE(model.lineAt(99999).text, QStringLiteral("line 119999"));
    }

    void setMaxLines_smaller_trims()
    {
        LogLineModel model;
        QAbstractItemModelTester tester(&model);
        model.addLines(numbered(0, 50));
        model.setMaxLines(10);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.lineAt(0).text, QStringLiteral("line 40"));
    }

    void addLines_lateBatchFromOtherPod_mergedByTime()
    {
        LogLineModel model;
        QAbstractItemModelTester tester(&model);
        model.addLines({ LogLine { 10, QStringLiteral("a10"), QStringLiteral("a") },
            LogLine { 30, QStringLiteral("a30"), QStringLiteral("a") } });
        model.addLines({ LogLine { 20, QStringLiteral("b20"), QStringLiteral("b") },
            LogLine { 30, QStringLiteral("b30"), QStringLiteral("b") },
            LogLine { 40, QStringLiteral("b40"), QStringLiteral("b") } });
        QStringList order;
        for (int row = 0; row < model.rowCount(); ++row)
            order.append(model.lineAt(row).text);
        QCOMPARE(order,
            (QStringList { QStringLiteral("a10"), QStringLiteral("b20"), QStringLiteral("a30"), QStringLiteral("b30"),
                QStringLiteral("b40") }));
        QCOMPARE(model.data(model.index(1), LogLineModel::SourceIndexRole).toInt(), 1);
        QCOMPARE(model.data(model.index(0), LogLineModel::SourceRole).toString(), QStringLiteral("a"));
    }

    void find_wrapsBothWays()
    {
        LogLineModel model;
        model.addLines(numbered(0, 100));
        QCOMPARE(model.find(QStringLiteral("LINE 5"), -1, true), 5);
        QCOMPARE(model.find(QStringLiteral("line 5"), 5, true), 50);
        QCOMPARE(model.find(QStringLiteral("line 5"), 59, true), 5);
        QCOMPARE(model.find(QStringLiteral("line 5"), 5, false), 59);
        QCOMPARE(model.find(QStringLiteral("nothing"), 0, true), -1);
        QCOMPARE(model.countMatches(QStringLiteral("line 9")), 11);
        QCOMPARE(model.find(QStringLiteral("LINE 5"), -1, true, Qt::CaseSensitive), -1);
    }

    void writeTo_timestampsAndSources()
    {
        LogLineModel model;
        model.addLines({ LogLine { 1795756729LL * 1000000000LL, QStringLiteral("hello"), QStringLiteral("web-1") } });
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(model.writeTo(&buffer, true, true));
        QCOMPARE(buffer.data(), QByteArray("web-1 2026-11-27T05:18:49.000000000Z hello\n"));
        QCOMPARE(model.formatLine(0, false, false), QStringLiteral("hello"));
    }

    void clear_emptiesAndResetsCounters()
    {
        LogLineModel model;
        model.setMaxLines(5);
        model.addLines(numbered(0, 10));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.droppedLines(), 0);
        QCOMPARE(model.longestLine(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLogLineModel)
#include "tst_loglinemodel.moc"
