// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace Sextant::Ui {

class ActionRegistry;

// Adds, in menu order: Cordon, Uncordon, Edit taints…, Drain… (nodes),
// Edit labels…, Edit annotations… (every kind), Show secret values… (secrets).
void registerNodeAndMetadataActions(ActionRegistry &registry);

} // namespace Sextant::Ui
