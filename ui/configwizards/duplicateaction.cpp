// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/configwizards/duplicateaction.h"

#include "core/cluster/clusterconnection.h"
#include "core/relations/knownkinds.h"
#include "ui/wizards/resourcewizard.h"
#include "ui/wizards/wizardcatalog.h"

#include <QCoreApplication>

namespace Sextant::Ui {

QString DuplicateAction::text() const
{
    return QCoreApplication::translate("Sextant::Ui::DuplicateAction", "Duplicate…");
}

bool DuplicateAction::appliesTo(const Core::ResourceRef &resource) const
{
    return WizardCatalog::forKind(WizardCatalog::entries(), resource.group, Core::KnownKinds::kindOf(resource))
        != nullptr;
}

QList<PermissionNeed> DuplicateAction::permissions(const ActionTarget &) const
{
    // Creating the copy, in the original's namespace.
    return { PermissionNeed { QStringLiteral("create"), {}, {}, false } };
}

void DuplicateAction::trigger(const ActionTarget &target, QWidget *parent)
{
    if (target.objects.isEmpty() || !target.connection) {
        return;
    }
    const QString kind = Core::KnownKinds::kindOf(target.resource);
    const QList<WizardEntry> entries = WizardCatalog::entries();
    const WizardEntry *entry = WizardCatalog::forKind(entries, target.resource.group, kind);
    if (!entry) {
        return;
    }
    QJsonObject object = target.objects.constFirst();
    // Objects of a list come without apiVersion and kind.
    object.insert(QStringLiteral("apiVersion"), target.resource.apiVersion());
    object.insert(QStringLiteral("kind"), kind);
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    const QString namespaceName = metadata.value(QLatin1String("namespace")).toString();
    const QString name = metadata.value(QLatin1String("name")).toString();

    ResourceWizard *wizard = entry->make(target.connection, namespaceName, parent);
    QString whyNot;
    if (!wizard->startFrom({ object }, &whyNot, ResourceWizard::StartMode::Duplicate)) {
        delete wizard;
        if (target.feedback) {
            Core::ApiError error;
            error.message = whyNot;
            Q_EMIT target.feedback->failed(
                QCoreApplication::translate("Sextant::Ui::DuplicateAction", "Cannot duplicate %1 %2").arg(kind, name),
                error);
        }
        return;
    }
    wizard->setAttribute(Qt::WA_DeleteOnClose);
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
    wizard->open();
}

void registerDuplicateAction(ActionRegistry &registry)
{
    registry.add(std::make_unique<DuplicateAction>());
}

} // namespace Sextant::Ui
