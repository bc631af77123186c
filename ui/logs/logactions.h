// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/actions/resourceaction.h"

#include <memory>

namespace Sextant::Ui {

// "Logs" for pods and workloads (deployments, statefulsets, daemonsets,
// replicasets, jobs): opens a LogWindow following their pods.
std::unique_ptr<ResourceAction> createLogsAction();
void registerLogActions(ActionRegistry &registry);

} // namespace Sextant::Ui
