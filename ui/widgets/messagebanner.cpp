// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/widgets/messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace Sextant::Ui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    // Messages may quote object fields: never interpret them as rich text.
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAccessibleName(tr("Dismiss message"));
    m_close->setToolTip(tr("Dismiss message"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBanner::showMessage(Level level, const QString &text)
{
    m_level = level;
    m_label->setText(text);
    setAccessibleDescription(text);
    const QStyle::StandardPixmap icon = level == Level::Error ? QStyle::SP_MessageBoxCritical
        : level == Level::Warning                             ? QStyle::SP_MessageBoxWarning
                                                              : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    applyPalette();
    show();
}

QString MessageBanner::text() const
{
    return m_label->text();
}

MessageBanner *MessageBanner::visibleIn(const QWidget &root)
{
    const QList<MessageBanner *> banners = root.findChildren<MessageBanner *>();
    for (MessageBanner *banner : banners) {
        if (banner->isVisible()) {
            return banner;
        }
    }
    return nullptr;
}

void MessageBanner::applyPalette()
{
    // Tint from the palette so light and dark themes both stay readable.
    QPalette p = palette();
    const QColor base = p.color(QPalette::Window);
    const QColor tint = m_level == Level::Error ? QColor(0xd9, 0x30, 0x25)
        : m_level == Level::Warning             ? QColor(0xe0, 0x9b, 0x00)
                                                : QColor(0x2f, 0x6f, 0xde);
    const qreal a = base.lightness() > 128 ? 0.15 : 0.3;
    const QColor mixed = QColor::fromRgbF(base.redF() * (1 - a) + tint.redF() * a,
        base.greenF() * (1 - a) + tint.greenF() * a, base.blueF() * (1 - a) + tint.blueF() * a);
    p.setColor(QPalette::Window, mixed);
    setPalette(p);
}

} // namespace Sextant::Ui
