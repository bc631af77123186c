// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/actions/resourceaction.h"

#include <QCoreApplication>

namespace Sextant::Ui {

// Edit node…: schedulability, labels and taints as one guided form.
class NodeSettingsAction final : public ResourceAction {
    Q_DECLARE_TR_FUNCTIONS(Sextant::Ui::NodeSettingsAction)
public:
    QString id() const override { return QStringLiteral("node.settings"); }
    QString text() const override { return tr("Edit node…"); }
    bool appliesTo(const Core::ResourceRef &resource) const override;
    QList<PermissionNeed> permissions(const ActionTarget &target) const override;
    void trigger(const ActionTarget &target, QWidget *parent) override;
};

} // namespace Sextant::Ui
