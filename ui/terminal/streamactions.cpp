// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/terminal/streamactions.h"

#include "core/api/apiclient.h"
#include "core/cluster/clusterconnection.h"
#include "core/stream/portforwardmanager.h"
#include "ui/portforward/portforwarddialog.h"
#include "ui/portforward/portforwardsview.h"
#include "ui/terminal/shellwindow.h"

#include <QCoreApplication>

namespace Sextant::Ui {

namespace {

const Core::ResourceRef kPods { QString(), QStringLiteral("v1"), QStringLiteral("pods"), true };

bool isPods(const Core::ResourceRef &resource)
{
    return resource.group.isEmpty() && resource.resource == QLatin1String("pods");
}

bool isServices(const Core::ResourceRef &resource)
{
    return resource.group.isEmpty() && resource.resource == QLatin1String("services");
}

QString translate(const char *text)
{
    return QCoreApplication::translate("Sextant::Ui::StreamActions", text);
}

Core::ApiClient *clientOf(const ActionTarget &target)
{
    return target.connection ? target.connection->client() : nullptr;
}

// The pod's phase stops a shell: nothing runs in a pending or finished pod.
QString podNotRunningReason(const ActionTarget &target)
{
    if (target.objects.isEmpty())
        return {};
    const QString phase
        = target.objects.first().value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString();
    if (phase.isEmpty() || phase == QLatin1String("Running"))
        return {};
    return translate("The pod is %1, not running.").arg(phase);
}

class ShellAction final : public ResourceAction {
public:
    explicit ShellAction(ShellWindow::Mode mode)
        : m_mode(mode)
    {
    }
    QString id() const override
    {
        return m_mode == ShellWindow::Mode::Exec ? QStringLiteral("pod.shell") : QStringLiteral("pod.attach");
    }
    QString text() const override
    {
        return m_mode == ShellWindow::Mode::Exec ? translate("Shell") : translate("Attach");
    }
    QKeySequence shortcut() const override
    {
        return m_mode == ShellWindow::Mode::Exec ? QKeySequence(QStringLiteral("Ctrl+Alt+T")) : QKeySequence();
    }
    QString iconName() const override { return QStringLiteral("terminal"); }
    bool appliesTo(const Core::ResourceRef &resource) const override { return isPods(resource); }
    QList<PermissionNeed> permissions(const ActionTarget &) const override
    {
        return { PermissionNeed { QStringLiteral("create"), kPods,
            m_mode == ShellWindow::Mode::Exec ? QStringLiteral("exec") : QStringLiteral("attach"), true } };
    }
    QString unavailableReason(const ActionTarget &target) const override { return podNotRunningReason(target); }
    void trigger(const ActionTarget &target, QWidget *) override
    {
        Core::ApiClient *client = clientOf(target);
        if (!client || target.objects.isEmpty())
            return;
        // A window of its own, not owned by the menu's parent: it outlives the view.
        auto *window = new ShellWindow(client, target.objects.first(), m_mode);
        window->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(client, &QObject::destroyed, window, &QWidget::close);
        window->show();
        window->reconnect();
    }

private:
    ShellWindow::Mode m_mode;
};

class PortForwardAction final : public ResourceAction {
public:
    QString id() const override { return QStringLiteral("network.portforward"); }
    QString text() const override { return translate("Port forward…"); }
    QString iconName() const override { return QStringLiteral("port-forward"); }
    bool appliesTo(const Core::ResourceRef &resource) const override
    {
        return isPods(resource) || isServices(resource);
    }
    QList<PermissionNeed> permissions(const ActionTarget &target) const override
    {
        // For a service the forward goes to one of its pods: the namespace-wide right counts.
        return { PermissionNeed {
            QStringLiteral("create"), kPods, QStringLiteral("portforward"), isPods(target.resource) } };
    }
    QString unavailableReason(const ActionTarget &target) const override
    {
        return isPods(target.resource) ? podNotRunningReason(target) : QString();
    }
    void trigger(const ActionTarget &target, QWidget *parent) override
    {
        Core::ApiClient *client = clientOf(target);
        if (!client || target.objects.isEmpty())
            return;
        const auto kind
            = isPods(target.resource) ? Core::PortForwardSpec::Target::Pod : Core::PortForwardSpec::Target::Service;
        auto *dialog
            = new PortForwardDialog(client, Core::PortForwardManager::instance(), kind, target.objects.first(), parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const QPointer<ActionFeedback> feedback = target.feedback;
        QObject::connect(dialog, &PortForwardDialog::forwardStarted, dialog, [feedback](Core::PortForwarder *forward) {
            if (feedback) {
                Q_EMIT feedback->succeeded(translate("Forwarding %1 to %2:%3.")
                                               .arg(forward->localAddressText(), forward->spec().name)
                                               .arg(forward->spec().remotePort));
            }
            PortForwardsView::showWindow();
        });
        dialog->open();
    }
};

} // namespace

std::vector<std::unique_ptr<ResourceAction>> createStreamActions()
{
    std::vector<std::unique_ptr<ResourceAction>> actions;
    actions.push_back(std::make_unique<ShellAction>(ShellWindow::Mode::Exec));
    actions.push_back(std::make_unique<ShellAction>(ShellWindow::Mode::Attach));
    actions.push_back(std::make_unique<PortForwardAction>());
    return actions;
}

void registerStreamActions(ActionRegistry &registry)
{
    for (auto &action : createStreamActions())
        registry.add(std::move(action));
}

} // namespace Sextant::Ui
