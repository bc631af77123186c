// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/actions/builtinactions.h"

#include "ui/actions/resourceaction.h"
#include "ui/actions/workloadactions.h"
#include "ui/configwizards/duplicateaction.h"
#include "ui/configwizards/editsettingsaction.h"
#include "ui/liveedit/liveeditaction.h"
#include "ui/logs/logactions.h"
#include "ui/nodeactions/nodeactions.h"
#include "ui/terminal/streamactions.h"

namespace Sextant::Ui {

void registerBuiltInActions()
{
    static const bool registered = [] {
        ActionRegistry &registry = ActionRegistry::instance();
        // Menu order: what people do most to a selection first; delete (destructive) ends up last anyway.
        registerLogActions(registry);
        registerStreamActions(registry);
        registerWorkloadActions(registry);
        registerNodeAndMetadataActions(registry);
        registerDuplicateAction(registry);
        registerEditSettingsAction(registry);
        registerLiveEditActions(registry);
        return true;
    }();
    Q_UNUSED(registered)
}

} // namespace Sextant::Ui
