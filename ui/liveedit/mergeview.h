// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/liveedit/threewaymerge.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Sextant::Ui {

class CodeEditor;
class SyntaxHighlighterFactory;

// The three-way view after a conflict: base (where the edit started), theirs
// (the server now) and yours side by side, read-only; below, the merged
// result to edit and the conflicts, each with "Take theirs" / "Keep mine".
// Clicking a conflict shows its field in all four texts.
class MergeView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeView)
public:
    explicit MergeView(const SyntaxHighlighterFactory &highlighters, QWidget *parent = nullptr);

    void setMerge(
        const QJsonObject &base, const QJsonObject &theirs, const QJsonObject &mine, const Core::MergeResult &result);

    CodeEditor *baseView() const { return m_base; }
    CodeEditor *theirsView() const { return m_theirs; }
    CodeEditor *mineView() const { return m_mine; }
    CodeEditor *mergedEditor() const { return m_merged; }
    QTreeWidget *conflictList() const { return m_conflictList; }

    int conflictCount() const { return int(m_conflicts.size()); }
    int unresolvedCount() const;
    std::optional<Core::MergeSide> decision(int index) const { return m_decisions.value(index); }
    // Puts one side's value into the merged text (keeping the rest of it as
    // edited). False, with problem() emitted, when the merged text does not parse.
    bool resolve(int index, Core::MergeSide side);
    void showConflict(int index);

Q_SIGNALS:
    void problem(const QString &message);
    void unresolvedCountChanged(int count);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void jumpToConflict(int index);
    QWidget *pane(const QString &title, CodeEditor *editor, const QString &objectName);
    void fillConflictList();
    void updateRow(int index);
    static QString valueText(const QJsonValue &value);

    CodeEditor *m_base = nullptr;
    CodeEditor *m_theirs = nullptr;
    CodeEditor *m_mine = nullptr;
    CodeEditor *m_merged = nullptr;
    QTreeWidget *m_conflictList = nullptr;
    QLabel *m_conflictTitle = nullptr;
    QList<Core::MergeConflict> m_conflicts;
    QList<std::optional<Core::MergeSide>> m_decisions;
};

} // namespace Sextant::Ui
