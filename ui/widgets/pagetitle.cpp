// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/widgets/pagetitle.h"

#include <QLabel>

namespace Sextant::Ui {

QLabel *createPageTitle(const QString &text, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    title->setTextFormat(Qt::PlainText);
    return title;
}

} // namespace Sextant::Ui
