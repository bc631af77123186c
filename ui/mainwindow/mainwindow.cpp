// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/mainwindow/mainwindow.h"

#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "core/crd/customresourcecatalog.h"
#include "core/kinds/kindregistry.h"
#include "core/kinds/kindrenderer.h"
#include "core/models/resourcetablemodel.h"
#include "core/watch/objectstore.h"
#include "core/yaml/kubernetesassistant.h"
#include "ui/actions/actionmenu.h"
#include "ui/actions/builtinactions.h"
#include "ui/actions/resourceaction.h"
#include "ui/charts/metricschart.h"
#include "ui/detail/detailpane.h"
#include "ui/editor/manifesteditorwindow.h"
#include "ui/liveedit/liveeditwindow.h"
#include "ui/mainwindow/clusterlistpage.h"
#include "ui/mainwindow/navigatorcatalog.h"
#include "ui/mainwindow/navigatortree.h"
#include "ui/overview/overviewpage.h"
#include "ui/overview/projectspage.h"
#include "ui/palette/commandpalette.h"
#include "ui/views/resourceview.h"
#include "ui/widgets/messagebanner.h"

#include <QAbstractButton>
#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {
const Core::ResourceRef kNamespaces { QString(), QStringLiteral("v1"), QStringLiteral("namespaces"), false };
QString modelKey(const QString &context, const Core::ResourceRef &resource, const QString &namespaceName)
{
    return context + QLatin1Char('|') + resource.group + QLatin1Char('/') + resource.resource + QLatin1Char('|')
        + namespaceName;
}
} // namespace

MainWindow::MainWindow(Core::ClusterManager *manager, QWidget *parent)
    : QMainWindow(parent)
    , m_manager(manager)
    , m_clusterSwitcher(new QComboBox(this))
    , m_namespaceSelector(new QComboBox(this))
    , m_navigator(new NavigatorTree(this))
    , m_stack(new QStackedWidget(this))
    , m_clusterPage(new ClusterListPage(manager, this))
    , m_resourceView(new ResourceView(this))
    , m_detailPane(new DetailPane(this))
    , m_resourcePage(new QSplitter(Qt::Horizontal, this))
    , m_overviewPage(new OverviewPage(this))
    , m_projectsPage(new ProjectsPage(this))
    , m_metricsChart(new MetricsChart(this))
    , m_banner(new MessageBanner(this))
    , m_statusLabel(new QLabel(this))
    , m_palette(new CommandPalette(this))
    , m_feedback(new ActionFeedback(this))
{
    registerBuiltInActions();
    setObjectName(QStringLiteral("sextantMainWindow"));
    setWindowTitle(tr("Sextant"));

    buildToolBar();
    buildNavigator();

    m_stack->addWidget(m_clusterPage);
    // The table and, once a row is chosen, its detail beside it.
    m_resourcePage->addWidget(m_resourceView);
    m_resourcePage->addWidget(m_detailPane);
    m_resourcePage->setStretchFactor(0, 3);
    m_resourcePage->setStretchFactor(1, 2);
    m_resourcePage->setChildrenCollapsible(false);
    m_detailPane->hide();
    m_metricsChart->hide();
    m_stack->addWidget(m_resourcePage);
    m_stack->addWidget(m_overviewPage);
    m_stack->addWidget(m_projectsPage);
    connect(m_overviewPage, &OverviewPage::openRequested, this, &MainWindow::revealObject);
    connect(m_projectsPage, &ProjectsPage::projectActivated, this, [this](const QString &namespaceName) {
        // Entering a project shows its workloads, as KubeSphere does.
        const int index = m_namespaceSelector->findData(namespaceName);
        if (index >= 0) {
            m_namespaceSelector->setCurrentIndex(index);
            Place &place = m_places[m_context];
            place.namespaceName = namespaceName;
            place.namespaceChosen = true;
        }
        showEntry(QStringLiteral("apps/deployments"));
    });

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 8, 8, 8);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_stack, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigator);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 200, 1000 });
    setCentralWidget(splitter);
    statusBar()->addPermanentWidget(m_statusLabel);

    connect(m_manager, &Core::ClusterManager::contextsChanged, this, &MainWindow::refreshClusterSwitcher);
    connect(m_manager, &Core::ClusterManager::connectionChanged, this, &MainWindow::connectionChanged);
    connect(m_clusterPage, &ClusterListPage::openRequested, this, &MainWindow::openContext);
    connect(m_resourceView, &ResourceView::contextMenuRequested, this, &MainWindow::showActionMenu);
    connect(m_resourceView, &ResourceView::selectedKeysChanged, this, &MainWindow::refreshSelectionActions);
    connect(m_resourceView, &ResourceView::currentKeyChanged, this, &MainWindow::showDetail);
    connect(m_detailPane, &DetailPane::openRequested, this, &MainWindow::revealObject);
    auto *closeDetail = new QAction(this);
    closeDetail->setShortcut(Qt::Key_Escape);
    closeDetail->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(closeDetail, &QAction::triggered, this, [this] {
        m_detailPane->clear();
        m_detailPane->hide();
    });
    m_resourcePage->addAction(closeDetail);
    connect(m_feedback, &ActionFeedback::progress, this,
        [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_feedback, &ActionFeedback::succeeded, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
        m_banner->hide();
    });
    connect(m_feedback, &ActionFeedback::openObject, this, &MainWindow::revealObject);
    connect(m_feedback, &ActionFeedback::failed, this, [this](const QString &title, const Core::ApiError &error) {
        statusBar()->clearMessage();
        m_banner->showMessage(MessageBanner::Level::Error, title + QStringLiteral(": ") + error.message);
    });

    refreshClusterSwitcher();
    showClusterList();
    resize(1480, 900);
}

MainWindow::~MainWindow()
{
    // The models belong to their connections, which outlive this window: drop
    // them, so nothing keeps following their stores once the window is gone.
    m_resourceView->setModel(nullptr, {});
    for (const QPointer<Core::ResourceTableModel> &model : std::as_const(m_models))
        delete model.data();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const QList<LiveEditWindow *> unapplied = LiveEditWindow::withUnappliedChanges(*this);
    if (unapplied.isEmpty() || std::exchange(m_closeConfirmed, false)) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    for (LiveEditWindow *edit : unapplied) {
        edit->raise();
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Unapplied edits"),
        tr("%n object edit(s) opened from this window are not applied yet. Close the window and discard them?", nullptr,
            int(unapplied.size())),
        QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box->button(QMessageBox::Discard), &QAbstractButton::clicked, this, [this] {
        m_closeConfirmed = true;
        close();
    });
    box->open();
}

void MainWindow::buildNavigator()
{
    const struct {
        Page page;
        const char *shortcut;
    } shortcuts[] = { { Page::Clusters, "Ctrl+1" }, { Page::Projects, "Ctrl+2" }, { Page::Pods, "Ctrl+3" } };
    for (const auto &shortcut : shortcuts) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(QString::fromLatin1(shortcut.shortcut)));
        const Page page = shortcut.page;
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
        addAction(action);
    }
    connect(m_navigator, &NavigatorTree::entryChosen, this, [this](const QString &id) {
        if (!m_updatingSelectors) {
            showEntry(id);
        }
    });
}

void MainWindow::selectNavigatorItem(const QString &id)
{
    m_navigator->selectEntry(id);
}

Core::ClusterConnection *MainWindow::activeConnection() const
{
    return m_context.isEmpty() ? nullptr : m_manager->connection(m_context);
}

QString MainWindow::activeNamespace() const
{
    return m_namespaceSelector->currentData().toString();
}

void MainWindow::openContext(const QString &context)
{
    if (context.isEmpty()) {
        return;
    }
    if (!m_context.isEmpty() && m_context != context) {
        m_places[m_context].namespaceName = activeNamespace();
    }
    m_context = context;
    Core::ClusterConnection *connection = m_manager->connectTo(context);
    Place &place = m_places[context];
    if (!place.namespaceChosen && connection) {
        const bool all = m_manager->initialAllNamespaces() && context == m_manager->initialContext();
        place.namespaceName = connection->namespaceExplicit() && !all ? connection->defaultNamespace() : QString();
        place.namespaceChosen = true;
    }
    m_updatingSelectors = true;
    m_clusterSwitcher->setCurrentIndex(m_clusterSwitcher->findData(context));
    m_updatingSelectors = false;
    setWindowTitle(tr("%1 — Sextant").arg(context));
    refreshNamespaces();
    refreshCustomResources();
    showEntry(place.entryId);
}

void MainWindow::previewContext(const QString &context)
{
    m_clusterPage->selectContext(context);
    m_manager->connectTo(context);
    showClusterList();
}

void MainWindow::showPage(Page page)
{
    switch (page) {
    case Page::Clusters:
        showEntry(NavigatorTree::ClustersId);
        return;
    case Page::Projects:
        showEntry(QStringLiteral("namespaces"));
        return;
    case Page::Pods:
        showEntry(QStringLiteral("pods"));
        return;
    }
}

void MainWindow::showEntry(const QString &id)
{
    selectNavigatorItem(id);
    m_banner->hide();
    if (id == NavigatorTree::OverviewId || id == NavigatorTree::ProjectsId) {
        if (!usableConnection()) {
            return;
        }
        m_places[m_context].entryId = id;
        if (id == NavigatorTree::OverviewId) {
            m_overviewPage->setConnection(activeConnection());
            m_stack->setCurrentWidget(m_overviewPage);
        } else {
            m_projectsPage->setConnection(activeConnection());
            m_stack->setCurrentWidget(m_projectsPage);
        }
        updateStatus();
        return;
    }
    if (NavigatorTree::isCustomId(id)) {
        Core::CustomResourceCatalog *catalog = catalogFor(activeConnection());
        const QString kind = NavigatorTree::customKind(id);
        const std::optional<Core::CustomResourceEntry> custom = catalog
            ? catalog->find(kind.section(QLatin1Char('/'), 0, 0), kind.section(QLatin1Char('/'), 1))
            : std::nullopt;
        if (!custom) {
            // The CRDs may still be loading (a deep link at start): show the kind once they are known.
            if (catalog && catalog->state() == Core::CustomResourceCatalog::State::Loading) {
                m_pendingCustomId = id;
                return;
            }
            showClusterList();
            return;
        }
        m_places[m_context].entryId = id;
        showResource(custom->resource, custom->kind, custom->renderer);
        updateStatus();
        return;
    }
    const NavigatorEntry *entry = findNavigatorEntry(id);
    if (!entry) {
        showClusterList();
        return;
    }
    if (!m_context.isEmpty()) {
        m_places[m_context].entryId = id;
    }
    showResource(entry->resource, NavigatorTree::entryTitle(entry->title));
    updateStatus();
}

Core::ClusterConnection *MainWindow::usableConnection()
{
    Core::ClusterConnection *connection = activeConnection();
    if (!connection) {
        showClusterList();
        m_banner->showMessage(MessageBanner::Level::Information, tr("Open a cluster first."));
        return nullptr;
    }
    if (connection->state() == Core::ClusterConnection::State::Failed) {
        showClusterList();
        m_banner->showMessage(
            MessageBanner::Level::Error, tr("Cannot connect to %1: %2").arg(m_context, connection->error().message));
        return nullptr;
    }
    return connection;
}

void MainWindow::showClusterList()
{
    selectNavigatorItem(NavigatorTree::ClustersId);
    m_stack->setCurrentWidget(m_clusterPage);
    updateStatus();
}

void MainWindow::showResource(
    const Core::ResourceRef &resource, const QString &title, std::shared_ptr<const Core::KindRenderer> renderer)
{
    const bool namespaced = resource.namespaced;
    Core::ClusterConnection *connection = usableConnection();
    if (!connection) {
        return;
    }
    const QString namespaceName = namespaced ? activeNamespace() : QString();
    Core::ResourceTableModel *model = modelFor(resource, namespaceName, std::move(renderer));
    model->setShowNamespace(namespaced && namespaceName.isEmpty());
    m_resourceView->setModel(model, title);
    Core::ObjectStore *store = connection->store(resource, namespaceName);
    if (m_shownResource != resource || m_shownStore != store) {
        m_detailPane->clear();
        m_detailPane->hide();
    }
    m_shownResource = resource;
    m_shownStore = store;
    refreshSelectionActions();
    m_resourceView->setSyncing(store && !store->hasSynced());
    // A watch that already stopped (403, say) reported it once; say it again on every visit.
    if (store && store->syncState() == Core::ObjectStore::SyncState::Failed) {
        const Core::ApiError error = store->lastError();
        m_banner->showMessage(
            error.isForbidden() ? MessageBanner::Level::Warning : MessageBanner::Level::Error, error.message);
    }
    m_stack->setCurrentWidget(m_resourcePage);
}

Core::ResourceTableModel *MainWindow::modelFor(
    const Core::ResourceRef &resource, const QString &namespaceName, std::shared_ptr<const Core::KindRenderer> renderer)
{
    const QString key = modelKey(m_context, resource, namespaceName);
    m_modelUse.removeOne(key);
    m_modelUse.append(key);
    if (Core::ResourceTableModel *existing = m_models.value(key)) {
        return existing;
    }
    Core::ClusterConnection *connection = activeConnection();
    Core::ObjectStore *store = connection->store(resource, namespaceName);
    auto *model = new Core::ResourceTableModel(
        renderer ? renderer.get() : Core::KindRegistry::instance().renderer(resource.group, resource.resource),
        connection);
    if (renderer) {
        // A CRD's renderer lives as long as the model that draws with it.
        connect(model, &QObject::destroyed, this, [this, key] { m_customRenderers.remove(key); });
        m_customRenderers.insert(key, std::move(renderer));
    }
    model->setStore(store);
    m_models.insert(key, model);
    const QString context = m_context;
    // Tied to the model, so a dropped model leaves its store unfollowed.
    const QPointer<MainWindow> self(this);
    connect(store, &Core::ObjectStore::errorOccurred, model, [self, model](const Core::ApiError &error) {
        if (self && self->m_resourceView->table()->model() == model) {
            self->m_banner->showMessage(
                error.isForbidden() ? MessageBanner::Level::Warning : MessageBanner::Level::Error, error.message);
        }
    });
    connect(store, &Core::ObjectStore::synced, model, [self, model] {
        if (self && self->m_resourceView->table()->model() == model) {
            self->m_resourceView->setSyncing(false);
            self->updateStatus();
        }
    });
    if (resource == kNamespaces) {
        connect(store, &Core::ObjectStore::changed, model, [self, context](const Core::StoreDelta &delta) {
            if (self && context == self->m_context && (!delta.added.isEmpty() || !delta.removed.isEmpty())) {
                self->refreshNamespaces();
            }
        });
    }
    dropColdModels();
    return model;
}

void MainWindow::dropColdModels()
{
    const QAbstractItemModel *shown = m_resourceView->table()->model();
    const QString namespacesKey = modelKey(QString(), kNamespaces, QString()); // any context's
    for (qsizetype i = 0; i < m_modelUse.size() && m_models.size() > MaxWarmModels;) {
        const QString key = m_modelUse.at(i);
        Core::ResourceTableModel *model = m_models.value(key);
        // The namespaces' model keeps the project selector current.
        if (model && (model == shown || key.endsWith(namespacesKey))) {
            ++i;
            continue;
        }
        m_modelUse.removeAt(i);
        m_models.remove(key);
        delete model;
    }
}

void MainWindow::refreshClusterSwitcher()
{
    m_updatingSelectors = true;
    m_clusterSwitcher->clear();
    for (const Core::ContextInfo &info : m_manager->contexts()) {
        m_clusterSwitcher->addItem(info.name, info.name);
    }
    m_clusterSwitcher->setCurrentIndex(m_clusterSwitcher->findData(m_context));
    m_updatingSelectors = false;
}

void MainWindow::refreshNamespaces()
{
    Core::ClusterConnection *connection = activeConnection();
    const QString wanted = m_places.value(m_context).namespaceName;
    QStringList names;
    if (connection && connection->state() != Core::ClusterConnection::State::Failed) {
        // Users who may not list namespaces still get their context's own.
        modelFor(kNamespaces, QString());
        if (Core::ObjectStore *store = connection->store(kNamespaces)) {
            names = store->keys();
        }
        names.append(connection->defaultNamespace());
    }
    if (!wanted.isEmpty()) {
        names.append(wanted);
    }
    names.removeDuplicates();
    names.sort();

    m_updatingSelectors = true;
    m_namespaceSelector->clear();
    m_namespaceSelector->addItem(tr("All projects"), QString());
    for (const QString &name : std::as_const(names)) {
        m_namespaceSelector->addItem(name, name);
    }
    m_namespaceSelector->setCurrentIndex(qMax(0, m_namespaceSelector->findData(wanted)));
    m_updatingSelectors = false;
}

void MainWindow::namespaceChosen()
{
    if (m_updatingSelectors || m_context.isEmpty()) {
        return;
    }
    Place &place = m_places[m_context];
    place.namespaceName = activeNamespace();
    place.namespaceChosen = true;
    if (m_stack->currentWidget() == m_resourcePage) {
        showEntry(place.entryId);
    }
}

void MainWindow::connectionChanged(const QString &context)
{
    if (context != m_context) {
        return;
    }
    Core::ClusterConnection *connection = activeConnection();
    if (!connection) {
        // Disconnected: its stores are gone, and so must be the models over them.
        const QString prefix = context + QLatin1Char('|');
        m_models.removeIf([&prefix](const auto &it) { return it.key().startsWith(prefix); });
        m_modelUse.removeIf([&prefix](const QString &key) { return key.startsWith(prefix); });
        showClusterList();
        return;
    }
    if (connection->state() == Core::ClusterConnection::State::Failed) {
        m_banner->showMessage(
            MessageBanner::Level::Error, tr("Cannot connect to %1: %2").arg(context, connection->error().message));
    } else if (connection->state() == Core::ClusterConnection::State::Connected) {
        refreshNamespaces();
    }
    updateStatus();
}

void MainWindow::revealObject(const Core::ResourceRef &resource, const QString &namespaceName, const QString &name)
{
    const NavigatorEntry *target = nullptr;
    for (const NavigatorEntry &entry : navigatorEntries()) {
        if (entry.resource.group == resource.group && entry.resource.resource == resource.resource) {
            target = &entry;
        }
    }
    if (!target) {
        Core::CustomResourceCatalog *catalog = catalogFor(activeConnection());
        if (catalog && catalog->find(resource.group, resource.resource)) {
            showEntry(NavigatorTree::customId(resource.group, resource.resource));
            m_resourceView->selectKeyWhenShown(
                namespaceName.isEmpty() ? name : namespaceName + QLatin1Char('/') + name);
            return;
        }
        statusBar()->showMessage(tr("%1 is not among the kinds Sextant lists.").arg(resource.resource), 8000);
        return;
    }
    // An object in another project than the one shown: switch to its project.
    if (target->resource.namespaced && !activeNamespace().isEmpty() && activeNamespace() != namespaceName) {
        const int index = m_namespaceSelector->findData(namespaceName);
        if (index >= 0) {
            m_namespaceSelector->setCurrentIndex(index);
            m_places[m_context].namespaceName = namespaceName;
        }
    }
    showEntry(target->id);
    m_resourceView->selectKeyWhenShown(target->resource.namespaced ? namespaceName + QLatin1Char('/') + name : name);
}

Core::CustomResourceCatalog *MainWindow::catalogFor(Core::ClusterConnection *connection)
{
    if (!connection || connection->state() == Core::ClusterConnection::State::Failed) {
        return nullptr;
    }
    const QString context = connection->contextName();
    if (Core::CustomResourceCatalog *existing = m_catalogs.value(context)) {
        return existing;
    }
    // Owned by the connection: gone with it, like its stores.
    auto *catalog = new Core::CustomResourceCatalog(connection, connection);
    m_catalogs.insert(context, catalog);
    const auto refresh = [this, context] {
        if (context == m_context) {
            refreshCustomResources();
        }
    };
    connect(catalog, &Core::CustomResourceCatalog::changed, this, refresh);
    connect(catalog, &Core::CustomResourceCatalog::stateChanged, this, refresh);
    return catalog;
}

void MainWindow::refreshCustomResources()
{
    Core::CustomResourceCatalog *catalog = catalogFor(activeConnection());
    m_navigator->setCustomResources(
        catalog ? catalog->entries() : QList<Core::CustomResourceEntry>(), catalog ? catalog->hint() : QString());
    if (!m_pendingCustomId.isEmpty() && catalog && catalog->state() != Core::CustomResourceCatalog::State::Loading) {
        showEntry(std::exchange(m_pendingCustomId, QString()));
    }
}

ActionTarget MainWindow::selectionTarget() const
{
    ActionTarget target;
    Core::ClusterConnection *connection = activeConnection();
    if (!connection || !m_shownStore || m_stack->currentWidget() != m_resourcePage) {
        return target;
    }
    for (const QString &key : m_resourceView->selectedKeys()) {
        if (m_shownStore->contains(key)) {
            target.objects.append(m_shownStore->object(key));
        }
    }
    target.connection = connection;
    target.resource = m_shownResource;
    target.permissions = connection->permissions();
    target.feedback = m_feedback;
    return target;
}

void MainWindow::refreshSelectionActions()
{
    // The shortcuts (Delete, Ctrl+Alt+S, ...) act on the selection: rebuild
    // them when it changes. Permission answers are cached, so this is cheap.
    for (QAction *action : std::as_const(m_selectionActions)) {
        m_resourceView->table()->removeAction(action);
    }
    m_selectionActions.clear();
    delete m_selectionActionsOwner;
    const ActionTarget target = selectionTarget();
    if (target.objects.isEmpty()) {
        return;
    }
    m_selectionActionsOwner = new QObject(this);
    m_selectionActions = ActionMenuBuilder::actionsFor(target, this, m_selectionActionsOwner);
    for (QAction *action : std::as_const(m_selectionActions)) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    m_resourceView->table()->addActions(m_selectionActions);
}

void MainWindow::showActionMenu(const QPoint &globalPos)
{
    const ActionTarget target = selectionTarget();
    if (target.objects.isEmpty()) {
        return;
    }
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    ActionMenuBuilder::populate(menu, target, this);
    menu->popup(globalPos);
}

MainWindow *MainWindow::openNewWindow()
{
    auto *window = new MainWindow(m_manager);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    if (!m_context.isEmpty()) {
        window->openContext(m_context);
    }
    return window;
}

std::shared_ptr<const Core::ManifestAssistant> MainWindow::manifestAssistant()
{
    static const std::shared_ptr<const Core::ManifestAssistant> assistant = Core::createBundledAssistant();
    return assistant;
}

void MainWindow::openPaths(ManifestEditorWindow *editor, const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            editor->openFolder(path);
        } else {
            files.append(path);
        }
    }
    if (!files.isEmpty()) {
        editor->openFiles(files);
    }
}

ManifestEditorWindow *MainWindow::openManifestEditor(const QStringList &paths)
{
    if (!m_editor) {
        m_editor = new ManifestEditorWindow(manifestAssistant());
        m_editor->setAttribute(Qt::WA_DeleteOnClose);
        m_editor->setClusterManager(m_manager);
    }
    m_editor->setClusterContext(m_context);
    m_editor->show();
    m_editor->raise();
    m_editor->activateWindow();
    openPaths(m_editor, paths);
    if (m_editor->tabCount() == 0) {
        m_editor->newDocument();
    }
    return m_editor;
}

void MainWindow::updateStatus()
{
    Core::ClusterConnection *connection = activeConnection();
    if (!connection) {
        m_statusLabel->setText(tr("No cluster open"));
        return;
    }
    QString text = tr("Context: %1").arg(m_context);
    if (!connection->serverVersion().isEmpty()) {
        text += QStringLiteral(" · ") + tr("Kubernetes %1").arg(connection->serverVersion());
    }
    m_statusLabel->setText(text);
}

} // namespace Sextant::Ui
