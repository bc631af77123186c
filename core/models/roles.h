// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Qt>

namespace Sextant::Core {

// Semantic roles the core models expose; ui/delegates turn them into colours
// and icons. NOLINTNEXTLINE(cppcoreguidelines-use-enum-class): Qt passes roles as int.
enum ItemDataRole {
    HealthRole = Qt::UserRole + 1, // int(Sextant::Core::Health) of the row
    ObjectKeyRole, // "namespace/name" or "name": the store key
    SortRole, // the raw value sorting uses (number, date, text)
};

} // namespace Sextant::Core
