// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/codeeditor.h"

#include "ui/widgets/colorscheme.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QToolTip>

#include <climits>

namespace Sextant::Ui {

namespace {

// Beyond this many, underlines cost more than they tell; the problems list has them all.
constexpr int MaxUnderlines = 2000;
constexpr int AutoCompleteDelayMs = 150;
constexpr int LabelRole = Qt::UserRole + 1;
constexpr int InsertTextRole = Qt::UserRole + 2;

int leadingSpaces(const QString &text)
{
    int i = 0;
    while (i < text.size() && text.at(i) == u' ') {
        ++i;
    }
    return i;
}

bool isDocumentSeparator(const QTextBlock &block)
{
    const QString text = block.text();
    return text.startsWith(u"---") && (text.size() == 3 || text.at(3).isSpace());
}

bool isCompletionWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' || c == u'/';
}

QColor severityColour(Core::Diagnostic::Severity severity, bool dark)
{
    switch (severity) {
    case Core::Diagnostic::Severity::Error:
        return QColor(dark ? "#ff6b6b" : "#d32f2f");
    case Core::Diagnostic::Severity::Warning:
        return QColor(dark ? "#ffb74d" : "#c77700");
    case Core::Diagnostic::Severity::Info:
        break;
    }
    return QColor(dark ? "#64b5f6" : "#1565c0");
}

} // namespace

class LineNumberArea final : public QWidget {
public:
    explicit LineNumberArea(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
    }
    QSize sizeHint() const override { return { m_editor->lineNumberAreaWidth(), 0 }; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    CodeEditor *m_editor = nullptr;
};

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumberArea(new LineNumberArea(this))
    , m_completer(new QCompleter(this))
    , m_completionModel(new QStandardItemModel(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    setMouseTracking(true);

    m_completer->setModel(m_completionModel);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCompletionRole(LabelRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &CodeEditor::insertCompletion);

    m_autoCompleteTimer.setSingleShot(true);
    m_autoCompleteTimer.setInterval(AutoCompleteDelayMs);
    connect(&m_autoCompleteTimer, &QTimer::timeout, this, [this] {
        if (atKeyPrefix()) {
            requestCompletion();
        }
    });

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateLineNumberAreaWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::updateExtraSelections);
    updateLineNumberAreaWidth();
    updateExtraSelections();
}

CodeEditor::~CodeEditor()
{
    // QPlainTextEdit tears down its document after this destructor, with signals.
    disconnect(this, nullptr, this, nullptr);
    for (QObject *child : findChildren<QObject *>()) {
        disconnect(child, nullptr, this, nullptr);
    }
}

void CodeEditor::setWorker(Core::ManifestWorker *worker)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_workerConnections)) {
        disconnect(connection);
    }
    m_workerConnections.clear();
    m_worker = worker;
    if (worker != nullptr) {
        m_workerConnections << connect(worker, &Core::ManifestWorker::completed, this, &CodeEditor::showCompletions);
        m_workerConnections << connect(worker, &Core::ManifestWorker::described, this, &CodeEditor::showHelp);
    }
}

void CodeEditor::replaceDocument(QTextDocument *document)
{
    // QPlainTextEdit deletes its own default document; any other goes here.
    QPointer<QTextDocument> previous = this->document();
    document->setParent(this);
    setDocument(document);
    if (previous && previous != document) {
        previous->deleteLater();
    }
    m_diagnostics.clear();
    m_diagnosticSelections.clear();
    updateLineNumberAreaWidth();
    updateExtraSelections();
}

// ---- line numbers and guides ----

int CodeEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10) {
        ++digits;
    }
    digits = qMax(digits, 3);
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void CodeEditor::updateLineNumberAreaWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void CodeEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy != 0) {
        m_lineNumberArea->scroll(0, dy);
    } else {
        m_lineNumberArea->update(0, rect.y(), m_lineNumberArea->width(), rect.height());
    }
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect contents = contentsRect();
    m_lineNumberArea->setGeometry(QRect(contents.left(), contents.top(), lineNumberAreaWidth(), contents.height()));
}

void CodeEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumberArea);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    const int current = textCursor().blockNumber();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int width = m_lineNumberArea->width() - 6;
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            QColor colour = pal.color(QPalette::Text);
            if (block.blockNumber() != current) {
                colour.setAlphaF(0.45);
            }
            painter.setPen(colour);
            painter.drawText(
                0, top, width, fontMetrics().height(), Qt::AlignRight, QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

void CodeEditor::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    paintIndentGuides();
}

// Thin lines at each indentation level of the visible lines only.
void CodeEditor::paintIndentGuides()
{
    QPainter painter(viewport());
    QColor colour = palette().color(QPalette::Text);
    colour.setAlphaF(0.12);
    painter.setPen(QPen(colour, 1));
    const qreal charWidth = fontMetrics().horizontalAdvance(QLatin1Char(' '));
    const qreal left = contentOffset().x() + document()->documentMargin();
    const int viewportBottom = viewport()->height();
    int previousIndent = 0;
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF rect = blockBoundingGeometry(block).translated(contentOffset());
        if (rect.top() > viewportBottom) {
            break;
        }
        const QString text = block.text();
        const int spaces = leadingSpaces(text);
        int indent = spaces;
        if (spaces == text.size()) {
            // Blank lines continue the guides the lines around them share
            // (looking a bounded distance ahead: this runs per paint).
            int nextIndent = 0;
            int lookahead = 100;
            for (QTextBlock next = block.next(); next.isValid() && lookahead-- > 0; next = next.next()) {
                const QString nextText = next.text();
                const int nextSpaces = leadingSpaces(nextText);
                if (nextSpaces < nextText.size()) {
                    nextIndent = nextSpaces;
                    break;
                }
            }
            indent = qMin(previousIndent, nextIndent);
        }
        previousIndent = indent;
        for (int column = IndentWidth; column < indent; column += IndentWidth) {
            const qreal x = qRound(left + column * charWidth) + 0.5;
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
        }
    }
}

// ---- selections: current line and problems ----

void CodeEditor::setDiagnostics(const Core::Diagnostics &diagnostics)
{
    m_diagnostics = diagnostics;
    m_diagnosticSelections.clear();
    const bool dark = isDark(palette());
    QTextDocument *doc = document();
    for (const Core::Diagnostic &diagnostic : diagnostics) {
        if (m_diagnosticSelections.size() >= MaxUnderlines) {
            break;
        }
        const QTextBlock block = doc->findBlockByNumber(qMax(0, diagnostic.line - 1));
        if (!block.isValid()) {
            continue;
        }
        const QString text = block.text();
        const int column = qBound(0, diagnostic.column - 1, int(text.size()));
        int end = column;
        if (diagnostic.length > 0) {
            end = qMin(int(text.size()), column + diagnostic.length);
        } else {
            while (end < text.size() && !text.at(end).isSpace()) {
                ++end;
            }
        }
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(doc);
        if (end == column) {
            // Nothing to underline at the end of a line: mark the character before.
            selection.cursor.setPosition(block.position() + qMax(0, column - 1));
            selection.cursor.setPosition(block.position() + qMax(column, 1), QTextCursor::KeepAnchor);
        } else {
            selection.cursor.setPosition(block.position() + column);
            selection.cursor.setPosition(block.position() + end, QTextCursor::KeepAnchor);
        }
        const QColor colour = severityColour(diagnostic.severity, dark);
        QColor tint = colour;
        tint.setAlphaF(0.14); // the wave alone is easy to miss on small fonts
        selection.format.setBackground(tint);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(colour);
        selection.format.setToolTip(diagnostic.message);
        m_diagnosticSelections.append(selection);
    }
    updateExtraSelections();
}

void CodeEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection currentLine;
    QColor lineColour = palette().color(QPalette::Highlight);
    lineColour.setAlphaF(0.10);
    currentLine.format.setBackground(lineColour);
    currentLine.format.setProperty(QTextFormat::FullWidthSelection, true);
    currentLine.cursor = textCursor();
    currentLine.cursor.clearSelection();
    selections << currentLine << m_diagnosticSelections;
    setExtraSelections(selections);
    m_lineNumberArea->update();
}

// ---- editing ----

int CodeEditor::currentLine() const
{
    return textCursor().blockNumber() + 1;
}

int CodeEditor::currentColumn() const
{
    return textCursor().positionInBlock() + 1;
}

void CodeEditor::goTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(qMax(0, line - 1));
    if (!block.isValid()) {
        return;
    }
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + qBound(0, column - 1, block.length() - 1));
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer takes these
            return;
        default:
            break;
        }
    }
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (event->key() == Qt::Key_Space && modifiers == Qt::ControlModifier) {
        requestCompletion();
        return;
    }
    if (event->key() == Qt::Key_Slash && modifiers == Qt::ControlModifier) {
        toggleComment();
        return;
    }
    if (!isReadOnly()) {
        if (event->key() == Qt::Key_Tab && modifiers == Qt::NoModifier) {
            if (textCursor().hasSelection()) {
                indentLines();
            } else {
                textCursor().insertText(QString(IndentWidth, u' '));
            }
            return;
        }
        if (event->key() == Qt::Key_Backtab || (event->key() == Qt::Key_Tab && modifiers == Qt::ShiftModifier)) {
            dedentLines();
            return;
        }
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && modifiers == Qt::NoModifier) {
            insertNewlineWithIndent();
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);

    const QString typed = event->text();
    if (m_completer->popup()->isVisible()) {
        updateCompletionPrefix();
    } else if (typed.size() == 1 && typed.at(0).isLetter() && m_worker && atKeyPrefix()) {
        m_autoCompleteTimer.start();
    }
}

// Enter keeps the line's indentation, one level more after "key:" and
// inside a "- " item, so nested fields line up.
void CodeEditor::insertNewlineWithIndent()
{
    QTextCursor cursor = textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    int indent = leadingSpaces(before);
    const QString content = before.mid(indent);
    if (content.startsWith(u"- ") || content == u"-") {
        indent += IndentWidth;
    }
    QString trimmed = content;
    const qsizetype comment = trimmed.indexOf(QLatin1String(" #"));
    if (comment >= 0) {
        trimmed.truncate(comment);
    }
    trimmed = trimmed.trimmed();
    if (trimmed.endsWith(u':') || trimmed.endsWith(u'|') || trimmed.endsWith(u'>')) {
        indent += IndentWidth;
    }
    cursor.beginEditBlock();
    cursor.insertText(QLatin1Char('\n') + QString(indent, u' '));
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
}

namespace {

// The blocks a selection touches (a selection ending at a line's start leaves that line out).
std::pair<QTextBlock, QTextBlock> selectedBlocks(const QTextCursor &cursor)
{
    QTextDocument *doc = cursor.document();
    const QTextBlock first = doc->findBlock(cursor.selectionStart());
    QTextBlock last = doc->findBlock(cursor.selectionEnd());
    if (cursor.hasSelection() && last != first && cursor.selectionEnd() == last.position()) {
        last = last.previous();
    }
    return { first, last };
}

void selectBlocks(QPlainTextEdit *editor, const QTextBlock &first, const QTextBlock &last, bool hadSelection)
{
    if (!hadSelection) {
        return;
    }
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(first.position());
    cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
}

} // namespace

void CodeEditor::indentLines()
{
    const QTextCursor current = textCursor();
    const auto [first, last] = selectedBlocks(current);
    QTextCursor edit(document());
    edit.beginEditBlock();
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        if (!block.text().isEmpty()) {
            edit.setPosition(block.position());
            edit.insertText(QString(IndentWidth, u' '));
        }
        if (block == last) {
            break;
        }
    }
    edit.endEditBlock();
    selectBlocks(this, first, last, current.hasSelection());
}

void CodeEditor::dedentLines()
{
    const QTextCursor current = textCursor();
    const auto [first, last] = selectedBlocks(current);
    QTextCursor edit(document());
    edit.beginEditBlock();
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        const int remove = qMin(IndentWidth, leadingSpaces(block.text()));
        if (remove > 0) {
            edit.setPosition(block.position());
            edit.setPosition(block.position() + remove, QTextCursor::KeepAnchor);
            edit.removeSelectedText();
        }
        if (block == last) {
            break;
        }
    }
    edit.endEditBlock();
    selectBlocks(this, first, last, current.hasSelection());
}

// Comments every selected line at their common indentation, or uncomments
// them when all non-blank lines already are.
void CodeEditor::toggleComment()
{
    if (isReadOnly()) {
        return;
    }
    const QTextCursor current = textCursor();
    const auto [first, last] = selectedBlocks(current);
    bool allCommented = true;
    int minIndent = INT_MAX;
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        const QString text = block.text();
        const int indent = leadingSpaces(text);
        if (indent < text.size()) {
            minIndent = qMin(minIndent, indent);
            allCommented = allCommented && text.at(indent) == u'#';
        }
        if (block == last) {
            break;
        }
    }
    if (minIndent == INT_MAX) {
        return; // only blank lines
    }
    QTextCursor edit(document());
    edit.beginEditBlock();
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        const QString text = block.text();
        const int indent = leadingSpaces(text);
        if (indent < text.size()) {
            if (allCommented) {
                const int length = text.mid(indent, 2) == u"# " ? 2 : 1;
                edit.setPosition(block.position() + indent);
                edit.setPosition(block.position() + indent + length, QTextCursor::KeepAnchor);
                edit.removeSelectedText();
            } else {
                edit.setPosition(block.position() + minIndent);
                edit.insertText(QStringLiteral("# "));
            }
        }
        if (block == last) {
            break;
        }
    }
    edit.endEditBlock();
    selectBlocks(this, first, last, current.hasSelection());
}

// ---- completion and hover ----

CodeEditor::DocumentSlice CodeEditor::sliceAround(const QTextBlock &block) const
{
    QTextBlock start = block;
    while (!isDocumentSeparator(start) && start.previous().isValid()) {
        start = start.previous();
    }
    QString text;
    for (QTextBlock b = start; b.isValid(); b = b.next()) {
        if (b != start && isDocumentSeparator(b)) {
            break;
        }
        text += b.text();
        text += QLatin1Char('\n');
    }
    return { text.toUtf8(), start.blockNumber() };
}

QString CodeEditor::wordBeforeCursor() const
{
    const QTextCursor cursor = textCursor();
    const QString text = cursor.block().text();
    int start = cursor.positionInBlock();
    while (start > 0 && isCompletionWordChar(text.at(start - 1))) {
        --start;
    }
    return text.mid(start, cursor.positionInBlock() - start);
}

// "  rep|" or "- na|": a key being typed at the start of a line.
bool CodeEditor::atKeyPrefix() const
{
    const QTextCursor cursor = textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    int i = leadingSpaces(before);
    if (before.mid(i, 2) == u"- ") {
        i = leadingSpaces(before.mid(i + 2)) + i + 2;
    }
    if (i >= before.size() || !before.at(i).isLetter()) {
        return false;
    }
    for (int j = i; j < before.size(); ++j) {
        if (!isCompletionWordChar(before.at(j))) {
            return false;
        }
    }
    return true;
}

void CodeEditor::requestCompletion()
{
    if (!m_worker || isReadOnly()) {
        return;
    }
    const QTextCursor cursor = textCursor();
    const DocumentSlice slice = sliceAround(cursor.block());
    m_completionBlock = cursor.blockNumber();
    m_completionTicket
        = m_worker->complete(slice.utf8, cursor.blockNumber() - slice.firstBlock + 1, cursor.positionInBlock() + 1);
}

void CodeEditor::showCompletions(quint64 ticket, const QList<Core::CompletionItem> &items)
{
    if (ticket != m_completionTicket || textCursor().blockNumber() != m_completionBlock || !isVisible()) {
        return; // the user moved on
    }
    m_completionModel->clear();
    qsizetype labelWidth = 0;
    for (const Core::CompletionItem &item : items) {
        labelWidth = qMax(labelWidth, item.label.size());
    }
    for (const Core::CompletionItem &item : items) {
        // Monospaced popup: the types line up in a second column.
        auto *row = new QStandardItem(
            item.detail.isEmpty() ? item.label : item.label.leftJustified(labelWidth + 3) + item.detail);
        row->setData(item.label, LabelRole);
        row->setData(item.insertText.isEmpty() ? item.label : item.insertText, InsertTextRole);
        if (!item.documentation.isEmpty()) {
            row->setToolTip(item.documentation);
        }
        row->setEditable(false);
        m_completionModel->appendRow(row);
    }
    if (items.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    updateCompletionPrefix();
}

void CodeEditor::updateCompletionPrefix()
{
    m_completer->setCompletionPrefix(wordBeforeCursor());
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    // cursorRect() is in viewport coordinates; the completer wants ours, at the word's start.
    QRect rect = cursorRect();
    rect.moveTopLeft(viewport()->mapTo(this, rect.topLeft()));
    rect.translate(-fontMetrics().horizontalAdvance(wordBeforeCursor()), 0);
    QAbstractItemView *popup = m_completer->popup();
    popup->setFont(font());
    rect.setWidth(qMax(popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width() + 8, 240));
    m_completer->complete(rect);
    popup->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void CodeEditor::insertCompletion(const QModelIndex &index)
{
    const QString insertText = index.data(InsertTextRole).toString();
    if (insertText.isEmpty()) {
        return;
    }
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(wordBeforeCursor().size()));
    cursor.insertText(insertText);
    cursor.endEditBlock();
    setTextCursor(cursor);
}

// Tooltips arrive at the viewport, in its coordinates.
bool CodeEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (!showDiagnosticTooltip(help->pos(), help->globalPos())) {
            QToolTip::hideText();
            requestHelp(help->pos(), help->globalPos());
        }
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

bool CodeEditor::showDiagnosticTooltip(const QPoint &viewportPos, const QPoint &globalPos)
{
    const int position = cursorForPosition(viewportPos).position();
    QStringList messages;
    for (const QTextEdit::ExtraSelection &selection : std::as_const(m_diagnosticSelections)) {
        if (position >= selection.cursor.selectionStart() && position <= selection.cursor.selectionEnd()) {
            messages << selection.format.toolTip().toHtmlEscaped();
        }
    }
    if (messages.isEmpty()) {
        return false;
    }
    QToolTip::showText(globalPos, messages.join(QStringLiteral("<br/>")), viewport());
    return true;
}

void CodeEditor::requestHelp(const QPoint &viewportPos, const QPoint &globalPos)
{
    const QTextCursor cursor = cursorForPosition(viewportPos);
    const QString text = cursor.block().text();
    // Only over words, not the empty space right of a line.
    if (!m_worker || cursor.positionInBlock() >= text.size() || text.at(cursor.positionInBlock()).isSpace()) {
        m_helpTicket = 0;
        return;
    }
    const DocumentSlice slice = sliceAround(cursor.block());
    m_helpGlobalPos = globalPos;
    m_helpTicket
        = m_worker->describe(slice.utf8, cursor.blockNumber() - slice.firstBlock + 1, cursor.positionInBlock() + 1);
}

void CodeEditor::showHelp(quint64 ticket, const std::optional<Core::FieldHelp> &help)
{
    if (ticket != m_helpTicket || !help) {
        return;
    }
    m_helpTicket = 0;
    QString html = QStringLiteral("<b>%1</b> <i>%2</i>").arg(help->path.toHtmlEscaped(), help->type.toHtmlEscaped());
    if (help->required) {
        html += QLatin1Char(' ') + tr("(required)");
    }
    if (!help->description.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(help->description.toHtmlEscaped());
    }
    if (!help->enumValues.isEmpty()) {
        html += QStringLiteral("<p>%1 %2</p>")
                    .arg(tr("Values:"), help->enumValues.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    QToolTip::showText(m_helpGlobalPos, html, viewport());
}

void CodeEditor::mouseMoveEvent(QMouseEvent *event)
{
    // A help answer for a place the mouse has left is stale.
    if (m_helpTicket != 0 && (event->globalPosition().toPoint() - m_helpGlobalPos).manhattanLength() > 8) {
        m_helpTicket = 0;
    }
    QPlainTextEdit::mouseMoveEvent(event);
}

void CodeEditor::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (event->reason() != Qt::PopupFocusReason) {
        Q_EMIT focusLost();
    }
}

void CodeEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        setDiagnostics(m_diagnostics);
    } else if (event->type() == QEvent::FontChange) {
        updateLineNumberAreaWidth();
    }
}

} // namespace Sextant::Ui
