// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTextDocument>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace Sextant::Ui {

// Find (Ctrl+F) and replace (Ctrl+H) under an editor: F3 / Shift+F3 step
// through matches, options for case, whole words and regular expressions.
// Replace all is one undo step.
class FindReplaceBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindReplaceBar)
public:
    explicit FindReplaceBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    // Shows the bar with the editor's selection (if one line) as the query.
    void showFind();
    void showReplace();

    bool findNext();
    bool findPrevious();
    bool replaceCurrent();
    int replaceAll(); // returns how many were replaced

    QLineEdit *findInput() const { return m_find; }
    QLineEdit *replaceInput() const { return m_replace; }
    void setCaseSensitive(bool on);
    void setWholeWords(bool on);
    void setRegularExpression(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool find(bool backward);
    bool matchesSelection() const;
    QTextDocument::FindFlags flags(bool backward) const;
    QRegularExpression regularExpression() const;
    QTextCursor findFrom(const QTextCursor &from, bool backward) const;
    void setStatus(const QString &text);
    void setReplaceVisible(bool visible);

    QPlainTextEdit *m_editor = nullptr;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QCheckBox *m_caseSensitive = nullptr;
    QCheckBox *m_wholeWords = nullptr;
    QCheckBox *m_regex = nullptr;
    QToolButton *m_replaceButton = nullptr;
    QToolButton *m_replaceAllButton = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Sextant::Ui
