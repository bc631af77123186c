// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Sextant::Core {

// One problem in a manifest, at a place an editor can underline.
struct Diagnostic {
    enum class Severity {
        Error,
        Warning,
        Info,
    };
    int line = 1; // 1-based
    int column = 1; // 1-based, in characters (not bytes)
    int length = 0; // characters to underline; 0 = to the end of the token
    Severity severity = Severity::Error;
    QString message; // translated, names the field or value, e.g. "unknown field \"spec.replica\""
    QString path; // the field's path when known, e.g. "spec.template.spec.containers[0].image"
    int document = 0; // index of the YAML document in a multi-document file
};

using Diagnostics = QList<Diagnostic>;

} // namespace Sextant::Core

Q_DECLARE_METATYPE(Sextant::Core::Diagnostic)
