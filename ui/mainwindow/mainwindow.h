// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/resourceref.h"
#include "core/creation/creationrun.h"

#include <QHash>
#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QComboBox;
class QLabel;
class QSplitter;
class QStackedWidget;

namespace Sextant::Core {
class CustomResourceCatalog;
class KindRenderer;
class ManifestAssistant;
class ClusterConnection;
class ClusterManager;
class ObjectStore;
class ResourceTableModel;
} // namespace Sextant::Core

namespace Sextant::Ui {

class ActionFeedback;
class ClusterListPage;
class CommandPalette;
class DetailPane;
class MetricsChart;
class NavigatorTree;
class OverviewPage;
class ProjectsPage;
class ManifestEditorWindow;
struct ActionTarget;
class MessageBanner;
class ResourceView;

// The main window: a cluster switcher and project selector always in view, a
// navigator of kinds, and the live table of the chosen kind.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    // Shortcut targets; every kind of the navigator is reachable with showEntry().
    enum class Page {
        Clusters,
        Projects,
        Pods,
    };

    // Table models kept warm per window (the namespaces' one is always kept).
    static constexpr int MaxWarmModels = 12;

    explicit MainWindow(Core::ClusterManager *manager, QWidget *parent = nullptr);
    ~MainWindow() override;
    int warmModelCount() const { return int(m_models.size()); }

    // Connects to a context and shows its pods (the command line's --context).
    void openContext(const QString &context);
    // Shows the cluster list with a context selected, connecting to it in the
    // background so its status is known (the start without --context).
    void previewContext(const QString &context);
    void showPage(Page page);
    // A navigator entry by id (navigatorcatalog.h), e.g. "apps/deployments".
    void showEntry(const QString &id);

    QString activeContext() const { return m_context; }
    QString activeNamespace() const; // "" = all projects
    ResourceView *resourceView() const { return m_resourceView; }
    ProjectsPage *projectsPage() const { return m_projectsPage; }
    OverviewPage *overviewPage() const { return m_overviewPage; }
    DetailPane *detailPane() const { return m_detailPane; }
    // Shows an object's kind (switching project if needed) and selects it.
    void revealObject(const Core::ResourceRef &resource, const QString &namespaceName, const QString &name);
    CommandPalette *commandPalette() const { return m_palette; }
    ActionFeedback *actionFeedback() const { return m_feedback; }
    // The actions on the table's selection (with their shortcuts), for tests and the palette.
    QList<QAction *> selectionActions() const { return m_selectionActions; }
    // Ctrl+K: kinds, clusters, the current view's objects and actions.
    void openCommandPalette();
    // Another window on the same clusters, showing the active one.
    MainWindow *openNewWindow();
    // The manifest editor (one per main window), with files or folders opened in it.
    ManifestEditorWindow *openManifestEditor(const QStringList &paths = {});
    // The schema assistant every editor shares: loaded once, immutable.
    static std::shared_ptr<const Core::ManifestAssistant> manifestAssistant();
    // Opens each path as a file or, when it is a directory, as the editor's folder.
    static void openPaths(ManifestEditorWindow *editor, const QStringList &paths);
    ClusterListPage *clusterListPage() const { return m_clusterPage; }

protected:
    // Live edits opened from this window close with it: ask before dropping unapplied ones.
    void closeEvent(QCloseEvent *event) override;

private:
    // Where the user was in a cluster, restored on switching back.
    struct Place {
        QString entryId = QStringLiteral("overview");
        QString namespaceName;
        bool namespaceChosen = false;
    };

    void buildToolBar();
    void buildCreateMenu();
    // After a wizard: show the first created object in its table.
    void revealCreated(const QList<Core::PlannedObject> &objects);
    void buildNavigator();
    void refreshClusterSwitcher();
    void refreshNamespaces();
    void connectionChanged(const QString &context);
    void showClusterList();
    void showResource(const Core::ResourceRef &resource, const QString &title,
        std::shared_ptr<const Core::KindRenderer> renderer = {});
    // The CRD catalog of a connection, created on first use and owned by it.
    Core::CustomResourceCatalog *catalogFor(Core::ClusterConnection *connection);
    void refreshCustomResources();
    void selectNavigatorItem(const QString &id);
    void namespaceChosen();
    void updateStatus();
    void showDetail(const QString &key);
    void showMetricsTab(Core::ClusterConnection *connection, const QJsonObject &object);
    ActionTarget selectionTarget() const;
    void refreshSelectionActions();
    void showActionMenu(const QPoint &globalPos);
    Core::ResourceTableModel *modelFor(const Core::ResourceRef &resource, const QString &namespaceName,
        std::shared_ptr<const Core::KindRenderer> renderer = {});
    void dropColdModels();
    Core::ClusterConnection *activeConnection() const;
    // The active connection when it can show pages; otherwise the cluster list with the reason, and null.
    Core::ClusterConnection *usableConnection();

    Core::ClusterManager *m_manager = nullptr;
    QComboBox *m_clusterSwitcher = nullptr;
    QComboBox *m_namespaceSelector = nullptr;
    NavigatorTree *m_navigator = nullptr;
    QStackedWidget *m_stack = nullptr;
    ClusterListPage *m_clusterPage = nullptr;
    ResourceView *m_resourceView = nullptr;
    DetailPane *m_detailPane = nullptr;
    QSplitter *m_resourcePage = nullptr;
    OverviewPage *m_overviewPage = nullptr;
    ProjectsPage *m_projectsPage = nullptr;
    MetricsChart *m_metricsChart = nullptr; // a tab of the detail pane for measured kinds
    QString m_pendingCustomId; // asked for before the CRDs were loaded
    QHash<QString, QPointer<Core::CustomResourceCatalog>> m_catalogs; // by context
    QHash<QString, std::shared_ptr<const Core::KindRenderer>> m_customRenderers; // by model key
    MessageBanner *m_banner = nullptr;
    QLabel *m_statusLabel = nullptr;
    CommandPalette *m_palette = nullptr;
    QPointer<ManifestEditorWindow> m_editor;
    ActionFeedback *m_feedback = nullptr;
    // What the table shows now, for actions on its selection.
    Core::ResourceRef m_shownResource;
    QPointer<Core::ObjectStore> m_shownStore;
    QList<QAction *> m_selectionActions;
    QPointer<QObject> m_selectionActionsOwner;

    QString m_context;
    QHash<QString, Place> m_places;
    // Models per context and watch: dropped when their connection goes, and
    // beyond the MaxWarmModels last shown, so their stores' watches can be
    // released (ClusterConnection::idleRelease) instead of following every
    // kind ever opened.
    QHash<QString, QPointer<Core::ResourceTableModel>> m_models;
    QStringList m_modelUse; // keys, least recently shown first
    bool m_updatingSelectors = false;
    bool m_closeConfirmed = false;
};

} // namespace Sextant::Ui
