// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/permissions.h"
#include "core/api/requesthandle.h"
#include "ui/actions/resourceaction.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QMenu;

namespace Sextant::Ui {

// The QActions for one target: one per registered action that applies to
// its kind, each enabled only when the action fits the objects' state and
// every permission it needs is allowed for every object. Answers come from
// Permissions' cache at once, or from SelfSubjectAccessReviews started here
// (one per distinct check, cancelled with the builder); until then the
// action is greyed with "Checking permission…". A forbidden action stays
// greyed and says why on hover. Triggering runs the action on the target.
class ActionMenuBuilder final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionMenuBuilder)
public:
    // dialogParent: the window the actions' dialogs belong to.
    ActionMenuBuilder(ActionTarget target, QWidget *dialogParent, QObject *parent = nullptr);
    ~ActionMenuBuilder() override;

    // Owned by the builder, in registry order.
    QList<QAction *> actions() const { return m_actions; }
    QAction *actionFor(const QString &id) const;
    ActionTarget target() const { return m_target; }
    // True once every permission check has an answer.
    bool settled() const { return m_pending == 0; }

    // Adds the actions to menu, destructive ones after a separator, and
    // shows their tooltips (the reasons why greyed).
    void fillMenu(QMenu *menu) const;

    // A builder owned by menu (gone with it) that has filled it.
    static ActionMenuBuilder *populate(QMenu *menu, const ActionTarget &target, QWidget *dialogParent);
    // A builder owned by owner for a toolbar or the palette.
    static QList<QAction *> actionsFor(const ActionTarget &target, QWidget *dialogParent, QObject *owner);

Q_SIGNALS:
    // An action's enabled state or tooltip changed (a permission answer arrived).
    void actionsChanged();
    void settledChanged();

private:
    struct Check {
        PermissionNeed need;
        QString verb;
        Core::ResourceRef resource;
        QString namespaceName;
        QString name;
        QString subresource;
    };
    struct Answer {
        std::optional<Core::AccessDecision> decision;
        QString error; // the check itself failed
    };
    struct Entry {
        ResourceAction *action = nullptr;
        QAction *qaction = nullptr;
        QList<QString> checkKeys;
    };

    void addAction(ResourceAction *action);
    QString keyOf(const Check &check) const;
    void startCheck(const QString &key, const Check &check);
    void refresh(const Entry &entry);
    QString forbiddenText(const Check &check, const Core::AccessDecision &decision) const;

    ActionTarget m_target;
    QPointer<QWidget> m_dialogParent;
    QList<QAction *> m_actions;
    QList<Entry> m_entries;
    QHash<QString, Check> m_checks;
    QHash<QString, Answer> m_answers;
    QList<Core::RequestHandle> m_requests;
    int m_pending = 0;
};

} // namespace Sextant::Ui
