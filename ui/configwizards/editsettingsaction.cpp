// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/configwizards/editsettingsaction.h"

#include "core/api/apiclient.h"
#include "core/cluster/clusterconnection.h"
#include "core/relations/knownkinds.h"
#include "ui/configwizards/wizardopener.h"

namespace Sextant::Ui {

QString EditSettingsAction::text() const
{
    return tr("Edit settings…");
}

bool EditSettingsAction::appliesTo(const Core::ResourceRef &resource) const
{
    return hasWizardFor(resource);
}

QList<PermissionNeed> EditSettingsAction::permissions(const ActionTarget &) const
{
    return { PermissionNeed { QStringLiteral("update"), {}, {}, true } };
}

void EditSettingsAction::trigger(const ActionTarget &target, QWidget *parent)
{
    if (target.objects.isEmpty() || !target.connection || !target.connection->client()) {
        return;
    }
    const QJsonObject metadata = target.objects.constFirst().value(QLatin1String("metadata")).toObject();
    const QString namespaceName = metadata.value(QLatin1String("namespace")).toString();
    const QString name = metadata.value(QLatin1String("name")).toString();
    const QString title = tr("Cannot edit %1 %2").arg(Core::KnownKinds::kindOf(target.resource), name);
    const QPointer<ActionFeedback> feedback = target.feedback;
    if (feedback) {
        Q_EMIT feedback->progress(tr("Reading %1…").arg(name));
    }
    // The request lives as long as the window that asked; no handle is kept:
    // a second click reads again and opens a second wizard, as Duplicate does.
    const QObject *context = parent ? static_cast<QObject *>(parent) : target.connection.data();
    target.connection->client()->get(
        target.resource, namespaceName, name, context,
        [target, title, parent, feedback](const QJsonObject &object) {
            ResourceWizard *wizard = openWizardFrom(target, object, ResourceWizard::StartMode::Edit, title, parent);
            if (!wizard) {
                return;
            }
            QObject::connect(wizard, &ResourceWizard::applied, wizard, [feedback](const Core::PlannedObject &object) {
                if (!feedback) {
                    return;
                }
                Q_EMIT feedback->succeeded(tr("Updated %1 %2.").arg(object.kind(), object.name()));
                Q_EMIT feedback->openObject(object.resource, object.namespaceName(), object.name());
            });
        },
        [title, feedback](const Core::ApiError &error) {
            if (feedback) {
                Q_EMIT feedback->failed(title, error);
            }
        });
}

void registerEditSettingsAction(ActionRegistry &registry)
{
    registry.add(std::make_unique<EditSettingsAction>());
}

} // namespace Sextant::Ui
