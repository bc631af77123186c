// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/liveedit/liveeditwindow.h"

#include "core/api/apiclient.h"
#include "core/liveedit/edittext.h"
#include "core/liveedit/liveedit.h"
#include "core/util/yamlwriter.h"
#include "core/yaml/kubernetesassistant.h"
#include "ui/actions/resourceaction.h"
#include "ui/editor/codeeditor.h"
#include "ui/editor/highlighterfactory.h"
#include "ui/liveedit/mergeview.h"
#include "ui/widgets/messagebanner.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {

constexpr int ValidationDelayMs = 400;

} // namespace

LiveEditWindow::LiveEditWindow(Core::ApiClient *client, const Core::ResourceRef &resource, const QString &namespaceName,
    const QString &name, const QString &kind, QWidget *parent,
    std::shared_ptr<const SyntaxHighlighterFactory> highlighters)
    : QWidget(parent, Qt::Window)
    , m_session(new Core::LiveEdit(client, resource, namespaceName, name, this))
    , m_worker(new Core::ManifestWorker(Core::createBundledAssistant(), this))
    , m_highlighters(highlighters ? std::move(highlighters) : std::make_shared<const BuiltinHighlighterFactory>())
    , m_banner(new MessageBanner(this))
    , m_pages(new QStackedWidget(this))
    , m_editor(new CodeEditor(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_reloadButton(new QPushButton(tr("&Reload"), this))
    , m_applyButton(new QPushButton(tr("&Apply"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
    , m_validationTimer(new QTimer(this))
    , m_kind(kind)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("liveEditWindow"));
    resize(1280, 820);

    m_mergeView = new MergeView(*m_highlighters, this);
    m_editor->setObjectName(QStringLiteral("liveEditor"));
    m_highlighters->createYamlHighlighter(m_editor->document());
    m_editor->setWorker(m_worker);
    m_mergeView->mergedEditor()->setWorker(m_worker);
    m_pages->addWidget(m_editor);
    m_pages->addWidget(m_mergeView);

    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setDefault(true);
    m_applyButton->setToolTip(tr("Apply the changes to the cluster (Ctrl+S, Ctrl+Return)"));
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_reloadButton->setToolTip(tr("Load the object as it is on the server now"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_reloadButton);
    buttons->addWidget(m_applyButton);
    buttons->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    for (const char *keys : { "Ctrl+S", "Ctrl+Return", "Ctrl+Enter" }) {
        auto *shortcut = new QShortcut(QKeySequence(QString::fromLatin1(keys)), this);
        connect(shortcut, &QShortcut::activated, this, &LiveEditWindow::apply);
    }
    connect(m_applyButton, &QPushButton::clicked, this, &LiveEditWindow::apply);
    connect(m_reloadButton, &QPushButton::clicked, this, &LiveEditWindow::reload);
    connect(m_closeButton, &QPushButton::clicked, this, &QWidget::close);

    connect(m_session, &Core::LiveEdit::stateChanged, this, &LiveEditWindow::onStateChanged);
    connect(m_session, &Core::LiveEdit::loaded, this, &LiveEditWindow::onLoaded);
    connect(m_session, &Core::LiveEdit::loadFailed, this, [this](const Core::ApiError &error) {
        if (!error.isCancelled())
            m_banner->showMessage(
                MessageBanner::Level::Error, tr("Could not load %1:\n%2").arg(objectLabel(), errorText(error)));
    });
    connect(m_session, &Core::LiveEdit::applied, this, &LiveEditWindow::onApplied);
    connect(m_session, &Core::LiveEdit::applyFailed, this, &LiveEditWindow::onApplyFailed);
    connect(m_session, &Core::LiveEdit::mergeReady, this, &LiveEditWindow::onMergeReady);
    connect(m_mergeView, &MergeView::problem, this,
        [this](const QString &message) { m_banner->showMessage(MessageBanner::Level::Warning, message); });
    connect(m_mergeView, &MergeView::unresolvedCountChanged, this, &LiveEditWindow::updateApplyEnabled);

    m_validationTimer->setSingleShot(true);
    m_validationTimer->setInterval(ValidationDelayMs);
    connect(m_validationTimer, &QTimer::timeout, this, [this] {
        Core::ValidationOptions options;
        m_validationTicket = m_worker->validate(m_editor->toPlainText().toUtf8(), options);
    });
    connect(
        m_worker, &Core::ManifestWorker::validated, this, [this](quint64 ticket, const Core::Diagnostics &diagnostics) {
            if (ticket == m_validationTicket)
                m_editor->setDiagnostics(diagnostics);
        });
    connect(m_editor->document(), &QTextDocument::contentsChanged, this, &LiveEditWindow::scheduleValidation);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &QWidget::setWindowModified);

    updateTitle();
    onStateChanged();
    m_session->load();
}

LiveEditWindow::~LiveEditWindow()
{
    m_session->cancel();
    // The editors' documents go after this destructor; keep their last signals out.
    disconnect(m_editor->document(), nullptr, this, nullptr);
}

QString LiveEditWindow::objectLabel() const
{
    const QString where = m_session->namespaceName().isEmpty()
        ? m_session->name()
        : m_session->namespaceName() + QLatin1Char('/') + m_session->name();
    return m_kind.isEmpty() ? where : m_kind + QLatin1Char(' ') + where;
}

void LiveEditWindow::updateTitle()
{
    setWindowTitle(tr("Edit %1[*]").arg(objectLabel()));
}

bool LiveEditWindow::isShowingMerge() const
{
    return m_pages->currentWidget() == m_mergeView;
}

CodeEditor *LiveEditWindow::activeEditor() const
{
    return isShowingMerge() ? m_mergeView->mergedEditor() : m_editor;
}

bool LiveEditWindow::hasUnappliedChanges() const
{
    // While merging, the user's edit is not on the server yet.
    return isShowingMerge() || m_editor->document()->isModified();
}

QList<LiveEditWindow *> LiveEditWindow::withUnappliedChanges(const QWidget &parent)
{
    QList<LiveEditWindow *> windows;
    for (LiveEditWindow *window : parent.findChildren<LiveEditWindow *>()) {
        if (window->hasUnappliedChanges())
            windows << window;
    }
    return windows;
}

void LiveEditWindow::scheduleValidation()
{
    m_validationTimer->start();
}

void LiveEditWindow::onStateChanged()
{
    using State = Core::LiveEdit::State;
    const State state = m_session->state();
    const bool busy = m_session->isBusy();
    m_progress->setVisible(busy);
    m_reloadButton->setEnabled(!busy);
    m_editor->setReadOnly(busy || state == State::Empty);
    m_mergeView->mergedEditor()->setReadOnly(busy);
    switch (state) {
    case State::Loading:
        m_status->setText(tr("Loading…"));
        break;
    case State::Checking:
        m_status->setText(tr("Checking with the server…"));
        break;
    case State::Applying:
        m_status->setText(tr("Applying…"));
        break;
    case State::Merging:
        m_status->setText(tr("Someone changed the object meanwhile; fetching their version to merge…"));
        break;
    case State::Empty:
        m_status->setText(tr("Not loaded."));
        break;
    case State::Ready:
    case State::MergeReady:
        m_status->setText(tr("Editing resourceVersion %1.").arg(m_session->resourceVersion()));
        break;
    }
    updateApplyEnabled();
}

void LiveEditWindow::updateApplyEnabled()
{
    const bool loaded = !m_session->resourceVersion().isEmpty();
    const bool decided = !isShowingMerge() || m_mergeView->unresolvedCount() == 0;
    m_applyButton->setEnabled(loaded && !m_session->isBusy() && decided);
    m_applyButton->setToolTip(decided ? tr("Apply the changes to the cluster (Ctrl+S, Ctrl+Return)")
                                      : tr("Decide each conflict first: Take theirs or Keep mine."));
}

void LiveEditWindow::showEditor(const QJsonObject &editable)
{
    m_editor->setPlainText(Core::toYaml(editable));
    m_editor->document()->setModified(false);
    m_pages->setCurrentWidget(m_editor);
    const QString kind = editable.value(QStringLiteral("kind")).toString();
    if (!kind.isEmpty())
        m_kind = kind;
    updateTitle();
    updateApplyEnabled();
}

void LiveEditWindow::onLoaded(const QJsonObject &editable)
{
    m_banner->hide();
    showEditor(editable);
    m_editor->setFocus();
}

void LiveEditWindow::apply()
{
    if (!m_applyButton->isEnabled()) {
        if (isShowingMerge() && m_mergeView->unresolvedCount() > 0) {
            m_banner->showMessage(MessageBanner::Level::Warning,
                tr("Conflicts without a decision: %1. Take theirs or Keep mine for each, then Apply.")
                    .arg(m_mergeView->unresolvedCount()));
        }
        return;
    }
    CodeEditor *editor = activeEditor();
    const auto parsed = Core::parseEditedObject(editor->toPlainText());
    if (!parsed) {
        m_banner->showMessage(
            MessageBanner::Level::Error, tr("Line %1: %2").arg(parsed.error().line).arg(parsed.error().message));
        editor->goTo(parsed.error().line, parsed.error().column);
        return;
    }
    m_banner->hide();
    m_session->apply(parsed->value.toObject());
}

void LiveEditWindow::onApplied(const QJsonObject &editable)
{
    showEditor(editable);
    m_banner->showMessage(MessageBanner::Level::Information,
        tr("Applied. %1 is now at resourceVersion %2.").arg(objectLabel(), m_session->resourceVersion()));
    if (m_feedback)
        Q_EMIT m_feedback->succeeded(tr("%1 updated.").arg(objectLabel()));
}

QString LiveEditWindow::errorText(const Core::ApiError &error)
{
    QString text = error.message.isEmpty() ? tr("The request failed (HTTP %1).").arg(error.httpStatus) : error.message;
    for (const Core::StatusCause &cause : error.causes) {
        text += QStringLiteral("\n• ")
            + (cause.field.isEmpty() ? cause.message : cause.field + QLatin1String(": ") + cause.message);
    }
    return text;
}

void LiveEditWindow::onApplyFailed(const Core::ApiError &error)
{
    if (error.isCancelled())
        return;
    m_banner->showMessage(MessageBanner::Level::Error, tr("Not applied:\n%1").arg(errorText(error)));
    if (error.causes.isEmpty())
        return;
    CodeEditor *editor = activeEditor();
    const auto parsed = Core::parseEditedObject(editor->toPlainText());
    if (!parsed)
        return;
    const Core::Diagnostics problems = Core::diagnosticsForCauses(*parsed, error.causes);
    editor->setDiagnostics(problems);
    if (!problems.isEmpty())
        editor->goTo(problems.first().line, problems.first().column);
}

void LiveEditWindow::onMergeReady(const Core::MergeResult &result)
{
    m_mergeView->setMerge(m_session->mergeBase(), m_session->theirs(), m_session->mine(), result);
    m_pages->setCurrentWidget(m_mergeView);
    if (result.isClean()) {
        m_banner->showMessage(MessageBanner::Level::Information,
            tr("Someone changed %1 while you edited it. Your changes and theirs were merged without conflicts: "
               "check the merged result and Apply.")
                .arg(objectLabel()));
    } else {
        m_banner->showMessage(MessageBanner::Level::Warning,
            tr("Someone changed %1 while you edited it, and both sides changed some fields differently "
               "(conflicts: %2). Decide for each, Take theirs or Keep mine, then Apply.")
                .arg(objectLabel())
                .arg(result.conflicts.size()));
    }
    updateApplyEnabled();
}

void LiveEditWindow::confirmDiscard(
    const QString &question, const QString &discardText, std::function<void()> onDiscard)
{
    if (m_asking)
        return;
    m_asking = true;
    auto *box = new QMessageBox(
        QMessageBox::Question, windowTitle().remove(QStringLiteral("[*]")), question, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("discardQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *discard = box->addButton(discardText, QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, discard, onDiscard = std::move(onDiscard)] {
        m_asking = false;
        if (box->clickedButton() == discard)
            onDiscard();
    });
    box->open();
}

void LiveEditWindow::reload()
{
    if (!hasUnappliedChanges()) {
        m_session->load();
        return;
    }
    confirmDiscard(tr("Discard your unapplied changes and load %1 as it is now?").arg(objectLabel()),
        tr("&Discard and Reload"), [this] { m_session->load(); });
}

void LiveEditWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeConfirmed || !hasUnappliedChanges()) {
        m_session->cancel();
        event->accept();
        return;
    }
    event->ignore();
    confirmDiscard(tr("Your changes to %1 are not applied. Close and discard them?").arg(objectLabel()),
        tr("&Discard Changes"), [this] {
            m_closeConfirmed = true;
            close();
        });
}

} // namespace Sextant::Ui
