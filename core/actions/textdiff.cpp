// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/actions/textdiff.h"

#include <QLoggingCategory>

#include <vector>

Q_LOGGING_CATEGORY(lcTextDiff, "sextant.core.textdiff")

namespace Sextant::Core {

namespace {

// Above this many cells the quadratic table is too big; the changed middle
// is then shown as all removed, all added (still a correct diff).
constexpr qsizetype maxTableCells = 16 * 1024 * 1024;

QString hunkRange(qsizetype start, qsizetype count)
{
    // GNU diff: an empty range names the line before it; a count of 1 is implied.
    if (count == 1)
        return QString::number(start + 1);
    return QString::number(count == 0 ? start : start + 1) + QLatin1Char(',') + QString::number(count);
}

} // namespace

QStringList splitLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(QLatin1Char('\n'));
    if (text.endsWith(QLatin1Char('\n')))
        lines.removeLast();
    return lines;
}

QList<DiffLine> diffLines(const QStringList &from, const QStringList &to)
{
    // Common prefix and suffix need no table; YAML of two revisions mostly matches.
    qsizetype prefix = 0;
    while (prefix < from.size() && prefix < to.size() && from.at(prefix) == to.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < from.size() - prefix && suffix < to.size() - prefix
        && from.at(from.size() - 1 - suffix) == to.at(to.size() - 1 - suffix))
        ++suffix;

    QList<DiffLine> result;
    for (qsizetype i = 0; i < prefix; ++i)
        result.append({ DiffLine::Kind::Same, from.at(i) });

    const qsizetype n = from.size() - prefix - suffix;
    const qsizetype m = to.size() - prefix - suffix;
    if (n > 0 && m > 0 && (n + 1) * (m + 1) <= maxTableCells) {
        // lcs[i][j]: common subsequence length of from[i..] and to[j..] (middle part).
        std::vector<int> lcs(static_cast<size_t>((n + 1) * (m + 1)), 0);
        const auto at = [m](qsizetype i, qsizetype j) { return static_cast<size_t>(i * (m + 1) + j); };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                lcs[at(i, j)] = from.at(prefix + i) == to.at(prefix + j)
                    ? lcs[at(i + 1, j + 1)] + 1
                    : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n && j < m) {
            if (from.at(prefix + i) == to.at(prefix + j)) {
                result.append({ DiffLine::Kind::Same, from.at(prefix + i) });
                ++i;
                ++j;
            } else if (lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
                result.append({ DiffLine::Kind::Removed, from.at(prefix + i++) });
            } else {
                result.append({ DiffLine::Kind::Added, to.at(prefix + j++) });
            }
        }
        while (i < n)
            result.append({ DiffLine::Kind::Removed, from.at(prefix + i++) });
        while (j < m)
            result.append({ DiffLine::Kind::Added, to.at(prefix + j++) });
    } else {
        if (n > 0 && m > 0)
            qCDebug(lcTextDiff) << "diff of" << n << "by" << m << "lines shown as a replacement";
        for (qsizetype i = 0; i < n; ++i)
            result.append({ DiffLine::Kind::Removed, from.at(prefix + i) });
        for (qsizetype j = 0; j < m; ++j)
            result.append({ DiffLine::Kind::Added, to.at(prefix + j) });
    }

    for (qsizetype i = from.size() - suffix; i < from.size(); ++i)
        result.append({ DiffLine::Kind::Same, from.at(i) });
    return result;
}

QString unifiedDiff(
    const QString &fromText, const QString &toText, const QString &fromLabel, const QString &toLabel, int context)
{
    const QList<DiffLine> lines = diffLines(splitLines(fromText), splitLines(toText));
    context = std::max(0, context);

    // Lines of each side before every script position, for the hunk headers.
    std::vector<qsizetype> fromBefore(static_cast<size_t>(lines.size()) + 1, 0);
    std::vector<qsizetype> toBefore(static_cast<size_t>(lines.size()) + 1, 0);
    std::vector<qsizetype> changes;
    for (qsizetype k = 0; k < lines.size(); ++k) {
        const DiffLine::Kind kind = lines.at(k).kind;
        fromBefore[k + 1] = fromBefore[k] + (kind != DiffLine::Kind::Added ? 1 : 0);
        toBefore[k + 1] = toBefore[k] + (kind != DiffLine::Kind::Removed ? 1 : 0);
        if (kind != DiffLine::Kind::Same)
            changes.push_back(k);
    }
    if (changes.empty())
        return {};

    QString out = QStringLiteral("--- ") + fromLabel + QStringLiteral("\n+++ ") + toLabel + QLatin1Char('\n');
    size_t c = 0;
    while (c < changes.size()) {
        const qsizetype begin = std::max<qsizetype>(0, changes[c] - context);
        qsizetype last = changes[c];
        // Changes closer than two contexts apart share one hunk.
        while (c + 1 < changes.size() && changes[c + 1] - last <= 2 * context + 1)
            last = changes[++c];
        ++c;
        const qsizetype end = std::min<qsizetype>(lines.size(), last + context + 1);
        out += QStringLiteral("@@ -") + hunkRange(fromBefore[begin], fromBefore[end] - fromBefore[begin])
            + QStringLiteral(" +") + hunkRange(toBefore[begin], toBefore[end] - toBefore[begin])
            + QStringLiteral(" @@\n");
        for (qsizetype k = begin; k < end; ++k) {
            const DiffLine &line = lines.at(k);
            const QChar mark = line.kind == DiffLine::Kind::Same ? QLatin1Char(' ')
                : line.kind == DiffLine::Kind::Removed           ? QLatin1Char('-')
                                                                 : QLatin1Char('+');
            out += mark + line.text + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace Sextant::Core
