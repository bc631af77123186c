// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/configwizards/duplicateaction.h"

#include "core/relations/knownkinds.h"
#include "ui/configwizards/wizardopener.h"

#include <QCoreApplication>

namespace Sextant::Ui {

QString DuplicateAction::text() const
{
    return QCoreApplication::translate("Sextant::Ui::DuplicateAction", "Duplicate…");
}

bool DuplicateAction::appliesTo(const Core::ResourceRef &resource) const
{
    return hasWizardFor(resource);
}

QList<PermissionNeed> DuplicateAction::permissions(const ActionTarget &) const
{
    // Creating the copy, in the original's namespace.
    return { PermissionNeed { QStringLiteral("create"), {}, {}, false } };
}

void DuplicateAction::trigger(const ActionTarget &target, QWidget *parent)
{
    if (target.objects.isEmpty()) {
        return;
    }
    const QJsonObject &object = target.objects.constFirst();
    const QString name = object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    ResourceWizard *wizard = openWizardFrom(target, object, ResourceWizard::StartMode::Duplicate,
        QCoreApplication::translate("Sextant::Ui::DuplicateAction", "Cannot duplicate %1 %2")
            .arg(Core::KnownKinds::kindOf(target.resource), name),
        parent);
    if (!wizard) {
        return;
    }
    QPointer<ActionFeedback> feedback = target.feedback;
    QObject::connect(wizard, &ResourceWizard::created, wizard, [feedback](const QList<Core::PlannedObject> &created) {
        if (!feedback || created.isEmpty()) {
            return;
        }
        const Core::PlannedObject &first = created.constFirst();
        Q_EMIT feedback->succeeded(QCoreApplication::translate("Sextant::Ui::DuplicateAction", "Created %1 %2.")
                                       .arg(first.kind(), first.name()));
        Q_EMIT feedback->openObject(first.resource, first.namespaceName(), first.name());
    });
}

void registerDuplicateAction(ActionRegistry &registry)
{
    registry.add(std::make_unique<DuplicateAction>());
}

} // namespace Sextant::Ui
