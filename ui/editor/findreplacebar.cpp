// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/findreplacebar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStyle>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolButton>

namespace Sextant::Ui {

FindReplaceBar::FindReplaceBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_caseSensitive(new QCheckBox(tr("Match case"), this))
    , m_wholeWords(new QCheckBox(tr("Whole words"), this))
    , m_regex(new QCheckBox(tr("Regular expression"), this))
    , m_replaceButton(new QToolButton(this))
    , m_replaceAllButton(new QToolButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findReplaceBar"));
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_find->installEventFilter(this);
    m_replace->installEventFilter(this);

    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Find previous (Shift+F3)"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setToolTip(tr("Find next (F3)"));
    m_replaceButton->setText(tr("Replace"));
    m_replaceAllButton->setText(tr("Replace All"));
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close (Esc)"));
    close->setAccessibleName(tr("Close find bar"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_find, 0, 0);
    layout->addWidget(previous, 0, 1);
    layout->addWidget(next, 0, 2);
    layout->addWidget(m_caseSensitive, 0, 3);
    layout->addWidget(m_wholeWords, 0, 4);
    layout->addWidget(m_regex, 0, 5);
    layout->addWidget(m_status, 0, 6);
    layout->addWidget(close, 0, 7);
    layout->addWidget(m_replace, 1, 0);
    layout->addWidget(m_replaceButton, 1, 1);
    layout->addWidget(m_replaceAllButton, 1, 2);
    layout->setColumnStretch(6, 1);

    connect(previous, &QToolButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindReplaceBar::findNext);
    connect(m_replaceButton, &QToolButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(m_replaceAllButton, &QToolButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    connect(m_find, &QLineEdit::textEdited, this, [this] { setStatus({}); });
    hide();
}

void FindReplaceBar::showFind()
{
    const QTextCursor cursor = m_editor->textCursor();
    const QString selected = cursor.selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator)) {
        m_find->setText(selected);
    }
    setReplaceVisible(false);
    show();
    m_find->setFocus();
    m_find->selectAll();
}

void FindReplaceBar::showReplace()
{
    showFind();
    setReplaceVisible(!m_editor->isReadOnly());
}

void FindReplaceBar::setReplaceVisible(bool visible)
{
    m_replace->setVisible(visible);
    m_replaceButton->setVisible(visible);
    m_replaceAllButton->setVisible(visible);
}

void FindReplaceBar::setCaseSensitive(bool on)
{
    m_caseSensitive->setChecked(on);
}

void FindReplaceBar::setWholeWords(bool on)
{
    m_wholeWords->setChecked(on);
}

void FindReplaceBar::setRegularExpression(bool on)
{
    m_regex->setChecked(on);
}

bool FindReplaceBar::findNext()
{
    return find(false);
}

bool FindReplaceBar::findPrevious()
{
    return find(true);
}

QTextDocument::FindFlags FindReplaceBar::flags(bool backward) const
{
    QTextDocument::FindFlags result;
    if (backward) {
        result |= QTextDocument::FindBackward;
    }
    if (m_caseSensitive->isChecked()) {
        result |= QTextDocument::FindCaseSensitively;
    }
    if (m_wholeWords->isChecked()) {
        result |= QTextDocument::FindWholeWords;
    }
    return result;
}

QRegularExpression FindReplaceBar::regularExpression() const
{
    QString pattern = m_regex->isChecked() ? m_find->text() : QRegularExpression::escape(m_find->text());
    if (m_wholeWords->isChecked()) {
        pattern = QStringLiteral("\\b(?:%1)\\b").arg(pattern);
    }
    QRegularExpression expression(pattern);
    if (!m_caseSensitive->isChecked()) {
        expression.setPatternOptions(QRegularExpression::CaseInsensitiveOption);
    }
    return expression;
}

QTextCursor FindReplaceBar::findFrom(const QTextCursor &from, bool backward) const
{
    QTextDocument *doc = m_editor->document();
    if (m_regex->isChecked()) {
        // Whole words are in the expression; QTextDocument sets its case
        // option from FindCaseSensitively.
        return doc->find(regularExpression(), from, flags(backward) & ~QTextDocument::FindWholeWords);
    }
    return doc->find(m_find->text(), from, flags(backward));
}

bool FindReplaceBar::find(bool backward)
{
    if (m_find->text().isEmpty()) {
        return false;
    }
    if (m_regex->isChecked() && !regularExpression().isValid()) {
        setStatus(tr("Invalid regular expression: %1").arg(regularExpression().errorString()));
        return false;
    }
    QTextCursor found = findFrom(m_editor->textCursor(), backward);
    if (found.isNull()) {
        // Wrap around once.
        QTextCursor start(m_editor->document());
        start.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        found = findFrom(start, backward);
        if (!found.isNull()) {
            setStatus(backward ? tr("Continued from the end") : tr("Continued from the top"));
        }
    } else {
        setStatus({});
    }
    if (found.isNull()) {
        setStatus(tr("Not found"));
        return false;
    }
    m_editor->setTextCursor(found);
    m_editor->ensureCursorVisible();
    return true;
}

bool FindReplaceBar::matchesSelection() const
{
    const QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection()) {
        return false;
    }
    QTextCursor start = cursor;
    start.setPosition(cursor.selectionStart());
    const QTextCursor found = findFrom(start, false);
    return !found.isNull() && found.selectionStart() == cursor.selectionStart()
        && found.selectionEnd() == cursor.selectionEnd();
}

bool FindReplaceBar::replaceCurrent()
{
    if (m_editor->isReadOnly() || m_find->text().isEmpty()) {
        return false;
    }
    if (!matchesSelection()) {
        return findNext();
    }
    QTextCursor cursor = m_editor->textCursor();
    QString replacement = m_replace->text();
    if (m_regex->isChecked()) {
        replacement = cursor.selectedText().replace(regularExpression(), replacement);
    }
    cursor.insertText(replacement);
    m_editor->setTextCursor(cursor);
    findNext();
    return true;
}

int FindReplaceBar::replaceAll()
{
    if (m_editor->isReadOnly() || m_find->text().isEmpty()) {
        return 0;
    }
    if (m_regex->isChecked() && !regularExpression().isValid()) {
        setStatus(tr("Invalid regular expression: %1").arg(regularExpression().errorString()));
        return 0;
    }
    const QRegularExpression expression = regularExpression();
    int count = 0;
    QTextCursor edit(m_editor->document());
    edit.beginEditBlock(); // one undo step
    QTextCursor from(m_editor->document());
    for (;;) {
        QTextCursor found = findFrom(from, false);
        if (found.isNull()) {
            break;
        }
        if (!found.hasSelection()) {
            // An empty regex match: step over it rather than loop forever.
            from.setPosition(found.position());
            if (!from.movePosition(QTextCursor::NextCharacter)) {
                break;
            }
            continue;
        }
        edit.setPosition(found.selectionStart());
        edit.setPosition(found.selectionEnd(), QTextCursor::KeepAnchor);
        QString replacement = m_replace->text();
        if (m_regex->isChecked()) {
            replacement = found.selectedText().replace(expression, replacement);
        }
        edit.insertText(replacement);
        from.setPosition(edit.position());
        ++count;
    }
    edit.endEditBlock();
    setStatus(tr("%n replaced", nullptr, count));
    return count;
}

void FindReplaceBar::setStatus(const QString &text)
{
    m_status->setText(text);
}

bool FindReplaceBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_find || watched == m_replace)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hide();
            m_editor->setFocus();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_replace) {
                replaceCurrent();
            } else {
                find(key->modifiers() & Qt::ShiftModifier);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Sextant::Ui
