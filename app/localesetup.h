// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Sextant::App {

// Installs Sextant's and Qt's translators. The language follows the system
// unless the user chose one (--locale, saved in the settings); "system"
// clears the choice. Returns the locale name in use.
QString setUpTranslations(const QString &requested);

} // namespace Sextant::App
