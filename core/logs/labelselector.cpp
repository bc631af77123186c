// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/logs/labelselector.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

namespace Sextant::Core {

namespace {

QJsonObject expression(const QString &key, const QString &op, const QStringList &values = {})
{
    QJsonObject out { { QStringLiteral("key"), key }, { QStringLiteral("operator"), op } };
    if (!values.isEmpty())
        out.insert(QStringLiteral("values"), QJsonArray::fromStringList(values));
    return out;
}

// Splits at commas outside parentheses.
QStringList splitTerms(const QString &text)
{
    QStringList terms;
    int depth = 0;
    QString current;
    for (const QChar c : text) {
        if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        if (c == u',' && depth == 0) {
            terms.append(current.trimmed());
            current.clear();
        } else {
            current.append(c);
        }
    }
    terms.append(current.trimmed());
    return terms;
}

} // namespace

bool labelSelectorMatches(const QJsonObject &selector, const QJsonObject &labels)
{
    const QJsonObject matchLabels = selector.value(QLatin1String("matchLabels")).toObject();
    for (auto it = matchLabels.begin(); it != matchLabels.end(); ++it) {
        if (labels.value(it.key()).toString() != it.value().toString() || !labels.contains(it.key()))
            return false;
    }
    for (const QJsonValue &value : selector.value(QLatin1String("matchExpressions")).toArray()) {
        const QJsonObject e = value.toObject();
        const QString key = e.value(QLatin1String("key")).toString();
        const QString op = e.value(QLatin1String("operator")).toString();
        QStringList values;
        for (const QJsonValue &v : e.value(QLatin1String("values")).toArray())
            values.append(v.toString());
        const bool has = labels.contains(key);
        const QString label = labels.value(key).toString();
        if (op == QLatin1String("In") && !(has && values.contains(label)))
            return false;
        if (op == QLatin1String("NotIn") && has && values.contains(label))
            return false;
        if (op == QLatin1String("Exists") && !has)
            return false;
        if (op == QLatin1String("DoesNotExist") && has)
            return false;
        if (op != QLatin1String("In") && op != QLatin1String("NotIn") && op != QLatin1String("Exists")
            && op != QLatin1String("DoesNotExist"))
            return false; // unknown operators match nothing, as labels.Selector errors
    }
    return true;
}

std::optional<QJsonObject> workloadPodSelector(const QJsonObject &workload)
{
    const QJsonValue selector = workload.value(QLatin1String("spec")).toObject().value(QLatin1String("selector"));
    if (!selector.isObject())
        return std::nullopt;
    const QJsonObject object = selector.toObject();
    if (object.contains(QLatin1String("matchLabels")) || object.contains(QLatin1String("matchExpressions")))
        return object;
    // ReplicationController / Service: a plain map.
    return QJsonObject { { QStringLiteral("matchLabels"), object } };
}

std::optional<QJsonObject> parseLabelSelector(const QString &text)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z0-9]([-A-Za-z0-9_./]*[A-Za-z0-9])?$"));
    static const QRegularExpression setPattern(
        QStringLiteral("^(\\S+)\\s+(in|notin)\\s*\\(([^)]*)\\)$"), QRegularExpression::CaseInsensitiveOption);
    QJsonObject matchLabels;
    QJsonArray expressions;
    if (text.trimmed().isEmpty())
        return QJsonObject {};
    for (const QString &term : splitTerms(text)) {
        if (term.isEmpty())
            return std::nullopt;
        if (const QRegularExpressionMatch set = setPattern.match(term); set.hasMatch()) {
            QStringList values;
            for (const QString &v : set.captured(3).split(u','))
                values.append(v.trimmed());
            const bool in = set.captured(2).compare(QLatin1String("in"), Qt::CaseInsensitive) == 0;
            expressions.append(
                expression(set.captured(1), in ? QStringLiteral("In") : QStringLiteral("NotIn"), values));
            continue;
        }
        if (const qsizetype ne = term.indexOf(QLatin1String("!=")); ne > 0) {
            const QString key = term.left(ne).trimmed();
            if (!keyPattern.match(key).hasMatch())
                return std::nullopt;
            expressions.append(expression(key, QStringLiteral("NotIn"), { term.mid(ne + 2).trimmed() }));
            continue;
        }
        if (const qsizetype eq = term.indexOf(u'='); eq > 0) {
            const QString key = term.left(eq).trimmed();
            QString value = term.mid(eq + 1);
            if (value.startsWith(u'='))
                value.remove(0, 1);
            if (!keyPattern.match(key).hasMatch())
                return std::nullopt;
            matchLabels.insert(key, value.trimmed());
            continue;
        }
        if (term.startsWith(u'!')) {
            const QString key = term.mid(1).trimmed();
            if (!keyPattern.match(key).hasMatch())
                return std::nullopt;
            expressions.append(expression(key, QStringLiteral("DoesNotExist")));
            continue;
        }
        if (!keyPattern.match(term).hasMatch())
            return std::nullopt;
        expressions.append(expression(term, QStringLiteral("Exists")));
    }
    QJsonObject selector;
    if (!matchLabels.isEmpty())
        selector.insert(QStringLiteral("matchLabels"), matchLabels);
    if (!expressions.isEmpty())
        selector.insert(QStringLiteral("matchExpressions"), expressions);
    return selector;
}

} // namespace Sextant::Core
