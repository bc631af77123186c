// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/actions/workloadactions.h"

#include "ui/actions/cronjobactions.h"
#include "ui/actions/deleteaction.h"
#include "ui/actions/resourceaction.h"
#include "ui/actions/rollbackaction.h"
#include "ui/actions/rolloutactions.h"
#include "ui/actions/scaleaction.h"

namespace Sextant::Ui {

void registerWorkloadActions(ActionRegistry &registry)
{
    registry.add(std::make_unique<ScaleAction>());
    registry.add(std::make_unique<RestartAction>());
    registry.add(std::make_unique<PauseAction>(true));
    registry.add(std::make_unique<PauseAction>(false));
    registry.add(std::make_unique<RollbackAction>());
    registry.add(std::make_unique<RunCronJobNowAction>());
    registry.add(std::make_unique<SuspendCronJobAction>(true));
    registry.add(std::make_unique<SuspendCronJobAction>(false));
    registry.add(std::make_unique<DeleteAction>());
}

} // namespace Sextant::Ui
