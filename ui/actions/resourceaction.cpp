// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/actions/resourceaction.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcResourceAction, "sextant.ui.resourceaction")

namespace Sextant::Ui {

ActionRegistry &ActionRegistry::instance()
{
    static ActionRegistry registry;
    return registry;
}

void ActionRegistry::add(std::unique_ptr<ResourceAction> action)
{
    if (!action)
        return;
    if (find(action->id())) {
        // Registering twice (two windows, a test) must not double menu entries.
        qCDebug(lcResourceAction) << "action already registered:" << action->id();
        return;
    }
    m_actions.push_back(std::move(action));
}

QList<ResourceAction *> ActionRegistry::actionsFor(const Core::ResourceRef &resource) const
{
    QList<ResourceAction *> result;
    for (const auto &action : m_actions) {
        if (action->appliesTo(resource))
            result.append(action.get());
    }
    return result;
}

ResourceAction *ActionRegistry::find(const QString &id) const
{
    for (const auto &action : m_actions) {
        if (action->id() == id)
            return action.get();
    }
    return nullptr;
}

QList<ResourceAction *> ActionRegistry::all() const
{
    QList<ResourceAction *> result;
    result.reserve(qsizetype(m_actions.size()));
    for (const auto &action : m_actions)
        result.append(action.get());
    return result;
}

} // namespace Sextant::Ui
