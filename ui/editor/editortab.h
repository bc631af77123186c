// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/yaml/manifestassistant.h"
#include "ui/widgets/messagebanner.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QSyntaxHighlighter;
class QTextDocument;

namespace Sextant::Ui {

class CodeEditor;
class FindReplaceBar;
class SyntaxHighlighterFactory;

// One open manifest file (or an unsaved buffer): its editor, find bar and
// problems, validated off the UI thread 300 ms after the last edit. Keeps the
// file's line endings and byte-order mark for saving.
class EditorTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorTab)
public:
    EditorTab(std::shared_ptr<const Core::ManifestAssistant> assistant,
        std::shared_ptr<const SyntaxHighlighterFactory> highlighters, QWidget *parent = nullptr);
    ~EditorTab() override;

    // Reads a file. Invalid UTF-8 opens read-only with a message naming the
    // first bad byte, so saving can never replace what it could not decode.
    // Files over AsyncLoadBytes are laid out and coloured on a worker thread:
    // the tab is read-only and isLoading() until loaded() is emitted.
    bool load(const QString &path, QString *error);
    bool isLoading() const { return m_loading; }
    static constexpr qsizetype AsyncLoadBytes = 1024 * 1024;
    // Writes atomically (QSaveFile) to path and makes it this tab's file.
    bool saveTo(const QString &path, QString *error);
    // Replaces the whole text as one undo step (format, conversions).
    void replaceText(const QString &text);
    void setInitialText(const QString &text);

    QString filePath() const { return m_filePath; }
    // For a restored buffer: saving writes here.
    void setFilePath(const QString &path) { m_filePath = path; }
    void setUntitledName(const QString &name) { m_untitledName = name; }
    QString displayName() const;
    bool isUntitled() const { return m_filePath.isEmpty(); }
    bool isModified() const;
    void setModified(bool modified);
    bool isReadOnly() const;
    bool usesCrLf() const { return m_crlf; }
    QString text() const;

    QString kubernetesVersion() const { return m_kubernetesVersion; }
    void setKubernetesVersion(const QString &version);
    // Stable id for recovery files.
    QString bufferId() const { return m_bufferId; }
    int revision() const;

    CodeEditor *editor() const { return m_editor; }
    FindReplaceBar *findBar() const { return m_findBar; }
    const Core::Diagnostics &diagnostics() const;
    void validateNow();
    // Problems a cluster reported (dry run, apply), shown with the file's own
    // until the text changes.
    void setClusterDiagnostics(const Core::Diagnostics &diagnostics);
    const Core::Diagnostics &clusterDiagnostics() const { return m_clusterDiagnostics; }
    void showMessage(MessageBanner::Level level, const QString &text);

Q_SIGNALS:
    void diagnosticsChanged();
    void modificationChanged(bool modified);
    void loaded();
    void focusLost();

private:
    void scheduleValidation();
    void connectDocument();
    void adoptDocument(QTextDocument *document);
    void showEncodingProblem();
    void applyDiagnostics(quint64 ticket, const Core::Diagnostics &diagnostics);

    Core::ManifestWorker *m_worker = nullptr;
    CodeEditor *m_editor = nullptr;
    FindReplaceBar *m_findBar = nullptr;
    MessageBanner *m_banner = nullptr;
    std::shared_ptr<const SyntaxHighlighterFactory> m_highlighters;
    QSyntaxHighlighter *m_highlighter = nullptr;
    QTimer m_validationTimer;
    quint64 m_validationTicket = 0;
    Core::Diagnostics m_validationDiagnostics;
    Core::Diagnostics m_clusterDiagnostics;
    QString m_filePath;
    QString m_untitledName;
    QString m_kubernetesVersion;
    QString m_bufferId;
    bool m_crlf = false;
    bool m_byteOrderMark = false;
    bool m_invalidEncoding = false;
    qsizetype m_invalidOffset = -1;
    bool m_loading = false;
};

} // namespace Sextant::Ui
