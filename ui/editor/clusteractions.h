// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/apply/applyrun.h"
#include "core/cluster/clustermanager.h"
#include "ui/editor/conflictdialog.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QDockWidget;

namespace Sextant::Core {
class ClusterConnection;
class Discovery;
} // namespace Sextant::Core

namespace Sextant::Ui {

class ApplyResultsPanel;
class EditorTab;
class ManifestEditorWindow;

// The manifest editor's cluster operations on the current file: diff against
// the live objects, server-side dry run, server-side apply (field manager
// "sextant"), on the context chosen in the toolbar. Connects on demand and
// reads the cluster's kinds by discovery first. Without a cluster manager or
// contexts the actions stay disabled and their tooltips say why.
class ClusterActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterActions)
public:
    // Adds a "Cluster" menu, toolbar and results dock to window.
    explicit ClusterActions(ManifestEditorWindow *window);
    ~ClusterActions() override;

    // Not owned; nullptr = no cluster at all.
    void setClusterManager(Core::ClusterManager *manager);
    Core::ClusterManager *clusterManager() const { return m_manager; }

    QComboBox *contextSelector() const { return m_contexts; }
    QString currentContext() const;
    // Selects context when the selector offers it; returns whether it did.
    bool setCurrentContext(const QString &context);
    QAction *diffAction() const { return m_diff; }
    QAction *dryRunAction() const { return m_dryRun; }
    QAction *applyAction() const { return m_apply; }
    QDockWidget *resultsDock() const { return m_dock; }
    ApplyResultsPanel *resultsPanel() const { return m_panel; }
    // The last run (its results stay until the next one).
    Core::ApplyRun *currentRun() const { return m_run.get(); }
    ConflictDialog *conflictDialog() const { return m_conflictDialog; }

    // Runs mode on the current tab's text (what the actions do).
    void runOnCurrentTab(Core::ApplyRun::Mode mode);
    void cancel();
    // Enables the actions or says in their tooltips why not.
    void updateAvailability();

Q_SIGNALS:
    // A run ended (finished or cancelled) or could not start.
    void runEnded();
    void conflictDialogOpened(Sextant::Ui::ConflictDialog *dialog);

private:
    void rebuildContexts();
    // Calls then once the context is connected and its kinds are known.
    void whenReady(const QString &context,
        std::function<void(Core::ClusterConnection *connection, Core::Discovery *discovery)> then);
    void failBeforeRun(const QString &title, const QString &text);
    void startRun(Core::ApplyRun::Mode mode, EditorTab *tab, const QByteArray &text,
        Core::ClusterConnection *connection, Core::Discovery *discovery);
    void onRunFinished(bool cancelled);
    void showConflicts();
    QString titleOf(Core::ApplyRun::Mode mode, const QString &context) const;

    ManifestEditorWindow *m_window = nullptr;
    QPointer<Core::ClusterManager> m_manager;
    QComboBox *m_contexts = nullptr;
    QAction *m_diff = nullptr;
    QAction *m_dryRun = nullptr;
    QAction *m_apply = nullptr;
    QDockWidget *m_dock = nullptr;
    ApplyResultsPanel *m_panel = nullptr;
    std::unique_ptr<Core::ApplyRun> m_run;
    QString m_runContext;
    QString m_pendingTitle; // of the operation being prepared or run
    QPointer<EditorTab> m_runTab;
    QPointer<ConflictDialog> m_conflictDialog;
    QList<QMetaObject::Connection> m_waits; // while connecting or discovering
    quint64 m_ticket = 0; // a newer request makes older waits stale
    bool m_preparing = false;
};

} // namespace Sextant::Ui
