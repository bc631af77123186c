// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/terminal/keymapping.h"
#include "ui/terminal/terminalwidget.h"

#include <QSignalSpy>
#include <QTest>

#include <vterm_keycodes.h>

using namespace Sextant::Ui;

class TestTerminalWidget final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_terminal = std::make_unique<TerminalWidget>();
        m_terminal->setTerminalSize(80, 24);
    }
    void cleanup() { m_terminal.reset(); }

    void feed_plainText_inCellsAndCursorAfter()
    {
        m_terminal->feed("hello");
        QCOMPARE(m_terminal->lineText(0), QStringLiteral("hello"));
        QCOMPARE(m_terminal->cellAt(0, 1).text, QStringLiteral("e"));
        QCOMPARE(m_terminal->cellAt(0, 1).foreground, m_terminal->defaultForeground());
        QCOMPARE(m_terminal->cursorPosition(), QPoint(5, 0));
    }

    void feed_sgrColours_data()
    {
        QTest::addColumn<QByteArray>("sequence");
        QTest::addColumn<QColor>("foreground");
        // Tango for the 16 ANSI colours, libvterm's xterm cube and ramp for 256, exact for RGB.
        QTest::newRow("16-colour red") << QByteArray("\x1b[31m") << QColor(0xcc, 0, 0);
        QTest::newRow("bright green") << QByteArray("\x1b[92m") << QColor(0x8a, 0xe2, 0x34);
        QTest::newRow("256-colour 21 (blue)") << QByteArray("\x1b[38;5;21m") << QColor(0, 0, 255);
        QTest::newRow("256-colour grey 244") << QByteArray("\x1b[38;5;244m") << QColor(133, 133, 133);
        QTest::newRow("truecolour") << QByteArray("\x1b[38;2;10;20;30m") << QColor(10, 20, 30);
    }
    void feed_sgrColours()
    {
        QFETCH(QByteArray, sequence);
        QFETCH(QColor, foreground);
        m_terminal->feed(sequence + "X\x1b[0mY");
        QCOMPARE(m_terminal->cellAt(0, 0).foreground, foreground);
        QCOMPARE(m_terminal->cellAt(0, 1).foreground, m_terminal->defaultForeground());
    }

    void feed_background_and_attributes()
    {
        m_terminal->feed("\x1b[1;4;44mB\x1b[0m\x1b[7mR\x1b[0m");
        const TerminalWidget::Cell bold = m_terminal->cellAt(0, 0);
        QVERIFY(bold.bold);
        QVERIFY(bold.underline);
        QCOMPARE(bold.background, QColor(0x34, 0x65, 0xa4));
        const TerminalWidget::Cell reversed = m_terminal->cellAt(0, 1);
        QVERIFY(reversed.reverse);
        // Reverse swaps the default colours.
        QCOMPARE(reversed.foreground, m_terminal->defaultBackground());
        QCOMPARE(reversed.background, m_terminal->defaultForeground());
    }

    void feed_cursorMoveAndClear()
    {
        m_terminal->feed("\x1b[5;10H*");
        QCOMPARE(m_terminal->cellAt(4, 9).text, QStringLiteral("*"));
        QCOMPARE(m_terminal->cursorPosition(), QPoint(10, 4));
        m_terminal->feed("\x1b[2J\x1b[H");
        QCOMPARE(m_terminal->lineText(4), QString());
        QCOMPARE(m_terminal->cursorPosition(), QPoint(0, 0));
    }

    void feed_utf8AndWideCharacters()
    {
        m_terminal->feed("gr\xc3\xbc\xc3\x9f \xe6\x97\xa5x");
        QCOMPARE(m_terminal->cellAt(0, 2).text, QStringLiteral("ü"));
        QCOMPARE(m_terminal->cellAt(0, 5).text, QString(QChar(0x65e5)));
        QCOMPARE(m_terminal->cellAt(0, 7).text, QStringLiteral("x")); // the wide character takes two cells
    }

    void feed_manyLines_goToScrollback()
    {
        QByteArray output;
        for (int i = 0; i < 100; ++i)
            output += "line " + QByteArray::number(i) + "\r\n";
        m_terminal->feed(output);
        QCOMPARE(m_terminal->scrollbackSize(), 77);
        QCOMPARE(m_terminal->scrollbackLineText(0), QStringLiteral("line 0"));
        QCOMPARE(m_terminal->lineText(22), QStringLiteral("line 99"));
    }

    void clearScrollback_keepsTheScreen()
    {
        QByteArray output;
        for (int i = 0; i < 40; ++i)
            output += "line " + QByteArray::number(i) + "\r\n";
        m_terminal->feed(output);
        QVERIFY(m_terminal->scrollbackSize() > 0);
        m_terminal->clearScrollback();
        QCOMPARE(m_terminal->scrollbackSize(), 0);
        QCOMPARE(m_terminal->lineText(22), QStringLiteral("line 39"));
    }

    void scrollback_isCapped()
    {
        QByteArray output;
        for (int i = 0; i < TerminalWidget::ScrollbackLines + 500; ++i)
            output += QByteArray::number(i) + "\r\n";
        m_terminal->feed(output);
        QCOMPARE(m_terminal->scrollbackSize(), TerminalWidget::ScrollbackLines);
    }

    void keys_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("letter") << int(Qt::Key_A) << 0 << QStringLiteral("a") << QByteArray("a");
        QTest::newRow("shifted letter") << int(Qt::Key_A) << int(Qt::ShiftModifier) << QStringLiteral("A")
                                        << QByteArray("A");
        QTest::newRow("enter") << int(Qt::Key_Return) << 0 << QStringLiteral("\r") << QByteArray("\r");
        QTest::newRow("backspace") << int(Qt::Key_Backspace) << 0 << QString() << QByteArray("\x7f");
        QTest::newRow("tab") << int(Qt::Key_Tab) << 0 << QStringLiteral("\t") << QByteArray("\t");
        QTest::newRow("up") << int(Qt::Key_Up) << 0 << QString() << QByteArray("\x1b[A");
        QTest::newRow("ctrl+c") << int(Qt::Key_C) << int(Qt::ControlModifier) << QString() << QByteArray("\x03");
        QTest::newRow("ctrl+d") << int(Qt::Key_D) << int(Qt::ControlModifier) << QString() << QByteArray("\x04");
        QTest::newRow("alt+x") << int(Qt::Key_X) << int(Qt::AltModifier) << QStringLiteral("x") << QByteArray("\x1bx");
        QTest::newRow("escape") << int(Qt::Key_Escape) << 0 << QString() << QByteArray("\x1b");
        QTest::newRow("F5") << int(Qt::Key_F5) << 0 << QString() << QByteArray("\x1b[15~");
        QTest::newRow("delete") << int(Qt::Key_Delete) << 0 << QString() << QByteArray("\x1b[3~");
    }
    void keys()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(QString, text);
        QFETCH(QByteArray, bytes);
        QSignalSpy input(m_terminal.get(), &TerminalWidget::inputReady);
        QKeyEvent event(QEvent::KeyPress, key, Qt::KeyboardModifiers(modifiers), text);
        QApplication::sendEvent(m_terminal.get(), &event);
        QCOMPARE(input.size(), 1);
        QCOMPARE(input.first().first().toByteArray(), bytes);
    }

    void keys_applicationCursorMode_ss3Arrows()
    {
        m_terminal->feed("\x1b[?1h");
        QSignalSpy input(m_terminal.get(), &TerminalWidget::inputReady);
        QTest::keyClick(m_terminal.get(), Qt::Key_Up);
        QCOMPARE(input.first().first().toByteArray(), QByteArray("\x1bOA"));
    }

    void keyMapping_printableAndSpecial()
    {
        const auto letter = terminalKeyFor(Qt::Key_B, Qt::ShiftModifier, QStringLiteral("B"));
        QVERIFY(letter);
        QCOMPARE(letter->character, U'B');
        QCOMPARE(letter->modifiers, int(VTERM_MOD_NONE));
        const auto home = terminalKeyFor(Qt::Key_Home, Qt::NoModifier, QString());
        QCOMPARE(home->vtermKey, int(VTERM_KEY_HOME));
        QVERIFY(!terminalKeyFor(Qt::Key_Shift, Qt::ShiftModifier, QString()));
    }

    void paste_plain_newlinesBecomeReturns()
    {
        QSignalSpy input(m_terminal.get(), &TerminalWidget::inputReady);
        m_terminal->pasteText(QStringLiteral("ls\necho hi"));
        QCOMPARE(input.first().first().toByteArray(), QByteArray("ls\recho hi"));
    }

    void paste_bracketedWhenTheApplicationAsked()
    {
        m_terminal->feed("\x1b[?2004h");
        QSignalSpy input(m_terminal.get(), &TerminalWidget::inputReady);
        m_terminal->pasteText(QStringLiteral("ls\n"));
        QCOMPARE(input.first().first().toByteArray(), QByteArray("\x1b[200~ls\r\x1b[201~"));
    }

    void selection_selectAll_copiesTheText()
    {
        m_terminal->feed("first\r\nsecond");
        m_terminal->selectAll();
        QVERIFY(m_terminal->selectedText().startsWith(QLatin1String("first\nsecond")));
    }

    void selection_doubleClick_selectsAWord()
    {
        m_terminal->resize(m_terminal->sizeForTerminal(80, 24));
        m_terminal->show();
        m_terminal->feed("alpha beta/gamma delta");
        const int cellWidth = m_terminal->sizeForTerminal(2, 1).width() - m_terminal->sizeForTerminal(1, 1).width();
        const int cellHeight = m_terminal->sizeForTerminal(1, 2).height() - m_terminal->sizeForTerminal(1, 1).height();
        const QPoint inBeta(2 + 7 * cellWidth + cellWidth / 2, 2 + cellHeight / 2);
        QTest::mouseDClick(m_terminal.get(), Qt::LeftButton, Qt::NoModifier, inBeta);
        QCOMPARE(m_terminal->selectedText(), QStringLiteral("beta/gamma"));
    }

    void selection_drag_selectsFromPressToRelease()
    {
        m_terminal->resize(m_terminal->sizeForTerminal(80, 24));
        m_terminal->show();
        m_terminal->feed("0123456789");
        const int cellWidth = m_terminal->sizeForTerminal(2, 1).width() - m_terminal->sizeForTerminal(1, 1).width();
        const int y = 4;
        QTest::mousePress(m_terminal.get(), Qt::LeftButton, Qt::NoModifier, QPoint(2 + 2 * cellWidth + 1, y));
        QMouseEvent move(QEvent::MouseMove, QPointF(2 + 6 * cellWidth + 1, y),
            m_terminal->mapToGlobal(QPointF(2 + 6 * cellWidth + 1, y)), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_terminal.get(), &move);
        QTest::mouseRelease(m_terminal.get(), Qt::LeftButton, Qt::NoModifier, QPoint(2 + 6 * cellWidth + 1, y));
        QCOMPARE(m_terminal->selectedText(), QStringLiteral("2345"));
    }

    void exitStatus_shownAndInputStops()
    {
        m_terminal->feed("$ false");
        m_terminal->showExitStatus(QStringLiteral("Process exited with status 3"), true);
        QCOMPARE(m_terminal->lineText(1), QStringLiteral("Process exited with status 3"));
        const QColor colour = m_terminal->cellAt(1, 0).foreground;
        QVERIFY2(colour.red() > 200 && colour.green() < 100, qPrintable(colour.name())); // red
        QVERIFY(m_terminal->cellAt(1, 0).bold);
        QSignalSpy input(m_terminal.get(), &TerminalWidget::inputReady);
        QTest::keyClick(m_terminal.get(), Qt::Key_A);
        QCOMPARE(input.size(), 0);
    }

    void resize_reportsTheNewSize()
    {
        QSignalSpy sizes(m_terminal.get(), &TerminalWidget::terminalSizeChanged);
        m_terminal->setTerminalSize(100, 30);
        QCOMPARE(sizes.size(), 1);
        QCOMPARE(sizes.first().at(0).toInt(), 100);
        QCOMPARE(sizes.first().at(1).toInt(), 30);
        m_terminal->feed("\x1b[30;100H@");
        QCOMPARE(m_terminal->cellAt(29, 99).text, QStringLiteral("@"));
    }

    void widgetResize_followsTheCellGrid()
    {
        QSignalSpy sizes(m_terminal.get(), &TerminalWidget::terminalSizeChanged);
        m_terminal->resize(m_terminal->sizeForTerminal(90, 20));
        m_terminal->show();
        QTRY_COMPARE(m_terminal->columns(), 90);
        QCOMPARE(m_terminal->rows(), 20);
        QVERIFY(!sizes.isEmpty());
    }

    void reset_keepsOldScreenInScrollback()
    {
        m_terminal->feed("before\r\n");
        m_terminal->showExitStatus(QStringLiteral("Process exited with status 0"), false);
        m_terminal->resetTerminal();
        QVERIFY(m_terminal->isInputEnabled());
        QCOMPARE(m_terminal->lineText(0), QString());
        QCOMPARE(m_terminal->scrollbackLineText(0), QStringLiteral("before"));
    }

private:
    std::unique_ptr<TerminalWidget> m_terminal;
};

QTEST_MAIN(TestTerminalWidget)
#include "tst_terminalwidget.moc"
