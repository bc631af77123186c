// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/relatedtab.h"

#include "core/cluster/clusterconnection.h"
#include "core/watch/objectstore.h"
#include "ui/delegates/healthdelegate.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {
constexpr int RelationIndexRole = Qt::UserRole + 1;
}

RelatedTab::RelatedTab(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("relatedTreeWidget"));
    m_tree->setHeaderLabels({ tr("Name"), tr("Kind"), tr("Namespace"), tr("Status") });
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_tree, 1);
    // itemActivated covers double-click and Enter, following the platform's rule.
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(200);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (isVisible()) {
            rebuild();
        } else {
            m_dirty = true;
        }
    });
}

void RelatedTab::showSubject(const DetailSubject &subject)
{
    const bool sameObject = subject.resource == m_subject.resource
        && subject.object.value(QLatin1String("metadata")).toObject().value(QLatin1String("uid"))
            == m_subject.object.value(QLatin1String("metadata")).toObject().value(QLatin1String("uid"));
    m_subject = subject;
    if (!sameObject) {
        for (auto it = m_followed.cbegin(); it != m_followed.cend(); ++it) {
            disconnect(it.value());
        }
        m_followed.clear();
    }
    rebuild();
}

void RelatedTab::setStoreProvider(StoreProvider provider)
{
    m_provider = std::move(provider);
}

void RelatedTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty) {
        rebuild();
    }
}

QList<QJsonObject> RelatedTab::lookup(const Core::ResourceRef &resource, const QString &namespaceName)
{
    Core::ObjectStore *store = nullptr;
    if (m_provider) {
        store = m_provider(resource, namespaceName);
    } else if (m_subject.connection) {
        store = m_subject.connection->store(resource, namespaceName);
    }
    if (!store) {
        return {};
    }
    if (!m_followed.contains(store)) {
        m_followed.insert(store, connect(store, &Core::ObjectStore::changed, this, [this] { m_refresh.start(); }));
    }
    QList<QJsonObject> objects;
    const QList<QString> keys = store->keys();
    objects.reserve(keys.size());
    for (const QString &key : keys) {
        objects.append(store->object(key));
    }
    return objects;
}

void RelatedTab::rebuild()
{
    m_dirty = false;
    const QList<Core::Relation> relations = Core::findRelations(m_subject.object, m_subject.resource,
        [this](const Core::ResourceRef &r, const QString &ns) { return lookup(r, ns); });
    if (relations == m_relations && m_tree->topLevelItemCount() > 0) {
        return;
    }
    // Keep the user's place: remember the selected object and the collapsed roles.
    QString selectedKey;
    QSet<QString> collapsed;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (!m_tree->topLevelItem(i)->isExpanded()) {
            collapsed.insert(m_tree->topLevelItem(i)->data(0, Qt::UserRole).toString());
        }
    }
    if (const QTreeWidgetItem *current = m_tree->currentItem(); current && current->parent()) {
        selectedKey
            = current->parent()->data(0, Qt::UserRole).toString() + u'\n' + current->text(2) + u'/' + current->text(0);
    }
    m_relations = relations;
    m_tree->clear();
    QTreeWidgetItem *group = nullptr;
    QTreeWidgetItem *select = nullptr;
    for (qsizetype i = 0; i < relations.size(); ++i) {
        const Core::Relation &r = relations.at(i);
        if (!group || group->data(0, Qt::UserRole).toString() != r.role) {
            group = new QTreeWidgetItem(m_tree);
            group->setData(0, Qt::UserRole, r.role);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        // Unknown mostly means "not looked up" (config maps, secrets): leave the text empty rather than alarm.
        const QString status = r.health == Core::Health::Unknown ? QString() : healthName(r.health);
        auto *item = new QTreeWidgetItem(group, { r.name, r.kind, r.namespaceName, status });
        item->setIcon(0, healthIcon(r.health));
        item->setData(0, RelationIndexRole, int(i));
        item->setToolTip(0, tr("Double-click or press Enter to open %1 %2").arg(r.kind, r.name));
        if (r.role + u'\n' + r.namespaceName + u'/' + r.name == selectedKey) {
            select = item;
        }
    }
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *g = m_tree->topLevelItem(i);
        const QString role = g->data(0, Qt::UserRole).toString();
        g->setText(0, tr("%1 (%2)").arg(role).arg(g->childCount()));
        g->setExpanded(!collapsed.contains(role));
    }
    if (select) {
        m_tree->setCurrentItem(select);
    }
    m_tree->resizeColumnToContents(1);
    m_tree->resizeColumnToContents(2);
    m_status->setText(relations.isEmpty() ? tr("No related objects found.") : QString());
    m_status->setVisible(relations.isEmpty());
}

void RelatedTab::activate(QTreeWidgetItem *item)
{
    if (!item || !item->parent()) {
        return;
    }
    const int index = item->data(0, RelationIndexRole).toInt();
    if (index < 0 || index >= m_relations.size()) {
        return;
    }
    const Core::Relation &r = m_relations.at(index);
    Q_EMIT openRequested(r.resource, r.namespaceName, r.name);
}

} // namespace Sextant::Ui
