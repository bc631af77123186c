// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Sextant::Core {

// One line of a line-based edit script from one text to another.
struct DiffLine {
    enum class Kind {
        Same,
        Removed,
        Added,
    };
    Kind kind = Kind::Same;
    QString text;
    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

// A shortest edit script (longest common subsequence of lines).
QList<DiffLine> diffLines(const QStringList &from, const QStringList &to);

// Text split into lines; a final newline does not start another line.
QStringList splitLines(const QString &text);

// GNU "diff -u" output: "--- fromLabel", "+++ toLabel", then hunks with
// `context` lines around each change ("@@ -l,n +l,n @@"; ",n" left out when
// n is 1). Empty when the texts are equal.
QString unifiedDiff(
    const QString &fromText, const QString &toText, const QString &fromLabel, const QString &toLabel, int context = 3);

} // namespace Sextant::Core
