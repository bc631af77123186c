// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/apply/fieldconflict.h"

#include <QRegularExpression>

namespace Sextant::Core {

namespace {

// The cause message of sigs.k8s.io/structured-merge-diff's Conflict.Error().
const QRegularExpression &conflictPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"re(conflicts? with "([^"]*)"(?: with subresource "([^"]*)")?(?: using (\S+?))?(?::|$))re"));
    return pattern;
}

void addConflict(QList<FieldConflict> &conflicts, const QString &manager, const QString &subresource,
    const QString &apiVersion, const QString &field)
{
    for (FieldConflict &conflict : conflicts) {
        if (conflict.manager == manager && conflict.subresource == subresource && conflict.apiVersion == apiVersion) {
            if (!field.isEmpty() && !conflict.fields.contains(field))
                conflict.fields.append(field);
            return;
        }
    }
    FieldConflict conflict { manager, subresource, apiVersion, {} };
    if (!field.isEmpty())
        conflict.fields.append(field);
    conflicts.append(conflict);
}

} // namespace

bool isFieldManagerConflict(const ApiError &error)
{
    if (!error.isConflict())
        return false;
    for (const StatusCause &cause : error.causes) {
        if (cause.type == QLatin1String("FieldManagerConflict"))
            return true;
    }
    return error.message.startsWith(QLatin1String("Apply failed with"));
}

QList<FieldConflict> parseFieldConflicts(const ApiError &error)
{
    QList<FieldConflict> conflicts;
    if (!isFieldManagerConflict(error))
        return conflicts;
    for (const StatusCause &cause : error.causes) {
        if (cause.type != QLatin1String("FieldManagerConflict"))
            continue;
        const QRegularExpressionMatch match = conflictPattern().match(cause.message);
        if (match.hasMatch())
            addConflict(conflicts, match.captured(1), match.captured(2), match.captured(3), cause.field);
        else
            addConflict(conflicts, cause.message, {}, {}, cause.field);
    }
    if (!conflicts.isEmpty())
        return conflicts;
    // No causes: "Apply failed with 2 conflicts: conflicts with \"a\" using v1:\n- .x\n- .y"
    // or, for one field, "... conflict with \"a\" using v1: .x".
    const QStringList lines = error.message.split(QLatin1Char('\n'));
    QString manager, subresource, apiVersion;
    bool inConflict = false;
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = conflictPattern().match(line);
        if (match.hasMatch()) {
            manager = match.captured(1);
            subresource = match.captured(2);
            apiVersion = match.captured(3);
            inConflict = true;
            const QString rest = line.mid(match.capturedEnd(0)).trimmed();
            addConflict(
                conflicts, manager, subresource, apiVersion, rest.startsWith(QLatin1Char('.')) ? rest : QString());
        } else if (inConflict && line.trimmed().startsWith(QLatin1String("- "))) {
            addConflict(conflicts, manager, subresource, apiVersion, line.trimmed().mid(2));
        }
    }
    return conflicts;
}

} // namespace Sextant::Core
