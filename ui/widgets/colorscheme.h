// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPalette>
#include <QString>

namespace Sextant::Ui {

// "" follows the system (the platform theme's palette); "light" and "dark"
// force Fusion with a light or dark palette, for desktops without a theme
// and for screenshots. Call before the first window is created.
void applyColorScheme(const QString &scheme);

// Whether a palette is dark (light text on a dark window), for widgets that
// pick colours of their own (charts, terminal, highlighter).
bool isDark(const QPalette &palette);

} // namespace Sextant::Ui
