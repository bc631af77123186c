// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/nodeactions/cordonaction.h"

#include "core/api/apiclient.h"
#include "core/nodes/nodepatches.h"
#include "ui/nodeactions/nodeactionsupport.h"

#include <memory>

namespace Sextant::Ui {

namespace Support = NodeActionSupport;

QString CordonAction::id() const
{
    return m_cordon ? QStringLiteral("node.cordon") : QStringLiteral("node.uncordon");
}

QString CordonAction::text() const
{
    return m_cordon ? tr("Cordon") : tr("Uncordon");
}

QString CordonAction::iconName() const
{
    return m_cordon ? QStringLiteral("cordon") : QStringLiteral("uncordon");
}

bool CordonAction::appliesTo(const Core::ResourceRef &resource) const
{
    return Support::isCoreResource(resource, "nodes");
}

QList<PermissionNeed> CordonAction::permissions(const ActionTarget &) const
{
    return { PermissionNeed { QStringLiteral("patch"), {}, {}, true } };
}

QString CordonAction::unavailableReason(const ActionTarget &target) const
{
    for (const QJsonObject &node : target.objects) {
        if (Core::NodePatches::isUnschedulable(node) != m_cordon)
            return {}; // at least one node changes
    }
    if (target.objects.size() == 1) {
        const QString name = Support::nameOf(target.objects.first());
        return m_cordon ? tr("Node %1 is already cordoned.").arg(name) : tr("Node %1 is schedulable.").arg(name);
    }
    return m_cordon ? tr("These nodes are already cordoned.") : tr("These nodes are schedulable.");
}

void CordonAction::trigger(const ActionTarget &target, QWidget *)
{
    Core::ApiClient *client = Support::clientOf(target);
    if (!client)
        return;
    QStringList names;
    for (const QJsonObject &node : target.objects) {
        if (Core::NodePatches::isUnschedulable(node) != m_cordon)
            names.append(Support::nameOf(node));
    }
    if (names.isEmpty())
        return;

    const bool cordon = m_cordon;
    const QString what
        = names.size() == 1 ? tr("node %1").arg(names.first()) : tr("%n nodes", nullptr, int(names.size()));
    Support::progress(target, cordon ? tr("Cordoning %1…").arg(what) : tr("Uncordoning %1…").arg(what));

    struct Tally {
        int remaining = 0;
        int failed = 0;
    };
    auto tally = std::make_shared<Tally>();
    tally->remaining = int(names.size());
    const auto done = [target, tally, cordon, what] {
        if (--tally->remaining > 0 || tally->failed > 0)
            return;
        Support::succeeded(target,
            cordon ? tr("Cordoned %1: no new pods will be scheduled there.").arg(what)
                   : tr("Uncordoned %1: pods can be scheduled there again.").arg(what));
    };
    Core::PatchOptions options;
    options.type = Core::PatchType::StrategicMerge;
    for (const QString &name : std::as_const(names)) {
        client->patch(
            Core::NodePatches::nodesResource(), {}, name, Core::NodePatches::cordon(cordon), options,
            Support::requestContext(target), [done](const QJsonObject &) { done(); },
            [target, tally, cordon, name, done](const Core::ApiError &error) {
                ++tally->failed;
                Support::failed(target,
                    cordon ? tr("Could not cordon node %1").arg(name) : tr("Could not uncordon node %1").arg(name),
                    error);
                done();
            });
    }
}

} // namespace Sextant::Ui
