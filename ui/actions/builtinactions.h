// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace Sextant::Ui {

// Registers every action the app ships with in ActionRegistry::instance(),
// once; later calls do nothing. Called by the main window.
void registerBuiltInActions();

} // namespace Sextant::Ui
