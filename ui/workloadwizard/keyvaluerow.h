// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/wizards/validatedfield.h"
#include "ui/workloadwizard/rowlist.h"

#include <QJsonObject>

namespace Sextant::Ui {

// A key and a value, each checked by its own rule (label key and value).
// JSON: {"key": ..., "value": ...}.
class KeyValueRow final : public FormRow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyValueRow)
public:
    KeyValueRow(ValidatedField::Validator keyRule, ValidatedField::Validator valueRule, QWidget *parent = nullptr);

    ValidatedField *key() const { return m_key; }
    ValidatedField *value() const { return m_value; }

    QJsonValue toJson() const override;
    void load(const QJsonValue &value) override;
    bool isValid() const override { return m_key->isValid() && m_value->isValid(); }

    // {"a": "1"} <-> [{"key": "a", "value": "1"}]
    static QJsonArray rowsOf(const QJsonObject &map);
    static QJsonObject mapOf(const QJsonArray &rows);

private:
    ValidatedField *m_key = nullptr;
    ValidatedField *m_value = nullptr;
};

} // namespace Sextant::Ui
