// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/crd/jsonpath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace Sextant::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sextant::Core", text);
}

} // namespace

// One step of a path. A filter compares two operands, each a relative path
// (from "@") or a literal; without an operator it tests that the path exists.
struct JsonPath::Step {
    enum class Kind { Field, Recursive, All, Index, Slice, Filter };
    struct Operand {
        std::vector<Step> path; // used when isPath
        QJsonValue literal;
        bool isPath = false;
    };
    Kind kind = Kind::Field;
    QString name; // Field ("*" = every value) and Recursive
    int index = 0; // Index
    std::optional<int> start, end; // Slice
    int stride = 1;
    Operand left, right; // Filter
    QString op; // Filter: "" (exists), ==, !=, <, <=, >, >=
};

namespace {

using Step = JsonPath::Step;

Step stepOf(Step::Kind kind)
{
    Step step;
    step.kind = kind;
    return step;
}

bool isTerminator(QChar c)
{
    static const QString terminators = QStringLiteral(".[](),=!<>{}'\" \t");
    return terminators.contains(c);
}

class Parser {
    Q_DECLARE_TR_FUNCTIONS(Sextant::Core::Parser)
public:
    explicit Parser(QStringView text)
        : m_text(text)
    {
    }

    // Steps until the end, or until a character in `stopAt` outside brackets.
    std::optional<std::vector<Step>> steps(QStringView stopAt = {})
    {
        std::vector<Step> out;
        while (m_pos < m_text.size() && !stopAt.contains(m_text.at(m_pos))) {
            const QChar c = m_text.at(m_pos);
            if (c == u'.') {
                if (!dot(out)) {
                    return std::nullopt;
                }
            } else if (c == u'[') {
                if (!bracket(out)) {
                    return std::nullopt;
                }
            } else {
                QString word;
                while (m_pos < m_text.size() && !isTerminator(m_text.at(m_pos))) {
                    word.append(m_text.at(m_pos++));
                }
                return fail(word.isEmpty() ? tr("unexpected character '%1' at position %2").arg(c).arg(m_pos + 1)
                                           : tr("unrecognized identifier %1").arg(word));
            }
        }
        return out;
    }

    QString error() const { return m_error; }
    qsizetype position() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_text.size(); }

private:
    std::nullopt_t fail(const QString &message)
    {
        if (m_error.isEmpty()) {
            m_error = message;
        }
        return std::nullopt;
    }

    QString fieldName()
    {
        QString name;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'\\' && m_pos + 1 < m_text.size()) {
                name.append(m_text.at(m_pos + 1));
                m_pos += 2;
                continue;
            }
            if (isTerminator(c)) {
                break;
            }
            name.append(c);
            ++m_pos;
        }
        return name;
    }

    bool dot(std::vector<Step> &out)
    {
        ++m_pos;
        Step step;
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'.') {
            while (m_pos < m_text.size() && m_text.at(m_pos) == u'.') {
                ++m_pos;
            }
            step.kind = Step::Kind::Recursive;
        }
        step.name = fieldName();
        if (step.name.isEmpty()) {
            if (m_pos < m_text.size() && m_text.at(m_pos) == u'[' && step.kind == Step::Kind::Field) {
                return true; // ".[0]" is "[0]"
            }
            fail(tr("missing field name at position %1").arg(m_pos + 1));
            return false;
        }
        out.push_back(step);
        return true;
    }

    std::optional<int> integer(QStringView text)
    {
        bool ok = false;
        const int value = text.trimmed().toInt(&ok);
        return ok ? std::optional<int>(value) : std::nullopt;
    }

    bool bracket(std::vector<Step> &out)
    {
        const qsizetype open = m_pos;
        if (m_text.mid(m_pos).startsWith(u"[?(")) {
            return filter(out);
        }
        // Find the closing bracket outside quotes.
        qsizetype close = -1;
        QChar quote;
        for (qsizetype i = m_pos + 1; i < m_text.size(); ++i) {
            const QChar c = m_text.at(i);
            if (!quote.isNull()) {
                if (c == u'\\') {
                    ++i;
                } else if (c == quote) {
                    quote = QChar();
                }
            } else if (c == u'\'' || c == u'"') {
                quote = c;
            } else if (c == u']') {
                close = i;
                break;
            }
        }
        if (close < 0) {
            fail(tr("unclosed bracket at position %1").arg(open + 1));
            return false;
        }
        const QStringView inside = m_text.mid(open + 1, close - open - 1).trimmed();
        m_pos = close + 1;
        if (inside.isEmpty()) {
            fail(tr("empty brackets at position %1").arg(open + 1));
            return false;
        }
        if ((inside.front() == u'\'' || inside.front() == u'"') && inside.size() >= 2
            && inside.back() == inside.front()) {
            // kubectl parses ['a.b'] as the path .a.b
            const QString path = QLatin1Char('.') + inside.mid(1, inside.size() - 2).toString();
            Parser sub(path);
            const std::optional<std::vector<Step>> steps = sub.steps();
            if (!steps) {
                fail(sub.error());
                return false;
            }
            out.insert(out.end(), steps->begin(), steps->end());
            return true;
        }
        if (inside.contains(u',')) {
            fail(tr("unions such as [%1] are not supported").arg(inside));
            return false;
        }
        if (inside == u"*") {
            out.push_back(stepOf(Step::Kind::All));
            return true;
        }
        const QList<QStringView> parts = inside.split(u':');
        if (parts.size() == 1) {
            const std::optional<int> index = integer(parts.front());
            if (!index) {
                fail(tr("invalid array index %1").arg(inside));
                return false;
            }
            Step step = stepOf(Step::Kind::Index);
            step.index = *index;
            out.push_back(step);
            return true;
        }
        if (parts.size() > 3) {
            fail(tr("invalid array slice %1").arg(inside));
            return false;
        }
        Step step = stepOf(Step::Kind::Slice);
        std::optional<int> *bounds[] = { &step.start, &step.end };
        for (int i = 0; i < 2; ++i) {
            if (!parts.at(i).trimmed().isEmpty()) {
                *bounds[i] = integer(parts.at(i));
                if (!*bounds[i]) {
                    fail(tr("invalid array slice %1").arg(inside));
                    return false;
                }
            }
        }
        if (parts.size() == 3 && !parts.at(2).trimmed().isEmpty()) {
            const std::optional<int> stride = integer(parts.at(2));
            if (!stride || *stride <= 0) {
                fail(tr("invalid array slice %1").arg(inside));
                return false;
            }
            step.stride = *stride;
        }
        out.push_back(step);
        return true;
    }

    void skipSpaces()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace()) {
            ++m_pos;
        }
    }

    std::optional<Step::Operand> operand()
    {
        skipSpaces();
        Step::Operand operand;
        if (m_pos >= m_text.size()) {
            return fail(tr("missing operand in filter"));
        }
        const QChar c = m_text.at(m_pos);
        if (c == u'@') {
            ++m_pos;
            const std::optional<std::vector<Step>> path = steps(u"=!<>) \t");
            if (!path) {
                return std::nullopt;
            }
            operand.isPath = true;
            operand.path = *path;
            return operand;
        }
        if (c == u'\'' || c == u'"') {
            QString text;
            ++m_pos;
            while (m_pos < m_text.size() && m_text.at(m_pos) != c) {
                if (m_text.at(m_pos) == u'\\' && m_pos + 1 < m_text.size()) {
                    ++m_pos;
                }
                text.append(m_text.at(m_pos++));
            }
            if (m_pos >= m_text.size()) {
                return fail(tr("unterminated quoted string in filter"));
            }
            ++m_pos;
            operand.literal = text;
            return operand;
        }
        QString word;
        while (m_pos < m_text.size() && !QStringView(u"=!<>)] \t").contains(m_text.at(m_pos))) {
            word.append(m_text.at(m_pos++));
        }
        if (word == QLatin1String("true") || word == QLatin1String("false")) {
            operand.literal = word == QLatin1String("true");
            return operand;
        }
        bool ok = false;
        const double number = word.toDouble(&ok);
        if (!ok) {
            return fail(tr("unrecognized filter operand %1").arg(word));
        }
        operand.literal = number;
        return operand;
    }

    bool filter(std::vector<Step> &out)
    {
        m_pos += 3; // "[?("
        Step step = stepOf(Step::Kind::Filter);
        std::optional<Step::Operand> left = operand();
        if (!left) {
            return false;
        }
        step.left = *left;
        skipSpaces();
        QString op;
        while (m_pos < m_text.size() && QStringView(u"=!<>").contains(m_text.at(m_pos))) {
            op.append(m_text.at(m_pos++));
        }
        static const QStringList operators = { QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<"),
            QStringLiteral("<="), QStringLiteral(">"), QStringLiteral(">=") };
        if (!op.isEmpty()) {
            if (!operators.contains(op)) {
                fail(tr("unrecognized filter operator %1").arg(op));
                return false;
            }
            std::optional<Step::Operand> right = operand();
            if (!right) {
                return false;
            }
            step.right = *right;
        }
        step.op = op;
        skipSpaces();
        if (!m_text.mid(m_pos).startsWith(u")]")) {
            fail(tr("unclosed filter at position %1").arg(m_pos + 1));
            return false;
        }
        m_pos += 2;
        out.push_back(step);
        return true;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

QList<QJsonValue> apply(const std::vector<Step> &steps, const QList<QJsonValue> &input);

void collectRecursive(const QJsonValue &value, const QString &name, QList<QJsonValue> &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (name == u"*") {
            for (auto it = object.begin(); it != object.end(); ++it) {
                out.append(it.value());
            }
        } else if (object.contains(name)) {
            out.append(object.value(name));
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            collectRecursive(it.value(), name, out);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray()) {
            collectRecursive(element, name, out);
        }
    }
}

std::optional<QJsonValue> operandValue(const Step::Operand &operand, const QJsonValue &element)
{
    if (!operand.isPath) {
        return operand.literal;
    }
    const QList<QJsonValue> results = apply(operand.path, { element });
    if (results.size() != 1) {
        return std::nullopt; // kubectl compares one element at a time
    }
    return results.front();
}

bool compare(const QJsonValue &a, const QString &op, const QJsonValue &b)
{
    int order = 0;
    if (a.isDouble() && b.isDouble()) {
        order = a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    } else if (a.isString() && b.isString()) {
        order = QString::compare(a.toString(), b.toString());
    } else if (a.isBool() && b.isBool() && (op == u"==" || op == u"!=")) {
        order = a.toBool() == b.toBool() ? 0 : 1;
    } else {
        return false; // kubectl cannot compare these and reports an error: no match
    }
    if (op == u"==") {
        return order == 0;
    }
    if (op == u"!=") {
        return order != 0;
    }
    if (op == u"<") {
        return order < 0;
    }
    if (op == u"<=") {
        return order <= 0;
    }
    if (op == u">") {
        return order > 0;
    }
    return order >= 0;
}

bool filterMatches(const Step &step, const QJsonValue &element)
{
    if (step.op.isEmpty()) {
        return !apply(step.left.path, { element }).isEmpty() || (!step.left.isPath && !step.left.literal.isNull());
    }
    const std::optional<QJsonValue> left = operandValue(step.left, element);
    const std::optional<QJsonValue> right = operandValue(step.right, element);
    return left && right && compare(*left, step.op, *right);
}

void applyStep(const Step &step, const QJsonValue &value, QList<QJsonValue> &out)
{
    switch (step.kind) {
    case Step::Kind::Field:
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            if (step.name == u"*") {
                for (auto it = object.begin(); it != object.end(); ++it) {
                    out.append(it.value());
                }
            } else if (const auto it = object.constFind(step.name); it != object.constEnd() && !it->isNull()) {
                out.append(*it);
            }
        } else if (value.isArray() && step.name == u"*") {
            for (const QJsonValue &element : value.toArray()) {
                out.append(element);
            }
        }
        return;
    case Step::Kind::Recursive:
        collectRecursive(value, step.name, out);
        return;
    case Step::Kind::All:
        if (value.isArray()) {
            for (const QJsonValue &element : value.toArray()) {
                out.append(element);
            }
        }
        return;
    case Step::Kind::Index:
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            const qsizetype i = step.index < 0 ? array.size() + step.index : step.index;
            if (i >= 0 && i < array.size()) {
                out.append(array.at(i));
            }
        }
        return;
    case Step::Kind::Slice:
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            const qsizetype size = array.size();
            const auto resolve = [size](std::optional<int> bound, qsizetype fallback) {
                qsizetype v = bound ? (*bound < 0 ? size + *bound : *bound) : fallback;
                return std::clamp<qsizetype>(v, 0, size);
            };
            const qsizetype start = resolve(step.start, 0);
            const qsizetype end = resolve(step.end, size);
            for (qsizetype i = start; i < end; i += step.stride) {
                out.append(array.at(i));
            }
        }
        return;
    case Step::Kind::Filter:
        if (value.isArray()) {
            for (const QJsonValue &element : value.toArray()) {
                if (filterMatches(step, element)) {
                    out.append(element);
                }
            }
        }
        return;
    }
}

QList<QJsonValue> apply(const std::vector<Step> &steps, const QList<QJsonValue> &input)
{
    QList<QJsonValue> current = input;
    for (const Step &step : steps) {
        QList<QJsonValue> next;
        for (const QJsonValue &value : std::as_const(current)) {
            applyStep(step, value, next);
        }
        current = std::move(next);
        if (current.isEmpty()) {
            break;
        }
    }
    return current;
}

} // namespace

Expected<JsonPath, QString> JsonPath::parse(const QString &expression)
{
    QStringView text = QStringView(expression).trimmed();
    if (text.startsWith(u'{') && text.endsWith(u'}')) {
        text = text.mid(1, text.size() - 2).trimmed();
    }
    if (text.startsWith(u'$')) {
        text = text.mid(1);
    }
    if (text.isEmpty()) {
        return makeUnexpected(tr("empty JSONPath expression"));
    }
    Parser parser(text);
    const std::optional<std::vector<Step>> steps = parser.steps();
    if (!steps) {
        return makeUnexpected(tr("invalid JSONPath %1: %2").arg(expression, parser.error()));
    }
    JsonPath path;
    path.m_expression = expression;
    path.m_steps = std::make_shared<const std::vector<Step>>(*steps);
    return path;
}

QList<QJsonValue> JsonPath::evaluate(const QJsonValue &root) const
{
    if (!m_steps) {
        return {};
    }
    return apply(*m_steps, { root });
}

QString JsonPath::print(const QJsonValue &root) const
{
    QStringList parts;
    for (const QJsonValue &value : evaluate(root)) {
        parts.append(printValue(value));
    }
    return parts.join(QLatin1Char(' '));
}

QString JsonPath::goFloat(double value)
{
    if (std::isnan(value)) {
        return QStringLiteral("NaN");
    }
    if (std::isinf(value)) {
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    }
    if (value == 0) {
        return QStringLiteral("0");
    }
    // Shortest round-trip digits, then strconv's 'g' rule for the shortest
    // form: exponent notation when the decimal exponent is below -4 or at least 6.
    const QString scientific = QString::number(value, 'e', QLocale::FloatingPointShortest);
    const qsizetype e = scientific.indexOf(u'e');
    const int exponent = scientific.mid(e + 1).toInt();
    if (exponent < -4 || exponent >= 6) {
        const QString mantissa = scientific.left(e);
        const QString sign = exponent < 0 ? QStringLiteral("-") : QStringLiteral("+");
        return mantissa + QLatin1Char('e') + sign
            + QStringLiteral("%1").arg(std::abs(exponent), 2, 10, QLatin1Char('0'));
    }
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

QString JsonPath::printValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // The API server decodes integral JSON numbers as int64.
        if (std::trunc(d) == d && std::abs(d) < 9.2e18) {
            return QString::number(qint64(d));
        }
        return goFloat(d);
    }
    case QJsonValue::Array:
    case QJsonValue::Object: {
        const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        // encoding/json escapes HTML characters.
        QString text = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
        text.replace(QLatin1Char('<'), QStringLiteral("\\u003c"));
        text.replace(QLatin1Char('>'), QStringLiteral("\\u003e"));
        text.replace(QLatin1Char('&'), QStringLiteral("\\u0026"));
        return text;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    }
    return {};
}

} // namespace Sextant::Core
