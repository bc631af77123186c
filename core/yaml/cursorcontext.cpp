// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/yaml/cursorcontext.h"

#include <QRegularExpression>

namespace Sextant::Core {

namespace {

// One line seen as: dashes (list items) at columns, then maybe "key:".
struct LineShape {
    bool blank = true; // empty or comment only
    QList<int> dashes; // columns of "- " prefixes
    int keyColumn = -1; // column where content starts after dashes
    QString key; // "name" when content is "name:" or "name: value"
    bool hasValue = false; // something after "key:" on the same line (not a comment)
    int colonColumn = -1;
};

QString unquote(const QString &key)
{
    if (key.size() >= 2
        && ((key.startsWith(QLatin1Char('"')) && key.endsWith(QLatin1Char('"')))
            || (key.startsWith(QLatin1Char('\'')) && key.endsWith(QLatin1Char('\''))))) {
        return key.mid(1, key.size() - 2);
    }
    return key;
}

LineShape shapeOf(const QString &text)
{
    LineShape shape;
    int i = 0;
    const int n = int(text.size());
    while (i < n && text.at(i) == QLatin1Char(' ')) {
        ++i;
    }
    if (i >= n || text.at(i) == QLatin1Char('#')) {
        return shape;
    }
    shape.blank = false;
    while (i < n && text.at(i) == QLatin1Char('-') && (i + 1 == n || text.at(i + 1) == QLatin1Char(' '))) {
        shape.dashes.append(i);
        ++i;
        while (i < n && text.at(i) == QLatin1Char(' ')) {
            ++i;
        }
    }
    shape.keyColumn = i;
    // "key:" ends at the first ": " or ":" at end of line outside quotes.
    char quote = 0;
    for (int j = i; j < n; ++j) {
        const QChar c = text.at(j);
        if (quote != 0) {
            if (c == QLatin1Char(quote)) {
                quote = 0;
            }
            continue;
        }
        if (j == i && (c == QLatin1Char('"') || c == QLatin1Char('\''))) {
            quote = char(c.unicode());
            continue;
        }
        if (c == QLatin1Char('#') && j > 0 && text.at(j - 1) == QLatin1Char(' ')) {
            break;
        }
        if (c == QLatin1Char(':') && (j + 1 == n || text.at(j + 1) == QLatin1Char(' '))) {
            shape.key = unquote(text.mid(i, j - i).trimmed());
            shape.colonColumn = j;
            const QString rest = text.mid(j + 1).trimmed();
            shape.hasValue = !rest.isEmpty() && !rest.startsWith(QLatin1Char('#'));
            break;
        }
    }
    return shape;
}

bool isDocumentMarker(const QString &line)
{
    return line.startsWith(QLatin1String("---")) || line.startsWith(QLatin1String("..."));
}

} // namespace

QString displayPath(const QStringList &segments, const QString &key)
{
    QString out;
    for (const QString &segment : segments) {
        if (segment == QLatin1String("[]")) {
            out += segment;
        } else {
            out += (out.isEmpty() ? QString() : QStringLiteral(".")) + segment;
        }
    }
    if (!key.isEmpty()) {
        out += (out.isEmpty() ? QString() : QStringLiteral(".")) + key;
    }
    return out;
}

CursorContext cursorContext(const QByteArray &utf8, int line, int column)
{
    CursorContext context;
    const QStringList lines = QString::fromUtf8(utf8).split(QLatin1Char('\n'));
    const int index = std::clamp(line - 1, 0, std::max(0, int(lines.size()) - 1));
    if (lines.isEmpty()) {
        return context;
    }
    // The cursor's document: between the nearest document markers.
    int first = index;
    while (first > 0 && !isDocumentMarker(lines.at(first))) {
        --first;
    }
    if (isDocumentMarker(lines.at(first)) && first < index) {
        ++first;
    }
    int last = index;
    while (last + 1 < lines.size() && !isDocumentMarker(lines.at(last + 1))) {
        ++last;
    }
    static const QRegularExpression topLevel(QStringLiteral("^(apiVersion|kind):\\s*['\"]?([^'\"#\\s]+)"));
    for (int i = first; i <= last; ++i) {
        const auto match = topLevel.match(lines.at(i));
        if (match.hasMatch()) {
            (match.captured(1) == QLatin1String("kind") ? context.kind : context.apiVersion) = match.captured(2);
        }
    }

    const QString text = lines.at(index);
    const int cursor = std::clamp(column - 1, 0, int(text.size()));
    const QString before = text.left(cursor);
    const LineShape here = shapeOf(before);
    int target = 0; // the column of keys in the mapping the cursor is in
    bool strict = true; // looking for an owner key left of target (a mapping's parent)
    QStringList reversed;
    if (here.blank) {
        target = cursor;
    } else {
        target = here.keyColumn;
        if (!here.key.isEmpty()) {
            context.key = here.key;
            context.inValue = true;
            context.prefix = before.mid(here.colonColumn + 1).trimmed();
        } else {
            context.prefix = before.mid(here.keyColumn).trimmed();
            const LineShape full = shapeOf(text);
            context.key = full.key.isEmpty() ? context.prefix : full.key;
        }
        // Dashes on the cursor's line: the key sits in a list item.
        for (qsizetype d = here.dashes.size() - 1; d >= 0; --d) {
            reversed.append(QStringLiteral("[]"));
            target = here.dashes.at(d);
            strict = false;
        }
        if (!here.dashes.isEmpty()) {
            // Keys of this item start after the last dash.
            context.indent = here.keyColumn;
        }
    }
    if (here.dashes.isEmpty()) {
        context.indent = target;
    }
    const int mappingColumn = context.indent;
    bool inOwnMapping = here.dashes.isEmpty();

    // Walk up: each line left of target owns the cursor's node.
    for (int i = index - 1; i >= first; --i) {
        const LineShape shape = shapeOf(lines.at(i));
        if (shape.blank) {
            continue;
        }
        if (inOwnMapping && shape.keyColumn == mappingColumn && shape.dashes.isEmpty() && !shape.key.isEmpty()) {
            context.siblings.insert(shape.key);
        }
        // Keys of the same list item: "- name: x" then "  image: y".
        if (inOwnMapping && !shape.key.isEmpty() && shape.keyColumn == mappingColumn && !shape.dashes.isEmpty()) {
            context.siblings.insert(shape.key);
        }
        const int keyColumn = shape.keyColumn;
        const bool keyOwns
            = !shape.key.isEmpty() && !shape.hasValue && (strict ? keyColumn < target : keyColumn <= target);
        // A dash left of target, on a line whose key is at target: we are in that item.
        bool handledDash = false;
        for (qsizetype d = shape.dashes.size() - 1; d >= 0; --d) {
            const int dash = shape.dashes.at(d);
            // A dash at target is a sibling item of the list we are in; one left of it holds us.
            if (dash < target && keyColumn >= target) {
                reversed.append(QStringLiteral("[]"));
                target = dash;
                strict = false;
                handledDash = true;
                inOwnMapping = false;
            }
        }
        if (handledDash) {
            continue;
        }
        if (keyOwns) {
            reversed.append(shape.key);
            target = keyColumn;
            strict = true;
            inOwnMapping = false;
            // The key line may itself be a list item: "- name:" at a dash.
            for (qsizetype d = shape.dashes.size() - 1; d >= 0; --d) {
                reversed.append(QStringLiteral("[]"));
                target = shape.dashes.at(d);
                strict = false;
            }
            if (target == 0 && strict) {
                break;
            }
        } else if (keyColumn < target && strict) {
            // A scalar line left of us that owns nothing ("a: b"): malformed; stop here.
            break;
        }
    }
    // Siblings below the cursor, until the mapping ends.
    for (int i = index + 1; i <= last; ++i) {
        const LineShape shape = shapeOf(lines.at(i));
        if (shape.blank) {
            continue;
        }
        const int start = shape.dashes.isEmpty() ? shape.keyColumn : shape.dashes.first();
        if (start < mappingColumn) {
            break;
        }
        if (start == mappingColumn && !shape.dashes.isEmpty()) {
            break; // the next list item
        }
        if (shape.keyColumn == mappingColumn && !shape.key.isEmpty()) {
            context.siblings.insert(shape.key);
        }
    }
    if (!context.inValue) {
        context.siblings.remove(context.key);
    }
    std::reverse(reversed.begin(), reversed.end());
    context.segments = reversed;
    return context;
}

} // namespace Sextant::Core
