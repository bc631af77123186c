// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/editortab.h"

#include "core/yaml/yamldocument.h"
#include "ui/editor/backgroundtask.h"
#include "ui/editor/codeeditor.h"
#include "ui/editor/findreplacebar.h"
#include "ui/editor/highlighterfactory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPlainTextDocumentLayout>
#include <QSaveFile>
#include <QSyntaxHighlighter>
#include <QTextCursor>
#include <QUuid>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcEditorTab, "sextant.ui.editor.tab")

namespace Sextant::Ui {

namespace {

constexpr int ValidationDelayMs = 300;
// Large files: copying the text out for the parser costs tens of ms, so
// wait for a longer pause in typing.
constexpr int LargeValidationDelayMs = 1000;
constexpr int LargeCharacterCount = 2 * 1024 * 1024;
const QByteArray Utf8ByteOrderMark("\xEF\xBB\xBF");

} // namespace

EditorTab::EditorTab(std::shared_ptr<const Core::ManifestAssistant> assistant,
    std::shared_ptr<const SyntaxHighlighterFactory> highlighters, QWidget *parent)
    : QWidget(parent)
    , m_worker(new Core::ManifestWorker(std::move(assistant), this))
    , m_editor(new CodeEditor(this))
    , m_findBar(new FindReplaceBar(m_editor, this))
    , m_banner(new MessageBanner(this))
    , m_highlighters(std::move(highlighters))
    , m_bufferId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);
    setFocusProxy(m_editor);

    m_highlighter = m_highlighters->createYamlHighlighter(m_editor->document());
    m_editor->setWorker(m_worker);
    m_validationTimer.setSingleShot(true);
    connect(&m_validationTimer, &QTimer::timeout, this, &EditorTab::validateNow);
    connect(m_worker, &Core::ManifestWorker::validated, this, &EditorTab::applyDiagnostics);
    connectDocument();
    connect(m_editor, &CodeEditor::focusLost, this, &EditorTab::focusLost);
}

EditorTab::~EditorTab()
{
    // The document and worker go after this destructor; keep their last signals out.
    for (QObject *child : findChildren<QObject *>()) {
        disconnect(child, nullptr, this, nullptr);
    }
}

QString EditorTab::displayName() const
{
    return m_filePath.isEmpty() ? m_untitledName : QFileInfo(m_filePath).fileName();
}

bool EditorTab::isModified() const
{
    return m_editor->document()->isModified();
}

void EditorTab::setModified(bool modified)
{
    m_editor->document()->setModified(modified);
}

bool EditorTab::isReadOnly() const
{
    return m_editor->isReadOnly() || m_loading;
}

QString EditorTab::text() const
{
    return m_editor->toPlainText();
}

int EditorTab::revision() const
{
    return m_editor->document()->revision();
}

const Core::Diagnostics &EditorTab::diagnostics() const
{
    return m_editor->diagnostics();
}

void EditorTab::showMessage(MessageBanner::Level level, const QString &text)
{
    m_banner->showMessage(level, text);
}

void EditorTab::connectDocument()
{
    connect(m_editor->document(), &QTextDocument::contentsChanged, this, &EditorTab::scheduleValidation);
    // The cluster's answer was about the text as it was; its lines may have moved.
    connect(m_editor->document(), &QTextDocument::contentsChanged, this, [this] { m_clusterDiagnostics.clear(); });
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &EditorTab::modificationChanged);
}

bool EditorTab::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    QByteArray data = file.readAll();
    m_byteOrderMark = data.startsWith(Utf8ByteOrderMark);
    if (m_byteOrderMark) {
        data.remove(0, Utf8ByteOrderMark.size());
    }
    const qsizetype firstNewline = data.indexOf('\n');
    m_crlf = firstNewline > 0 && data.at(firstNewline - 1) == '\r';
    const qsizetype invalid = Core::firstInvalidUtf8(data);
    m_invalidEncoding = invalid >= 0;
    QString text = QString::fromUtf8(data);
    if (m_crlf) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    }
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_invalidOffset = invalid + (m_byteOrderMark ? Utf8ByteOrderMark.size() : 0);
    if (data.size() <= AsyncLoadBytes) {
        setInitialText(text);
        showEncodingProblem();
        qCDebug(lcEditorTab) << "loaded" << path << data.size() << "bytes in" << timer.elapsed() << "ms";
        Q_EMIT loaded();
        return true;
    }
    // Building the blocks of a 20 MB document takes seconds: do it, and the
    // colouring, on a worker thread, then hand the document to the editor.
    m_loading = true;
    m_editor->setReadOnly(true);
    showMessage(MessageBanner::Level::Information, tr("Loading %1…").arg(displayName()));
    QThread *uiThread = thread();
    runInBackground<QTextDocument *>(
        this,
        [text = std::move(text), font = m_editor->font(), highlighters = m_highlighters, uiThread] {
            auto *document = new QTextDocument;
            document->setDefaultFont(font);
            document->setDocumentLayout(new QPlainTextDocumentLayout(document));
            document->setUndoRedoEnabled(false);
            document->setPlainText(text);
            document->setUndoRedoEnabled(true);
            highlighters->createYamlHighlighter(document)->rehighlight();
            document->setModified(false);
            document->moveToThread(uiThread);
            return document;
        },
        [this, timer](QTextDocument *document) {
            adoptDocument(document);
            qCDebug(lcEditorTab) << "loaded" << m_filePath << "in" << timer.elapsed() << "ms";
        });
    return true;
}

void EditorTab::adoptDocument(QTextDocument *document)
{
    m_editor->replaceDocument(document);
    m_highlighter = document->findChild<QSyntaxHighlighter *>();
    connectDocument();
    m_loading = false;
    m_editor->setReadOnly(m_invalidEncoding);
    m_banner->hide();
    showEncodingProblem();
    validateNow();
    Q_EMIT loaded();
}

void EditorTab::showEncodingProblem()
{
    if (!m_invalidEncoding) {
        return;
    }
    m_editor->setReadOnly(true);
    showMessage(MessageBanner::Level::Error,
        tr("This file is not valid UTF-8: the byte at offset %1 cannot be decoded. It is open read-only, so "
           "saving cannot change bytes the editor could not read.")
            .arg(m_invalidOffset));
}

void EditorTab::setInitialText(const QString &text)
{
    m_editor->setPlainText(text);
    m_editor->document()->setModified(false);
    validateNow();
}

bool EditorTab::saveTo(const QString &path, QString *error)
{
    if (m_invalidEncoding) {
        *error = tr("%1 is open read-only because it is not valid UTF-8.").arg(displayName());
        return false;
    }
    if (m_loading) {
        *error = tr("%1 is still loading.").arg(displayName());
        return false;
    }
    QString text = m_editor->toPlainText();
    if (m_crlf) {
        text.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (m_byteOrderMark) {
        file.write(Utf8ByteOrderMark);
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        *error = tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_editor->document()->setModified(false);
    return true;
}

void EditorTab::replaceText(const QString &text)
{
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    cursor.endEditBlock();
}

void EditorTab::setKubernetesVersion(const QString &version)
{
    if (m_kubernetesVersion == version) {
        return;
    }
    m_kubernetesVersion = version;
    validateNow();
}

void EditorTab::scheduleValidation()
{
    m_validationTimer.start(
        m_editor->document()->characterCount() > LargeCharacterCount ? LargeValidationDelayMs : ValidationDelayMs);
}

void EditorTab::validateNow()
{
    m_validationTimer.stop();
    if (m_invalidEncoding || m_loading) {
        return;
    }
    Core::ValidationOptions options;
    options.kubernetesVersion = m_kubernetesVersion;
    options.fileName = displayName();
    m_validationTicket = m_worker->validate(m_editor->toPlainText().toUtf8(), options);
}

void EditorTab::applyDiagnostics(quint64 ticket, const Core::Diagnostics &diagnostics)
{
    if (ticket != m_validationTicket) {
        return; // an older text
    }
    m_validationDiagnostics = diagnostics;
    m_editor->setDiagnostics(m_validationDiagnostics + m_clusterDiagnostics);
    Q_EMIT diagnosticsChanged();
}

void EditorTab::setClusterDiagnostics(const Core::Diagnostics &diagnostics)
{
    if (diagnostics.isEmpty() && m_clusterDiagnostics.isEmpty()) {
        return;
    }
    m_clusterDiagnostics = diagnostics;
    m_editor->setDiagnostics(m_validationDiagnostics + m_clusterDiagnostics);
    Q_EMIT diagnosticsChanged();
}

} // namespace Sextant::Ui
