// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"
#include "core/api/resourceref.h"

#include <QJsonObject>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

class QWidget;

namespace Sextant::Core {
class ClusterConnection;
class Permissions;
} // namespace Sextant::Core

namespace Sextant::Ui {

// Where actions report what they do; the main window shows it in its banner
// and status bar. One per window.
class ActionFeedback final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionFeedback)
public:
    using QObject::QObject;

Q_SIGNALS:
    // "Scaling deployment web to 3…"
    void progress(const QString &message);
    // "Deployment web scaled to 3."
    void succeeded(const QString &message);
    // title names what failed; error carries the API's message verbatim.
    void failed(const QString &title, const Sextant::Core::ApiError &error);
    // An action made an object the user will want to see (Duplicate… after
    // Create): the window selects it, as after a Create-menu wizard.
    void openObject(const Sextant::Core::ResourceRef &resource, const QString &namespaceName, const QString &name);
};

// What an action works on: the selected objects of one kind in one cluster.
struct ActionTarget {
    QPointer<Core::ClusterConnection> connection;
    Core::ResourceRef resource;
    QList<QJsonObject> objects; // full objects from the store, at least one
    Core::Permissions *permissions = nullptr; // the connection's, shared cache
    QPointer<ActionFeedback> feedback;
};

// A permission an action needs on each target object, checked with
// SelfSubjectAccessReview before the action is offered.
struct PermissionNeed {
    QString verb; // "patch", "delete", "create"
    Core::ResourceRef resource; // invalid = the target's own resource
    QString subresource; // "scale", "eviction", ...
    bool onObject = true; // false: on the namespace (e.g. create jobs)
};

// One thing a user can do to objects: offered in the table's context menu,
// the detail pane, the command palette and by its shortcut. Stateless: the
// target comes with each call. Destructive actions ask first.
class ResourceAction {
public:
    virtual ~ResourceAction() = default;

    virtual QString id() const = 0; // stable, e.g. "workload.scale"
    virtual QString text() const = 0; // translated menu text, e.g. "Scale…"
    virtual QKeySequence shortcut() const { return {}; }
    virtual QString iconName() const { return {}; } // a resources/icons name, optional
    virtual bool appliesTo(const Core::ResourceRef &resource) const = 0;
    virtual bool acceptsMany() const { return false; } // bulk selection
    virtual bool isDestructive() const { return false; }
    virtual QList<PermissionNeed> permissions(const ActionTarget &target) const = 0;
    // Why the action does not fit these objects' state now (Resume on a
    // running rollout, Uncordon on a schedulable node); empty = it fits.
    virtual QString unavailableReason(const ActionTarget &) const { return {}; }
    // Runs the action: its dialog (modal to parent or not), the requests,
    // progress and the result through target.feedback. Must not block.
    virtual void trigger(const ActionTarget &target, QWidget *parent) = 0;
};

// Every action the app knows, in menu order.
class ActionRegistry {
public:
    static ActionRegistry &instance();

    void add(std::unique_ptr<ResourceAction> action);
    QList<ResourceAction *> actionsFor(const Core::ResourceRef &resource) const;
    ResourceAction *find(const QString &id) const;
    QList<ResourceAction *> all() const;

private:
    std::vector<std::unique_ptr<ResourceAction>> m_actions;
};

} // namespace Sextant::Ui
