// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/mainwindow/navigatortree.h"

#include "ui/mainwindow/navigatorcatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QIcon>
#include <QTreeWidgetItemIterator>

namespace Sextant::Ui {

namespace {
const QString kCustomPrefix = QStringLiteral("crd:");
const char *const kCustomGroup = QT_TRANSLATE_NOOP("Sextant::Ui::Navigator", "Custom resources");

// The SVG of a navigator group (resources/icons/nav), by the group's untranslated name.
QIcon groupIcon(const char *group)
{
    static const QHash<QByteArray, QString> files {
        { "Projects", QStringLiteral("projects") },
        { "Workloads", QStringLiteral("workloads") },
        { "Services and network", QStringLiteral("network") },
        { "Configuration", QStringLiteral("configuration") },
        { "Storage", QStringLiteral("storage") },
        { "Nodes", QStringLiteral("nodes") },
        { "Access control", QStringLiteral("access") },
        { "Custom resources", QStringLiteral("custom") },
        { "Events", QStringLiteral("events") },
    };
    return QIcon(QStringLiteral(":/icons/nav/%1.svg").arg(files.value(group, QStringLiteral("custom"))));
}
} // namespace

const QString NavigatorTree::ClustersId = QStringLiteral("clusters");
const QString NavigatorTree::OverviewId = QStringLiteral("overview");
const QString NavigatorTree::ProjectsId = QStringLiteral("namespaces");

NavigatorTree::NavigatorTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("navigatorTreeWidget"));
    setAccessibleName(tr("Navigator"));
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setIndentation(14);
    setIconSize(QSize(18, 18));
    setMaximumWidth(260);

    auto *clusters = new QTreeWidgetItem(this, { tr("Clusters") });
    clusters->setData(0, Qt::UserRole, ClustersId);
    clusters->setIcon(0, QIcon(QStringLiteral(":/icons/nav/clusters.svg")));
    auto *overview = new QTreeWidgetItem(this, { tr("Overview") });
    overview->setData(0, Qt::UserRole, OverviewId);
    overview->setIcon(0, QIcon(QStringLiteral(":/icons/nav/overview.svg")));

    QTreeWidgetItem *group = nullptr;
    const char *groupName = nullptr;
    for (const NavigatorEntry &entry : navigatorEntries()) {
        // A group with one kind of the same name (Projects, Nodes, Events) is a plain entry.
        const bool single = qstrcmp(entry.group, entry.title) == 0;
        if (!single && qstrcmp(groupName, entry.group) != 0) {
            group = addGroup(entry.group);
        }
        groupName = single ? nullptr : entry.group;
        if (single && qstrcmp(entry.group, "Events") == 0) {
            // Custom resources come from the cluster's CRDs, just before Events.
            m_customGroup = addGroup(kCustomGroup);
        }
        auto *item = single ? new QTreeWidgetItem(this, { entryTitle(entry.title) })
                            : new QTreeWidgetItem(group, { entryTitle(entry.title) });
        item->setData(0, Qt::UserRole, entry.id);
        item->setToolTip(0,
            entry.resource.group.isEmpty() ? entry.resource.resource
                                           : entry.resource.resource + QLatin1Char('.') + entry.resource.group);
        if (single) {
            item->setIcon(0, groupIcon(entry.group));
        }
    }
    expandAll();

    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QString id = item ? item->data(0, Qt::UserRole).toString() : QString();
        if (!id.isEmpty() && !m_selecting) {
            Q_EMIT entryChosen(id);
        }
    });
}

QTreeWidgetItem *NavigatorTree::addGroup(const char *group)
{
    auto *item = new QTreeWidgetItem(this, { entryTitle(group) });
    item->setFlags(Qt::ItemIsEnabled);
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setIcon(0, groupIcon(group));
    return item;
}

QString NavigatorTree::customId(const QString &group, const QString &plural)
{
    return kCustomPrefix + group + QLatin1Char('/') + plural;
}

bool NavigatorTree::isCustomId(const QString &id)
{
    return id.startsWith(kCustomPrefix);
}

QString NavigatorTree::customKind(const QString &id)
{
    return id.mid(kCustomPrefix.size());
}

QString NavigatorTree::entryTitle(const char *title)
{
    return QCoreApplication::translate("Sextant::Ui::Navigator", title);
}

void NavigatorTree::setCustomResources(const QList<Core::CustomResourceEntry> &entries, const QString &hint)
{
    const QString current = currentEntry();
    m_selecting = true;
    qDeleteAll(m_customGroup->takeChildren());
    for (const Core::CustomResourceEntry &entry : entries) {
        auto *item = new QTreeWidgetItem(m_customGroup, { entry.kind });
        item->setData(0, Qt::UserRole, customId(entry.group, entry.plural));
        item->setToolTip(0, entry.crdName);
    }
    if (entries.isEmpty()) {
        auto *item
            = new QTreeWidgetItem(m_customGroup, { hint.isEmpty() ? tr("None in this cluster") : tr("Not available") });
        item->setFlags(Qt::NoItemFlags);
        item->setToolTip(0, hint);
    }
    m_customGroup->setExpanded(true);
    m_selecting = false;
    if (!current.isEmpty()) {
        selectEntry(current);
    }
}

void NavigatorTree::selectEntry(const QString &id)
{
    m_selecting = true;
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == id) {
            setCurrentItem(*it);
            break;
        }
    }
    m_selecting = false;
}

QString NavigatorTree::currentEntry() const
{
    return currentItem() ? currentItem()->data(0, Qt::UserRole).toString() : QString();
}

} // namespace Sextant::Ui
