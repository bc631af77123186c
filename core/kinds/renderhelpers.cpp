// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/kinds/renderhelpers.h"

#include <QMap>
#include <QSet>

namespace Sextant::Core::RenderHelpers {

ColumnSpec text(const char *title, bool showsHealth)
{
    return { title, ColumnSpec::Type::Text, showsHealth };
}

ColumnSpec number(const char *title, bool showsHealth)
{
    return { title, ColumnSpec::Type::Number, showsHealth };
}

ColumnSpec nameColumn()
{
    return text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Name"));
}

ColumnSpec ageColumn()
{
    return { QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Age"), ColumnSpec::Type::Age };
}

QJsonObject object(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QJsonArray array(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toArray();
}

QString string(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 integer(const QJsonObject &o, const char *key, qint64 fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? v.toInteger() : fallback;
}

QString annotation(const QJsonObject &o, const char *key)
{
    return string(object(object(o, "metadata"), "annotations"), key);
}

QJsonObject condition(const QJsonObject &status, const char *type)
{
    for (const QJsonValue &c : array(status, "conditions")) {
        if (string(c.toObject(), "type") == QLatin1String(type)) {
            return c.toObject();
        }
    }
    return {};
}

bool conditionIsTrue(const QJsonObject &status, const char *type)
{
    return string(condition(status, type), "status") == QLatin1String("True");
}

QString ageSince(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid()) {
        return QStringLiteral("<unknown>");
    }
    return humanDuration(time.secsTo(now));
}

QDateTime timestamp(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(string(o, key), Qt::ISODateWithMs);
}

QString listWithMore(const QStringList &shown, qsizetype total, qsizetype max)
{
    const QString joined = shown.join(QLatin1Char(','));
    if (total > max) {
        return QStringLiteral("%1 + %2 more...").arg(joined).arg(total - max);
    }
    return joined.isEmpty() ? QStringLiteral("<unset>") : joined;
}

QString formatLabelSelector(const QJsonObject &selector)
{
    // labels.Selector sorts its requirements by key; matchLabels become "k=v".
    QMultiMap<QString, QString> requirements;
    const QJsonObject matchLabels = object(selector, "matchLabels");
    for (auto it = matchLabels.begin(); it != matchLabels.end(); ++it) {
        requirements.insert(it.key(), it.key() + QLatin1Char('=') + it.value().toString());
    }
    for (const QJsonValue &e : array(selector, "matchExpressions")) {
        const QJsonObject expression = e.toObject();
        const QString key = string(expression, "key");
        const QString op = string(expression, "operator");
        QStringList values;
        for (const QJsonValue &v : array(expression, "values")) {
            values.append(v.toString());
        }
        values.sort();
        values.removeDuplicates();
        const QString list = QStringLiteral("(%1)").arg(values.join(QLatin1Char(',')));
        if (op == QLatin1String("In")) {
            requirements.insert(key, key + QStringLiteral(" in ") + list);
        } else if (op == QLatin1String("NotIn")) {
            requirements.insert(key, key + QStringLiteral(" notin ") + list);
        } else if (op == QLatin1String("Exists")) {
            requirements.insert(key, key);
        } else if (op == QLatin1String("DoesNotExist")) {
            requirements.insert(key, QLatin1Char('!') + key);
        }
    }
    if (requirements.isEmpty()) {
        return QStringLiteral("<none>");
    }
    QStringList parts;
    for (auto it = requirements.cbegin(); it != requirements.cend(); ++it) {
        parts.append(it.value());
    }
    return parts.join(QLatin1Char(','));
}

QString accessModes(const QJsonArray &modes)
{
    QSet<QString> present;
    for (const QJsonValue &m : modes) {
        present.insert(m.toString());
    }
    static const std::pair<const char *, const char *> order[] = {
        { "ReadWriteOnce", "RWO" },
        { "ReadOnlyMany", "ROX" },
        { "ReadWriteMany", "RWX" },
        { "ReadWriteOncePod", "RWOP" },
    };
    QStringList out;
    for (const auto &[mode, shortName] : order) {
        if (present.contains(QLatin1String(mode))) {
            out.append(QLatin1String(shortName));
        }
    }
    return out.join(QLatin1Char(','));
}

QString loadBalancerAddresses(const QJsonObject &loadBalancerStatus)
{
    QStringList addresses;
    for (const QJsonValue &i : array(loadBalancerStatus, "ingress")) {
        const QJsonObject ingress = i.toObject();
        const QString address = string(ingress, "ip").isEmpty() ? string(ingress, "hostname") : string(ingress, "ip");
        if (!address.isEmpty()) {
            addresses.append(address);
        }
    }
    addresses.sort();
    addresses.removeDuplicates();
    return addresses.join(QLatin1Char(','));
}

} // namespace Sextant::Core::RenderHelpers
