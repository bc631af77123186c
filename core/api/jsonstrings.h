// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

namespace Sextant::Core {

// A JSON array of strings (verbs, groups, shortNames) as a QStringList; anything else is empty.
inline QStringList jsonStrings(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        result.append(item.toString());
    }
    return result;
}

} // namespace Sextant::Core
