// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "fakeassistant.h"
#include "ui/editor/codeeditor.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QToolTip>

using Sextant::Core::Diagnostic;
using Sextant::Ui::CodeEditor;

class TestCodeEditor : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<CodeEditor> makeEditor(const QString &text)
    {
        auto editor = std::make_unique<CodeEditor>();
        editor->resize(600, 400);
        editor->setPlainText(text);
        editor->show();
        editor->activateWindow();
        editor->setFocus();
        return editor;
    }

    static void placeCursor(CodeEditor &editor, int line, int column)
    {
        const QTextBlock block = editor.document()->findBlockByNumber(line - 1);
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + column - 1);
        editor.setTextCursor(cursor);
    }

    static void selectLines(CodeEditor &editor, int first, int last)
    {
        QTextCursor cursor(editor.document()->findBlockByNumber(first - 1));
        const QTextBlock end = editor.document()->findBlockByNumber(last - 1);
        cursor.setPosition(end.position() + end.length() - 1, QTextCursor::KeepAnchor);
        editor.setTextCursor(cursor);
    }

private Q_SLOTS:
    void tab_withoutSelection_insertsTwoSpaces()
    {
        auto editor = makeEditor(QStringLiteral("a: 1"));
        placeCursor(*editor, 1, 1);
        QTest::keyClick(editor.get(), Qt::Key_Tab);
        QCOMPARE(editor->toPlainText(), QStringLiteral("  a: 1"));
    }

    void tab_withSelection_indentsLines_shiftTabDedents()
    {
        auto editor = makeEditor(QStringLiteral("a: 1\nb:\n  c: 2\nd: 3"));
        selectLines(*editor, 1, 3);
        QTest::keyClick(editor.get(), Qt::Key_Tab);
        QCOMPARE(editor->toPlainText(), QStringLiteral("  a: 1\n  b:\n    c: 2\nd: 3"));
        QVERIFY(editor->textCursor().hasSelection());

        QTest::keyClick(editor.get(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(editor->toPlainText(), QStringLiteral("a: 1\nb:\n  c: 2\nd: 3"));
        QTest::keyClick(editor.get(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(editor->toPlainText(), QStringLiteral("a: 1\nb:\nc: 2\nd: 3"));
    }

    void enter_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("keeps indentation") << "  name: web"
                                           << "  name: web\n  ";
        QTest::newRow("after key with colon") << "spec:"
                                              << "spec:\n  ";
        QTest::newRow("nested key with colon") << "  template:"
                                               << "  template:\n    ";
        QTest::newRow("in list item") << "  - name: web"
                                      << "  - name: web\n    ";
        QTest::newRow("list item key with colon") << "- env:"
                                                  << "- env:\n    ";
        QTest::newRow("colon before comment") << "spec: # the spec"
                                              << "spec: # the spec\n  ";
        QTest::newRow("block scalar") << "script: |"
                                      << "script: |\n  ";
    }

    void enter()
    {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        auto editor = makeEditor(line);
        editor->moveCursor(QTextCursor::End);
        QTest::keyClick(editor.get(), Qt::Key_Return);
        QCOMPARE(editor->toPlainText(), expected);
        QCOMPARE(editor->textCursor().position(), expected.size());
    }

    void commentToggle_selection_commentsAndUncomments()
    {
        const QString original = QStringLiteral("spec:\n  replicas: 3\n\n  paused: true\nkind: x");
        auto editor = makeEditor(original);
        selectLines(*editor, 2, 4);
        QTest::keyClick(editor.get(), Qt::Key_Slash, Qt::ControlModifier);
        QCOMPARE(editor->toPlainText(), QStringLiteral("spec:\n  # replicas: 3\n\n  # paused: true\nkind: x"));
        QTest::keyClick(editor.get(), Qt::Key_Slash, Qt::ControlModifier);
        QCOMPARE(editor->toPlainText(), original);
    }

    void commentToggle_mixedIndent_commentsAtCommonIndent()
    {
        auto editor = makeEditor(QStringLiteral("a:\n  b: 1"));
        selectLines(*editor, 1, 2);
        editor->toggleComment();
        QCOMPARE(editor->toPlainText(), QStringLiteral("# a:\n#   b: 1"));
        editor->undo();
        QCOMPARE(editor->toPlainText(), QStringLiteral("a:\n  b: 1")); // one undo step
    }

    void diagnostics_becomeWavyUnderlinesAtLineAndColumn()
    {
        auto editor = makeEditor(QStringLiteral("kind: Deployment\nspec:\n  replica: 3\n  image: x"));
        Diagnostic unknown;
        unknown.line = 3;
        unknown.column = 3;
        unknown.length = 7;
        unknown.message = QStringLiteral("unknown field \"spec.replica\"");
        Diagnostic toEnd;
        toEnd.line = 4;
        toEnd.column = 10;
        toEnd.severity = Diagnostic::Severity::Warning;
        toEnd.message = QStringLiteral("too short");
        editor->setDiagnostics({ unknown, toEnd });

        const QList<QTextEdit::ExtraSelection> underlines = editor->diagnosticSelections();
        QCOMPARE(underlines.size(), 2);
        const int line3 = editor->document()->findBlockByNumber(2).position();
        QCOMPARE(underlines.at(0).cursor.selectionStart(), line3 + 2);
        QCOMPARE(underlines.at(0).cursor.selectedText(), QStringLiteral("replica"));
        QCOMPARE(underlines.at(0).format.underlineStyle(), QTextCharFormat::WaveUnderline);
        QCOMPARE(underlines.at(0).format.toolTip(), unknown.message);
        // length 0: to the end of the token
        QCOMPARE(underlines.at(1).cursor.selectedText(), QStringLiteral("x"));
        QVERIFY(underlines.at(0).format.underlineColor() != underlines.at(1).format.underlineColor());
        // shown: the current line plus both underlines
        QCOMPARE(editor->extraSelections().size(), 3);
    }

    void diagnostics_followEdits()
    {
        auto editor = makeEditor(QStringLiteral("a: 1\nbad: 2"));
        Diagnostic diagnostic;
        diagnostic.line = 2;
        diagnostic.column = 1;
        diagnostic.length = 3;
        editor->setDiagnostics({ diagnostic });
        placeCursor(*editor, 1, 1);
        QTest::keyClicks(editor.get(), QStringLiteral("x"));
        QCOMPARE(editor->diagnosticSelections().at(0).cursor.selectedText(), QStringLiteral("bad"));
    }

    void hover_overProblem_showsItsMessage_elsewhereFieldHelp()
    {
        auto assistant = std::make_shared<FakeAssistant>();
        assistant->setHelp(Sextant::Core::FieldHelp { QStringLiteral("spec.replicas"), QStringLiteral("integer"),
            QStringLiteral("Number of desired pods."), false, {} });
        Sextant::Core::ManifestWorker worker(assistant);
        auto editor = makeEditor(QStringLiteral("spec:\n  replicas: 3\n  replica: 3"));
        editor->setWorker(&worker);
        Diagnostic unknown;
        unknown.line = 3;
        unknown.column = 3;
        unknown.length = 7;
        unknown.message = QStringLiteral("unknown field \"spec.replica\"");
        editor->setDiagnostics({ unknown });

        auto hoverAt = [&](int line, int column) {
            const QTextBlock block = editor->document()->findBlockByNumber(line - 1);
            QTextCursor cursor(block);
            cursor.setPosition(block.position() + column - 1);
            const QPoint pos = editor->cursorRect(cursor).center() + QPoint(2, 0);
            QHelpEvent event(QEvent::ToolTip, pos, editor->viewport()->mapToGlobal(pos));
            QCoreApplication::sendEvent(editor->viewport(), &event);
        };
        hoverAt(3, 4);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), QStringLiteral("unknown field &quot;spec.replica&quot;"));

        QToolTip::hideText();
        QTRY_VERIFY(!QToolTip::isVisible());
        hoverAt(2, 4);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QLatin1String("Number of desired pods.")), qPrintable(QToolTip::text()));
        QVERIFY(QToolTip::text().contains(QLatin1String("integer")));
    }

    void completion_ctrlSpace_listsItemsAndInserts()
    {
        auto assistant = std::make_shared<FakeAssistant>();
        assistant->setCompletions(deploymentSpecCompletions());
        Sextant::Core::ManifestWorker worker(assistant);
        auto editor = makeEditor(QStringLiteral("kind: Deployment\n---\nkind: Deployment\nspec:\n  "));
        editor->setWorker(&worker);
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor.get(), QStringLiteral("re"));
        QTest::keyClick(editor.get(), Qt::Key_Space, Qt::ControlModifier);

        QAbstractItemView *popup = editor->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        // Only the document around the cursor was sent, with its own line numbers.
        QCOMPARE(assistant->lastCompletionText(), QByteArray("---\nkind: Deployment\nspec:\n  re\n"));
        QCOMPARE(assistant->lastCompletionPlace(), qMakePair(4, 5));
        QCOMPARE(editor->completer()->completionCount(), 2);
        // label, padded to the longest label of the answer, then the type
        const QString longest = QStringLiteral("progressDeadlineSeconds");
        QCOMPARE(popup->model()->index(0, 0).data().toString(),
            QStringLiteral("replicas").leftJustified(longest.size() + 3) + QStringLiteral("integer"));
        QCOMPARE(popup->model()->index(1, 0).data().toString(),
            QStringLiteral("revisionHistoryLimit").leftJustified(longest.size() + 3) + QStringLiteral("integer"));

        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_VERIFY(!popup->isVisible());
        QCOMPARE(editor->document()->lastBlock().text(), QStringLiteral("  revisionHistoryLimit: "));
    }

    void completion_typingKeyPrefix_opensPopupByItself()
    {
        auto assistant = std::make_shared<FakeAssistant>();
        assistant->setCompletions(deploymentSpecCompletions());
        Sextant::Core::ManifestWorker worker(assistant);
        auto editor = makeEditor(QStringLiteral("spec:\n  "));
        editor->setWorker(&worker);
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor.get(), QStringLiteral("tem"));
        QAbstractItemView *popup = editor->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(editor->completer()->completionCount(), 1);
        QTest::keyClick(popup, Qt::Key_Tab); // Tab completes too, instead of inserting spaces
        QTRY_VERIFY(!popup->isVisible());
        QCOMPARE(editor->document()->lastBlock().text(), QStringLiteral("  template: "));
    }

    void completion_notAfterValue()
    {
        auto assistant = std::make_shared<FakeAssistant>();
        assistant->setCompletions(deploymentSpecCompletions());
        Sextant::Core::ManifestWorker worker(assistant);
        auto editor = makeEditor(QStringLiteral("image: "));
        editor->setWorker(&worker);
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor.get(), QStringLiteral("re"));
        QTest::qWait(400);
        QVERIFY(!editor->completer()->popup()->isVisible());
    }
};

QTEST_MAIN(TestCodeEditor)
#include "tst_codeeditor.moc"
