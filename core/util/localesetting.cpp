// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/util/localesetting.h"

#include <QSettings>

namespace Sextant::Core {

namespace {
const QString kLocaleKey = QStringLiteral("ui/locale");
}

QString savedLocale()
{
    return QSettings().value(kLocaleKey).toString();
}

void saveLocale(const QString &locale)
{
    QSettings settings;
    if (locale.isEmpty() || locale == QLatin1String("system")) {
        settings.remove(kLocaleKey);
    } else {
        settings.setValue(kLocaleKey, locale);
    }
}

} // namespace Sextant::Core
