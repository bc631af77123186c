// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/actions/resourceaction.h"

namespace Sextant::Ui {

// Restart rollout for deployments, statefulsets and daemonsets, as
// `kubectl rollout restart`: asks, then stamps the pod template.
class RestartAction final : public ResourceAction {
public:
    QString id() const override { return QStringLiteral("workload.restart"); }
    QString text() const override;
    QKeySequence shortcut() const override { return QKeySequence(QStringLiteral("Ctrl+Alt+R")); }
    bool appliesTo(const Core::ResourceRef &resource) const override;
    bool acceptsMany() const override { return true; }
    QList<PermissionNeed> permissions(const ActionTarget &target) const override;
    QString unavailableReason(const ActionTarget &target) const override;
    void trigger(const ActionTarget &target, QWidget *parent) override;
};

// Pause rollout (pause = true) or Resume rollout for deployments.
class PauseAction final : public ResourceAction {
public:
    explicit PauseAction(bool pause)
        : m_pause(pause)
    {
    }
    QString id() const override;
    QString text() const override;
    bool appliesTo(const Core::ResourceRef &resource) const override;
    bool acceptsMany() const override { return true; }
    QList<PermissionNeed> permissions(const ActionTarget &target) const override;
    QString unavailableReason(const ActionTarget &target) const override;
    void trigger(const ActionTarget &target, QWidget *parent) override;

private:
    bool m_pause = true;
};

} // namespace Sextant::Ui
