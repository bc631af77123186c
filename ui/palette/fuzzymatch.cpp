// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/palette/fuzzymatch.h"

namespace Sextant::Ui {

namespace {
bool isWordStart(const QString &text, qsizetype index)
{
    if (index == 0) {
        return true;
    }
    const QChar before = text.at(index - 1);
    const QChar here = text.at(index);
    return !before.isLetterOrNumber() || (before.isLower() && here.isUpper());
}
} // namespace

std::optional<int> fuzzyScore(const QString &query, const QString &text)
{
    const QString needle = query.simplified();
    if (needle.isEmpty()) {
        return 0;
    }
    int score = 0;
    qsizetype position = 0;
    qsizetype previousMatch = -2;
    for (const QChar wanted : needle) {
        if (wanted == QLatin1Char(' ')) {
            continue;
        }
        const qsizetype found = text.indexOf(wanted, position, Qt::CaseInsensitive);
        if (found < 0) {
            return std::nullopt;
        }
        score += 1;
        if (found == previousMatch + 1) {
            score += 5; // a run of typed characters
        }
        if (isWordStart(text, found)) {
            score += 8;
        }
        if (found == 0) {
            score += 10;
        }
        previousMatch = found;
        position = found + 1;
    }
    // Among equal matches, shorter texts are closer to what was typed.
    return score * 100 - int(qMin<qsizetype>(text.size(), 99));
}

} // namespace Sextant::Ui
