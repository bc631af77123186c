// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/auth/ansiescape.h"

#include <QTest>

using namespace Sextant::Core;

class TestAnsiEscape : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Rows of client-go's TestCleanANSIEscapeCodes (tools/clientcmd/client_config_test.go).
    void cleanAnsiEscapeCodes_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("DenyBoldCharacters")
            << QStringLiteral("\x1b[1mbold tuna\x1b[0m, fish, \x1b[1mbold marlin\x1b[0m")
            << QStringLiteral("U+001B[1mbold tunaU+001B[0m, fish, U+001B[1mbold marlinU+001B[0m");
        QTest::newRow("DenyCursorNavigation") << QStringLiteral("\x1b[2Aup up, \x1b[2Cright right")
                                              << QStringLiteral("U+001B[2Aup up, U+001B[2Cright right");
        QTest::newRow("DenyClearScreen") << QStringLiteral("clear: \x1b[2J") << QStringLiteral("clear: U+001B[2J");
        const QString spaces = QStringLiteral("tuna\nfish\r\nmarlin\t\r\ntuna\vfish\fmarlin");
        QTest::newRow("AllowSpaceCharactersUnchanged") << spaces << spaces;
        const QString letters = QString::fromUtf8("alpha: \u03b1, beta: \u03b2, gamma: \u03b3");
        QTest::newRow("AllowLetters") << letters << letters;
        const QString marks = QString::fromUtf8("tu\u0301na");
        QTest::newRow("AllowMarks") << marks << marks;
        const QString numbers = QString::fromUtf8("t\u00fana: \u0969, f\u00efsh: \u0f23, m\u00e4rlin: \u0f25");
        QTest::newRow("AllowNumbers") << numbers << numbers;
        const QString punctuation = QString::fromUtf8("\u00bf\u00a1\u00bf\u00a1\u00bf\u00a1");
        QTest::newRow("AllowPunctuation") << punctuation << punctuation;
        const QString symbols = QString::fromUtf8("\u00b6\u00b6\u00b6");
        QTest::newRow("AllowSymbols") << symbols << symbols;
        const QString separators = QString::fromUtf8("tuna\u2003fish\u2003marlin");
        QTest::newRow("AllowSeparators") << separators << separators;
        QTest::newRow("DenyBell") << QStringLiteral("ding\a") << QStringLiteral("dingU+0007");
        QTest::newRow("AllowEmoji") << QString::fromUtf8("ok \U0001F600") << QString::fromUtf8("ok \U0001F600");
    }
    void cleanAnsiEscapeCodes()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(Sextant::Core::cleanAnsiEscapeCodes(in), out);
    }

    void stripControlCharacters_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << QStringLiteral("error: denied") << QStringLiteral("error: denied");
        QTest::newRow("colours") << QStringLiteral("\x1b[31merror\x1b[0m: denied") << QStringLiteral("error: denied");
        QTest::newRow("clearScreen") << QStringLiteral("a\x1b[2Jb") << QStringLiteral("ab");
        QTest::newRow("oscTitleBel") << QStringLiteral("\x1b]0;evil title\ax") << QStringLiteral("x");
        QTest::newRow("oscTitleSt") << QStringLiteral("\x1b]0;evil\x1b\\x") << QStringLiteral("x");
        QTest::newRow("carriageReturnOverwrite") << QStringLiteral("secret\rpublic") << QStringLiteral("secretpublic");
        QTest::newRow("keepsNewlineAndTab") << QStringLiteral("a\n\tb") << QStringLiteral("a\n\tb");
        QTest::newRow("bidiOverride") << QString::fromUtf8("abc\u202Edef") << QStringLiteral("abcdef");
        QTest::newRow("c1Control") << QString::fromUtf8("a\u009bb") << QStringLiteral("ab");
    }
    void stripControlCharacters()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(Sextant::Core::stripControlCharacters(in), out);
    }
};

QTEST_GUILESS_MAIN(TestAnsiEscape)
#include "tst_ansiescape.moc"
