// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/actions/resourceaction.h"

#include <QCoreApplication>

namespace Sextant::Ui {

// Edit settings… for every kind a creation wizard can start from
// (WizardCatalog): reads the object afresh (the store's copy lacks what it
// strips), opens that wizard on it in edit mode, and applies the change
// guarded by the resourceVersion read (ResourceWizard::StartMode::Edit).
// What the form does not show is kept as it is.
class EditSettingsAction final : public ResourceAction {
    Q_DECLARE_TR_FUNCTIONS(EditSettingsAction)

public:
    QString id() const override { return QStringLiteral("object.editSettings"); }
    QString text() const override;
    QString iconName() const override { return QStringLiteral("document-edit"); }
    bool appliesTo(const Core::ResourceRef &resource) const override;
    QList<PermissionNeed> permissions(const ActionTarget &target) const override;
    void trigger(const ActionTarget &target, QWidget *parent) override;
};

void registerEditSettingsAction(ActionRegistry &registry);

} // namespace Sextant::Ui
