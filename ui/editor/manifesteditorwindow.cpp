// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/manifesteditorwindow.h"

#include "core/yaml/manifestformat.h"
#include "ui/editor/backgroundtask.h"
#include "ui/editor/clusteractions.h"
#include "ui/editor/codeeditor.h"
#include "ui/editor/editortab.h"
#include "ui/editor/findreplacebar.h"
#include "ui/editor/highlighterfactory.h"
#include "ui/widgets/messagebanner.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcEditorWindow, "sextant.ui.editor.window")

namespace Sextant::Ui {

namespace {

constexpr int BufferIdRole = Qt::UserRole + 1;
constexpr int LineRole = Qt::UserRole + 2;
constexpr int ColumnRole = Qt::UserRole + 3;
// The problems list stays responsive; the editor still underlines its own.
constexpr int MaxProblemsPerFile = 5000;

QString severityName(Core::Diagnostic::Severity severity)
{
    switch (severity) {
    case Core::Diagnostic::Severity::Error:
        return ManifestEditorWindow::tr("Error");
    case Core::Diagnostic::Severity::Warning:
        return ManifestEditorWindow::tr("Warning");
    case Core::Diagnostic::Severity::Info:
        break;
    }
    return ManifestEditorWindow::tr("Info");
}

QStyle::StandardPixmap severityIcon(Core::Diagnostic::Severity severity)
{
    switch (severity) {
    case Core::Diagnostic::Severity::Error:
        return QStyle::SP_MessageBoxCritical;
    case Core::Diagnostic::Severity::Warning:
        return QStyle::SP_MessageBoxWarning;
    case Core::Diagnostic::Severity::Info:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

const QStringList manifestNameFilters()
{
    return { QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json") };
}

} // namespace

ManifestEditorWindow::ManifestEditorWindow(std::shared_ptr<const Core::ManifestAssistant> assistant, QWidget *parent)
    : QMainWindow(parent)
    , m_assistant(std::move(assistant))
    , m_highlighters(std::make_shared<BuiltinHighlighterFactory>())
    , m_tabs(new QTabWidget(this))
    , m_banner(new MessageBanner(this))
    , m_problemsModel(new QStandardItemModel(this))
    , m_versionCombo(new QComboBox(this))
{
    setObjectName(QStringLiteral("manifestEditorWindow"));
    setWindowTitle(tr("Manifest Editor"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);

    createRecoveryBar();
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_recoveryBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    createDocks();
    createStatusBar();
    createActions();
    m_cluster = new ClusterActions(this);

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &ManifestEditorWindow::requestCloseTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ManifestEditorWindow::updateCurrentTab);
    connect(m_versionCombo, &QComboBox::activated, this, [this] {
        if (EditorTab *tab = currentTab()) {
            tab->setKubernetesVersion(m_versionCombo->currentData().toString());
            updateStatus();
        }
    });

    m_autosaveTimer.setInterval(AutosaveIntervalMs);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &ManifestEditorWindow::autosaveNow);
    m_autosaveTimer.start();
    // Diagnostics of several tabs arriving together rebuild the list once.
    m_problemsTimer.setSingleShot(true);
    m_problemsTimer.setInterval(0);
    connect(&m_problemsTimer, &QTimer::timeout, this, &ManifestEditorWindow::rebuildProblems);

    setAvailableVersions({});
    m_orphans = m_recovery.orphans();
    if (!m_orphans.isEmpty()) {
        QStringList names;
        for (const RecoveredBuffer &buffer : std::as_const(m_orphans)) {
            names << (buffer.originalPath.isEmpty() ? tr("an unsaved buffer")
                                                    : QDir::toNativeSeparators(buffer.originalPath));
        }
        m_recoveryLabel->setText(tr("The editor did not close normally. %n unsaved buffer(s) can be restored: %1",
            nullptr, int(m_orphans.size()))
                                     .arg(names.join(QStringLiteral(", "))));
        m_recoveryBar->show();
    }
    updateCurrentTab();
    resize(1100, 720);
    resizeDocks({ m_problemsDock }, { 150 }, Qt::Vertical);
}

ManifestEditorWindow::~ManifestEditorWindow()
{
    // QWidget deletes the children after this destructor; their last signals
    // (tabs removed, editors destroyed) must not reach a half-destroyed window.
    for (QObject *child : findChildren<QObject *>()) {
        disconnect(child, nullptr, this, nullptr);
    }
}

// ---- construction ----

void ManifestEditorWindow::createRecoveryBar()
{
    m_recoveryBar = new QFrame(this);
    m_recoveryBar->setObjectName(QStringLiteral("recoveryBar"));
    static_cast<QFrame *>(m_recoveryBar)->setFrameShape(QFrame::StyledPanel);
    m_recoveryLabel = new QLabel(m_recoveryBar);
    m_recoveryLabel->setWordWrap(true);
    m_recoveryLabel->setTextFormat(Qt::PlainText);
    auto *restore = new QPushButton(tr("Restore"), m_recoveryBar);
    restore->setObjectName(QStringLiteral("restoreButton"));
    auto *discard = new QPushButton(tr("Discard"), m_recoveryBar);
    discard->setObjectName(QStringLiteral("discardButton"));
    auto *layout = new QHBoxLayout(m_recoveryBar);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_recoveryLabel, 1);
    layout->addWidget(restore);
    layout->addWidget(discard);
    connect(restore, &QPushButton::clicked, this, &ManifestEditorWindow::restoreRecovered);
    connect(discard, &QPushButton::clicked, this, &ManifestEditorWindow::discardRecovered);
    m_recoveryBar->hide();
}

void ManifestEditorWindow::createDocks()
{
    m_fileModel = new QFileSystemModel(this);
    m_fileModel->setNameFilters(manifestNameFilters());
    m_fileModel->setNameFilterDisables(false);
    m_fileModel->setFilter(QDir::AllDirs | QDir::Files | QDir::NoDotAndDotDot);
    m_fileTree = new QTreeView(this);
    m_fileTree->setObjectName(QStringLiteral("fileTree"));
    m_fileTree->setHeaderHidden(true);
    m_filesDock = new QDockWidget(tr("Files"), this);
    m_filesDock->setObjectName(QStringLiteral("filesDock"));
    m_filesDock->setWidget(m_fileTree);
    addDockWidget(Qt::LeftDockWidgetArea, m_filesDock);
    m_filesDock->hide();
    connect(m_fileTree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (!m_fileModel->isDir(index)) {
            openFiles({ m_fileModel->filePath(index) });
        }
    });

    m_problemsModel->setHorizontalHeaderLabels({ tr("File"), tr("Line:Col"), tr("Severity"), tr("Message") });
    m_problemsView = new QTreeView(this);
    m_problemsView->setObjectName(QStringLiteral("problemsView"));
    m_problemsView->setRootIsDecorated(false);
    m_problemsView->setUniformRowHeights(true);
    m_problemsView->setAlternatingRowColors(true);
    m_problemsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemsView->setModel(m_problemsModel);
    m_problemsView->header()->setStretchLastSection(true);
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problemsView);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    connect(m_problemsView, &QTreeView::activated, this, &ManifestEditorWindow::activateProblem);
}

void ManifestEditorWindow::createStatusBar()
{
    m_positionLabel = new QLabel(this);
    m_problemsLabel = new QLabel(this);
    m_versionLabel = new QLabel(this);
    statusBar()->addWidget(m_positionLabel);
    statusBar()->addWidget(m_problemsLabel);
    statusBar()->addPermanentWidget(m_versionLabel);
}

void ManifestEditorWindow::createActions()
{
    auto add
        = [this](QMenu *menu, const QString &text, const QKeySequence &shortcut, auto slot, bool needsDocument = true) {
              QAction *action = menu->addAction(text);
              action->setShortcut(shortcut);
              action->setShortcutContext(Qt::WindowShortcut);
              connect(action, &QAction::triggered, this, slot);
              if (needsDocument) {
                  m_documentActions << action;
              }
              addAction(action);
              return action;
          };
    auto onEditor = [this](auto method) {
        return [this, method] {
            if (EditorTab *tab = currentTab()) {
                (tab->editor()->*method)();
            }
        };
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(
        file, tr("&New"), QKeySequence::New, [this] { newDocument(); }, false);
    add(file, tr("&Open…"), QKeySequence::Open, &ManifestEditorWindow::showOpenDialog, false);
    add(file, tr("Open &Folder…"), QKeySequence(), &ManifestEditorWindow::showOpenFolderDialog, false);
    file->addSeparator();
    add(file, tr("&Save"), QKeySequence::Save, [this] {
        if (EditorTab *tab = currentTab()) {
            saveTab(tab);
        }
    });
    add(file, tr("Save &As…"), QKeySequence::SaveAs, [this] {
        if (EditorTab *tab = currentTab()) {
            askSaveAs(tab);
        }
    });
    file->addSeparator();
    add(file, tr("&Close"), QKeySequence::Close, [this] { requestCloseTab(m_tabs->currentIndex()); });

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    add(edit, tr("&Undo"), QKeySequence::Undo, onEditor(&QPlainTextEdit::undo));
    add(edit, tr("&Redo"), QKeySequence::Redo, onEditor(&QPlainTextEdit::redo));
    edit->addSeparator();
    add(edit, tr("Cu&t"), QKeySequence::Cut, onEditor(&QPlainTextEdit::cut));
    add(edit, tr("&Copy"), QKeySequence::Copy, onEditor(&QPlainTextEdit::copy));
    add(edit, tr("&Paste"), QKeySequence::Paste, onEditor(&QPlainTextEdit::paste));
    edit->addSeparator();
    add(edit, tr("&Find…"), QKeySequence::Find, [this] {
        if (EditorTab *tab = currentTab()) {
            tab->findBar()->showFind();
        }
    });
    add(edit, tr("&Replace…"), QKeySequence(Qt::CTRL | Qt::Key_H), [this] {
        if (EditorTab *tab = currentTab()) {
            tab->findBar()->showReplace();
        }
    });
    add(edit, tr("Find &Next"), QKeySequence(Qt::Key_F3), [this] {
        if (EditorTab *tab = currentTab()) {
            tab->findBar()->isVisible() ? void(tab->findBar()->findNext()) : tab->findBar()->showFind();
        }
    });
    add(edit, tr("Find Pre&vious"), QKeySequence(Qt::SHIFT | Qt::Key_F3), [this] {
        if (EditorTab *tab = currentTab()) {
            tab->findBar()->isVisible() ? void(tab->findBar()->findPrevious()) : tab->findBar()->showFind();
        }
    });
    edit->addSeparator();
    add(edit, tr("Toggle &Comment"), QKeySequence(Qt::CTRL | Qt::Key_Slash), onEditor(&CodeEditor::toggleComment));
    add(edit, tr("Complete"), QKeySequence(), onEditor(&CodeEditor::requestCompletion));
    edit->addSeparator();
    add(edit, tr("F&ormat"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), &ManifestEditorWindow::formatCurrent);
    add(edit, tr("Convert to &JSON"), QKeySequence(), &ManifestEditorWindow::convertCurrentToJson);
    add(edit, tr("Convert to &YAML"), QKeySequence(), &ManifestEditorWindow::convertCurrentToYaml);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_filesDock->toggleViewAction());
    view->addAction(m_problemsDock->toggleViewAction());

    QToolBar *toolbar = addToolBar(tr("Target"));
    toolbar->setObjectName(QStringLiteral("targetToolbar"));
    toolbar->setMovable(false);
    auto *label = new QLabel(tr("Kubernetes version:"), toolbar);
    label->setBuddy(m_versionCombo);
    label->setContentsMargins(6, 0, 4, 0);
    toolbar->addWidget(label);
    m_versionCombo->setObjectName(QStringLiteral("versionSelector"));
    m_versionCombo->setToolTip(tr("The Kubernetes release this file is validated against"));
    m_versionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    toolbar->addWidget(m_versionCombo);
}

void ManifestEditorWindow::setAvailableVersions(const QStringList &versions)
{
    m_versionCombo->clear();
    m_versionCombo->addItem(tr("Bundled default"), QString());
    for (const QString &version : versions) {
        m_versionCombo->addItem(version, version);
    }
    updateCurrentTab();
}

void ManifestEditorWindow::setHighlighterFactory(std::shared_ptr<const SyntaxHighlighterFactory> factory)
{
    if (factory) {
        m_highlighters = std::move(factory);
    }
}

// ---- tabs ----

EditorTab *ManifestEditorWindow::createTab()
{
    auto *tab = new EditorTab(m_assistant, m_highlighters, m_tabs);
    connect(tab, &EditorTab::modificationChanged, this, [this, tab] { updateTabTitle(tab); });
    connect(tab, &EditorTab::diagnosticsChanged, &m_problemsTimer, qOverload<>(&QTimer::start));
    connect(tab, &EditorTab::focusLost, this, &ManifestEditorWindow::autosaveNow);
    connect(tab->editor(), &QPlainTextEdit::cursorPositionChanged, this, [this, tab] {
        if (tab == currentTab()) {
            updateStatus();
        }
    });
    return tab;
}

EditorTab *ManifestEditorWindow::addTab(EditorTab *tab)
{
    const int index = m_tabs->addTab(tab, tab->displayName());
    updateTabTitle(tab);
    m_tabs->setCurrentIndex(index);
    tab->editor()->setFocus();
    m_problemsTimer.start();
    return tab;
}

EditorTab *ManifestEditorWindow::newDocument(const QString &text)
{
    EditorTab *tab = createTab();
    tab->setUntitledName(tr("Untitled-%1").arg(++m_untitledCounter));
    tab->setInitialText(text);
    return addTab(tab);
}

int ManifestEditorWindow::tabCount() const
{
    return m_tabs->count();
}

EditorTab *ManifestEditorWindow::tabAt(int index) const
{
    return qobject_cast<EditorTab *>(m_tabs->widget(index));
}

EditorTab *ManifestEditorWindow::currentTab() const
{
    return qobject_cast<EditorTab *>(m_tabs->currentWidget());
}

void ManifestEditorWindow::showTab(EditorTab *tab)
{
    if (m_tabs->indexOf(tab) >= 0) {
        m_tabs->setCurrentWidget(tab);
    }
}

void ManifestEditorWindow::setClusterManager(Core::ClusterManager *manager)
{
    m_cluster->setClusterManager(manager);
}

void ManifestEditorWindow::setClusterContext(const QString &context)
{
    m_cluster->setCurrentContext(context);
}

EditorTab *ManifestEditorWindow::findTab(const QString &bufferId) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (tabAt(i)->bufferId() == bufferId) {
            return tabAt(i);
        }
    }
    return nullptr;
}

int ManifestEditorWindow::indexOfPath(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (tabAt(i)->filePath() == absolute) {
            return i;
        }
    }
    return -1;
}

bool ManifestEditorWindow::hasUnsavedChanges() const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (tabAt(i)->isModified()) {
            return true;
        }
    }
    return false;
}

void ManifestEditorWindow::openFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        const int existing = indexOfPath(path);
        if (existing >= 0) {
            m_tabs->setCurrentIndex(existing);
            continue;
        }
        EditorTab *tab = createTab();
        QString error;
        if (!tab->load(path, &error)) {
            delete tab;
            showError(error);
            continue;
        }
        addTab(tab);
    }
}

void ManifestEditorWindow::openFolder(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_fileTree->setModel(m_fileModel);
    m_fileTree->setRootIndex(m_fileModel->setRootPath(absolute));
    for (int column = 1; column < m_fileModel->columnCount(); ++column) {
        m_fileTree->hideColumn(column);
    }
    m_filesDock->setWindowTitle(QFileInfo(absolute).fileName());
    m_filesDock->show();
}

void ManifestEditorWindow::showOpenDialog()
{
    auto *dialog
        = new QFileDialog(this, tr("Open Manifests"), QString(), tr("Manifests (*.yaml *.yml *.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this, &ManifestEditorWindow::openFiles);
    dialog->open();
}

void ManifestEditorWindow::showOpenFolderDialog()
{
    auto *dialog = new QFileDialog(this, tr("Open Folder"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, &ManifestEditorWindow::openFolder);
    dialog->open();
}

void ManifestEditorWindow::updateTabTitle(EditorTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0) {
        return;
    }
    // A dot marks unsaved changes, as in most editors.
    m_tabs->setTabText(index, tab->isModified() ? tab->displayName() + QStringLiteral(" ●") : tab->displayName());
    m_tabs->setTabToolTip(index, tab->isUntitled() ? tab->displayName() : QDir::toNativeSeparators(tab->filePath()));
    if (tab == currentTab()) {
        setWindowTitle(tr("%1[*] — Manifest Editor").arg(tab->displayName()));
        setWindowModified(tab->isModified());
    }
}

void ManifestEditorWindow::updateCurrentTab()
{
    EditorTab *tab = currentTab();
    for (QAction *action : std::as_const(m_documentActions)) {
        action->setEnabled(tab != nullptr);
    }
    m_versionCombo->setEnabled(tab != nullptr);
    if (m_cluster) {
        m_cluster->updateAvailability();
    }
    if (tab == nullptr) {
        setWindowTitle(tr("Manifest Editor"));
        setWindowModified(false);
    } else {
        int index = m_versionCombo->findData(tab->kubernetesVersion());
        if (index < 0) {
            // A version restored from recovery that is no longer offered.
            m_versionCombo->addItem(tab->kubernetesVersion(), tab->kubernetesVersion());
            index = m_versionCombo->count() - 1;
        }
        m_versionCombo->setCurrentIndex(index);
        updateTabTitle(tab);
    }
    updateStatus();
}

void ManifestEditorWindow::updateStatus()
{
    EditorTab *tab = currentTab();
    if (tab == nullptr) {
        m_positionLabel->clear();
        m_problemsLabel->clear();
        m_versionLabel->clear();
        return;
    }
    m_positionLabel->setText(tr("Ln %1, Col %2").arg(tab->editor()->currentLine()).arg(tab->editor()->currentColumn()));
    int errors = 0;
    int warnings = 0;
    for (const Core::Diagnostic &diagnostic : tab->diagnostics()) {
        errors += diagnostic.severity == Core::Diagnostic::Severity::Error ? 1 : 0;
        warnings += diagnostic.severity == Core::Diagnostic::Severity::Warning ? 1 : 0;
    }
    m_problemsLabel->setText(tr("Errors: %1  Warnings: %2").arg(errors).arg(warnings));
    m_versionLabel->setText(tab->kubernetesVersion().isEmpty() ? tr("Kubernetes: bundled default")
                                                               : tr("Kubernetes %1").arg(tab->kubernetesVersion()));
}

// ---- closing and saving ----

void ManifestEditorWindow::requestCloseTab(int index)
{
    EditorTab *tab = tabAt(index);
    if (tab == nullptr) {
        return;
    }
    if (!tab->isModified()) {
        closeTab(tab);
        return;
    }
    m_tabs->setCurrentWidget(tab);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Unsaved Changes"),
        tr("Save changes to %1 before closing?").arg(tab->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("closeTabQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Save);
    connect(box, &QMessageBox::finished, this, [this, box, tab = QPointer<EditorTab>(tab)] {
        const QMessageBox::StandardButton choice = box->standardButton(box->clickedButton());
        if (!tab) {
            return;
        }
        if (choice == QMessageBox::Discard) {
            closeTab(tab);
        } else if (choice == QMessageBox::Save) {
            if (tab->isUntitled()) {
                askSaveAs(tab, [this, tab](bool saved) {
                    if (saved && tab) {
                        closeTab(tab);
                    }
                });
            } else if (saveTab(tab)) {
                closeTab(tab);
            }
        }
    });
    box->open();
}

void ManifestEditorWindow::closeTab(EditorTab *tab)
{
    m_recovery.remove(tab->bufferId());
    m_autosavedRevision.remove(tab->bufferId());
    m_tabs->removeTab(m_tabs->indexOf(tab));
    tab->deleteLater();
    m_problemsTimer.start();
    updateCurrentTab();
}

bool ManifestEditorWindow::saveTab(EditorTab *tab)
{
    if (tab->isUntitled()) {
        askSaveAs(tab);
        return false;
    }
    return saveTabAs(tab, tab->filePath());
}

bool ManifestEditorWindow::saveTabAs(EditorTab *tab, const QString &path)
{
    QString error;
    if (!tab->saveTo(path, &error)) {
        showError(error);
        return false;
    }
    m_recovery.remove(tab->bufferId());
    m_autosavedRevision.remove(tab->bufferId());
    updateTabTitle(tab);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

void ManifestEditorWindow::askSaveAs(EditorTab *tab, std::function<void(bool saved)> then)
{
    const QString start = tab->isUntitled()
        ? QDir::homePath() + QLatin1Char('/') + tab->displayName() + QStringLiteral(".yaml")
        : tab->filePath();
    auto *dialog = new QFileDialog(this, tr("Save As"), start, tr("Manifests (*.yaml *.yml *.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("yaml"));
    auto done = std::make_shared<std::function<void(bool)>>(std::move(then));
    QPointer<EditorTab> guard(tab);
    connect(dialog, &QFileDialog::fileSelected, this, [this, guard, done](const QString &path) {
        const bool saved = guard && saveTabAs(guard, path);
        if (*done) {
            (*done)(saved);
            *done = nullptr;
        }
    });
    connect(dialog, &QFileDialog::rejected, this, [done] {
        if (*done) {
            (*done)(false);
            *done = nullptr;
        }
    });
    dialog->open();
}

void ManifestEditorWindow::closeEvent(QCloseEvent *event)
{
    if (!m_closeConfirmed && hasUnsavedChanges()) {
        event->ignore();
        askToCloseWindow();
        return;
    }
    // A clean close: nothing is left to recover.
    m_recovery.removeAll();
    m_autosavedRevision.clear();
    QMainWindow::closeEvent(event);
}

void ManifestEditorWindow::askToCloseWindow()
{
    if (m_closeQuestionOpen) {
        return;
    }
    int unsaved = 0;
    for (int i = 0; i < m_tabs->count(); ++i) {
        unsaved += tabAt(i)->isModified() ? 1 : 0;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Unsaved Changes"),
        tr("%n file(s) have unsaved changes. Save them before closing?", nullptr, unsaved),
        QMessageBox::SaveAll | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("closeWindowQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_closeQuestionOpen = true;
    connect(box, &QMessageBox::finished, this, [this, box] {
        m_closeQuestionOpen = false;
        const QMessageBox::StandardButton choice = box->standardButton(box->clickedButton());
        if (choice == QMessageBox::Discard) {
            m_closeConfirmed = true;
            close();
            return;
        }
        if (choice != QMessageBox::SaveAll) {
            return;
        }
        EditorTab *needsName = nullptr;
        for (int i = 0; i < m_tabs->count(); ++i) {
            EditorTab *tab = tabAt(i);
            if (!tab->isModified()) {
                continue;
            }
            if (tab->isUntitled()) {
                needsName = needsName ? needsName : tab;
            } else if (!saveTab(tab)) {
                return; // the error is shown; stay open
            }
        }
        if (needsName != nullptr) {
            // A name is needed first; the user closes again afterwards.
            m_tabs->setCurrentWidget(needsName);
            askSaveAs(needsName);
            return;
        }
        close();
    });
    box->open();
}

// ---- autosave and recovery ----

void ManifestEditorWindow::autosaveNow()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        EditorTab *tab = tabAt(i);
        const QString id = tab->bufferId();
        if (!tab->isModified() || tab->isReadOnly()) {
            if (m_recovery.contains(id)) {
                m_recovery.remove(id);
                m_autosavedRevision.remove(id);
            }
            continue;
        }
        if (m_autosavedRevision.value(id, -1) == tab->revision()) {
            continue; // unchanged since the last copy
        }
        if (m_recovery.save(id, tab->filePath(), tab->kubernetesVersion(), tab->text())) {
            m_autosavedRevision.insert(id, tab->revision());
        }
    }
}

void ManifestEditorWindow::restoreRecovered()
{
    for (const RecoveredBuffer &buffer : std::as_const(m_orphans)) {
        EditorTab *tab = createTab();
        if (buffer.originalPath.isEmpty()) {
            tab->setUntitledName(tr("Untitled-%1").arg(++m_untitledCounter));
        } else {
            tab->setFilePath(buffer.originalPath);
        }
        tab->setKubernetesVersion(buffer.kubernetesVersion);
        tab->setInitialText(buffer.text);
        tab->setModified(true);
        addTab(tab);
    }
    // Copies under this session replace the old ones before they go.
    autosaveNow();
    m_recovery.discard(m_orphans);
    m_orphans.clear();
    m_recoveryBar->hide();
}

void ManifestEditorWindow::discardRecovered()
{
    m_recovery.discard(m_orphans);
    m_orphans.clear();
    m_recoveryBar->hide();
}

// ---- problems ----

void ManifestEditorWindow::rebuildProblems()
{
    m_problemsModel->removeRows(0, m_problemsModel->rowCount());
    const QStyle *style = this->style();
    for (int i = 0; i < m_tabs->count(); ++i) {
        const EditorTab *tab = tabAt(i);
        int shown = 0;
        for (const Core::Diagnostic &diagnostic : tab->diagnostics()) {
            if (++shown > MaxProblemsPerFile) {
                break;
            }
            auto *fileItem = new QStandardItem(tab->displayName());
            fileItem->setToolTip(tab->isUntitled() ? tab->displayName() : QDir::toNativeSeparators(tab->filePath()));
            fileItem->setData(tab->bufferId(), BufferIdRole);
            fileItem->setData(diagnostic.line, LineRole);
            fileItem->setData(diagnostic.column, ColumnRole);
            auto *position = new QStandardItem(QStringLiteral("%1:%2").arg(diagnostic.line).arg(diagnostic.column));
            auto *severity = new QStandardItem(
                style->standardIcon(severityIcon(diagnostic.severity)), severityName(diagnostic.severity));
            auto *message = new QStandardItem(diagnostic.message);
            message->setToolTip(diagnostic.path.isEmpty() ? diagnostic.message
                                                          : diagnostic.path + QLatin1Char('\n') + diagnostic.message);
            m_problemsModel->appendRow({ fileItem, position, severity, message });
        }
    }
    m_problemsDock->setWindowTitle(
        m_problemsModel->rowCount() == 0 ? tr("Problems") : tr("Problems (%1)").arg(m_problemsModel->rowCount()));
    for (int column = 0; column < 3; ++column) {
        m_problemsView->resizeColumnToContents(column);
    }
    updateStatus();
}

void ManifestEditorWindow::activateProblem(const QModelIndex &index)
{
    const QModelIndex first = index.siblingAtColumn(0);
    EditorTab *tab = findTab(first.data(BufferIdRole).toString());
    if (tab == nullptr) {
        return;
    }
    m_tabs->setCurrentWidget(tab);
    tab->editor()->goTo(first.data(LineRole).toInt(), first.data(ColumnRole).toInt());
}

void ManifestEditorWindow::showError(const QString &text)
{
    qCDebug(lcEditorWindow) << text;
    m_banner->showMessage(MessageBanner::Level::Error, text);
}

// ---- conversions (parsed off the UI thread) ----

void ManifestEditorWindow::formatCurrent()
{
    runOnCurrentText(Transform::Format);
}

void ManifestEditorWindow::convertCurrentToJson()
{
    runOnCurrentText(Transform::ToJson);
}

void ManifestEditorWindow::convertCurrentToYaml()
{
    runOnCurrentText(Transform::ToYaml);
}

// Format and conversions parse the whole text: on a worker thread, and the
// result replaces the text as one undo step only if nothing changed meanwhile.
void ManifestEditorWindow::runOnCurrentText(Transform transform)
{
    EditorTab *tab = currentTab();
    if (tab == nullptr || tab->isReadOnly()) {
        return;
    }
    const QByteArray utf8 = tab->text().toUtf8();
    const int revision = tab->revision();
    QPointer<EditorTab> guard(tab);
    statusBar()->showMessage(transform == Transform::Format ? tr("Formatting…")
            : transform == Transform::ToJson                ? tr("Converting to JSON…")
                                                            : tr("Converting to YAML…"));
    struct Outcome {
        Core::FormatResult result;
        bool droppedComments = false;
    };
    runInBackground<Outcome>(
        this,
        [utf8, transform] {
            Outcome outcome;
            switch (transform) {
            case Transform::Format:
                outcome.result = Core::formatYaml(utf8, false);
                break;
            case Transform::ToJson:
                outcome.result = Core::yamlToJson(utf8);
                break;
            case Transform::ToYaml:
                outcome.result = Core::jsonToYaml(utf8);
                break;
            }
            static const QRegularExpression comment(QStringLiteral("(^|\\s)#"), QRegularExpression::MultilineOption);
            outcome.droppedComments
                = transform != Transform::ToYaml && outcome.result.ok && QString::fromUtf8(utf8).contains(comment);
            return outcome;
        },
        [this, guard, revision](Outcome outcome) {
            const Core::FormatResult &result = outcome.result;
            statusBar()->clearMessage();
            if (!guard) {
                return;
            }
            if (!result.ok) {
                const Core::Diagnostic first = result.diagnostics.value(0);
                guard->showMessage(MessageBanner::Level::Error,
                    result.diagnostics.isEmpty() ? tr("The text could not be read.")
                                                 : tr("Nothing was changed: line %1, column %2: %3")
                                                       .arg(first.line)
                                                       .arg(first.column)
                                                       .arg(first.message));
                return;
            }
            if (guard->revision() != revision) {
                guard->showMessage(MessageBanner::Level::Warning,
                    tr("The text changed while it was being processed; nothing was replaced."));
                return;
            }
            guard->replaceText(QString::fromUtf8(result.text));
            if (outcome.droppedComments) {
                guard->showMessage(MessageBanner::Level::Information,
                    tr("Comments are not kept by this change. Undo (Ctrl+Z) brings them back."));
            }
        });
}

} // namespace Sextant::Ui
