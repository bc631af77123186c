// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
// The command palette's items: kinds, clusters, projects, the selection's actions and the table's objects.
#include "core/cluster/clustermanager.h"
#include "core/crd/customresourcecatalog.h"
#include "core/models/resourcetablemodel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/navigatorcatalog.h"
#include "ui/mainwindow/navigatortree.h"
#include "ui/palette/commandpalette.h"
#include "ui/views/resourceview.h"

#include <QAction>
#include <QComboBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>

namespace Sextant::Ui {

void MainWindow::openCommandPalette()
{
    QList<PaletteItem> items;
    const QString goTo = tr("Go to");
    items.append({ tr("Clusters"), goTo, QKeySequence(QStringLiteral("Ctrl+1")), {}, [this] { showClusterList(); } });
    items.append({ tr("Overview"), goTo, {}, {}, [this] { showEntry(NavigatorTree::OverviewId); } });
    for (const NavigatorEntry &entry : navigatorEntries()) {
        const QString id = entry.id;
        items.append({ NavigatorTree::entryTitle(entry.title), goTo, {}, {}, [this, id] { showEntry(id); } });
    }
    if (Core::CustomResourceCatalog *catalog = m_catalogs.value(m_context)) {
        for (const Core::CustomResourceEntry &entry : catalog->entries()) {
            const QString id = NavigatorTree::customId(entry.group, entry.plural);
            items.append({ entry.kind, goTo, {}, {}, [this, id] { showEntry(id); } });
        }
    }
    const QString switchCluster = tr("Switch cluster");
    for (const Core::ContextInfo &info : m_manager->contexts()) {
        if (info.name != m_context) {
            const QString name = info.name;
            items.append({ name, switchCluster, {}, {}, [this, name] { openContext(name); } });
        }
    }
    const QString switchProject = tr("Switch project");
    for (int i = 0; i < m_namespaceSelector->count(); ++i) {
        if (i != m_namespaceSelector->currentIndex()) {
            items.append({ m_namespaceSelector->itemText(i), switchProject, {}, {}, [this, i] {
                              m_namespaceSelector->setCurrentIndex(i);
                              namespaceChosen();
                          } });
        }
    }
    // Actions on the selection, greyed with the reason when not allowed.
    const QString actionCategory = tr("Action");
    for (QAction *action : std::as_const(m_selectionActions)) {
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        items.append({ text, actionCategory, action->shortcut(), action->isEnabled() ? QString() : action->toolTip(),
            [action = QPointer<QAction>(action)] {
                if (action) {
                    action->trigger();
                }
            } });
    }
    // The objects of the current table: the palette then doubles as "go to object".
    if (m_stack->currentWidget() == m_resourcePage) {
        if (auto *model = qobject_cast<Core::ResourceTableModel *>(m_resourceView->table()->model())) {
            const QString open = tr("Open");
            constexpr int kMaxObjects = 5000;
            for (int row = 0; row < qMin(model->rowCount(), kMaxObjects); ++row) {
                const QString key = model->keyAt(row);
                items.append({ key, open, {}, {}, [this, key] { m_resourceView->selectKey(key); } });
            }
        }
    }
    m_palette->open(std::move(items));
}

} // namespace Sextant::Ui
