// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/overview/usagebar.h"

#include "ui/delegates/healthdelegate.h"
#include "ui/widgets/colorscheme.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Sextant::Ui {

namespace {
constexpr int kBarHeight = 8;
}

void paintUsageBar(QPainter *painter, const QRect &rect, double fraction, const QPalette &palette, bool fullIsHealthy)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    const qreal radius = rect.height() / 2.0;
    QColor track = palette.color(QPalette::Mid);
    track.setAlphaF(isDark(palette) ? 0.7f : 0.35f);
    painter->setBrush(track);
    painter->drawRoundedRect(rect, radius, radius);
    if (fraction > 0) {
        const QColor fill = fullIsHealthy ? healthColor(fraction >= 1.0 ? Core::Health::Healthy : Core::Health::Warning)
            : fraction > 1.0              ? healthColor(Core::Health::Failed)
            : fraction > 0.8              ? healthColor(Core::Health::Warning)
                                          : palette.color(QPalette::Highlight);
        QRectF filled(rect);
        filled.setWidth(std::max(rect.height() * 1.0, rect.width() * std::min(fraction, 1.0)));
        painter->setBrush(fill);
        painter->drawRoundedRect(filled, radius, radius);
    }
    painter->restore();
}

UsageBar::UsageBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void UsageBar::setFraction(double fraction)
{
    if (fraction == m_fraction) {
        return;
    }
    m_fraction = fraction;
    update();
}

void UsageBar::setFullIsHealthy(bool fullIsHealthy)
{
    m_fullIsHealthy = fullIsHealthy;
    update();
}

QSize UsageBar::sizeHint() const
{
    return { 160, kBarHeight };
}

QSize UsageBar::minimumSizeHint() const
{
    return { 40, kBarHeight };
}

void UsageBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintUsageBar(&painter, rect(), m_fraction, palette(), m_fullIsHealthy);
}

} // namespace Sextant::Ui
