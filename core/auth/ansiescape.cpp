// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/auth/ansiescape.h"

#include <QChar>
#include <QList>

namespace Sextant::Core {

namespace {

bool isAllowedCodePoint(char32_t codePoint)
{
    if (codePoint >= 0x09 && codePoint <= 0x0D) {
        return true; // tab, newline, vertical tab, form feed, carriage return
    }
    switch (QChar::category(codePoint)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
    case QChar::Symbol_Math:
    case QChar::Symbol_Currency:
    case QChar::Symbol_Modifier:
    case QChar::Symbol_Other:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

} // namespace

QString cleanAnsiEscapeCodes(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const QList<uint> codePoints = text.toUcs4();
    for (const uint codePoint : codePoints) {
        if (isAllowedCodePoint(codePoint)) {
            out.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&codePoint), 1));
        } else {
            // Go's %U: "U+" and at least four upper-case hex digits.
            out.append(QStringLiteral("U+") + QString::number(codePoint, 16).toUpper().rightJustified(4, u'0'));
        }
    }
    return out;
}

QString stripControlCharacters(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c == u'\x1b' && i + 1 < size) {
            const QChar next = text.at(i + 1);
            if (next == u'[') { // CSI: parameters, then one final byte in @..~
                i += 2;
                while (i < size && !(text.at(i).unicode() >= 0x40 && text.at(i).unicode() <= 0x7e)) {
                    ++i;
                }
                continue;
            }
            if (next == u']') { // OSC: up to BEL or ESC backslash
                i += 2;
                while (i < size && text.at(i) != u'\a' && !(text.at(i) == u'\x1b')) {
                    ++i;
                }
                if (i < size && text.at(i) == u'\x1b') {
                    ++i; // the backslash of ST
                }
                continue;
            }
            ++i; // two-character escape
            continue;
        }
        const ushort code = c.unicode();
        const bool control = code < 0x20 || (code >= 0x7f && code < 0xa0);
        if (control && c != u'\n' && c != u'\t') {
            continue;
        }
        if (c.category() == QChar::Other_Format) {
            continue; // bidi overrides and friends
        }
        out.append(c);
    }
    return out;
}

} // namespace Sextant::Core
