// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/terminal/terminalwidget.h"

#include "ui/terminal/keymapping.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>

#include <vterm.h>

Q_LOGGING_CATEGORY(lcTerminal, "sextant.ui.terminal")

namespace Sextant::Ui {

namespace {
QString textOfCell(const VTermScreenCell &cell)
{
    if (cell.chars[0] == 0 || cell.chars[0] == uint32_t(-1))
        return {};
    QString text;
    for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && cell.chars[i]; ++i)
        text.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&cell.chars[i]), 1));
    return text;
}

QString rowText(const QVector<TerminalWidget::Cell> &cells)
{
    QString text;
    for (const auto &cell : cells)
        text += cell.text.isEmpty() ? QStringLiteral(" ") : cell.text;
    while (text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text;
}
} // namespace

// libvterm's C callbacks, forwarded to the widget.
struct TerminalCallbacks {
    static TerminalWidget *self(void *user) { return static_cast<TerminalWidget *>(user); }

    static int damage(VTermRect, void *user)
    {
        self(user)->update();
        return 1;
    }
    static int moveRect(VTermRect, VTermRect, void *user)
    {
        self(user)->update();
        return 1;
    }
    static int moveCursor(VTermPos pos, VTermPos, int visible, void *user)
    {
        self(user)->m_cursor = QPoint(pos.col, pos.row);
        self(user)->m_cursorVisible = visible;
        self(user)->update();
        return 1;
    }
    static int setTermProp(VTermProp prop, VTermValue *value, void *user)
    {
        TerminalWidget *widget = self(user);
        switch (prop) {
        case VTERM_PROP_CURSORVISIBLE:
            widget->m_cursorVisible = value->boolean;
            widget->update();
            break;
        case VTERM_PROP_TITLE:
            Q_EMIT widget->titleChanged(QString::fromUtf8(value->string));
            break;
        default:
            break;
        }
        return 1;
    }
    static int bell(void *) { return 1; }
    static int pushLine(int columns, const VTermScreenCell *cells, void *user)
    {
        TerminalWidget *widget = self(user);
        TerminalWidget::Line line;
        line.reserve(columns);
        for (int i = 0; i < columns; ++i)
            line.append(widget->cellFromVterm(&cells[i]));
        // Trailing blanks cost memory and mean nothing.
        while (!line.isEmpty() && line.last().text.isEmpty() && line.last().background == widget->m_background)
            line.removeLast();
        widget->m_scrollback.push_back(std::move(line));
        if (widget->m_scrollback.size() > size_t(TerminalWidget::ScrollbackLines))
            widget->m_scrollback.pop_front();
        widget->updateScrollBar();
        return 1;
    }
    static int popLine(int columns, VTermScreenCell *cells, void *user)
    {
        TerminalWidget *widget = self(user);
        if (widget->m_scrollback.empty())
            return 0;
        const TerminalWidget::Line line = widget->m_scrollback.back();
        widget->m_scrollback.pop_back();
        for (int i = 0; i < columns; ++i) {
            VTermScreenCell &cell = cells[i];
            cell = VTermScreenCell {};
            cell.width = 1;
            vterm_color_rgb(&cell.fg, 0, 0, 0);
            cell.fg.type = VTERM_COLOR_DEFAULT_FG | VTERM_COLOR_RGB;
            vterm_color_rgb(&cell.bg, 0, 0, 0);
            cell.bg.type = VTERM_COLOR_DEFAULT_BG | VTERM_COLOR_RGB;
            if (i < line.size() && !line.at(i).text.isEmpty())
                cell.chars[0] = line.at(i).text.toUcs4().value(0);
        }
        widget->updateScrollBar();
        return 1;
    }
    static void output(const char *bytes, size_t length, void *user)
    {
        self(user)->m_pendingInput.append(bytes, qsizetype(length));
    }
};

namespace {
// The 16 ANSI colours (Tango): xterm's pure blue is unreadable on a dark background.
constexpr QRgb kAnsiPalette[16] = {
    0x2e3436, 0xcc0000, 0x4e9a06, 0xc4a000, 0x3465a4, 0x75507b, 0x06989a, 0xd3d7cf, // normal
    0x555753, 0xef2929, 0x8ae234, 0xfce94f, 0x729fcf, 0xad7fa8, 0x34e2e2, 0xeeeeec, // bright
};

const VTermScreenCallbacks kScreenCallbacks = {
    TerminalCallbacks::damage,
    TerminalCallbacks::moveRect,
    TerminalCallbacks::moveCursor,
    TerminalCallbacks::setTermProp,
    TerminalCallbacks::bell,
    nullptr, // resize: we drive the size
    TerminalCallbacks::pushLine,
    TerminalCallbacks::popLine,
};
} // namespace

TerminalWidget::TerminalWidget(QWidget *parent)
    : QWidget(parent)
    , m_scrollBar(new QScrollBar(Qt::Vertical, this))
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::IBeamCursor);
    m_font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_font.setStyleHint(QFont::Monospace);
    const QFontMetrics metrics(m_font);
    m_cellSize = QSize(qMax(1, metrics.horizontalAdvance(QLatin1Char('M'))), qMax(1, metrics.height()));
    m_ascent = metrics.ascent();

    m_vterm = vterm_new(m_rows, m_columns);
    vterm_set_utf8(m_vterm, 1);
    vterm_output_set_callback(m_vterm, TerminalCallbacks::output, this);
    m_screen = vterm_obtain_screen(m_vterm);
    vterm_screen_set_callbacks(m_screen, &kScreenCallbacks, this);
    vterm_screen_set_damage_merge(m_screen, VTERM_DAMAGE_SCROLL);
    vterm_screen_enable_altscreen(m_screen, 1);
    VTermColor foreground;
    VTermColor background;
    vterm_color_rgb(&foreground, quint8(m_foreground.red()), quint8(m_foreground.green()), quint8(m_foreground.blue()));
    vterm_color_rgb(&background, quint8(m_background.red()), quint8(m_background.green()), quint8(m_background.blue()));
    VTermState *state = vterm_obtain_state(m_vterm);
    vterm_state_set_default_colors(state, &foreground, &background);
    for (int index = 0; index < 16; ++index) {
        VTermColor colour;
        vterm_color_rgb(&colour, quint8(qRed(kAnsiPalette[index])), quint8(qGreen(kAnsiPalette[index])),
            quint8(qBlue(kAnsiPalette[index])));
        vterm_state_set_palette_color(state, index, &colour);
    }
    vterm_state_set_bold_highbright(state, 1); // bold blue directories stay readable
    vterm_screen_reset(m_screen, 1);

    m_scrollBar->setRange(0, 0);
    m_scrollBar->setCursor(Qt::ArrowCursor);
    connect(m_scrollBar, &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    setMinimumSize(sizeForTerminal(20, 4));
}

TerminalWidget::~TerminalWidget()
{
    vterm_free(m_vterm);
}

QSize TerminalWidget::sizeForTerminal(int columns, int rows) const
{
    return QSize(columns * m_cellSize.width() + m_scrollBar->sizeHint().width() + 4, rows * m_cellSize.height() + 4);
}

void TerminalWidget::feed(const QByteArray &output)
{
    const bool atBottom = m_scrollBar->value() == m_scrollBar->maximum();
    vterm_input_write(m_vterm, output.constData(), size_t(output.size()));
    vterm_screen_flush_damage(m_screen);
    if (atBottom)
        m_scrollBar->setValue(m_scrollBar->maximum());
    flushOutput(); // answers to queries (cursor position reports)
    update();
}

void TerminalWidget::flushOutput()
{
    if (m_pendingInput.isEmpty())
        return;
    const QByteArray bytes = m_pendingInput;
    m_pendingInput.clear();
    if (m_inputEnabled)
        Q_EMIT inputReady(bytes);
}

void TerminalWidget::showExitStatus(const QString &line, bool failure)
{
    m_inputEnabled = false;
    const QByteArray colour = failure ? "\x1b[1;31m" : "\x1b[1;32m";
    // A fresh line unless the cursor already stands at the start of one.
    const QByteArray newline = m_cursor.x() == 0 ? QByteArray() : QByteArray("\r\n");
    feed(newline + "\x1b[0m" + colour + line.toUtf8() + "\x1b[0m\r\n");
    m_pendingInput.clear();
    m_cursorVisible = false;
    update();
}

void TerminalWidget::setInputEnabled(bool enabled)
{
    m_inputEnabled = enabled;
    if (enabled)
        m_cursorVisible = true;
    update();
}

void TerminalWidget::resetTerminal()
{
    // Keep what was on screen in the scrollback, then start clean.
    feed("\x1b[0m\r\n");
    for (int row = 0; row < m_rows; ++row) {
        Line line;
        for (int column = 0; column < m_columns; ++column)
            line.append(cellAt(row, column));
        if (rowText(line).isEmpty() && row >= m_cursor.y())
            break;
        m_scrollback.push_back(line);
    }
    while (m_scrollback.size() > size_t(ScrollbackLines))
        m_scrollback.pop_front();
    vterm_screen_reset(m_screen, 1);
    m_cursor = QPoint();
    m_inputEnabled = true;
    m_cursorVisible = true;
    updateScrollBar();
    m_scrollBar->setValue(m_scrollBar->maximum());
    update();
}

void TerminalWidget::setTerminalSize(int columns, int rows)
{
    columns = qMax(2, columns);
    rows = qMax(2, rows);
    if (columns == m_columns && rows == m_rows)
        return;
    m_columns = columns;
    m_rows = rows;
    vterm_set_size(m_vterm, rows, columns);
    vterm_screen_flush_damage(m_screen);
    updateScrollBar();
    update();
    Q_EMIT terminalSizeChanged(columns, rows);
}

void TerminalWidget::fitToWidget()
{
    const int scrollWidth = m_scrollBar->sizeHint().width();
    m_scrollBar->setGeometry(width() - scrollWidth, 0, scrollWidth, height());
    setTerminalSize((width() - scrollWidth - 4) / m_cellSize.width(), (height() - 4) / m_cellSize.height());
}

void TerminalWidget::updateScrollBar()
{
    const bool atBottom = m_scrollBar->value() == m_scrollBar->maximum();
    m_scrollBar->setRange(0, int(m_scrollback.size()));
    m_scrollBar->setPageStep(m_rows);
    if (atBottom)
        m_scrollBar->setValue(m_scrollBar->maximum());
}

int TerminalWidget::firstVisibleLine() const
{
    return m_scrollBar->value();
}

TerminalWidget::Cell TerminalWidget::cellFromVterm(const void *vtermCell) const
{
    VTermScreenCell cell = *static_cast<const VTermScreenCell *>(vtermCell);
    Cell result;
    result.text = textOfCell(cell);
    result.bold = cell.attrs.bold;
    result.italic = cell.attrs.italic;
    result.underline = cell.attrs.underline != VTERM_UNDERLINE_OFF;
    result.reverse = cell.attrs.reverse;
    const bool defaultForeground = VTERM_COLOR_IS_DEFAULT_FG(&cell.fg);
    const bool defaultBackground = VTERM_COLOR_IS_DEFAULT_BG(&cell.bg);
    vterm_screen_convert_color_to_rgb(m_screen, &cell.fg);
    vterm_screen_convert_color_to_rgb(m_screen, &cell.bg);
    result.foreground = defaultForeground ? m_foreground : QColor(cell.fg.rgb.red, cell.fg.rgb.green, cell.fg.rgb.blue);
    result.background = defaultBackground ? m_background : QColor(cell.bg.rgb.red, cell.bg.rgb.green, cell.bg.rgb.blue);
    if (result.reverse)
        std::swap(result.foreground, result.background);
    return result;
}

TerminalWidget::Cell TerminalWidget::cellAt(int row, int column) const
{
    VTermScreenCell cell;
    if (!vterm_screen_get_cell(m_screen, VTermPos { row, column }, &cell)) {
        Cell blank;
        blank.foreground = m_foreground;
        blank.background = m_background;
        return blank;
    }
    return cellFromVterm(&cell);
}

TerminalWidget::Cell TerminalWidget::cellAtAbsolute(int line, int column) const
{
    const int stored = int(m_scrollback.size());
    if (line >= stored)
        return cellAt(line - stored, column);
    const Line &cells = m_scrollback.at(size_t(line));
    if (column < cells.size())
        return cells.at(column);
    Cell blank;
    blank.foreground = m_foreground;
    blank.background = m_background;
    return blank;
}

QString TerminalWidget::lineText(int row) const
{
    Line cells;
    for (int column = 0; column < m_columns; ++column)
        cells.append(cellAt(row, column));
    return rowText(cells);
}

QString TerminalWidget::scrollbackLineText(int index) const
{
    if (index < 0 || index >= int(m_scrollback.size()))
        return {};
    return rowText(m_scrollback.at(size_t(index)));
}

QString TerminalWidget::absoluteLineText(int line) const
{
    const int stored = int(m_scrollback.size());
    return line >= stored ? lineText(line - stored) : scrollbackLineText(line);
}

void TerminalWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_background);
    const int first = firstVisibleLine();
    const int stored = int(m_scrollback.size());
    QFont font = m_font;
    for (int row = 0; row < m_rows; ++row) {
        const int line = first + row;
        if (line >= absoluteLineCount())
            break;
        const int y = 2 + row * m_cellSize.height();
        for (int column = 0; column < m_columns; ++column) {
            Cell cell = cellAtAbsolute(line, column);
            if (isSelected(line, column))
                std::swap(cell.foreground, cell.background);
            const QRect box(2 + column * m_cellSize.width(), y, m_cellSize.width(), m_cellSize.height());
            if (cell.background != m_background)
                painter.fillRect(box, cell.background);
            if (cell.text.isEmpty() || cell.text == QLatin1String(" "))
                continue;
            font.setBold(cell.bold);
            font.setItalic(cell.italic);
            font.setUnderline(cell.underline);
            painter.setFont(font);
            painter.setPen(cell.foreground);
            painter.drawText(box.x(), y + m_ascent, cell.text);
        }
    }
    // The cursor, when the screen part with it is in view.
    const int cursorLine = stored + m_cursor.y();
    if (m_cursorVisible && m_inputEnabled && cursorLine >= first && cursorLine < first + m_rows) {
        const QRect box(2 + m_cursor.x() * m_cellSize.width(), 2 + (cursorLine - first) * m_cellSize.height(),
            m_cellSize.width(), m_cellSize.height());
        if (hasFocus()) {
            const Cell under = cellAt(m_cursor.y(), m_cursor.x());
            painter.fillRect(box, m_foreground);
            if (!under.text.isEmpty()) {
                font.setBold(under.bold);
                font.setItalic(false);
                font.setUnderline(false);
                painter.setFont(font);
                painter.setPen(m_background);
                painter.drawText(box.x(), box.y() + m_ascent, under.text);
            }
        } else {
            painter.setPen(m_foreground);
            painter.drawRect(box.adjusted(0, 0, -1, -1));
        }
    }
}

void TerminalWidget::resizeEvent(QResizeEvent *)
{
    fitToWidget();
}

bool TerminalWidget::event(QEvent *event)
{
    // Tab and Backtab belong to the shell, not to focus navigation.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            keyPressEvent(key);
            return true;
        }
    }
    if (event->type() == QEvent::ShortcutOverride) {
        // Ctrl+letters go to the terminal, not to window shortcuts.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & Qt::ControlModifier && !(key->modifiers() & Qt::ShiftModifier)) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void TerminalWidget::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers();
    const bool ctrlShift = (modifiers & Qt::ControlModifier) && (modifiers & Qt::ShiftModifier);
    if (ctrlShift && event->key() == Qt::Key_C) {
        copy();
        return;
    }
    if ((ctrlShift && event->key() == Qt::Key_V) || (event->key() == Qt::Key_Insert && modifiers & Qt::ShiftModifier)) {
        paste();
        return;
    }
    if ((modifiers & Qt::ShiftModifier) && (event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown)) {
        const int step = event->key() == Qt::Key_PageUp ? -m_rows : m_rows;
        m_scrollBar->setValue(m_scrollBar->value() + step);
        return;
    }
    if (!m_inputEnabled)
        return;
    const auto key = terminalKeyFor(event->key(), modifiers, event->text());
    if (!key)
        return;
    const auto vtermModifiers = VTermModifier(key->modifiers);
    if (key->vtermKey != VTERM_KEY_NONE)
        vterm_keyboard_key(m_vterm, VTermKey(key->vtermKey), vtermModifiers);
    else
        vterm_keyboard_unichar(m_vterm, uint32_t(key->character), vtermModifiers);
    m_selectionAnchor = m_selectionEnd = QPoint(-1, -1);
    m_scrollBar->setValue(m_scrollBar->maximum()); // typing returns to the prompt
    flushOutput();
}

void TerminalWidget::inputMethodEvent(QInputMethodEvent *event)
{
    if (m_inputEnabled && !event->commitString().isEmpty()) {
        for (uint codePoint : event->commitString().toUcs4())
            vterm_keyboard_unichar(m_vterm, codePoint, VTERM_MOD_NONE);
        flushOutput();
    }
    event->accept();
}

QVariant TerminalWidget::inputMethodQuery(Qt::InputMethodQuery query) const
{
    if (query == Qt::ImCursorRectangle) {
        return QRect(2 + m_cursor.x() * m_cellSize.width(), 2 + m_cursor.y() * m_cellSize.height(), m_cellSize.width(),
            m_cellSize.height());
    }
    return QWidget::inputMethodQuery(query);
}

QPoint TerminalWidget::cellAtPixel(const QPoint &pixel) const
{
    const int column = qBound(0, (pixel.x() - 2) / m_cellSize.width(), m_columns - 1);
    const int row = qBound(0, (pixel.y() - 2) / m_cellSize.height(), m_rows - 1);
    return QPoint(column, qMin(firstVisibleLine() + row, absoluteLineCount() - 1));
}

bool TerminalWidget::isSelected(int line, int column) const
{
    if (m_selectionAnchor.y() < 0 || m_selectionAnchor == m_selectionEnd)
        return false;
    QPoint start = m_selectionAnchor;
    QPoint end = m_selectionEnd;
    if (end.y() < start.y() || (end.y() == start.y() && end.x() < start.x()))
        std::swap(start, end);
    if (line < start.y() || line > end.y())
        return false;
    if (line == start.y() && column < start.x())
        return false;
    if (line == end.y() && column >= end.x())
        return false;
    return true;
}

QString TerminalWidget::selectedText() const
{
    if (m_selectionAnchor.y() < 0 || m_selectionAnchor == m_selectionEnd)
        return {};
    QStringList lines;
    QPoint start = m_selectionAnchor;
    QPoint end = m_selectionEnd;
    if (end.y() < start.y() || (end.y() == start.y() && end.x() < start.x()))
        std::swap(start, end);
    for (int line = start.y(); line <= end.y(); ++line) {
        QString text = absoluteLineText(line);
        const int from = line == start.y() ? start.x() : 0;
        const int to = line == end.y() ? end.x() : int(text.size());
        lines.append(text.mid(from, qMax(0, to - from)));
    }
    return lines.join(QLatin1Char('\n'));
}

void TerminalWidget::selectAll()
{
    m_selectionAnchor = QPoint(0, 0);
    m_selectionEnd = QPoint(m_columns, absoluteLineCount() - 1);
    update();
}

void TerminalWidget::copy()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void TerminalWidget::paste()
{
    pasteText(QApplication::clipboard()->text());
}

void TerminalWidget::pasteText(const QString &text)
{
    if (!m_inputEnabled || text.isEmpty())
        return;
    // libvterm adds ESC[200~ … ESC[201~ only when the application enabled bracketed paste.
    vterm_keyboard_start_paste(m_vterm);
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\r")).replace(QLatin1Char('\n'), QLatin1Char('\r'));
    for (uint codePoint : normalized.toUcs4())
        vterm_keyboard_unichar(m_vterm, codePoint, VTERM_MOD_NONE);
    vterm_keyboard_end_paste(m_vterm);
    flushOutput();
}

void TerminalWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_selectionAnchor = m_selectionEnd = cellAtPixel(event->position().toPoint());
        m_selecting = true;
        update();
    } else if (event->button() == Qt::MiddleButton) {
        pasteText(QApplication::clipboard()->text(QClipboard::Selection));
    }
    QWidget::mousePressEvent(event);
}

void TerminalWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return;
    QPoint cell = cellAtPixel(event->position().toPoint());
    if (event->position().x() > 2 + m_columns * m_cellSize.width() - m_cellSize.width() / 2)
        cell.setX(m_columns);
    m_selectionEnd = cell;
    update();
}

void TerminalWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_selecting) {
        m_selecting = false;
        const QString text = selectedText();
        if (!text.isEmpty() && QApplication::clipboard()->supportsSelection())
            QApplication::clipboard()->setText(text, QClipboard::Selection);
    }
}

void TerminalWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A word: letters, digits and the punctuation of paths and names.
    const QPoint cell = cellAtPixel(event->position().toPoint());
    const QString text = absoluteLineText(cell.y());
    auto isWord = [&](int column) {
        if (column < 0 || column >= text.size())
            return false;
        const QChar c = text.at(column);
        return c.isLetterOrNumber() || QStringLiteral("-_./~:@").contains(c);
    };
    if (!isWord(cell.x()))
        return;
    int from = cell.x();
    int to = cell.x();
    while (isWord(from - 1))
        --from;
    while (isWord(to + 1))
        ++to;
    m_selectionAnchor = QPoint(from, cell.y());
    m_selectionEnd = QPoint(to + 1, cell.y());
    m_selecting = false;
    update();
}

void TerminalWidget::wheelEvent(QWheelEvent *event)
{
    const int lines = -event->angleDelta().y() / 40;
    m_scrollBar->setValue(m_scrollBar->value() + lines);
    event->accept();
}

void TerminalWidget::contextMenuEvent(QContextMenuEvent *event)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *copyAction = menu->addAction(tr("&Copy"), this, &TerminalWidget::copy);
    copyAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    copyAction->setEnabled(!selectedText().isEmpty());
    QAction *pasteAction = menu->addAction(tr("&Paste"), this, &TerminalWidget::paste);
    pasteAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+V")));
    pasteAction->setEnabled(m_inputEnabled && !QApplication::clipboard()->text().isEmpty());
    menu->addSeparator();
    menu->addAction(tr("Select &All"), this, &TerminalWidget::selectAll);
    menu->addAction(tr("C&lear Scrollback"), this, &TerminalWidget::clearScrollback);
    menu->popup(event->globalPos());
}

void TerminalWidget::clearScrollback()
{
    m_scrollback.clear();
    m_selectionAnchor = m_selectionEnd = QPoint(-1, -1);
    updateScrollBar();
    update();
}

void TerminalWidget::focusInEvent(QFocusEvent *event)
{
    update();
    QWidget::focusInEvent(event);
}

void TerminalWidget::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

} // namespace Sextant::Ui
