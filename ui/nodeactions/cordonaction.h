// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/actions/resourceaction.h"

#include <QCoreApplication>

namespace Sextant::Ui {

// Cordon or Uncordon nodes: kubectl's strategic merge patch of
// spec.unschedulable, one request per node, several nodes at once.
class CordonAction final : public ResourceAction {
    Q_DECLARE_TR_FUNCTIONS(Sextant::Ui::CordonAction)
public:
    explicit CordonAction(bool cordon)
        : m_cordon(cordon)
    {
    }

    QString id() const override;
    QString text() const override;
    QString iconName() const override;
    bool appliesTo(const Core::ResourceRef &resource) const override;
    bool acceptsMany() const override { return true; }
    QList<PermissionNeed> permissions(const ActionTarget &target) const override;
    QString unavailableReason(const ActionTarget &target) const override;
    void trigger(const ActionTarget &target, QWidget *parent) override;

private:
    bool m_cordon = true;
};

} // namespace Sextant::Ui
