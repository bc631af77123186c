// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/actions/resourceaction.h"

#include <QCoreApplication>

namespace Sextant::Ui {

// Drain…: opens the DrainDialog for one node.
class DrainAction final : public ResourceAction {
    Q_DECLARE_TR_FUNCTIONS(Sextant::Ui::DrainAction)
public:
    QString id() const override { return QStringLiteral("node.drain"); }
    QString text() const override;
    QString iconName() const override { return QStringLiteral("drain"); }
    bool appliesTo(const Core::ResourceRef &resource) const override;
    bool isDestructive() const override { return true; }
    // patch the node, list pods and create pods/eviction in every namespace.
    QList<PermissionNeed> permissions(const ActionTarget &target) const override;
    void trigger(const ActionTarget &target, QWidget *parent) override;
};

} // namespace Sextant::Ui
