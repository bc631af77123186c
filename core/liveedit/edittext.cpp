// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/liveedit/edittext.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Sextant::Core {

namespace {

Unexpected<Diagnostic> problemAt(int line, const QString &message)
{
    Diagnostic diagnostic;
    diagnostic.line = qMax(1, line);
    diagnostic.message = message;
    return makeUnexpected(diagnostic);
}

} // namespace

Expected<YamlDocument, Diagnostic> parseEditedObject(const QString &text)
{
    YamlParseResult parsed = parseYaml(text.toUtf8());
    for (const Diagnostic &diagnostic : std::as_const(parsed.diagnostics)) {
        if (diagnostic.severity == Diagnostic::Severity::Error)
            return makeUnexpected(diagnostic);
    }
    QList<YamlDocument> objects;
    for (YamlDocument &document : parsed.documents) {
        if (!document.value.isNull() && !document.value.isUndefined())
            objects << std::move(document);
    }
    if (objects.isEmpty())
        return problemAt(1, QCoreApplication::translate("Sextant::Core", "The text holds no object."));
    if (objects.size() > 1) {
        return problemAt(objects.at(1).firstLine,
            QCoreApplication::translate(
                "Sextant::Core", "Only one object can be edited here; remove the other documents."));
    }
    if (!objects.first().value.isObject()) {
        return problemAt(objects.first().firstLine,
            QCoreApplication::translate(
                "Sextant::Core", "The object must be a YAML map (apiVersion, kind, metadata...)."));
    }
    return std::move(objects.first());
}

YamlPosition positionOf(const YamlDocument &document, const MergePath &path)
{
    const YamlLocation location = document.location(mergePathInObject(document.value.toObject(), path));
    return location.key.isValid() ? location.key : location.value;
}

Diagnostics diagnosticsForCauses(const YamlDocument &document, const QList<StatusCause> &causes)
{
    Diagnostics diagnostics;
    for (const StatusCause &cause : causes) {
        if (cause.field.isEmpty())
            continue;
        const YamlLocation location = document.location(cause.field);
        const YamlPosition at = location.value.isValid() ? location.value : location.key;
        Diagnostic diagnostic;
        diagnostic.line = at.isValid() ? at.line : document.firstLine;
        diagnostic.column = at.isValid() ? at.column : 1;
        diagnostic.message = cause.message;
        diagnostic.path = cause.field;
        diagnostics << diagnostic;
    }
    return diagnostics;
}

} // namespace Sextant::Core
