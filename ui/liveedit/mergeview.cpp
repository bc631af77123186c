// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/liveedit/mergeview.h"

#include "core/liveedit/edittext.h"
#include "core/util/yamlwriter.h"
#include "ui/editor/codeeditor.h"
#include "ui/editor/highlighterfactory.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPointer>
#include <QSplitter>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {

enum Column {
    FieldColumn,
    BaseColumn,
    TheirsColumn,
    MineColumn,
    DecisionColumn,
};

constexpr int ValueTextLimit = 60;

CodeEditor *readOnlyEditor(const SyntaxHighlighterFactory &highlighters, const QString &objectName, QWidget *parent)
{
    auto *editor = new CodeEditor(parent);
    editor->setObjectName(objectName);
    editor->setReadOnly(true);
    highlighters.createYamlHighlighter(editor->document());
    return editor;
}

// Marks the conflicting fields in one text; resolved ones are left unmarked in the merged text.
Core::Diagnostics conflictMarks(const QString &text, const QList<Core::MergeConflict> &conflicts,
    const QList<std::optional<Core::MergeSide>> &decisions, Core::Diagnostic::Severity severity, bool skipResolved)
{
    const auto parsed = Core::parseEditedObject(text);
    if (!parsed)
        return {};
    Core::Diagnostics marks;
    for (qsizetype i = 0; i < conflicts.size(); ++i) {
        if (skipResolved && decisions.value(i))
            continue;
        const Core::YamlPosition at = Core::positionOf(*parsed, conflicts.at(i).path);
        Core::Diagnostic mark;
        mark.line = at.isValid() ? at.line : 1;
        mark.column = at.isValid() ? at.column : 1;
        mark.severity = severity;
        mark.message = QCoreApplication::translate("Sextant::Ui::MergeView", "Conflict: %1 was changed on both sides")
                           .arg(conflicts.at(i).pathText());
        mark.path = conflicts.at(i).pathText();
        marks << mark;
    }
    return marks;
}

void replaceText(CodeEditor *editor, const QString &text)
{
    // Through a cursor, so Undo brings the previous merged text back.
    QTextCursor cursor(editor->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
}

void goToField(CodeEditor *editor, const Core::MergePath &path)
{
    const auto parsed = Core::parseEditedObject(editor->toPlainText());
    if (!parsed)
        return;
    const Core::YamlPosition at = Core::positionOf(*parsed, path);
    if (at.isValid())
        editor->goTo(at.line, at.column);
}

} // namespace

MergeView::MergeView(const SyntaxHighlighterFactory &highlighters, QWidget *parent)
    : QWidget(parent)
    , m_base(readOnlyEditor(highlighters, QStringLiteral("baseEditor"), this))
    , m_theirs(readOnlyEditor(highlighters, QStringLiteral("theirsEditor"), this))
    , m_mine(readOnlyEditor(highlighters, QStringLiteral("mineEditor"), this))
    , m_merged(new CodeEditor(this))
    , m_conflictList(new QTreeWidget(this))
    , m_conflictTitle(new QLabel(this))
{
    m_merged->setObjectName(QStringLiteral("mergedEditor"));
    highlighters.createYamlHighlighter(m_merged->document());

    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->setChildrenCollapsible(false);
    sides->addWidget(pane(tr("Base: when you started editing"), m_base, QStringLiteral("basePane")));
    sides->addWidget(pane(tr("Theirs: on the server now"), m_theirs, QStringLiteral("theirsPane")));
    sides->addWidget(pane(tr("Yours: your edit"), m_mine, QStringLiteral("minePane")));

    m_conflictList->setObjectName(QStringLiteral("conflictList"));
    m_conflictList->setRootIsDecorated(false);
    m_conflictList->setUniformRowHeights(true);
    m_conflictList->setHeaderLabels({ tr("Field"), tr("Base"), tr("Theirs"), tr("Yours"), tr("Decision") });
    m_conflictList->header()->setStretchLastSection(false);
    m_conflictList->header()->setSectionResizeMode(DecisionColumn, QHeaderView::ResizeToContents);
    connect(m_conflictList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            jumpToConflict(m_conflictList->indexOfTopLevelItem(item));
    });
    auto *conflicts = new QWidget(this);
    auto *conflictLayout = new QVBoxLayout(conflicts);
    conflictLayout->setContentsMargins(0, 0, 0, 0);
    m_conflictTitle->setObjectName(QStringLiteral("conflictTitle"));
    conflictLayout->addWidget(m_conflictTitle);
    conflictLayout->addWidget(m_conflictList, 1);

    auto *result = new QSplitter(Qt::Horizontal, this);
    result->setChildrenCollapsible(false);
    result->addWidget(pane(tr("Merged result: edit it, then Apply"), m_merged, QStringLiteral("mergedPane")));
    result->addWidget(conflicts);
    result->setStretchFactor(0, 3);
    result->setStretchFactor(1, 2);

    auto *outer = new QSplitter(Qt::Vertical, this);
    outer->setChildrenCollapsible(false);
    outer->addWidget(sides);
    outer->addWidget(result);
    outer->setStretchFactor(0, 1);
    outer->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(outer);
}

QWidget *MergeView::pane(const QString &title, CodeEditor *editor, const QString &objectName)
{
    auto *widget = new QWidget(this);
    widget->setObjectName(objectName);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *label = new QLabel(title, widget);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(editor);
    layout->addWidget(label);
    layout->addWidget(editor, 1);
    return widget;
}

void MergeView::setMerge(
    const QJsonObject &base, const QJsonObject &theirs, const QJsonObject &mine, const Core::MergeResult &result)
{
    m_conflicts = result.conflicts;
    m_decisions = QList<std::optional<Core::MergeSide>>(m_conflicts.size());
    const std::pair<CodeEditor *, QJsonObject> sides[] = { { m_base, base }, { m_theirs, theirs }, { m_mine, mine } };
    for (const auto &[editor, object] : sides) {
        editor->setPlainText(Core::toYaml(object));
        editor->setDiagnostics(
            conflictMarks(editor->toPlainText(), m_conflicts, m_decisions, Core::Diagnostic::Severity::Info, false));
    }
    m_merged->setPlainText(Core::toYaml(result.merged));
    m_merged->document()->setModified(false);
    m_merged->setDiagnostics(
        conflictMarks(m_merged->toPlainText(), m_conflicts, m_decisions, Core::Diagnostic::Severity::Warning, true));
    fillConflictList();
    if (!m_conflicts.isEmpty())
        m_conflictList->setCurrentItem(m_conflictList->topLevelItem(0));
    Q_EMIT unresolvedCountChanged(unresolvedCount());
}

void MergeView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Editors laid out while hidden could not centre the field; now they can.
    QTimer::singleShot(0, this, [this] {
        if (QTreeWidgetItem *item = m_conflictList->currentItem())
            jumpToConflict(m_conflictList->indexOfTopLevelItem(item));
    });
}

int MergeView::unresolvedCount() const
{
    return int(std::count(m_decisions.cbegin(), m_decisions.cend(), std::nullopt));
}

QString MergeView::valueText(const QJsonValue &value)
{
    QString text;
    if (value.isUndefined())
        text = tr("(removed)");
    else if (value.isString())
        text = value.toString();
    else if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else
        text = QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    return text.size() > ValueTextLimit ? text.left(ValueTextLimit - 1) + QChar(0x2026) : text;
}

void MergeView::fillConflictList()
{
    m_conflictList->clear();
    m_conflictTitle->setText(m_conflicts.isEmpty()
            ? tr("No conflicts: your changes and theirs were merged.")
            : tr("Conflicts: %1. Both sides changed these fields differently.").arg(m_conflicts.size()));
    for (qsizetype i = 0; i < m_conflicts.size(); ++i) {
        const Core::MergeConflict &conflict = m_conflicts.at(i);
        auto *item = new QTreeWidgetItem(m_conflictList,
            { conflict.pathText(), valueText(conflict.base), valueText(conflict.theirs), valueText(conflict.mine) });
        item->setToolTip(FieldColumn, conflict.pathText());

        auto *buttons = new QWidget(m_conflictList);
        auto *layout = new QHBoxLayout(buttons);
        layout->setContentsMargins(2, 0, 2, 0);
        layout->setSpacing(4);
        auto *takeTheirs = new QToolButton(buttons);
        takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
        takeTheirs->setText(tr("Take theirs"));
        takeTheirs->setCheckable(true);
        auto *keepMine = new QToolButton(buttons);
        keepMine->setObjectName(QStringLiteral("keepMine"));
        keepMine->setText(tr("Keep mine"));
        keepMine->setCheckable(true);
        layout->addWidget(takeTheirs);
        layout->addWidget(keepMine);
        const int index = int(i);
        connect(takeTheirs, &QToolButton::clicked, this, [this, index] { resolve(index, Core::MergeSide::Theirs); });
        connect(keepMine, &QToolButton::clicked, this, [this, index] { resolve(index, Core::MergeSide::Mine); });
        m_conflictList->setItemWidget(item, DecisionColumn, buttons);
        updateRow(index);
    }
    for (int column = FieldColumn; column < DecisionColumn; ++column)
        m_conflictList->resizeColumnToContents(column);
}

void MergeView::updateRow(int index)
{
    QTreeWidgetItem *item = m_conflictList->topLevelItem(index);
    QWidget *buttons = item ? m_conflictList->itemWidget(item, DecisionColumn) : nullptr;
    if (!buttons)
        return;
    const std::optional<Core::MergeSide> decision = m_decisions.value(index);
    auto *takeTheirs = buttons->findChild<QToolButton *>(QStringLiteral("takeTheirs"));
    auto *keepMine = buttons->findChild<QToolButton *>(QStringLiteral("keepMine"));
    takeTheirs->setChecked(decision == Core::MergeSide::Theirs);
    keepMine->setChecked(decision == Core::MergeSide::Mine);
    QFont font = item->font(FieldColumn);
    font.setBold(!decision);
    item->setFont(FieldColumn, font);
}

bool MergeView::resolve(int index, Core::MergeSide side)
{
    if (index < 0 || index >= m_conflicts.size())
        return false;
    const auto parsed = Core::parseEditedObject(m_merged->toPlainText());
    QJsonObject merged = parsed ? parsed->value.toObject() : QJsonObject();
    if (!parsed || !Core::resolveConflict(merged, m_conflicts.at(index), side)) {
        updateRow(index); // undo the button's own toggle
        Q_EMIT problem(parsed
                ? tr("The merged text no longer has %1; edit it by hand.").arg(m_conflicts.at(index).pathText())
                : tr("The merged text has a problem at line %1: %2")
                      .arg(parsed.error().line)
                      .arg(parsed.error().message));
        return false;
    }
    replaceText(m_merged, Core::toYaml(merged));
    m_decisions[index] = side;
    m_merged->setDiagnostics(
        conflictMarks(m_merged->toPlainText(), m_conflicts, m_decisions, Core::Diagnostic::Severity::Warning, true));
    updateRow(index);
    showConflict(index);
    Q_EMIT unresolvedCountChanged(unresolvedCount());
    return true;
}

void MergeView::showConflict(int index)
{
    if (index < 0 || index >= m_conflicts.size())
        return;
    if (QTreeWidgetItem *item = m_conflictList->topLevelItem(index); item && m_conflictList->currentItem() != item) {
        m_conflictList->setCurrentItem(item); // jumps through currentItemChanged
        return;
    }
    jumpToConflict(index);
}

void MergeView::jumpToConflict(int index)
{
    if (index < 0 || index >= m_conflicts.size())
        return;
    // goTo() focuses each editor; keep keyboard focus where the user has it (the list).
    QPointer<QWidget> focus = QApplication::focusWidget();
    const Core::MergePath &path = m_conflicts.at(index).path;
    for (CodeEditor *editor : { m_base, m_theirs, m_mine, m_merged })
        goToField(editor, path);
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
}

} // namespace Sextant::Ui
