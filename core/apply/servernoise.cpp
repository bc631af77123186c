// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/apply/servernoise.h"

#include <QLatin1StringView>

namespace Sextant::Core {

QJsonObject withoutServerNoise(const QJsonObject &object)
{
    static constexpr QLatin1StringView metadataNoise[] = {
        QLatin1StringView("managedFields"),
        QLatin1StringView("resourceVersion"),
        QLatin1StringView("generation"),
        QLatin1StringView("uid"),
        QLatin1StringView("creationTimestamp"),
        QLatin1StringView("selfLink"),
    };
    QJsonObject result = object;
    result.remove(QLatin1StringView("status"));
    const auto metadataIt = result.constFind(QLatin1StringView("metadata"));
    if (metadataIt != result.constEnd() && metadataIt->isObject()) {
        QJsonObject metadata = metadataIt->toObject();
        for (const QLatin1StringView key : metadataNoise)
            metadata.remove(key);
        result.insert(QLatin1StringView("metadata"), metadata);
    }
    return result;
}

} // namespace Sextant::Core
