// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "app/localesetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Sextant::App {

namespace {
const QString kLocaleKey = QStringLiteral("ui/locale");
}

QString setUpTranslations(const QString &requested)
{
    QSettings settings;
    if (requested == QLatin1String("system")) {
        settings.remove(kLocaleKey);
    } else if (!requested.isEmpty()) {
        settings.setValue(kLocaleKey, requested);
    }
    const QString chosen = settings.value(kLocaleKey).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    QLocale::setDefault(locale);

    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    auto *own = new QTranslator(QCoreApplication::instance());
    // English is the fallback for locales Sextant has no catalogue for (and "C"):
    // its catalogue holds the plural forms of "%n item(s)".
    if (own->load(locale, QStringLiteral("sextant"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/sextant_en.qm"))) {
        QCoreApplication::installTranslator(own);
    }
    return locale.name();
}

} // namespace Sextant::App
