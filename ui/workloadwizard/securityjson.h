// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the pod and container security forms share when they read and write
// a securityContext.

#include <QCheckBox>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Sextant::Ui::SecurityJson {

// A user or group id as the form shows it (YAML may hold a number or, wrongly, a string).
inline QString idText(const QJsonValue &id)
{
    return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
}

// A checked box writes true; an unchecked one writes nothing, unless the loaded YAML said false.
inline void insertFlag(QJsonObject &context, QLatin1String key, const QCheckBox *box, const QJsonObject &loaded)
{
    if (box->isChecked()) {
        context.insert(key, true);
    } else if (loaded.value(key) == QJsonValue(false)) {
        context.insert(key, false);
    }
}

} // namespace Sextant::Ui::SecurityJson
