// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QTest>
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
