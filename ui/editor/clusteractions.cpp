// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/clusteractions.h"

#include "core/api/discovery.h"
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "core/yaml/yamldocument.h"
#include "ui/editor/applyresultspanel.h"
#include "ui/editor/codeeditor.h"
#include "ui/editor/conflictdialog.h"
#include "ui/editor/editortab.h"
#include "ui/editor/manifesteditorwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QTimer>
#include <QToolBar>

Q_LOGGING_CATEGORY(lcClusterActions, "sextant.ui.editor.cluster")

namespace Sextant::Ui {

namespace {

using Mode = Core::ApplyRun::Mode;
using Outcome = Core::ApplyRun::Outcome;

// One discovery per connection, shared by every editor, gone with the connection.
const QString discoveryObjectName = QStringLiteral("sextant-apply-discovery");

} // namespace

ClusterActions::ClusterActions(ManifestEditorWindow *window)
    : QObject(window)
    , m_window(window)
    , m_contexts(new QComboBox(window))
    , m_dock(new QDockWidget(tr("Cluster results"), window))
    , m_panel(new ApplyResultsPanel(m_dock))
{
    m_contexts->setObjectName(QStringLiteral("contextSelector"));
    m_contexts->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_contexts->setMinimumContentsLength(12);
    connect(m_contexts, &QComboBox::currentIndexChanged, this, &ClusterActions::updateAvailability);

    m_diff = new QAction(tr("&Diff with Cluster"), this);
    m_diff->setObjectName(QStringLiteral("clusterDiff"));
    m_diff->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_dryRun = new QAction(tr("D&ry Run on Cluster"), this);
    m_dryRun->setObjectName(QStringLiteral("clusterDryRun"));
    m_apply = new QAction(tr("&Apply to Cluster"), this);
    m_apply->setObjectName(QStringLiteral("clusterApply"));
    m_apply->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    connect(m_diff, &QAction::triggered, this, [this] { runOnCurrentTab(Mode::Diff); });
    connect(m_dryRun, &QAction::triggered, this, [this] { runOnCurrentTab(Mode::DryRun); });
    connect(m_apply, &QAction::triggered, this, [this] { runOnCurrentTab(Mode::Apply); });

    QMenu *menu = window->menuBar()->addMenu(tr("&Cluster"));
    menu->addAction(m_diff);
    menu->addAction(m_dryRun);
    menu->addAction(m_apply);
    menu->addSeparator();
    menu->addAction(m_dock->toggleViewAction());
    for (QAction *action : { m_diff, m_dryRun, m_apply })
        action->setShortcutContext(Qt::WindowShortcut);

    QToolBar *toolbar = window->addToolBar(tr("Cluster"));
    toolbar->setObjectName(QStringLiteral("clusterToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *label = new QLabel(tr("Cluster:"), toolbar);
    label->setBuddy(m_contexts);
    label->setContentsMargins(6, 0, 4, 0);
    toolbar->addWidget(label);
    toolbar->addWidget(m_contexts);
    toolbar->addAction(m_diff);
    toolbar->addAction(m_dryRun);
    toolbar->addAction(m_apply);

    m_dock->setObjectName(QStringLiteral("clusterResultsDock"));
    m_dock->setWidget(m_panel);
    // A tab beside Problems: a diff needs the window's full width.
    if (auto *problems = window->findChild<QDockWidget *>(QStringLiteral("problemsDock")))
        window->tabifyDockWidget(problems, m_dock);
    else
        window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    connect(m_panel, &ApplyResultsPanel::cancelRequested, this, &ClusterActions::cancel);
    connect(m_panel, &ApplyResultsPanel::lineActivated, this, [this](int line) {
        if (m_runTab) {
            m_window->showTab(m_runTab);
            m_runTab->editor()->goTo(line, 1);
        }
    });

    rebuildContexts();
}

ClusterActions::~ClusterActions()
{
    for (const QMetaObject::Connection &wait : std::as_const(m_waits))
        disconnect(wait);
}

void ClusterActions::setClusterManager(Core::ClusterManager *manager)
{
    if (m_manager)
        disconnect(m_manager, nullptr, this, nullptr);
    m_manager = manager;
    if (m_manager)
        connect(m_manager, &Core::ClusterManager::contextsChanged, this, &ClusterActions::rebuildContexts);
    rebuildContexts();
}

QString ClusterActions::currentContext() const
{
    return m_contexts->currentData().toString();
}

bool ClusterActions::setCurrentContext(const QString &context)
{
    const int row = m_contexts->findData(context);
    if (row < 0)
        return false;
    m_contexts->setCurrentIndex(row);
    updateAvailability();
    return true;
}

void ClusterActions::rebuildContexts()
{
    const QString previous = currentContext();
    m_contexts->clear();
    if (!m_manager) {
        m_contexts->addItem(tr("No cluster"));
        m_contexts->setEnabled(false);
        m_contexts->setToolTip(tr("This editor was opened without a kubeconfig; it works offline only."));
        updateAvailability();
        return;
    }
    const QList<Core::ContextInfo> contexts = m_manager->contexts();
    for (const Core::ContextInfo &context : contexts) {
        m_contexts->addItem(context.name, context.name);
        const int row = m_contexts->count() - 1;
        const QString ns = context.namespaceName.isEmpty() ? QStringLiteral("default") : context.namespaceName;
        m_contexts->setItemData(row,
            context.error.isEmpty() ? tr("%1 on %2, namespace %3").arg(context.user, context.server, ns)
                                    : context.error,
            Qt::ToolTipRole);
    }
    if (contexts.isEmpty())
        m_contexts->addItem(tr("No contexts"));
    m_contexts->setEnabled(!contexts.isEmpty());
    m_contexts->setToolTip(tr("The cluster that Diff, Dry Run and Apply talk to"));
    int select = m_contexts->findData(previous.isEmpty() ? m_manager->initialContext() : previous);
    m_contexts->setCurrentIndex(std::max(select, 0));
    updateAvailability();
}

void ClusterActions::updateAvailability()
{
    QString why;
    if (!m_manager)
        why = tr("No cluster: this editor was started without a kubeconfig (sextant --edit found none).");
    else if (m_manager->contexts().isEmpty()) {
        why = tr("No cluster: no kubeconfig contexts were found (--kubeconfig, KUBECONFIG or ~/.kube/config).");
        if (!m_manager->problems().isEmpty())
            why += QLatin1Char('\n') + m_manager->problems().constFirst();
    } else if (!m_window->currentTab())
        why = tr("Open a manifest first.");
    else if (m_preparing || (m_run && m_run->isRunning()))
        why = tr("Busy with the cluster; wait or cancel in the Cluster results panel.");
    const bool enabled = why.isEmpty();
    const QString context = currentContext();
    const QList<std::pair<QAction *, QString>> tips {
        { m_diff, tr("Compare this file's objects with the live ones on %1 (server-side dry run; nothing changes)") },
        { m_dryRun, tr("Let %1 check this file's objects without saving them") },
        { m_apply, tr("Server-side apply this file's objects to %1 as field manager \"sextant\"") },
    };
    for (const auto &[action, tip] : tips) {
        action->setEnabled(enabled);
        action->setToolTip(enabled ? tip.arg(context) : why);
    }
}

void ClusterActions::runOnCurrentTab(Mode mode)
{
    EditorTab *tab = m_window->currentTab();
    if (!m_manager || !tab || currentContext().isEmpty()) {
        updateAvailability();
        return;
    }
    cancel();
    const QString context = currentContext();
    const QByteArray text = tab->text().toUtf8();
    QPointer<EditorTab> guardedTab(tab);
    tab->setClusterDiagnostics({});
    m_dock->show();
    m_dock->raise();
    m_pendingTitle = titleOf(mode, context);
    m_panel->showStatus(m_pendingTitle, tr("connecting…"), true);
    m_preparing = true;
    updateAvailability();
    whenReady(context, [this, mode, guardedTab, text](Core::ClusterConnection *connection, Core::Discovery *discovery) {
        m_preparing = false;
        if (!guardedTab) {
            failBeforeRun(m_pendingTitle, tr("the file was closed."));
            return;
        }
        startRun(mode, guardedTab, text, connection, discovery);
    });
}

void ClusterActions::whenReady(
    const QString &context, std::function<void(Core::ClusterConnection *, Core::Discovery *)> then)
{
    const quint64 ticket = ++m_ticket;
    Core::ClusterConnection *connection = m_manager->connectTo(context);
    auto stale = [this, ticket] { return ticket != m_ticket; };
    auto clearWaits = [this] {
        for (const QMetaObject::Connection &wait : std::as_const(m_waits))
            disconnect(wait);
        m_waits.clear();
    };

    auto withDiscovery = [this, stale, clearWaits, then, connection] {
        auto *discovery = connection->findChild<Core::Discovery *>(discoveryObjectName);
        if (discovery && !discovery->isEmpty() && !discovery->isFromCache() && !discovery->isRefreshing()) {
            then(connection, discovery);
            return;
        }
        if (!discovery) {
            discovery = new Core::Discovery(connection->client(), connection);
            discovery->setObjectName(discoveryObjectName);
        }
        m_panel->showStatus(m_pendingTitle, tr("reading the cluster's kinds…"), true);
        QPointer<Core::Discovery> guarded(discovery);
        auto settle = [this, stale, clearWaits, then, connection, guarded] {
            if (stale() || !guarded || guarded->isRefreshing())
                return;
            clearWaits();
            if (guarded->isEmpty()) {
                failBeforeRun(m_pendingTitle, tr("the cluster's API discovery failed."));
                return;
            }
            then(connection, guarded);
        };
        m_waits.append(connect(discovery, &Core::Discovery::refreshed, this, settle));
        // A failed refresh says nothing more when it ends: look again once it has.
        m_waits.append(connect(discovery, &Core::Discovery::errorOccurred, this, [this, settle] {
            auto *poll = new QTimer(this);
            poll->setInterval(100);
            connect(poll, &QTimer::timeout, this, [poll, settle] {
                settle();
                poll->deleteLater();
            });
            poll->start();
        }));
        if (!discovery->isRefreshing())
            discovery->refresh();
    };

    auto onState = [this, stale, clearWaits, withDiscovery, connection] {
        if (stale())
            return;
        switch (connection->state()) {
        case Core::ClusterConnection::State::Connecting:
            return;
        case Core::ClusterConnection::State::Failed:
            clearWaits();
            m_preparing = false;
            failBeforeRun(m_pendingTitle, tr("cannot connect: %1").arg(connection->error().message));
            return;
        case Core::ClusterConnection::State::Connected:
            clearWaits();
            withDiscovery();
            return;
        }
    };
    clearWaits();
    if (connection->state() == Core::ClusterConnection::State::Connecting) {
        m_waits.append(connect(connection, &Core::ClusterConnection::stateChanged, this, onState));
        return;
    }
    onState();
}

void ClusterActions::failBeforeRun(const QString &title, const QString &text)
{
    m_preparing = false;
    m_panel->showStatus(title, text, false);
    updateAvailability();
    Q_EMIT runEnded();
}

void ClusterActions::startRun(
    Mode mode, EditorTab *tab, const QByteArray &text, Core::ClusterConnection *connection, Core::Discovery *discovery)
{
    const Core::YamlParseResult parsed = Core::parseYaml(text);
    QList<Core::ApplyObject> objects
        = Core::planApply(parsed.documents, Core::lookupIn(discovery->resources()), connection->defaultNamespace());
    m_runContext = connection->contextName();
    m_runTab = tab;
    if (objects.isEmpty()) {
        failBeforeRun(titleOf(mode, m_runContext), tr("this file has no objects."));
        return;
    }
    m_run = std::make_unique<Core::ApplyRun>(connection->client(), std::move(objects));
    // The run's client belongs to the connection: the run goes first.
    Core::ApplyRun *run = m_run.get();
    connect(connection, &QObject::destroyed, this, [this, run] {
        if (m_run.get() != run)
            return;
        m_run.reset();
        m_panel->showStatus(m_pendingTitle, tr("the connection was closed."), false);
        updateAvailability();
    });
    connect(m_run.get(), &Core::ApplyRun::finished, this, &ClusterActions::onRunFinished);
    m_panel->setRun(m_run.get(), titleOf(mode, m_runContext));
    qCDebug(lcClusterActions) << "run" << mode << "on" << m_runContext;
    m_run->start(mode);
    updateAvailability();
}

void ClusterActions::onRunFinished(bool cancelled)
{
    updateAvailability();
    if (m_run && m_runTab && !cancelled) {
        Core::Diagnostics diagnostics;
        for (int i = 0; i < m_run->objects().size(); ++i) {
            const Core::ApplyRun::Result result = m_run->result(i);
            const Core::ApplyObject &object = m_run->objects().at(i);
            if (result.outcome == Outcome::Failed || result.outcome == Outcome::Skipped) {
                diagnostics += object.diagnosticsFor(result.error);
            } else if (result.outcome == Outcome::Conflict) {
                for (const Core::FieldConflict &conflict : result.conflicts) {
                    for (const QString &field : conflict.fields) {
                        const Core::YamlPosition position = object.positionOf(field);
                        Core::Diagnostic diagnostic;
                        diagnostic.line = position.line;
                        diagnostic.column = std::max(1, position.column);
                        diagnostic.severity = Core::Diagnostic::Severity::Warning;
                        diagnostic.message
                            = tr("%1 is owned by \"%2\" on %3").arg(field, conflict.manager, m_runContext);
                        diagnostic.path = field;
                        diagnostic.document = object.document;
                        diagnostics.append(diagnostic);
                    }
                }
            }
        }
        m_runTab->setClusterDiagnostics(diagnostics);
    }
    if (!cancelled && m_run && (m_run->mode() == Mode::Apply) && !m_run->indexesWith(Outcome::Conflict).isEmpty())
        showConflicts();
    Q_EMIT runEnded();
}

void ClusterActions::showConflicts()
{
    if (m_conflictDialog)
        m_conflictDialog->close();
    auto *dialog = new ConflictDialog(*m_run, m_run->indexesWith(Outcome::Conflict), m_runContext, m_window);
    m_conflictDialog = dialog;
    connect(dialog, &ConflictDialog::takeOwnershipRequested, this, [this](const QList<int> &indexes) {
        if (!m_run || m_run->isRunning())
            return;
        m_panel->setRun(m_run.get(), titleOf(Mode::ForceApply, m_runContext));
        m_run->start(Mode::ForceApply, indexes);
        updateAvailability();
    });
    dialog->open();
    Q_EMIT conflictDialogOpened(dialog);
}

void ClusterActions::cancel()
{
    ++m_ticket;
    for (const QMetaObject::Connection &wait : std::as_const(m_waits))
        disconnect(wait);
    m_waits.clear();
    if (m_preparing) {
        m_preparing = false;
        m_panel->showStatus(m_pendingTitle, tr("cancelled."), false);
    }
    if (m_run && m_run->isRunning())
        m_run->cancel();
    updateAvailability();
}

QString ClusterActions::titleOf(Mode mode, const QString &context) const
{
    switch (mode) {
    case Mode::Diff:
        return tr("Diff with %1").arg(context);
    case Mode::DryRun:
        return tr("Dry run on %1").arg(context);
    case Mode::Apply:
        return tr("Apply to %1").arg(context);
    case Mode::ForceApply:
        return tr("Apply to %1, taking ownership").arg(context);
    }
    return context;
}

} // namespace Sextant::Ui
