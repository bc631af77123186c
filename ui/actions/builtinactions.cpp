// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/actions/builtinactions.h"

#include "ui/actions/resourceaction.h"
#include "ui/actions/workloadactions.h"

namespace Sextant::Ui {

void registerBuiltInActions()
{
    static const bool registered = [] {
        ActionRegistry &registry = ActionRegistry::instance();
        registerWorkloadActions(registry);
        return true;
    }();
    Q_UNUSED(registered)
}

} // namespace Sextant::Ui
