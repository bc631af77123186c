// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/actions/textdiff.h"

#include <QTest>

using namespace Sextant::Core;

class TestTextDiff final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void unifiedDiff_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("context");
        QTest::addColumn<QString>("expected");

        QTest::newRow("equal texts give nothing") << "a\nb\n"
                                                  << "a\nb\n"
                                                  << 3 << QString();
        QTest::newRow("one changed line in the middle") << "a\nb\nc\nd\ne\n"
                                                        << "a\nb\nX\nd\ne\n"
                                                        << 1 << "--- old\n+++ new\n@@ -2,3 +2,3 @@\n b\n-c\n+X\n d\n";
        QTest::newRow("count of one is implied") << "a\n"
                                                 << "b\n"
                                                 << 3 << "--- old\n+++ new\n@@ -1 +1 @@\n-a\n+b\n";
        QTest::newRow("insertion into empty names line zero") << ""
                                                              << "a\nb\n"
                                                              << 3 << "--- old\n+++ new\n@@ -0,0 +1,2 @@\n+a\n+b\n";
        QTest::newRow("everything removed") << "a\nb\n"
                                            << "" << 3 << "--- old\n+++ new\n@@ -1,2 +0,0 @@\n-a\n-b\n";
        QTest::newRow("pure insertion after a line") << "a\nb\n"
                                                     << "a\nnew\nb\n"
                                                     << 0 << "--- old\n+++ new\n@@ -1,0 +2 @@\n+new\n";
        // Changes 7 lines apart with context 3 leave a gap of 6 = 2*3: one hunk, as GNU diff.
        QTest::newRow("gap of two contexts joins hunks")
            << "1\n2\n3\n4\n5\n6\n7\n8\n"
            << "X\n2\n3\n4\n5\n6\n7\nY\n"
            << 3 << "--- old\n+++ new\n@@ -1,8 +1,8 @@\n-1\n+X\n 2\n 3\n 4\n 5\n 6\n 7\n-8\n+Y\n";
        QTest::newRow("wider gap splits hunks")
            << "1\n2\n3\n4\n5\n6\n7\n8\n9\n"
            << "X\n2\n3\n4\n5\n6\n7\n8\nY\n"
            << 3 << "--- old\n+++ new\n@@ -1,4 +1,4 @@\n-1\n+X\n 2\n 3\n 4\n@@ -6,4 +6,4 @@\n 6\n 7\n 8\n-9\n+Y\n";
        QTest::newRow("no final newline is the same text") << "a\nb"
                                                           << "a\nc\n"
                                                           << 3 << "--- old\n+++ new\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n";
    }

    void unifiedDiff()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, context);
        QFETCH(QString, expected);
        QCOMPARE(Sextant::Core::unifiedDiff(from, to, QStringLiteral("old"), QStringLiteral("new"), context), expected);
    }

    void diffLines_interleavedChanges_keepLongestCommonSubsequence()
    {
        const QStringList from { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a"),
            QStringLiteral("b"), QStringLiteral("b"), QStringLiteral("a") };
        const QStringList to { QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("b"),
            QStringLiteral("a"), QStringLiteral("c") };
        const QList<DiffLine> script = diffLines(from, to);
        QStringList rebuiltFrom;
        QStringList rebuiltTo;
        int same = 0;
        for (const DiffLine &line : script) {
            if (line.kind != DiffLine::Kind::Added)
                rebuiltFrom.append(line.text);
            if (line.kind != DiffLine::Kind::Removed)
                rebuiltTo.append(line.text);
            same += line.kind == DiffLine::Kind::Same ? 1 : 0;
        }
        QCOMPARE(rebuiltFrom, from);
        QCOMPARE(rebuiltTo, to);
        QCOMPARE(same, 4); // LCS of ABCABBA and CBABAC has length 4 (Myers' paper)
    }

    void unifiedDiff_imageChangeInYaml_showsOnlyThatLineWithContext()
    {
        const QString from = QStringLiteral("spec:\n  containers:\n  - image: nginx:1.25\n    name: web\n");
        const QString to = QStringLiteral("spec:\n  containers:\n  - image: nginx:1.27\n    name: web\n");
        const QString diff
            = Sextant::Core::unifiedDiff(from, to, QStringLiteral("revision 1"), QStringLiteral("revision 2"));
        QVERIFY(diff.contains(QStringLiteral("\n-  - image: nginx:1.25\n+  - image: nginx:1.27\n")));
        QVERIFY(diff.startsWith(QStringLiteral("--- revision 1\n+++ revision 2\n@@ -1,4 +1,4 @@\n")));
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
