// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the workload wizard's tests share: typing like a user, reading
// kubectl's JSON by path, screenshots of the pages.

#include "../screenshot.h"
#include "ui/wizards/validatedfield.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTest>
#include <QWizard>

inline void screenshot(QWidget *widget, const QString &name)
{
    saveScreenshot(widget, QStringLiteral("workload-") + name);
}

inline void type(Sextant::Ui::ValidatedField *field, const QString &text)
{
    field->edit()->clear();
    QTest::keyClicks(field->edit(), text);
}

// "spec.template.spec.containers.0.name"
inline QJsonValue at(const QJsonValue &root, const QString &path)
{
    QJsonValue value = root;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        value = isIndex ? value.toArray().at(index) : value.toObject().value(part);
    }
    return value;
}

// Scrolls the current page so that the widget is in view (for screenshots).
inline void scrollTo(QWizard &wizard, QWidget *widget)
{
    if (auto *scroll = wizard.currentPage()->findChild<QScrollArea *>()) {
        QTest::qWait(50); // rows just added are laid out first
        scroll->ensureWidgetVisible(widget, 0, 0);
    }
}

// The message shown next to the field, or "" when none shows.
inline QString messageOf(Sextant::Ui::ValidatedField *field)
{
    const QLabel *message = field->findChild<QLabel *>();
    return message && message->isVisibleTo(field) ? message->text() : QString();
}
