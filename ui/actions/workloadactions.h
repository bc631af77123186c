// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace Sextant::Ui {

class ActionRegistry;

// Delete (every kind), Scale, Restart, Pause/Resume, Rollback, CronJob
// Suspend/Resume and Run now, in menu order. Registering twice is harmless.
void registerWorkloadActions(ActionRegistry &registry);

} // namespace Sextant::Ui
