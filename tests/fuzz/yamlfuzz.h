// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// One fuzz iteration over the YAML -> JSON layer, shared by the libFuzzer
// target and the deterministic driver that runs under ctest.

#include "core/yaml/cursorcontext.h"
#include "core/yaml/yamldocument.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace SextantFuzz {

inline void runYamlLayer(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Sextant::Core::YamlParseResult result = Sextant::Core::parseYaml(bytes);
    for (const Sextant::Core::YamlDocument &document : result.documents) {
        // Positions for paths that exist and paths that do not.
        (void)document.location(QStringLiteral("metadata.name"));
        (void)document.location(QStringLiteral("spec.containers[0].image"));
    }
    for (const Sextant::Core::Diagnostic &diagnostic : result.diagnostics) {
        Q_ASSERT(diagnostic.line >= 1 && diagnostic.column >= 1);
    }
    // The completion path must cope with anything typed.
    const int lines = int(bytes.count('\n')) + 1;
    (void)Sextant::Core::cursorContext(bytes, lines, 1);
    (void)Sextant::Core::cursorContext(bytes, (lines + 1) / 2, 3);
}

} // namespace SextantFuzz
