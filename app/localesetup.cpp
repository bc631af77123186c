// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "app/localesetup.h"

#include "core/util/localesetting.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Sextant::App {

QString setUpTranslations(const QString &requested)
{
    if (!requested.isEmpty()) {
        Core::saveLocale(requested);
    }
    const QString chosen = Core::savedLocale();
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
