// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/yamlhighlighter.h"

#include "ui/widgets/colorscheme.h"

#include <QRegularExpression>

namespace Sextant::Ui {

namespace {

constexpr int NormalState = -1;

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isFlowChar(QChar c)
{
    return c == u'[' || c == u']' || c == u'{' || c == u'}' || c == u',';
}

int skipSpaces(const QString &text, int from)
{
    while (from < text.size() && isSpace(text.at(from))) {
        ++from;
    }
    return from;
}

// One past the closing quote, or the end of the line when it does not close.
int scanQuoted(const QString &text, int start)
{
    const QChar quote = text.at(start);
    int i = start + 1;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (quote == u'"' && c == u'\\') {
            i += 2;
            continue;
        }
        if (c == quote) {
            if (quote == u'\'' && i + 1 < text.size() && text.at(i + 1) == u'\'') {
                i += 2; // '' is an escaped quote
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return text.size();
}

bool isKeyword(QStringView word)
{
    // YAML 1.1 as sigs.k8s.io/yaml reads it, so "yes" looks like the bool it becomes.
    static const QStringList keywords = {
        QStringLiteral("true"),
        QStringLiteral("false"),
        QStringLiteral("null"),
        QStringLiteral("~"),
        QStringLiteral("yes"),
        QStringLiteral("no"),
        QStringLiteral("on"),
        QStringLiteral("off"),
    };
    if (word.size() > 5) {
        return false;
    }
    for (const QString &keyword : keywords) {
        if (word.compare(keyword, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

bool isNumber(QStringView word)
{
    if (word.isEmpty() || word.size() > 40) {
        return false;
    }
    static const QRegularExpression number(
        QStringLiteral("^[-+]?(?:[0-9][0-9_]*(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?"
                       "|0x[0-9a-fA-F_]+|0o[0-7_]+|\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"));
    return number.match(word).hasMatch();
}

} // namespace

YamlHighlighter::YamlHighlighter(const QPalette &palette, QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setPalette(palette);
}

void YamlHighlighter::setPalette(const QPalette &palette)
{
    const bool dark = isDark(palette);
    auto colour
        = [dark](const char *light, const char *onDark) { return QColor(QLatin1String(dark ? onDark : light)); };
    auto set = [this](Role role, const QColor &foreground, bool bold = false, bool italic = false) {
        QTextCharFormat format;
        format.setForeground(foreground);
        if (bold) {
            format.setFontWeight(QFont::DemiBold);
        }
        format.setFontItalic(italic);
        m_formats[static_cast<int>(role)] = format;
    };
    set(Role::Key, colour("#0b4f9c", "#7cb7ff"));
    set(Role::String, colour("#18753a", "#98d982"));
    set(Role::Number, colour("#a14a12", "#f0a868"));
    set(Role::Keyword, colour("#8a1fa8", "#d7a6ff"));
    set(Role::Comment, colour("#6a737d", "#8b949e"), false, true);
    set(Role::Anchor, colour("#a15c00", "#ffc56b"));
    set(Role::Tag, colour("#00727d", "#5fd7d7"));
    set(Role::DocumentMarker, colour("#8a1fa8", "#d7a6ff"), true);
    set(Role::BlockIndicator, colour("#a15c00", "#ffc56b"), true);
    set(Role::BlockBody, colour("#18753a", "#98d982"));
    set(Role::Punctuation, colour("#5a6470", "#9aa5b1"));
    rehighlight();
}

QTextCharFormat YamlHighlighter::format(Role role) const
{
    return m_formats[static_cast<int>(role)];
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    const int n = int(text.size());
    const int indent = skipSpaces(text, 0);
    const int previous = previousBlockState();
    if (previous >= 1 && (indent == n || indent > previous - 1)) {
        // Inside a block scalar: blank lines and deeper lines are its text.
        setFormat(0, n, format(Role::BlockBody));
        setCurrentBlockState(previous);
        return;
    }
    setCurrentBlockState(NormalState);

    int i = indent;
    if (indent == 0 && n >= 3 && (text.startsWith(u"---") || text.startsWith(u"..."))
        && (n == 3 || isSpace(text.at(3)))) {
        setFormat(0, 3, format(Role::DocumentMarker));
        i = skipSpaces(text, 3);
    }
    LineState state;
    state.nodeColumn = indent;
    while (i < n && text.at(i) == u'-' && (i + 1 == n || isSpace(text.at(i + 1)))) {
        setFormat(i, 1, format(Role::Punctuation));
        state.nodeColumn = i;
        i = skipSpaces(text, i + 1);
    }
    while (i < n) {
        const QChar c = text.at(i);
        if (isSpace(c)) {
            ++i;
            continue;
        }
        if (c == u'#' && (i == 0 || isSpace(text.at(i - 1)))) {
            setFormat(i, n - i, format(Role::Comment));
            return;
        }
        if (c == u'"' || c == u'\'') {
            const int end = scanQuoted(text, i);
            const int after = skipSpaces(text, end);
            const bool key = (state.flowDepth > 0 || !state.keySeen) && after < n && text.at(after) == u':'
                && (after + 1 == n || isSpace(text.at(after + 1)) || isFlowChar(text.at(after + 1)));
            setFormat(i, end - i, format(key ? Role::Key : Role::String));
            if (key) {
                state.keySeen = true;
                state.nodeColumn = i;
                setFormat(after, 1, format(Role::Punctuation));
                i = after + 1;
            } else {
                i = end;
            }
            continue;
        }
        if (c == u'&' || c == u'*' || c == u'!') {
            int end = i + 1;
            while (end < n && !isSpace(text.at(end)) && !(state.flowDepth > 0 && isFlowChar(text.at(end)))) {
                ++end;
            }
            setFormat(i, end - i, format(c == u'!' ? Role::Tag : Role::Anchor));
            i = end;
            continue;
        }
        if (isFlowChar(c)) {
            setFormat(i, 1, format(Role::Punctuation));
            if (c == u'[' || c == u'{') {
                ++state.flowDepth;
            } else if (c != u',' && state.flowDepth > 0) {
                --state.flowDepth;
            }
            ++i;
            continue;
        }
        if ((c == u'|' || c == u'>') && state.flowDepth == 0) {
            int end = i + 1;
            while (end < n && (text.at(end) == u'-' || text.at(end) == u'+' || text.at(end).isDigit())) {
                ++end;
            }
            const int rest = skipSpaces(text, end);
            if (rest == n || (text.at(rest) == u'#' && rest > end)) {
                setFormat(i, end - i, format(Role::BlockIndicator));
                if (rest < n) {
                    setFormat(rest, n - rest, format(Role::Comment));
                }
                setCurrentBlockState(1 + state.nodeColumn);
                return;
            }
        }
        i = highlightPlain(text, i, state);
    }
}

// A plain scalar: a key when ':' and a space (or the line's end) follow it.
int YamlHighlighter::highlightPlain(const QString &text, int start, LineState &state)
{
    const int n = int(text.size());
    int end = start;
    while (end < n) {
        const QChar c = text.at(end);
        if (c == u':'
            && (end + 1 == n || isSpace(text.at(end + 1)) || (state.flowDepth > 0 && isFlowChar(text.at(end + 1))))) {
            break;
        }
        if (c == u'#' && end > start && isSpace(text.at(end - 1))) {
            break;
        }
        if (state.flowDepth > 0 && isFlowChar(c)) {
            break;
        }
        ++end;
    }
    int tokenEnd = end;
    while (tokenEnd > start && isSpace(text.at(tokenEnd - 1))) {
        --tokenEnd;
    }
    if (end < n && text.at(end) == u':' && (state.flowDepth > 0 || !state.keySeen)) {
        setFormat(start, tokenEnd - start, format(Role::Key));
        setFormat(end, 1, format(Role::Punctuation));
        state.keySeen = true;
        state.nodeColumn = start;
        return end + 1;
    }
    if (end < n && text.at(end) == u':') {
        ++end; // "a: b: c" in block context: the second ':' is part of the value
    }
    const QStringView token = QStringView(text).mid(start, tokenEnd - start);
    if (isKeyword(token)) {
        setFormat(start, tokenEnd - start, format(Role::Keyword));
    } else if (isNumber(token)) {
        setFormat(start, tokenEnd - start, format(Role::Number));
    }
    return end;
}

} // namespace Sextant::Ui
