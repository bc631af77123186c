// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/actions/resourceaction.h"

namespace Sextant::Ui {

// Duplicate… for every kind a creation wizard can start from
// (WizardCatalog): opens that wizard prefilled with a cleaned copy named
// "<name>-copy"; after Create, the feedback reveals the copy (openObject).
class DuplicateAction final : public ResourceAction {
public:
    QString id() const override { return QStringLiteral("object.duplicate"); }
    QString text() const override;
    QString iconName() const override { return QStringLiteral("edit-copy"); }
    bool appliesTo(const Core::ResourceRef &resource) const override;
    QList<PermissionNeed> permissions(const ActionTarget &target) const override;
    void trigger(const ActionTarget &target, QWidget *parent) override;
};

void registerDuplicateAction(ActionRegistry &registry);

} // namespace Sextant::Ui
