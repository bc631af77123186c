// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/actions/resourceaction.h"

namespace Sextant::Ui {

// "Edit YAML…" for every kind: opens a LiveEditWindow on the first selected object.
class LiveEditAction final : public ResourceAction {
public:
    QString id() const override { return QStringLiteral("object.editYaml"); }
    QString text() const override;
    QKeySequence shortcut() const override { return QKeySequence(QStringLiteral("Ctrl+Shift+E")); }
    bool appliesTo(const Core::ResourceRef &resource) const override { return resource.isValid(); }
    QList<PermissionNeed> permissions(const ActionTarget &target) const override;
    void trigger(const ActionTarget &target, QWidget *parent) override;
};

void registerLiveEditActions(ActionRegistry &registry);

} // namespace Sextant::Ui
