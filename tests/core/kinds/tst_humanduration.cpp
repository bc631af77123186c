// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/kinds/kindrenderer.h"

#include <QTest>

using namespace Sextant::Core;

// Mirrors k8s.io/apimachinery/pkg/util/duration TestHumanDuration.
class TestHumanDuration final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void humanDuration_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("negative beyond a second") << qint64(-2) << QStringLiteral("<invalid>");
        QTest::newRow("clock skew of a second") << qint64(-1) << QStringLiteral("0s");
        QTest::newRow("seconds") << qint64(45) << QStringLiteral("45s");
        QTest::newRow("just under two minutes") << qint64(119) << QStringLiteral("119s");
        QTest::newRow("minutes and seconds") << qint64(200) << QStringLiteral("3m20s");
        QTest::newRow("whole minutes") << qint64(300) << QStringLiteral("5m");
        QTest::newRow("ten minutes drop seconds") << qint64(610) << QStringLiteral("10m");
        QTest::newRow("under three hours in minutes") << qint64(179 * 60) << QStringLiteral("179m");
        QTest::newRow("hours and minutes") << qint64(5 * 3600 + 12 * 60) << QStringLiteral("5h12m");
        QTest::newRow("whole hours") << qint64(4 * 3600) << QStringLiteral("4h");
        QTest::newRow("under two days in hours") << qint64(47 * 3600) << QStringLiteral("47h");
        QTest::newRow("days and hours") << qint64(3 * 86400 + 4 * 3600) << QStringLiteral("3d4h");
        QTest::newRow("whole days") << qint64(5 * 86400) << QStringLiteral("5d");
        QTest::newRow("days up to two years") << qint64(400 * 86400) << QStringLiteral("400d");
        QTest::newRow("years and days") << qint64((2 * 365 + 30) * 86400) << QStringLiteral("2y30d");
        QTest::newRow("many years") << qint64(9 * 365 * 86400) << QStringLiteral("9y");
    }
    void humanDuration()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        QCOMPARE(Sextant::Core::humanDuration(seconds), expected);
    }
};

QTEST_GUILESS_MAIN(TestHumanDuration)
#include "tst_humanduration.moc"
