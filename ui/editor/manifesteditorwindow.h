// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/yaml/manifestassistant.h"
#include "ui/editor/recoverystore.h"

#include <QHash>
#include <QMainWindow>
#include <QTimer>

#include <memory>

class QAction;
class QComboBox;
class QDockWidget;
class QFileSystemModel;
class QLabel;
class QStandardItemModel;
class QTabWidget;
class QTreeView;

namespace Sextant::Core {
class ClusterManager;
}

namespace Sextant::Ui {

class ClusterActions;
class EditorTab;
class MessageBanner;
class SyntaxHighlighterFactory;

// Manifest editing: tabs of files and unsaved buffers, a folder tree, a
// problems list, a target Kubernetes version per file, autosave to a
// recovery directory and an offer to restore after a crash. Needs no
// cluster; with a cluster manager it also diffs, dry-runs and applies the
// current file (ClusterActions). All questions are asked without nested
// event loops.
class ManifestEditorWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManifestEditorWindow)
public:
    static constexpr int AutosaveIntervalMs = 30'000;

    explicit ManifestEditorWindow(std::shared_ptr<const Core::ManifestAssistant> assistant, QWidget *parent = nullptr);
    ~ManifestEditorWindow() override;

    void openFiles(const QStringList &paths);
    void openFolder(const QString &path);
    bool hasUnsavedChanges() const;
    // Versions offered in the per-file target selector, e.g. {"1.31", "1.30"};
    // the bundled default is always first.
    void setAvailableVersions(const QStringList &versions);
    // For tabs opened from now on.
    void setHighlighterFactory(std::shared_ptr<const SyntaxHighlighterFactory> factory);

    // The clusters Diff, Dry Run and Apply can talk to (not owned; nullptr:
    // none, the actions are disabled and say why).
    void setClusterManager(Core::ClusterManager *manager);
    ClusterActions *clusterActions() const { return m_cluster; }
    // Selects a context in the cluster selector (e.g. the main window's active one), if offered.
    void setClusterContext(const QString &context);

    EditorTab *newDocument(const QString &text = {});
    int tabCount() const;
    EditorTab *tabAt(int index) const;
    EditorTab *currentTab() const;
    void showTab(EditorTab *tab);
    // Asks first when the tab has unsaved changes (a window-modal box).
    void requestCloseTab(int index);
    bool saveTab(EditorTab *tab);
    bool saveTabAs(EditorTab *tab, const QString &path);
    // Writes every changed, unsaved buffer to the recovery directory now.
    void autosaveNow();

    QTreeView *problemsView() const { return m_problemsView; }
    QStandardItemModel *problemsModel() const { return m_problemsModel; }
    QComboBox *versionSelector() const { return m_versionCombo; }
    QTreeView *fileTree() const { return m_fileTree; }
    RecoveryStore &recoveryStore() { return m_recovery; }
    // The offer to restore buffers from a crashed session, when shown.
    QWidget *recoveryBar() const { return m_recoveryBar; }
    void restoreRecovered();
    void discardRecovered();

    // Re-indents as kubectl prints YAML, keeping key order (Ctrl+Shift+I).
    void formatCurrent();
    void convertCurrentToJson();
    void convertCurrentToYaml();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void createStatusBar();
    void createRecoveryBar();
    EditorTab *addTab(EditorTab *tab);
    EditorTab *createTab();
    EditorTab *findTab(const QString &bufferId) const;
    int indexOfPath(const QString &path) const;
    void closeTab(EditorTab *tab);
    void askSaveAs(EditorTab *tab, std::function<void(bool saved)> then = {});
    void askToCloseWindow();
    void showOpenDialog();
    void showOpenFolderDialog();
    void updateTabTitle(EditorTab *tab);
    void updateCurrentTab();
    void updateStatus();
    void rebuildProblems();
    void activateProblem(const QModelIndex &index);
    void showError(const QString &text);
    enum class Transform {
        Format,
        ToJson,
        ToYaml,
    };
    void runOnCurrentText(Transform transform);

    std::shared_ptr<const Core::ManifestAssistant> m_assistant;
    std::shared_ptr<const SyntaxHighlighterFactory> m_highlighters;
    RecoveryStore m_recovery;
    QList<RecoveredBuffer> m_orphans;
    QHash<QString, int> m_autosavedRevision; // buffer id -> document revision written
    QTabWidget *m_tabs = nullptr;
    MessageBanner *m_banner = nullptr;
    QWidget *m_recoveryBar = nullptr;
    QLabel *m_recoveryLabel = nullptr;
    QDockWidget *m_filesDock = nullptr;
    QTreeView *m_fileTree = nullptr;
    QFileSystemModel *m_fileModel = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QTreeView *m_problemsView = nullptr;
    QStandardItemModel *m_problemsModel = nullptr;
    QComboBox *m_versionCombo = nullptr;
    QLabel *m_positionLabel = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
    ClusterActions *m_cluster = nullptr;
    QTimer m_autosaveTimer;
    QTimer m_problemsTimer;
    QList<QAction *> m_documentActions; // enabled only with a tab open
    int m_untitledCounter = 0;
    bool m_closeConfirmed = false;
    bool m_closeQuestionOpen = false;
};

} // namespace Sextant::Ui
