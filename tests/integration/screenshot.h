// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QTest>
#include <QTranslator>
#include <QWidget>

// With SEXTANT_SCREENSHOT_DIR set (tools/screenshots.sh), saves the widget as
// the docs show it: <dir>/<name>.png.
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SEXTANT_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    // Rows just added or changed are laid out and shown by queued events: let them run.
    QTest::qWait(100);
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

// With SEXTANT_SCREENSHOT_QM naming a compiled catalogue (build/app/sextant_zh_CN.qm),
// the widgets speak its language, for looking at the translated pages. Tests
// that compare texts fail then; the screenshots up to there are still saved.
inline void installScreenshotTranslator()
{
    const QString catalogue = qEnvironmentVariable("SEXTANT_SCREENSHOT_QM");
    if (catalogue.isEmpty() || !QCoreApplication::instance()) {
        return;
    }
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(catalogue)) {
        QLocale::setDefault(QLocale(translator->language()));
        QCoreApplication::installTranslator(translator);
    } else {
        qWarning("SEXTANT_SCREENSHOT_QM: cannot load %s", qPrintable(catalogue));
    }
}
