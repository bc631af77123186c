// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/actions/resourceaction.h"

#include <QCoreApplication>

namespace Sextant::Ui {

// Show secret values…: opens a SecretDialog; needs get on the secret.
class SecretAction final : public ResourceAction {
    Q_DECLARE_TR_FUNCTIONS(Sextant::Ui::SecretAction)
public:
    QString id() const override { return QStringLiteral("secret.reveal"); }
    QString text() const override;
    QString iconName() const override { return QStringLiteral("reveal"); }
    bool appliesTo(const Core::ResourceRef &resource) const override;
    QList<PermissionNeed> permissions(const ActionTarget &target) const override;
    void trigger(const ActionTarget &target, QWidget *parent) override;
};

} // namespace Sextant::Ui
