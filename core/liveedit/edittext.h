// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"
#include "core/liveedit/threewaymerge.h"
#include "core/util/result.h"
#include "core/yaml/diagnostic.h"
#include "core/yaml/yamldocument.h"

namespace Sextant::Core {

// The YAML text of one object, as the user typed it: exactly one document
// whose root is a map. The error says where the text goes wrong.
Expected<YamlDocument, Diagnostic> parseEditedObject(const QString &text);

// Where the field at path is in document (or the nearest ancestor present).
YamlPosition positionOf(const YamlDocument &document, const MergePath &path);

// A 422's causes as problems at their fields in the text the user sent.
Diagnostics diagnosticsForCauses(const YamlDocument &document, const QList<StatusCause> &causes);

} // namespace Sextant::Core
