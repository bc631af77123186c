// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/relations/labelselector.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace Sextant::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sextant::Core", text);
}

using Op = LabelRequirement::Operator;

// --- validation (apimachinery IsQualifiedName / IsValidLabelValue) ---

constexpr int MaxNameLength = 63;
constexpr int MaxPrefixLength = 253;

bool isNamePart(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$"));
    return re.match(s).hasMatch();
}

bool isDnsSubdomain(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    return re.match(s).hasMatch();
}

// --- the string form, after k8s.io/apimachinery/pkg/labels/selector.go ---

enum class Token {
    End,
    Identifier,
    Not, // !
    Equals, // = or ==
    NotEquals, // !=
    Greater,
    Less,
    Open,
    Close,
    Comma,
};

struct Lexeme {
    Token token = Token::End;
    QString text;
    int position = 0;
};

bool isSpecial(QChar c)
{
    return c == u'=' || c == u'!' || c == u'(' || c == u')' || c == u',' || c == u'>' || c == u'<';
}

class Parser {
    Q_DECLARE_TR_FUNCTIONS(Sextant::Core::Parser)
public:
    explicit Parser(const QString &text)
        : m_text(text)
    {
        lexAll();
    }

    LabelSelector::ParseResult parse()
    {
        LabelSelector selector;
        if (peek().token == Token::End) {
            return selector;
        }
        while (true) {
            auto requirement = parseRequirement();
            if (!requirement) {
                return makeUnexpected(requirement.error());
            }
            selector.add(*requirement);
            const Lexeme next = take();
            if (next.token == Token::End) {
                return selector;
            }
            if (next.token != Token::Comma) {
                return fail(next, tr("expected \",\" between requirements, found \"%1\"").arg(next.text));
            }
        }
    }

private:
    using RequirementResult = Expected<LabelRequirement, LabelSelectorError>;

    void lexAll()
    {
        int i = 0;
        const int n = int(m_text.size());
        while (true) {
            while (i < n && m_text.at(i).isSpace()) {
                ++i;
            }
            Lexeme lexeme;
            lexeme.position = i;
            if (i >= n) {
                lexeme.text = tr("end of text");
                m_lexemes.append(lexeme);
                return;
            }
            const QChar c = m_text.at(i);
            if (isSpecial(c)) {
                const bool twoChar = i + 1 < n && m_text.at(i + 1) == u'=' && (c == u'=' || c == u'!');
                lexeme.text = m_text.mid(i, twoChar ? 2 : 1);
                i += int(lexeme.text.size());
                switch (c.unicode()) {
                case u'=':
                    lexeme.token = Token::Equals;
                    break;
                case u'!':
                    lexeme.token = twoChar ? Token::NotEquals : Token::Not;
                    break;
                case u'(':
                    lexeme.token = Token::Open;
                    break;
                case u')':
                    lexeme.token = Token::Close;
                    break;
                case u',':
                    lexeme.token = Token::Comma;
                    break;
                case u'>':
                    lexeme.token = Token::Greater;
                    break;
                default:
                    lexeme.token = Token::Less;
                    break;
                }
            } else {
                const int start = i;
                while (i < n && !m_text.at(i).isSpace() && !isSpecial(m_text.at(i))) {
                    ++i;
                }
                lexeme.token = Token::Identifier;
                lexeme.text = m_text.mid(start, i - start);
            }
            m_lexemes.append(lexeme);
        }
    }

    const Lexeme &peek() const { return m_lexemes.at(m_index); }
    Lexeme take()
    {
        const Lexeme lexeme = m_lexemes.at(m_index);
        if (m_index + 1 < m_lexemes.size()) {
            ++m_index;
        }
        return lexeme;
    }

    static Unexpected<LabelSelectorError> fail(const Lexeme &at, const QString &what)
    {
        return makeUnexpected(LabelSelectorError { tr("%1 (column %2)").arg(what).arg(at.position + 1), at.position });
    }

    static bool isKeyword(const Lexeme &l)
    {
        return l.token == Token::Identifier && (l.text == QLatin1String("in") || l.text == QLatin1String("notin"));
    }

    RequirementResult parseRequirement()
    {
        bool negated = false;
        if (peek().token == Token::Not) {
            take();
            negated = true;
        }
        const Lexeme key = take();
        if (key.token != Token::Identifier) {
            return fail(key, tr("expected a label key, found \"%1\"").arg(key.text));
        }
        if (const QString problem = labelKeyProblem(key.text); !problem.isEmpty()) {
            return fail(key, tr("invalid label key \"%1\": %2").arg(key.text, problem));
        }
        LabelRequirement requirement;
        requirement.key = key.text;
        const Lexeme op = peek();
        if (negated) {
            requirement.op = Op::DoesNotExist;
            if (op.token != Token::End && op.token != Token::Comma) {
                return fail(op, tr("\"!%1\" takes no operator or value, found \"%2\"").arg(key.text, op.text));
            }
            return requirement;
        }
        switch (op.token) {
        case Token::End:
        case Token::Comma:
            requirement.op = Op::Exists;
            return requirement;
        case Token::Equals:
        case Token::NotEquals:
        case Token::Greater:
        case Token::Less:
            take();
            requirement.op = op.token == Token::Equals ? Op::Equals
                : op.token == Token::NotEquals         ? Op::NotEquals
                : op.token == Token::Greater           ? Op::GreaterThan
                                                       : Op::LessThan;
            return parseSingleValue(requirement, op);
        case Token::Identifier:
            if (isKeyword(op)) {
                take();
                requirement.op = op.text == QLatin1String("in") ? Op::In : Op::NotIn;
                return parseValueList(requirement, op);
            }
            break;
        default:
            break;
        }
        return fail(
            op, tr("expected =, ==, !=, in, notin, >, < or \",\" after \"%1\", found \"%2\"").arg(key.text, op.text));
    }

    RequirementResult parseSingleValue(LabelRequirement requirement, const Lexeme &op)
    {
        QString value; // "a=" compares with the empty value
        if (peek().token == Token::Identifier) {
            const Lexeme lexeme = take();
            value = lexeme.text;
            const bool numeric = requirement.op == Op::GreaterThan || requirement.op == Op::LessThan;
            if (const QString problem = numeric ? QString() : labelValueProblem(value); !problem.isEmpty()) {
                return fail(lexeme, tr("invalid label value \"%1\": %2").arg(value, problem));
            }
        } else if (peek().token != Token::End && peek().token != Token::Comma) {
            return fail(peek(), tr("expected a value after \"%1\", found \"%2\"").arg(op.text, peek().text));
        }
        if (requirement.op == Op::GreaterThan || requirement.op == Op::LessThan) {
            bool ok = false;
            value.toLongLong(&ok);
            if (!ok) {
                return fail(op, tr("\"%1\" needs a whole number, found \"%2\"").arg(op.text, value));
            }
        }
        requirement.values = { value };
        return requirement;
    }

    RequirementResult parseValueList(LabelRequirement requirement, const Lexeme &op)
    {
        const Lexeme open = take();
        if (open.token != Token::Open) {
            return fail(open, tr("expected \"(\" after \"%1\", found \"%2\"").arg(op.text, open.text));
        }
        QStringList values;
        bool expectValue = true; // right after "(" or ","
        while (true) {
            const Lexeme lexeme = take();
            if (lexeme.token == Token::Identifier && expectValue) {
                if (const QString problem = labelValueProblem(lexeme.text); !problem.isEmpty()) {
                    return fail(lexeme, tr("invalid label value \"%1\": %2").arg(lexeme.text, problem));
                }
                values.append(lexeme.text);
                expectValue = false;
            } else if (lexeme.token == Token::Comma || lexeme.token == Token::Close) {
                if (expectValue) {
                    values.append(QString()); // "in (a,,b)" and "in ()" name the empty value, as kubectl does
                }
                if (lexeme.token == Token::Close) {
                    break;
                }
                expectValue = true;
            } else if (lexeme.token == Token::End) {
                return fail(lexeme, tr("missing \")\" to close the values of \"%1\"").arg(requirement.key));
            } else {
                return fail(lexeme,
                    tr("expected a value, \",\" or \")\" in the values of \"%1\", found \"%2\"")
                        .arg(requirement.key, lexeme.text));
            }
        }
        requirement.values = values;
        return requirement;
    }

    QString m_text;
    QList<Lexeme> m_lexemes;
    qsizetype m_index = 0;
};

LabelSelectorError jsonError(const QString &message)
{
    return LabelSelectorError { message, -1 };
}

} // namespace

// --- LabelRequirement ---

bool LabelRequirement::matches(const QJsonObject &labels) const
{
    const auto it = labels.constFind(key);
    const bool has = it != labels.constEnd();
    const QString value = has ? it.value().toString() : QString();
    switch (op) {
    case Operator::Equals:
    case Operator::In:
        return has && values.contains(value);
    case Operator::NotEquals:
    case Operator::NotIn:
        return !has || !values.contains(value);
    case Operator::Exists:
        return has;
    case Operator::DoesNotExist:
        return !has;
    case Operator::GreaterThan:
    case Operator::LessThan: {
        bool ok = false;
        const qint64 actual = value.toLongLong(&ok);
        if (!has || !ok || values.isEmpty()) {
            return false;
        }
        const qint64 bound = values.constFirst().toLongLong();
        return op == Operator::GreaterThan ? actual > bound : actual < bound;
    }
    }
    return false;
}

QString LabelRequirement::toString() const
{
    const QString first = values.isEmpty() ? QString() : values.constFirst();
    switch (op) {
    case Operator::Equals:
        return key + u'=' + first;
    case Operator::NotEquals:
        return key + QLatin1String("!=") + first;
    case Operator::In:
        return key + QLatin1String(" in (") + values.join(u',') + u')';
    case Operator::NotIn:
        return key + QLatin1String(" notin (") + values.join(u',') + u')';
    case Operator::Exists:
        return key;
    case Operator::DoesNotExist:
        return u'!' + key;
    case Operator::GreaterThan:
        return key + u'>' + first;
    case Operator::LessThan:
        return key + u'<' + first;
    }
    return key;
}

// --- LabelSelector ---

LabelSelector LabelSelector::nothing()
{
    LabelSelector selector;
    selector.m_nothing = true;
    return selector;
}

void LabelSelector::add(const LabelRequirement &requirement)
{
    LabelRequirement sorted = requirement;
    sorted.values.sort();
    sorted.values.removeDuplicates();
    const auto at = std::upper_bound(m_requirements.begin(), m_requirements.end(), sorted,
        [](const LabelRequirement &a, const LabelRequirement &b) { return a.key < b.key; });
    m_requirements.insert(at, sorted);
}

LabelSelector::ParseResult LabelSelector::parse(const QString &text)
{
    return Parser(text).parse();
}

LabelSelector LabelSelector::fromMatchLabels(const QJsonObject &matchLabels)
{
    LabelSelector selector;
    for (auto it = matchLabels.begin(); it != matchLabels.end(); ++it) {
        selector.add({ it.key(), Op::Equals, { it.value().toString() } });
    }
    return selector;
}

LabelSelector::ParseResult LabelSelector::fromJson(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined()) {
        return nothing();
    }
    if (!value.isObject()) {
        return makeUnexpected(jsonError(tr("the label selector is not an object")));
    }
    const QJsonObject json = value.toObject();
    LabelSelector selector;
    const QJsonObject matchLabels = json.value(QLatin1String("matchLabels")).toObject();
    for (auto it = matchLabels.begin(); it != matchLabels.end(); ++it) {
        if (const QString problem = labelKeyProblem(it.key()); !problem.isEmpty()) {
            return makeUnexpected(jsonError(tr("invalid label key \"%1\" in matchLabels: %2").arg(it.key(), problem)));
        }
        const QString v = it.value().toString();
        if (const QString problem = labelValueProblem(v); !problem.isEmpty()) {
            return makeUnexpected(
                jsonError(tr("invalid value \"%1\" for \"%2\" in matchLabels: %3").arg(v, it.key(), problem)));
        }
        selector.add({ it.key(), Op::Equals, { v } });
    }
    const QJsonArray expressions = json.value(QLatin1String("matchExpressions")).toArray();
    for (qsizetype i = 0; i < expressions.size(); ++i) {
        const QJsonObject e = expressions.at(i).toObject();
        const QString where = QStringLiteral("matchExpressions[%1]").arg(i);
        LabelRequirement requirement;
        requirement.key = e.value(QLatin1String("key")).toString();
        if (const QString problem = labelKeyProblem(requirement.key); !problem.isEmpty()) {
            return makeUnexpected(
                jsonError(tr("invalid label key \"%1\" in %2: %3").arg(requirement.key, where, problem)));
        }
        for (const QJsonValue &v : e.value(QLatin1String("values")).toArray()) {
            requirement.values.append(v.toString());
        }
        const QString op = e.value(QLatin1String("operator")).toString();
        if (op == QLatin1String("In") || op == QLatin1String("NotIn")) {
            requirement.op = op == QLatin1String("In") ? Op::In : Op::NotIn;
            if (requirement.values.isEmpty()) {
                return makeUnexpected(jsonError(tr("%1: operator %2 needs at least one value").arg(where, op)));
            }
        } else if (op == QLatin1String("Exists") || op == QLatin1String("DoesNotExist")) {
            requirement.op = op == QLatin1String("Exists") ? Op::Exists : Op::DoesNotExist;
            if (!requirement.values.isEmpty()) {
                return makeUnexpected(jsonError(tr("%1: operator %2 takes no values").arg(where, op)));
            }
        } else if (op == QLatin1String("Gt") || op == QLatin1String("Lt")) {
            requirement.op = op == QLatin1String("Gt") ? Op::GreaterThan : Op::LessThan;
            bool ok = requirement.values.size() == 1;
            if (ok) {
                requirement.values.constFirst().toLongLong(&ok);
            }
            if (!ok) {
                return makeUnexpected(jsonError(tr("%1: operator %2 needs one whole number").arg(where, op)));
            }
        } else {
            return makeUnexpected(jsonError(
                tr("%1: unknown operator \"%2\" (expected In, NotIn, Exists or DoesNotExist)").arg(where, op)));
        }
        for (const QString &v : std::as_const(requirement.values)) {
            if (const QString problem = labelValueProblem(v); !problem.isEmpty()) {
                return makeUnexpected(jsonError(tr("invalid value \"%1\" in %2: %3").arg(v, where, problem)));
            }
        }
        selector.add(requirement);
    }
    return selector;
}

bool LabelSelector::matches(const QJsonObject &labels) const
{
    if (m_nothing) {
        return false;
    }
    return std::all_of(m_requirements.cbegin(), m_requirements.cend(),
        [&labels](const LabelRequirement &r) { return r.matches(labels); });
}

bool LabelSelector::matchesObject(const QJsonObject &object) const
{
    return matches(object.value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")).toObject());
}

QString LabelSelector::toString() const
{
    QStringList parts;
    parts.reserve(m_requirements.size());
    for (const LabelRequirement &r : m_requirements) {
        parts.append(r.toString());
    }
    return parts.join(u',');
}

QString labelKeyProblem(const QString &key)
{
    if (key.isEmpty()) {
        return tr("a key must not be empty");
    }
    const qsizetype slash = key.indexOf(u'/');
    QString name = key;
    if (slash >= 0) {
        const QString prefix = key.left(slash);
        name = key.mid(slash + 1);
        if (prefix.isEmpty()) {
            return tr("the prefix before \"/\" must not be empty");
        }
        if (prefix.size() > MaxPrefixLength) {
            return tr("the prefix must be at most %1 characters").arg(MaxPrefixLength);
        }
        if (!isDnsSubdomain(prefix)) {
            return tr("the prefix must be a DNS subdomain: lowercase letters, digits, \"-\" and \".\"");
        }
    }
    if (name.isEmpty()) {
        return tr("the name part must not be empty");
    }
    if (name.size() > MaxNameLength) {
        return tr("the name part must be at most %1 characters").arg(MaxNameLength);
    }
    if (!isNamePart(name)) {
        return tr("use letters, digits, \"-\", \"_\" and \".\", starting and ending with a letter or digit");
    }
    return {};
}

QString labelValueProblem(const QString &value)
{
    if (value.isEmpty()) {
        return {};
    }
    if (value.size() > MaxNameLength) {
        return tr("a value must be at most %1 characters").arg(MaxNameLength);
    }
    if (!isNamePart(value)) {
        return tr("use letters, digits, \"-\", \"_\" and \".\", starting and ending with a letter or digit");
    }
    return {};
}

} // namespace Sextant::Core
