// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/relations/relations.h"
#include "ui/detail/detailtab.h"

#include <QHash>
#include <QMetaObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Sextant::Core {
class ObjectStore;
}

namespace Sextant::Ui {

// Objects related to the shown one, grouped by role (owner, children, selected
// pods, volumes...). Follows the stores it looked into, so children appear as
// they are created. Double-click or Enter asks to open one.
class RelatedTab final : public QWidget, public DetailTab {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelatedTab)
public:
    explicit RelatedTab(QWidget *parent = nullptr);
    void showSubject(const DetailSubject &subject) override;
    // Tests without a cluster: where to look for objects of a kind (replaces the connection's stores).
    using StoreProvider = std::function<Core::ObjectStore *(const Core::ResourceRef &, const QString &)>;
    void setStoreProvider(StoreProvider provider);

    QList<Core::Relation> relations() const { return m_relations; }
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void openRequested(const Sextant::Core::ResourceRef &resource, const QString &namespaceName, const QString &name);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    QList<QJsonObject> lookup(const Core::ResourceRef &resource, const QString &namespaceName);
    void activate(QTreeWidgetItem *item);

    DetailSubject m_subject;
    StoreProvider m_provider;
    QHash<Core::ObjectStore *, QMetaObject::Connection> m_followed;
    QList<Core::Relation> m_relations;
    QTimer m_refresh;
    bool m_dirty = false;
    QLabel *m_status = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace Sextant::Ui
