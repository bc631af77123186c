// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
// The main window's tool bar and menus.
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "core/util/localesetting.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/views/resourceview.h"
#include "ui/widgets/messagebanner.h"
#include "ui/wizards/resourcewizard.h"
#include "ui/wizards/wizardcatalog.h"
#include "ui/wizards/wizardfromfile.h"

#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

namespace Sextant::Ui {

void MainWindow::buildToolBar()
{
    auto *bar = addToolBar(tr("Cluster"));
    bar->setObjectName(QStringLiteral("clusterToolBar"));
    bar->setMovable(false);

    auto *clusterLabel = new QLabel(tr("Cluster:"), bar);
    clusterLabel->setBuddy(m_clusterSwitcher);
    m_clusterSwitcher->setObjectName(QStringLiteral("clusterComboBox"));
    m_clusterSwitcher->setAccessibleName(tr("Cluster"));
    m_clusterSwitcher->setMinimumContentsLength(18);
    m_clusterSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *namespaceLabel = new QLabel(tr("Project:"), bar);
    namespaceLabel->setBuddy(m_namespaceSelector);
    m_namespaceSelector->setObjectName(QStringLiteral("namespaceComboBox"));
    m_namespaceSelector->setAccessibleName(tr("Project (namespace)"));
    m_namespaceSelector->setMinimumContentsLength(18);
    m_namespaceSelector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    bar->addWidget(clusterLabel);
    bar->addWidget(m_clusterSwitcher);
    bar->addSeparator();
    bar->addWidget(namespaceLabel);
    bar->addWidget(m_namespaceSelector);

    connect(m_clusterSwitcher, &QComboBox::activated, this,
        [this](int index) { openContext(m_clusterSwitcher->itemData(index).toString()); });
    connect(m_namespaceSelector, &QComboBox::activated, this, &MainWindow::namespaceChosen);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *newWindow = fileMenu->addAction(tr("&New window"), this, &MainWindow::openNewWindow);
    newWindow->setShortcut(QKeySequence::New);
    auto *editor = fileMenu->addAction(tr("Manifest &editor"), this, [this] { openManifestEditor(); });
    editor->setShortcut(QKeySequence(tr("Ctrl+E")));
    auto *reload = fileMenu->addAction(tr("&Reload kubeconfig"), m_manager, &Core::ClusterManager::reload);
    reload->setShortcut(QKeySequence::Refresh);
    fileMenu->addSeparator();
    // Closing every window lets editors ask about unsaved buffers and remove
    // their recovery copies; the app ends when the last one has closed.
    auto *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    buildCreateMenu();

    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    auto *palette = viewMenu->addAction(tr("Command &palette…"), this, &MainWindow::openCommandPalette);
    palette->setShortcut(QKeySequence(tr("Ctrl+K")));
    auto *focusCluster = viewMenu->addAction(tr("Switch &cluster"), this, [this] {
        m_clusterSwitcher->setFocus();
        m_clusterSwitcher->showPopup();
    });
    focusCluster->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    auto *focusProject = viewMenu->addAction(tr("Switch &project"), this, [this] {
        m_namespaceSelector->setFocus();
        m_namespaceSelector->showPopup();
    });
    focusProject->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    auto *filter = viewMenu->addAction(tr("&Filter rows"), this, [this] {
        m_resourceView->filterEdit()->setFocus();
        m_resourceView->filterEdit()->selectAll();
    });
    filter->setShortcut(QKeySequence::Find);

    // The language follows the system unless chosen here (or with --locale);
    // the choice is saved for the next start (core/util/localesetting.h).
    auto *languageMenu = viewMenu->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(languageMenu);
    const QString saved = Core::savedLocale();
    const struct {
        QString code;
        QString name;
    } choices[] = {
        { QString(), tr("Follow the system") },
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("zh_CN"), QStringLiteral("简体中文") },
    };
    for (const auto &choice : choices) {
        QAction *action = languageMenu->addAction(choice.name);
        action->setCheckable(true);
        action->setChecked(choice.code == saved);
        languages->addAction(action);
        const QString code = choice.code;
        connect(action, &QAction::triggered, this, [this, code] {
            Core::saveLocale(code);
            statusBar()->showMessage(tr("The language changes when Sextant starts again."), 8000);
        });
    }

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    auto *about = helpMenu->addAction(tr("&About Sextant"), this, [this] {
        auto *box = new QMessageBox(QMessageBox::Information, tr("About Sextant"),
            tr("Sextant %1\nA native desktop client for Kubernetes.").arg(QApplication::applicationVersion()),
            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildCreateMenu()
{
    auto *createMenu = menuBar()->addMenu(tr("&Create"));
    // Wizards need a cluster that answers; the others' entries say so instead.
    const auto withConnection = [this](auto start) {
        return [this, start] {
            Core::ClusterConnection *connection = activeConnection();
            if (!connection || connection->state() != Core::ClusterConnection::State::Connected) {
                m_banner->showMessage(MessageBanner::Level::Information, tr("Open a cluster first."));
                return;
            }
            start(connection);
        };
    };
    for (const WizardEntry &entry : WizardCatalog::entries()) {
        QAction *action = createMenu->addAction(
            entry.menuText, this, withConnection([this, make = entry.make](Core::ClusterConnection *connection) {
                ResourceWizard *wizard = make(connection, activeNamespace(), this);
                wizard->setAttribute(Qt::WA_DeleteOnClose);
                connect(wizard, &ResourceWizard::created, this, &MainWindow::revealCreated);
                wizard->open();
            }));
        action->setObjectName(QStringLiteral("create-") + entry.id);
    }
    createMenu->addSeparator();
    QAction *fromFile = createMenu->addAction(
        tr("From &YAML file…"), this, withConnection([this](Core::ClusterConnection *connection) {
            WizardFromFile::chooseFileAndStart(connection, activeNamespace(), this, [this](ResourceWizard *wizard) {
                connect(wizard, &ResourceWizard::created, this, &MainWindow::revealCreated);
            });
        }));
    fromFile->setObjectName(QStringLiteral("create-from-file"));
}

void MainWindow::revealCreated(const QList<Core::PlannedObject> &objects)
{
    if (objects.isEmpty()) {
        return;
    }
    const Core::PlannedObject &first = objects.constFirst();
    revealObject(first.resource, first.namespaceName(), first.name());
    statusBar()->showMessage(tr("Created %1 %2.").arg(first.kind(), first.name()), 8000);
}

} // namespace Sextant::Ui
