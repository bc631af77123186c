// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/actions/resourceaction.h"

namespace Sextant::Ui {

// Rollback… for deployments, statefulsets and daemonsets (RollbackDialog).
class RollbackAction final : public ResourceAction {
public:
    QString id() const override { return QStringLiteral("workload.rollback"); }
    QString text() const override;
    bool appliesTo(const Core::ResourceRef &resource) const override;
    QList<PermissionNeed> permissions(const ActionTarget &target) const override;
    QString unavailableReason(const ActionTarget &target) const override;
    void trigger(const ActionTarget &target, QWidget *parent) override;
};

} // namespace Sextant::Ui
