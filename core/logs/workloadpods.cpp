// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/logs/workloadpods.h"

namespace Sextant::Core {

std::optional<QJsonObject> workloadPodSelector(const QJsonObject &workload)
{
    const QJsonValue selector = workload.value(QLatin1String("spec")).toObject().value(QLatin1String("selector"));
    if (!selector.isObject())
        return std::nullopt;
    const QJsonObject object = selector.toObject();
    if (object.contains(QLatin1String("matchLabels")) || object.contains(QLatin1String("matchExpressions")))
        return object;
    return QJsonObject { { QStringLiteral("matchLabels"), object } };
}

} // namespace Sextant::Core
