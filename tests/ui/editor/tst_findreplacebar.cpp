// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/findreplacebar.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QVBoxLayout>

using Sextant::Ui::FindReplaceBar;

class TestFindReplaceBar : public QObject {
    Q_OBJECT

private:
    struct Fixture {
        QWidget window;
        QPlainTextEdit *editor = nullptr;
        FindReplaceBar *bar = nullptr;
        explicit Fixture(const QString &text)
        {
            auto *layout = new QVBoxLayout(&window);
            editor = new QPlainTextEdit(&window);
            bar = new FindReplaceBar(editor, &window);
            layout->addWidget(editor);
            layout->addWidget(bar);
            editor->setPlainText(text);
            window.show();
        }
        int selectionStart() const { return editor->textCursor().selectionStart(); }
    };

private Q_SLOTS:
    void findNext_stepsThroughMatchesAndWraps()
    {
        Fixture f(QStringLiteral("foo bar foo\nFoo"));
        f.bar->showFind();
        QVERIFY(f.bar->isVisible());
        f.bar->findInput()->setText(QStringLiteral("foo"));
        QVERIFY(f.bar->findNext());
        QCOMPARE(f.selectionStart(), 0);
        QVERIFY(f.bar->findNext());
        QCOMPARE(f.selectionStart(), 8);
        QVERIFY(f.bar->findNext());
        QCOMPARE(f.selectionStart(), 12); // case-insensitive by default
        QVERIFY(f.bar->findNext());
        QCOMPARE(f.selectionStart(), 0); // wrapped
        QVERIFY(f.bar->findPrevious());
        QCOMPARE(f.selectionStart(), 12); // wrapped backwards
    }

    void findNext_options_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<bool>("wholeWords");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<QList<int>>("starts");
        QTest::newRow("match case") << "Foo" << true << false << false << QList<int> { 18 };
        QTest::newRow("whole words") << "foo" << false << true << false << QList<int> { 0, 18 };
        QTest::newRow("regex") << "f[a-z]+bar" << false << false << true << QList<int> { 4 };
        QTest::newRow("regex whole words case") << "F\\w+" << true << true << true << QList<int> { 18 };
    }

    void findNext_options()
    {
        QFETCH(QString, query);
        QFETCH(bool, caseSensitive);
        QFETCH(bool, wholeWords);
        QFETCH(bool, regex);
        QFETCH(QList<int>, starts);
        Fixture f(QStringLiteral("foo foobar barfoo Foo"));
        f.bar->setCaseSensitive(caseSensitive);
        f.bar->setWholeWords(wholeWords);
        f.bar->setRegularExpression(regex);
        f.bar->findInput()->setText(query);
        QList<int> found;
        for (int i = 0; i < starts.size(); ++i) {
            QVERIFY(f.bar->findNext());
            found << f.selectionStart();
        }
        QCOMPARE(found, starts);
        QVERIFY(f.bar->findNext());
        QCOMPARE(f.selectionStart(), starts.first()); // nothing else: wrapped to the first
    }

    void keys_f3AndEnterInBar()
    {
        Fixture f(QStringLiteral("a x a x a"));
        f.bar->showFind();
        QTest::keyClicks(f.bar->findInput(), QStringLiteral("a"));
        QTest::keyClick(f.bar->findInput(), Qt::Key_Return);
        QCOMPARE(f.selectionStart(), 0);
        QTest::keyClick(f.bar->findInput(), Qt::Key_Return);
        QCOMPARE(f.selectionStart(), 4);
        QTest::keyClick(f.bar->findInput(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(f.selectionStart(), 0);
        QTest::keyClick(f.bar->findInput(), Qt::Key_Escape);
        QVERIFY(!f.bar->isVisible());
    }

    void replaceAll_isOneUndoStep()
    {
        const QString original = QStringLiteral("image: nginx\n  image: nginx:1.25\nnginx");
        Fixture f(original);
        f.bar->showReplace();
        QVERIFY(f.bar->replaceInput()->isVisible());
        f.bar->findInput()->setText(QStringLiteral("nginx"));
        f.bar->replaceInput()->setText(QStringLiteral("httpd"));
        QCOMPARE(f.bar->replaceAll(), 3);
        QCOMPARE(f.editor->toPlainText(), QStringLiteral("image: httpd\n  image: httpd:1.25\nhttpd"));
        f.editor->undo();
        QCOMPARE(f.editor->toPlainText(), original);
    }

    void replaceAll_regexWithCaptures()
    {
        Fixture f(QStringLiteral("cpu: 100m\nmemory: 64Mi"));
        f.bar->setRegularExpression(true);
        f.bar->findInput()->setText(QStringLiteral("(\\d+)Mi"));
        f.bar->replaceInput()->setText(QStringLiteral("\\1Gi"));
        QCOMPARE(f.bar->replaceAll(), 1);
        QCOMPARE(f.editor->toPlainText(), QStringLiteral("cpu: 100m\nmemory: 64Gi"));
    }

    void replaceAll_emptyMatchesTerminate()
    {
        Fixture f(QStringLiteral("ab"));
        f.bar->setRegularExpression(true);
        f.bar->findInput()->setText(QStringLiteral("x*"));
        f.bar->replaceInput()->setText(QStringLiteral("-"));
        QCOMPARE(f.bar->replaceAll(), 0);
        QCOMPARE(f.editor->toPlainText(), QStringLiteral("ab"));
    }

    void replaceCurrent_replacesSelectedMatchThenMovesOn()
    {
        Fixture f(QStringLiteral("a a a"));
        f.bar->findInput()->setText(QStringLiteral("a"));
        f.bar->replaceInput()->setText(QStringLiteral("bb"));
        QVERIFY(f.bar->replaceCurrent()); // selects the first match
        QCOMPARE(f.editor->toPlainText(), QStringLiteral("a a a"));
        QVERIFY(f.bar->replaceCurrent());
        QCOMPARE(f.editor->toPlainText(), QStringLiteral("bb a a"));
        QCOMPARE(f.selectionStart(), 3);
    }

    void readOnlyEditor_replacesNothing()
    {
        Fixture f(QStringLiteral("a"));
        f.editor->setReadOnly(true);
        f.bar->showReplace();
        QVERIFY(!f.bar->replaceInput()->isVisible());
        f.bar->findInput()->setText(QStringLiteral("a"));
        QCOMPARE(f.bar->replaceAll(), 0);
        QCOMPARE(f.editor->toPlainText(), QStringLiteral("a"));
    }
};

QTEST_MAIN(TestFindReplaceBar)
#include "tst_findreplacebar.moc"
