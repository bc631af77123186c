// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Sextant::Core {

// As client-go's cleanANSIEscapeCodes: keeps letters, marks, numbers,
// punctuation, symbols, separators and \t \n \v \f \r; every other code point
// (ESC first of all) is replaced by its "U+001B" notation, so text from a
// kubeconfig (installHint) cannot drive a terminal or confuse a label.
QString cleanAnsiEscapeCodes(const QString &text);

// For plugin stderr shown in messages: removes ANSI CSI/OSC sequences entirely,
// then every remaining control character except \n and \t.
QString stripControlCharacters(const QString &text);

} // namespace Sextant::Core
