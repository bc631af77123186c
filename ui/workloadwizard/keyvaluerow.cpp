// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/keyvaluerow.h"

#include <QHBoxLayout>
#include <QLineEdit>

namespace Sextant::Ui {

KeyValueRow::KeyValueRow(ValidatedField::Validator keyRule, ValidatedField::Validator valueRule, QWidget *parent)
    : FormRow(parent)
    , m_key(new ValidatedField(std::move(keyRule), this))
    , m_value(new ValidatedField(std::move(valueRule), this))
{
    m_key->edit()->setPlaceholderText(tr("key"));
    m_key->edit()->setAccessibleName(tr("Key"));
    m_value->edit()->setPlaceholderText(tr("value"));
    m_value->edit()->setAccessibleName(tr("Value"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_key, 1, Qt::AlignTop);
    layout->addWidget(m_value, 1, Qt::AlignTop);
    connect(m_key, &ValidatedField::validityChanged, this, &FormRow::changed);
    connect(m_value, &ValidatedField::validityChanged, this, &FormRow::changed);
}

QJsonValue KeyValueRow::toJson() const
{
    return QJsonObject { { QStringLiteral("key"), m_key->text() }, { QStringLiteral("value"), m_value->text() } };
}

void KeyValueRow::load(const QJsonValue &value)
{
    const QJsonObject row = value.toObject();
    m_key->setText(row.value(QLatin1String("key")).toString());
    m_value->setText(row.value(QLatin1String("value")).toString());
}

QJsonArray KeyValueRow::rowsOf(const QJsonObject &map)
{
    QJsonArray rows;
    for (auto it = map.begin(); it != map.end(); ++it) {
        rows.append(QJsonObject { { QStringLiteral("key"), it.key() }, { QStringLiteral("value"), it.value() } });
    }
    return rows;
}

QJsonObject KeyValueRow::mapOf(const QJsonArray &rows)
{
    QJsonObject map;
    for (const QJsonValue &row : rows) {
        const QString key = row.toObject().value(QLatin1String("key")).toString();
        if (!key.isEmpty()) {
            map.insert(key, row.toObject().value(QLatin1String("value")));
        }
    }
    return map;
}

} // namespace Sextant::Ui
