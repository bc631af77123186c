// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/cluster/clusterconnection.h"
#include "ui/logs/logactions.h"
#include "ui/logs/logwindow.h"

#include <QCoreApplication>

namespace Sextant::Ui {

namespace {

const Core::ResourceRef kPods { QString(), QStringLiteral("v1"), QStringLiteral("pods"), true };

class LogsAction final : public ResourceAction {
public:
    QString id() const override { return QStringLiteral("logs.show"); }
    QString text() const override { return QCoreApplication::translate("Sextant::Ui::LogsAction", "Logs"); }
    QKeySequence shortcut() const override { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L); }
    QString iconName() const override { return QStringLiteral("logs"); }

    bool appliesTo(const Core::ResourceRef &resource) const override
    {
        if (resource.group.isEmpty())
            return resource.resource == QLatin1String("pods");
        if (resource.group == QLatin1String("apps"))
            return resource.resource == QLatin1String("deployments")
                || resource.resource == QLatin1String("statefulsets")
                || resource.resource == QLatin1String("daemonsets")
                || resource.resource == QLatin1String("replicasets");
        return resource.group == QLatin1String("batch") && resource.resource == QLatin1String("jobs");
    }

    QList<PermissionNeed> permissions(const ActionTarget &target) const override
    {
        const bool pod = target.resource.group.isEmpty() && target.resource.resource == QLatin1String("pods");
        return {
            PermissionNeed { QStringLiteral("get"), kPods, QStringLiteral("log"), pod },
            PermissionNeed { QStringLiteral("list"), kPods, QString(), false },
        };
    }

    QString unavailableReason(const ActionTarget &target) const override
    {
        if (target.objects.isEmpty() || !LogWindow::optionsFor(target.resource, target.objects.first()))
            return QCoreApplication::translate("Sextant::Ui::LogsAction", "It selects no pods.");
        return {};
    }

    void trigger(const ActionTarget &target, QWidget *parent) override
    {
        if (target.objects.isEmpty() || !target.connection)
            return;
        LogWindow::openFor(target.connection, target.resource, target.objects.first(), parent);
    }
};

} // namespace

std::unique_ptr<ResourceAction> createLogsAction()
{
    return std::make_unique<LogsAction>();
}

} // namespace Sextant::Ui
