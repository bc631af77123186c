// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/actions/resourceaction.h"

namespace Sextant::Ui {

// Scale… for deployments, statefulsets and replicasets (ScaleDialog).
class ScaleAction final : public ResourceAction {
public:
    QString id() const override { return QStringLiteral("workload.scale"); }
    QString text() const override;
    QKeySequence shortcut() const override { return QKeySequence(QStringLiteral("Ctrl+Alt+S")); }
    bool appliesTo(const Core::ResourceRef &resource) const override;
    QList<PermissionNeed> permissions(const ActionTarget &target) const override;
    void trigger(const ActionTarget &target, QWidget *parent) override;
};

} // namespace Sextant::Ui
