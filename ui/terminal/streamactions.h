// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/actions/resourceaction.h"

#include <memory>
#include <vector>

namespace Sextant::Ui {

// Shell (pods; create pods/exec), Attach (pods; create pods/attach) and
// Port forward… (pods and services; create pods/portforward).
std::vector<std::unique_ptr<ResourceAction>> createStreamActions();
void registerStreamActions(ActionRegistry &registry);

} // namespace Sextant::Ui
