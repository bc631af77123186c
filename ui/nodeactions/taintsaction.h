// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/actions/resourceaction.h"

#include <QCoreApplication>

namespace Sextant::Ui {

// Edit taints…: opens a TaintsDialog for one node.
class TaintsAction final : public ResourceAction {
    Q_DECLARE_TR_FUNCTIONS(Sextant::Ui::TaintsAction)
public:
    QString id() const override { return QStringLiteral("node.taints"); }
    QString text() const override;
    QString iconName() const override { return QStringLiteral("taint"); }
    bool appliesTo(const Core::ResourceRef &resource) const override;
    QList<PermissionNeed> permissions(const ActionTarget &target) const override;
    void trigger(const ActionTarget &target, QWidget *parent) override;
};

} // namespace Sextant::Ui
