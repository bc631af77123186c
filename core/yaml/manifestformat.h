// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Formatting and JSON <-> YAML conversion for the manifest editor. Comments
// do not survive (neither tool keeps them), nor do anchors (aliases are
// expanded) or literal-block styles in the key-order-preserving mode.

#include "core/yaml/diagnostic.h"

#include <QByteArray>

namespace Sextant::Core {

struct FormatResult {
    bool ok = false;
    QByteArray text; // the new text when ok
    Diagnostics diagnostics; // why not, when !ok (syntax errors, limits)
};

// Re-indents every document with 2 spaces. sortKeys: keys alphabetical, lists
// not indented below their key, as kubectl prints YAML (stable, diff-friendly,
// via toYaml); otherwise the file's key order is kept, and yaml-cpp's emitter
// indents lists below their key.
FormatResult formatYaml(const QByteArray &utf8, bool sortKeys);

// YAML (one or more documents) -> indented JSON. Several documents become a
// v1 List, as `kubectl get -o json` prints several objects.
FormatResult yamlToJson(const QByteArray &utf8);

// JSON -> YAML as kubectl prints it. A v1 List becomes one document per item
// when itemsAsDocuments is set.
FormatResult jsonToYaml(const QByteArray &json, bool itemsAsDocuments = false);

} // namespace Sextant::Core
