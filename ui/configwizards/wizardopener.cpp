// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/configwizards/wizardopener.h"

#include "core/relations/knownkinds.h"
#include "ui/wizards/wizardcatalog.h"

namespace Sextant::Ui {

bool hasWizardFor(const Core::ResourceRef &resource)
{
    return WizardCatalog::forKind(WizardCatalog::entries(), resource.group, Core::KnownKinds::kindOf(resource))
        != nullptr;
}

ResourceWizard *openWizardFrom(const ActionTarget &target, QJsonObject object, ResourceWizard::StartMode mode,
    const QString &failureTitle, QWidget *parent)
{
    const QString kind = Core::KnownKinds::kindOf(target.resource);
    const QList<WizardEntry> entries = WizardCatalog::entries();
    const WizardEntry *entry = WizardCatalog::forKind(entries, target.resource.group, kind);
    if (!entry || !target.connection) {
        return nullptr;
    }
    // Objects of a list come without apiVersion and kind.
    object.insert(QStringLiteral("apiVersion"), target.resource.apiVersion());
    object.insert(QStringLiteral("kind"), kind);
    const QString namespaceName
        = object.value(QLatin1String("metadata")).toObject().value(QLatin1String("namespace")).toString();

    ResourceWizard *wizard = entry->make(target.connection, namespaceName, parent);
    QString whyNot;
    if (!wizard->startFrom({ object }, &whyNot, mode)) {
        delete wizard;
        if (target.feedback) {
            Core::ApiError error;
            error.message = whyNot;
            Q_EMIT target.feedback->failed(failureTitle, error);
        }
        return nullptr;
    }
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
    return wizard;
}

} // namespace Sextant::Ui
