// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/actions/resourceaction.h"

namespace Sextant::Ui {

// Suspend (suspend = true) or Resume a CronJob's schedule.
class SuspendCronJobAction final : public ResourceAction {
public:
    explicit SuspendCronJobAction(bool suspend)
        : m_suspend(suspend)
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
    bool m_suspend = true;
};

// Run now: creates a Job from the CronJob's template as
// `kubectl create job <cronjob>-manual-xxxxx --from=cronjob/<cronjob>`.
class RunCronJobNowAction final : public ResourceAction {
public:
    QString id() const override { return QStringLiteral("cronjob.run-now"); }
    QString text() const override;
    bool appliesTo(const Core::ResourceRef &resource) const override;
    QList<PermissionNeed> permissions(const ActionTarget &target) const override;
    void trigger(const ActionTarget &target, QWidget *parent) override;
};

} // namespace Sextant::Ui
