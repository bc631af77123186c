// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/yaml/diagnostic.h"
#include "core/yaml/schemaset.h"
#include "core/yaml/yamldocument.h"

namespace Sextant::Core {

// Checks one parsed manifest document against the schemas, as the apiserver
// would with fieldValidation=Strict (kubectl's default): apiVersion/kind pair,
// unknown fields, types, required fields, enums, names, labels, quantities,
// base64 data. Messages follow apiserver wording ("spec.replicas: Invalid
// value: ..."), each at the line:column of the offending key or value.
Diagnostics validateManifest(const YamlDocument &document, const SchemaSet &schemas);

// The closest candidate within a small edit distance ("replica" -> "replicas"), or "".
QString nearestName(const QString &name, const QStringList &candidates);

// Name rules by kind, as the apiserver applies them; "" when valid.
QString nameProblem(const QString &kind, const QString &name);
// resource.Quantity syntax; "" when valid.
QString quantityProblem(const QString &text);

} // namespace Sextant::Core
