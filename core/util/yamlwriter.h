// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Sextant::Core {

// JSON as kubectl prints it with -o yaml: block style, 2-space indent,
// sequences not indented below their key, keys sorted (QJsonObject order),
// strings quoted only when a YAML 1.1 or 1.2 reader would take them for
// something else, multi-line strings as literal blocks. Empty maps and lists
// print as {} and []. The result ends with a newline.
QString toYaml(const QJsonValue &value);

// Several objects as one multi-document stream, separated by "---" lines.
QString toYamlDocuments(const QList<QJsonObject> &objects);

} // namespace Sextant::Core
