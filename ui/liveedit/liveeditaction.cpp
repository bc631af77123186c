// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/liveedit/liveeditaction.h"

#include "ui/actions/actionsupport.h"
#include "ui/liveedit/liveeditwindow.h"

#include <QCoreApplication>

namespace Sextant::Ui {

QString LiveEditAction::text() const
{
    return QCoreApplication::translate("Sextant::Ui::LiveEditAction", "Edit YAML…");
}

QList<PermissionNeed> LiveEditAction::permissions(const ActionTarget &) const
{
    return { PermissionNeed { QStringLiteral("update"), {}, {}, true } };
}

void LiveEditAction::trigger(const ActionTarget &target, QWidget *parent)
{
    Core::ApiClient *client = ActionSupport::clientOf(target);
    if (target.objects.isEmpty() || !client)
        return;
    const QJsonObject &object = target.objects.first();
    QString kind = object.value(QStringLiteral("kind")).toString();
    if (kind.isEmpty())
        kind = ActionSupport::singular(target.resource); // list items carry no kind; the load fills it in
    auto *window = new LiveEditWindow(client, target.resource,
        target.resource.namespaced ? ActionSupport::namespaceOf(object) : QString(), ActionSupport::nameOf(object),
        kind, parent);
    window->setFeedback(target.feedback);
    window->show();
}

void registerLiveEditActions(ActionRegistry &registry)
{
    registry.add(std::make_unique<LiveEditAction>());
}

} // namespace Sextant::Ui
