// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/actions/resourceaction.h"

namespace Sextant::Ui {

// Delete… for every kind and any selection: asks first (DeleteDialog).
class DeleteAction final : public ResourceAction {
public:
    QString id() const override { return QStringLiteral("object.delete"); }
    QString text() const override;
    QKeySequence shortcut() const override { return QKeySequence::Delete; }
    QString iconName() const override { return QStringLiteral("edit-delete"); }
    bool appliesTo(const Core::ResourceRef &resource) const override { return resource.isValid(); }
    bool acceptsMany() const override { return true; }
    bool isDestructive() const override { return true; }
    QList<PermissionNeed> permissions(const ActionTarget &target) const override;
    void trigger(const ActionTarget &target, QWidget *parent) override;
};

} // namespace Sextant::Ui
