// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/yaml/diagnostic.h"
#include "core/yaml/manifestassistant.h"

#include <QPlainTextEdit>
#include <QPointer>
#include <QTextBlock>
#include <QTimer>

class QCompleter;
class QStandardItemModel;

namespace Sextant::Ui {

// A plain-text editor for YAML manifests: line numbers, indent guides,
// space indentation, comment toggle, problems as wavy underlines, and schema
// completion and hover help from a ManifestWorker (answered off the UI
// thread). Nothing here walks the whole document per keystroke.
class CodeEditor final : public QPlainTextEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeEditor)
public:
    static constexpr int IndentWidth = 2;

    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;

    // Completion and hover help ask this worker; null = plain editing.
    void setWorker(Core::ManifestWorker *worker);

    // Shows a document built elsewhere (a large file laid out on a worker
    // thread); the editor becomes its parent.
    void replaceDocument(QTextDocument *document);

    // Replaces the underlined problems (lines and columns 1-based).
    void setDiagnostics(const Core::Diagnostics &diagnostics);
    const Core::Diagnostics &diagnostics() const { return m_diagnostics; }
    // The underlines as shown, for tests and the problems list.
    QList<QTextEdit::ExtraSelection> diagnosticSelections() const { return m_diagnosticSelections; }

    void toggleComment();
    void indentLines();
    void dedentLines();
    // Asks the worker for completions at the cursor (Ctrl+Space).
    void requestCompletion();
    void goTo(int line, int column);
    int currentLine() const; // 1-based
    int currentColumn() const; // 1-based, in characters

    QCompleter *completer() const { return m_completer; }
    int lineNumberAreaWidth() const;

Q_SIGNALS:
    void focusLost();

protected:
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class LineNumberArea;

    // The YAML document (between "---" lines) around a block, so completion
    // and hover send kilobytes, not the whole 20 MB file.
    struct DocumentSlice {
        QByteArray utf8;
        int firstBlock = 0; // block number of the slice's first line
    };
    DocumentSlice sliceAround(const QTextBlock &block) const;

    void paintLineNumbers(QPaintEvent *event);
    void paintIndentGuides();
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);
    void updateExtraSelections();
    void insertNewlineWithIndent();
    void insertCompletion(const QModelIndex &index);
    void showCompletions(quint64 ticket, const QList<Core::CompletionItem> &items);
    void showHelp(quint64 ticket, const std::optional<Core::FieldHelp> &help);
    bool showDiagnosticTooltip(const QPoint &viewportPos, const QPoint &globalPos);
    void requestHelp(const QPoint &viewportPos, const QPoint &globalPos);
    QString wordBeforeCursor() const;
    bool atKeyPrefix() const;
    void updateCompletionPrefix();

    QWidget *m_lineNumberArea = nullptr;
    QPointer<Core::ManifestWorker> m_worker;
    QList<QMetaObject::Connection> m_workerConnections;
    Core::Diagnostics m_diagnostics;
    QList<QTextEdit::ExtraSelection> m_diagnosticSelections;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_completionModel = nullptr;
    QTimer m_autoCompleteTimer;
    quint64 m_completionTicket = 0;
    int m_completionBlock = -1;
    quint64 m_helpTicket = 0;
    QPoint m_helpGlobalPos;
};

} // namespace Sextant::Ui
