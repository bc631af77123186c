// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QPoint>
#include <QVector>
#include <QWidget>

#include <deque>

class QScrollBar;

struct VTerm;
struct VTermScreen;

namespace Sextant::Ui {

// A terminal emulator view: libvterm keeps the screen state, this widget
// paints the cells (16/256/RGB colours, bold, underline, reverse, cursor),
// turns keys into the bytes a terminal sends, keeps a scrollback and offers
// selection, copy (Ctrl+Shift+C) and paste (Ctrl+Shift+V, bracketed when the
// application asked for it). It talks to no process: output goes in with
// feed(), keyboard bytes come out through inputReady().
class TerminalWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalWidget)
public:
    static constexpr int ScrollbackLines = 5000;

    struct Cell {
        QString text; // empty for a blank cell
        QColor foreground;
        QColor background;
        bool bold = false;
        bool italic = false;
        bool underline = false;
        bool reverse = false;
    };

    explicit TerminalWidget(QWidget *parent = nullptr);
    ~TerminalWidget() override;

    // Output of the remote process.
    void feed(const QByteArray &output);
    // Ends the session visibly: "Process exited with status 3" below the output; input stops.
    void showExitStatus(const QString &line, bool failure);
    void setInputEnabled(bool enabled);
    bool isInputEnabled() const { return m_inputEnabled; }
    // A fresh screen (Reconnect), scrollback kept.
    void resetTerminal();

    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    // Normally follows the widget's size; tests set it directly.
    void setTerminalSize(int columns, int rows);
    QSize sizeForTerminal(int columns, int rows) const;

    // The visible screen (not the scrollback), row 0 at the top.
    Cell cellAt(int row, int column) const;
    QString lineText(int row) const;
    QPoint cursorPosition() const { return m_cursor; } // x = column, y = row
    int scrollbackSize() const { return int(m_scrollback.size()); }
    QString scrollbackLineText(int index) const; // 0 = oldest

    QString selectedText() const;
    void selectAll();
    void copy();
    void paste();
    // Types text as if pasted (bracketed when the application enabled it).
    void pasteText(const QString &text);
    void clearScrollback();

    QColor defaultForeground() const { return m_foreground; }
    QColor defaultBackground() const { return m_background; }

Q_SIGNALS:
    // Bytes for the process's stdin.
    void inputReady(const QByteArray &bytes);
    void terminalSizeChanged(int columns, int rows);
    void titleChanged(const QString &title);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;
    void inputMethodEvent(QInputMethodEvent *event) override;

private:
    friend struct TerminalCallbacks;
    using Line = QVector<Cell>;

    void fitToWidget();
    void updateScrollBar();
    Cell cellFromVterm(const void *vtermCell) const;
    Cell cellAtAbsolute(int line, int column) const;
    QString absoluteLineText(int line) const;
    int absoluteLineCount() const { return int(m_scrollback.size()) + m_rows; }
    int firstVisibleLine() const;
    QPoint cellAtPixel(const QPoint &pixel) const; // x = column, y = absolute line
    bool isSelected(int line, int column) const;
    void flushOutput();

    VTerm *m_vterm = nullptr;
    VTermScreen *m_screen = nullptr;
    QScrollBar *m_scrollBar = nullptr;
    std::deque<Line> m_scrollback;
    QByteArray m_pendingInput;
    int m_columns = 80;
    int m_rows = 24;
    QPoint m_cursor;
    bool m_cursorVisible = true;
    bool m_inputEnabled = true;
    QFont m_font;
    QSize m_cellSize;
    int m_ascent = 0;
    QColor m_foreground = QColor(0xd8, 0xdb, 0xe0);
    QColor m_background = QColor(0x1c, 0x1f, 0x24);
    // Selection in absolute lines (scrollback first, then the screen).
    QPoint m_selectionAnchor { -1, -1 };
    QPoint m_selectionEnd { -1, -1 };
    bool m_selecting = false;
};

} // namespace Sextant::Ui
