// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <Qt>

#include <optional>

namespace Sextant::Ui {

// A key press as libvterm takes it: a special key (VTermKey) or a character,
// with VTermModifier bits. libvterm then produces the bytes the terminal
// application expects (application cursor keys and so on).
struct TerminalKey {
    int vtermKey = 0; // VTERM_KEY_NONE when character is set
    char32_t character = 0;
    int modifiers = 0; // VTERM_MOD_*
};

std::optional<TerminalKey> terminalKeyFor(int qtKey, Qt::KeyboardModifiers modifiers, const QString &text);

} // namespace Sextant::Ui
