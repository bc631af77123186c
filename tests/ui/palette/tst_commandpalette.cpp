// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/palette/commandpalette.h"
#include "ui/palette/fuzzymatch.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QTest>

using namespace Sextant::Ui;

class TestCommandPalette final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fuzzyScore_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");
        QTest::newRow("prefix") << "dep"
                                << "Deployments" << true;
        QTest::newRow("missing letter") << "sfx"
                                        << "StatefulSets" << false;
        QTest::newRow("camel word starts") << "ss"
                                           << "StatefulSets" << true;
        QTest::newRow("out of order") << "yd"
                                      << "Deployments" << false;
        QTest::newRow("spaces ignored") << "pod log"
                                        << "Pod logs" << true;
        QTest::newRow("empty matches all") << ""
                                           << "Anything" << true;
    }

    void fuzzyScore()
    {
        QFETCH(QString, query);
        QFETCH(QString, text);
        QFETCH(bool, matches);
        QCOMPARE(Sextant::Ui::fuzzyScore(query, text).has_value(), matches);
    }

    void fuzzyScore_prefixBeatsMiddle()
    {
        const int prefix = *Sextant::Ui::fuzzyScore(QStringLiteral("pod"), QStringLiteral("Pods"));
        const int middle = *Sextant::Ui::fuzzyScore(QStringLiteral("pod"), QStringLiteral("HorizontalPodAutoscalers"));
        QVERIFY2(prefix > middle, qPrintable(QStringLiteral("%1 <= %2").arg(prefix).arg(middle)));
    }

    void typingAndEnter_runsBestMatch()
    {
        QWidget window;
        window.resize(900, 600);
        CommandPalette palette(&window);
        window.show();
        QAbstractItemModelTester tester(palette.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString ran;
        palette.open({
            { QStringLiteral("Pods"), QStringLiteral("Go to"), {}, {}, [&] { ran = QStringLiteral("pods"); } },
            { QStringLiteral("Deployments"), QStringLiteral("Go to"), {}, {},
                [&] { ran = QStringLiteral("deployments"); } },
            { QStringLiteral("Delete"), QStringLiteral("Action"), QKeySequence::Delete,
                QStringLiteral("You may not delete pods."), [&] { ran = QStringLiteral("delete"); } },
        });
        QVERIFY(palette.isVisible());
        QCOMPARE(palette.model()->rowCount(), 3);

        QTest::keyClicks(palette.input(), QStringLiteral("dep"));
        QCOMPARE(palette.list()->currentIndex().data().toString(), QStringLiteral("Deployments"));
        QTest::keyClick(palette.input(), Qt::Key_Return);
        QCOMPARE(ran, QStringLiteral("deployments"));
        QVERIFY(!palette.isVisible());
    }

    void disabledItem_showsReason_andDoesNotRun()
    {
        QWidget window;
        window.resize(900, 600);
        CommandPalette palette(&window);
        window.show();
        bool ran = false;
        palette.open({ { QStringLiteral("Delete"), QStringLiteral("Action"), {},
            QStringLiteral("You may not delete pods."), [&] { ran = true; } } });
        QTest::keyClick(palette.input(), Qt::Key_Return);
        QVERIFY(!ran);
        QVERIFY(palette.isVisible());
        QCOMPARE(
            palette.model()->index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("You may not delete pods."));
        QTest::keyClick(palette.input(), Qt::Key_Escape);
        QVERIFY(!palette.isVisible());
    }

    void arrowKeys_moveSelection()
    {
        QWidget window;
        window.resize(900, 600);
        CommandPalette palette(&window);
        window.show();
        QString ran;
        palette.open({
            { QStringLiteral("Pods"), QStringLiteral("Go to"), {}, {}, [&] { ran = QStringLiteral("pods"); } },
            { QStringLiteral("Nodes"), QStringLiteral("Go to"), {}, {}, [&] { ran = QStringLiteral("nodes"); } },
        });
        QTest::keyClick(palette.input(), Qt::Key_Down);
        QTest::keyClick(palette.input(), Qt::Key_Return);
        QCOMPARE(ran, QStringLiteral("nodes"));
    }
};

QTEST_MAIN(TestCommandPalette)
#include "tst_commandpalette.moc"
