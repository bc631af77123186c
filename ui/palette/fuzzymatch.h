// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

namespace Sextant::Ui {

// Scores how well a typed query matches a text, as command palettes do: every
// query character must appear in order (case-insensitive); consecutive runs,
// word starts and a prefix score higher. No match: nullopt.
std::optional<int> fuzzyScore(const QString &query, const QString &text);

} // namespace Sextant::Ui
