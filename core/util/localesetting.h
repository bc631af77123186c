// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Sextant::Core {

// The interface language the user chose (--locale, View → Language), kept in
// the settings; empty means "follow the system". Read once at start-up.
QString savedLocale();
// "" or "system" clears the choice.
void saveLocale(const QString &locale);

} // namespace Sextant::Core
