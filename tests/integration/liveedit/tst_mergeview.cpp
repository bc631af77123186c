// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/codeeditor.h"
#include "ui/editor/highlighterfactory.h"
#include "ui/liveedit/mergeview.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolButton>
#include <QTreeWidget>

using namespace Sextant;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const char *const Base = R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},
    "data":{"a":"1","b":"1","c":"1"}})";
const char *const Mine = R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},
    "data":{"a":"mine","b":"mine","c":"1"}})";
const char *const Theirs = R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},
    "data":{"a":"theirs","c":"theirs"}})";

QToolButton *decisionButton(QTreeWidget *list, int row, const char *name)
{
    QWidget *buttons = list->itemWidget(list->topLevelItem(row), 4);
    return buttons ? buttons->findChild<QToolButton *>(QString::fromLatin1(name)) : nullptr;
}

} // namespace

class TestMergeView final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void setMerge_conflicts_listedAndMarked()
    {
        Ui::BuiltinHighlighterFactory highlighters;
        Ui::MergeView view(highlighters);
        view.resize(1200, 800);
        view.show();
        const Core::MergeResult result = Core::mergeThreeWay(json(Base), json(Mine), json(Theirs));
        view.setMerge(json(Base), json(Theirs), json(Mine), result);

        QCOMPARE(view.conflictCount(), 2); // a: both changed; b: mine changed, theirs removed
        QCOMPARE(view.unresolvedCount(), 2);
        QCOMPARE(view.conflictList()->topLevelItem(0)->text(0), QStringLiteral("data.a"));
        QCOMPARE(view.conflictList()->topLevelItem(1)->text(0), QStringLiteral("data.b"));
        QCOMPARE(view.conflictList()->topLevelItem(1)->text(2), QStringLiteral("(removed)"));
        QCOMPARE(view.mergedEditor()->diagnostics().size(), 2);
        QCOMPARE(view.theirsView()->diagnostics().size(), 2);
        QVERIFY(view.baseView()->isReadOnly() && view.theirsView()->isReadOnly() && view.mineView()->isReadOnly());
        QVERIFY(!view.mergedEditor()->isReadOnly());
        // The non-conflicting change of theirs is in the merged text already.
        QVERIFY(view.mergedEditor()->toPlainText().contains(QStringLiteral("c: theirs")));
    }

    void resolve_eachSide_mergedTextFollowsAndKeepsOwnEdits()
    {
        Ui::BuiltinHighlighterFactory highlighters;
        Ui::MergeView view(highlighters);
        view.show();
        view.setMerge(json(Base), json(Theirs), json(Mine), Core::mergeThreeWay(json(Base), json(Mine), json(Theirs)));
        QSignalSpy unresolved(&view, &Ui::MergeView::unresolvedCountChanged);

        // A hand edit elsewhere in the merged text survives a decision.
        QTextCursor cursor = view.mergedEditor()->document()->find(QStringLiteral("name: c"));
        QVERIFY(!cursor.isNull());
        cursor.insertText(QStringLiteral("name: c\n  labels:\n    edited: by-hand"));

        decisionButton(view.conflictList(), 0, "keepMine")->click();
        QVERIFY(decisionButton(view.conflictList(), 0, "keepMine")->isChecked());
        QVERIFY(!decisionButton(view.conflictList(), 0, "takeTheirs")->isChecked());
        QCOMPARE(view.decision(0), Core::MergeSide::Mine);
        QVERIFY(view.mergedEditor()->toPlainText().contains(QStringLiteral("a: mine")));
        // One Undo brings the previous merged text back.
        view.mergedEditor()->undo();
        QVERIFY(view.mergedEditor()->toPlainText().contains(QStringLiteral("a: theirs")));
        view.mergedEditor()->redo();
        QVERIFY(view.mergedEditor()->toPlainText().contains(QStringLiteral("a: mine")));
        decisionButton(view.conflictList(), 1, "takeTheirs")->click();
        QCOMPARE(view.unresolvedCount(), 0);
        QCOMPARE(unresolved.last().first().toInt(), 0);

        const QString text = view.mergedEditor()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("a: mine")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("b:")), qPrintable(text)); // theirs removed it
        QVERIFY2(text.contains(QStringLiteral("edited: by-hand")), qPrintable(text));
        QVERIFY(view.mergedEditor()->diagnostics().isEmpty());
    }

    void resolve_mergedTextBroken_problemReportedNothingDecided()
    {
        Ui::BuiltinHighlighterFactory highlighters;
        Ui::MergeView view(highlighters);
        view.setMerge(json(Base), json(Theirs), json(Mine), Core::mergeThreeWay(json(Base), json(Mine), json(Theirs)));
        view.mergedEditor()->setPlainText(QStringLiteral("data: [unclosed"));
        QSignalSpy problem(&view, &Ui::MergeView::problem);
        QVERIFY(!view.resolve(0, Core::MergeSide::Mine));
        QCOMPARE(problem.count(), 1);
        QVERIFY(!view.decision(0).has_value());
        QVERIFY(!decisionButton(view.conflictList(), 0, "keepMine")->isChecked());
    }

    void showConflict_movesEveryTextToTheField()
    {
        Ui::BuiltinHighlighterFactory highlighters;
        Ui::MergeView view(highlighters);
        view.show();
        view.setMerge(json(Base), json(Theirs), json(Mine), Core::mergeThreeWay(json(Base), json(Mine), json(Theirs)));
        view.conflictList()->setCurrentItem(view.conflictList()->topLevelItem(0));
        view.showConflict(0);
        QCOMPARE(view.mineView()->textCursor().block().text().trimmed(), QStringLiteral("a: mine"));
        QCOMPARE(view.theirsView()->textCursor().block().text().trimmed(), QStringLiteral("a: theirs"));
        QCOMPARE(view.baseView()->textCursor().block().text().trimmed(), QStringLiteral("a: \"1\""));
        QCOMPARE(view.mergedEditor()->textCursor().block().text().trimmed(), QStringLiteral("a: theirs"));
    }
};

QTEST_MAIN(TestMergeView)
#include "tst_mergeview.moc"
