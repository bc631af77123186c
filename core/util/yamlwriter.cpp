// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/util/yamlwriter.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace Sextant::Core {

namespace {

constexpr int IndentStep = 2;

// Characters YAML may carry unescaped (the c-printable set), minus the line
// breaks YAML 1.1 readers honour inside scalars (NEL, LS, PS).
bool isPrintable(char32_t c)
{
    if (c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
        return false;
    }
    return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}

// True when some character needs an escape sequence (only double quotes have them).
bool needsEscapes(const QString &s, bool allowNewlinesAndTabs)
{
    for (const char32_t c : s.toUcs4()) {
        if (allowNewlinesAndTabs && (c == U'\n' || c == U'\t')) {
            continue;
        }
        if (!isPrintable(c)) {
            return true;
        }
    }
    return false;
}

// Would a YAML 1.1 (go-yaml, kubectl) or 1.2 (yaml-cpp) reader resolve this
// plain scalar to a bool, null, number or timestamp rather than a string?
bool resolvesToNonString(const QString &s)
{
    static const QStringList special { QStringLiteral("y"), QStringLiteral("n"), QStringLiteral("yes"),
        QStringLiteral("no"), QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("on"),
        QStringLiteral("off"), QStringLiteral("null"), QStringLiteral("~"), QStringLiteral("<<"), QStringLiteral("=") };
    if (special.contains(s, Qt::CaseInsensitive)) {
        return true;
    }
    static const QRegularExpression numberLike(
        QStringLiteral("^(?:"
                       "[-+]?[0-9][0-9_]*" // decimal, and 1.1 octal 0777
                       "|[-+]?0[xX][0-9a-fA-F_]+" // hex
                       "|[-+]?0[oO][0-7_]+" // 1.2 octal
                       "|[-+]?0[bB][01_]+" // binary
                       "|[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?" // 1.5 .5 1. 1.5e3
                       "|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+" // 1e3
                       "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)" // special floats
                       "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?" // 1.1 base 60: 1:30
                       "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?" // timestamps
                       ")$"));
    return numberLike.match(s).hasMatch();
}

// Can s be written as a plain (unquoted) scalar in block context?
bool isPlainSafe(const QString &s)
{
    if (s.isEmpty() || resolvesToNonString(s) || needsEscapes(s, false)) {
        return false;
    }
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(s.front()) || s.startsWith(QLatin1String("..."))) {
        return false;
    }
    if (s.front().isSpace() || s.back().isSpace() || s.endsWith(QLatin1Char(':'))) {
        return false;
    }
    return !s.contains(QLatin1String(": ")) && !s.contains(QLatin1String(" #"));
}

QString doubleQuoted(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += QLatin1Char('"');
    // toUcs4() turns lone surrogates into U+FFFD: they have no UTF-8 form anyway.
    for (const char32_t c : s.toUcs4()) {
        switch (c) {
        case U'"':
            out += QLatin1String("\\\"");
            continue;
        case U'\\':
            out += QLatin1String("\\\\");
            continue;
        case U'\n':
            out += QLatin1String("\\n");
            continue;
        case U'\t':
            out += QLatin1String("\\t");
            continue;
        case U'\r':
            out += QLatin1String("\\r");
            continue;
        case 0:
            out += QLatin1String("\\0");
            continue;
        default:
            break;
        }
        if (!isPrintable(c)) {
            const uint code = c;
            out += code <= 0xFFFF ? QStringLiteral("\\u%1").arg(code, 4, 16, QLatin1Char('0'))
                                  : QStringLiteral("\\U%1").arg(code, 8, 16, QLatin1Char('0'));
        } else {
            out += QString::fromUcs4(&c, 1);
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString singleQuoted(QString s)
{
    return QLatin1Char('\'') + s.replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

// Keys and one-line strings: plain when possible, else quoted.
QString inlineString(const QString &s)
{
    if (isPlainSafe(s)) {
        return s;
    }
    if (s.isEmpty() || resolvesToNonString(s) || needsEscapes(s, false)) {
        return doubleQuoted(s); // kubectl's choice for "", "true", "1"
    }
    return singleQuoted(s);
}

// A literal block keeps multi-line text readable. It cannot express a first
// line starting with whitespace (without an indentation indicator), text of
// nothing but line breaks, or non-printable characters; those are quoted.
bool canBeLiteral(const QString &s)
{
    if (!s.contains(QLatin1Char('\n')) || needsEscapes(s, true)) {
        return false;
    }
    QStringView body(s);
    while (body.endsWith(QLatin1Char('\n'))) {
        body.chop(1);
    }
    if (body.isEmpty()) {
        return false;
    }
    // The reader guesses the indentation from the first non-empty line; earlier lines must be truly empty.
    qsizetype i = 0;
    while (i < body.size() && body.at(i) == QLatin1Char('\n')) {
        ++i;
    }
    return i < body.size() && body.at(i) != QLatin1Char(' ') && body.at(i) != QLatin1Char('\t');
}

void writeLiteral(QString &out, const QString &s, int indent)
{
    QStringView body(s);
    int trailing = 0;
    while (body.endsWith(QLatin1Char('\n'))) {
        body.chop(1);
        ++trailing;
    }
    out += trailing == 0 ? QLatin1String("|-") : trailing == 1 ? QLatin1String("|") : QLatin1String("|+");
    out += QLatin1Char('\n');
    const QString pad(indent, QLatin1Char(' '));
    for (const QStringView line : body.split(QLatin1Char('\n'))) {
        if (!line.isEmpty()) {
            out += pad;
            out += line;
        }
        out += QLatin1Char('\n');
    }
    for (int n = 1; n < trailing; ++n) {
        out += QLatin1Char('\n');
    }
}

QString number(double d)
{
    if (std::trunc(d) == d && std::fabs(d) < 9.0e18) {
        return QString::number(qint64(d));
    }
    // Shortest text that reads back as the same double.
    QString text = QString::number(d, 'g', QLocale::FloatingPointShortest);
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e'))) {
        text += QLatin1String(".0");
    }
    return text;
}

// A scalar or empty collection, then the line break; indent is where block text would start.
void writeScalar(QString &out, const QJsonValue &value, int indent)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += QLatin1String("null\n");
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? QLatin1String("true\n") : QLatin1String("false\n");
        return;
    case QJsonValue::Double:
        out += number(value.toDouble());
        break;
    case QJsonValue::String: {
        const QString s = value.toString();
        if (canBeLiteral(s)) {
            writeLiteral(out, s, indent);
            return;
        }
        out += inlineString(s);
        break;
    }
    case QJsonValue::Array:
        out += QLatin1String("[]");
        break;
    case QJsonValue::Object:
        out += QLatin1String("{}");
        break;
    }
    out += QLatin1Char('\n');
}

void writeSequence(QString &out, const QJsonArray &array, int indent, bool firstInline);

// Map entries at indent; the first may continue a "- " already written.
void writeMapping(QString &out, const QJsonObject &object, int indent, bool firstInline)
{
    bool first = true;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!(first && firstInline)) {
            out += QString(indent, QLatin1Char(' '));
        }
        first = false;
        out += inlineString(it.key());
        out += QLatin1Char(':');
        const QJsonValue value = it.value();
        if (value.isObject() && !value.toObject().isEmpty()) {
            out += QLatin1Char('\n');
            writeMapping(out, value.toObject(), indent + IndentStep, false);
        } else if (value.isArray() && !value.toArray().isEmpty()) {
            out += QLatin1Char('\n');
            writeSequence(out, value.toArray(), indent, false); // kubectl does not indent lists under keys
        } else {
            out += QLatin1Char(' ');
            writeScalar(out, value, indent + IndentStep);
        }
    }
}

void writeSequence(QString &out, const QJsonArray &array, int indent, bool firstInline)
{
    bool first = true;
    for (const QJsonValue &item : array) {
        if (!(first && firstInline)) {
            out += QString(indent, QLatin1Char(' '));
        }
        first = false;
        out += QLatin1String("- ");
        if (item.isObject() && !item.toObject().isEmpty()) {
            writeMapping(out, item.toObject(), indent + IndentStep, true);
        } else if (item.isArray() && !item.toArray().isEmpty()) {
            writeSequence(out, item.toArray(), indent + IndentStep, true);
        } else {
            writeScalar(out, item, indent + IndentStep);
        }
    }
}

} // namespace

QString toYaml(const QJsonValue &value)
{
    QString out;
    if (value.isObject() && !value.toObject().isEmpty()) {
        writeMapping(out, value.toObject(), 0, false);
    } else if (value.isArray() && !value.toArray().isEmpty()) {
        writeSequence(out, value.toArray(), 0, false);
    } else {
        writeScalar(out, value, IndentStep);
    }
    return out;
}

QString toYamlDocuments(const QList<QJsonObject> &objects)
{
    QString out;
    for (const QJsonObject &object : objects) {
        if (!out.isEmpty()) {
            out += QLatin1String("---\n");
        }
        out += toYaml(object);
    }
    return out;
}

} // namespace Sextant::Core
