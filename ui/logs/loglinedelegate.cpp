// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/logs/loglinedelegate.h"

#include "core/logs/loglinemodel.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace Sextant::Ui {

namespace {

constexpr int kGap = 8;
constexpr int kTimestampChars = 30; // 2026-11-27T05:18:49.123456789Z

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QList<QTextLayout::FormatRange> matchFormats(
    const QString &text, const QString &needle, const QColor &background, const QColor &foreground)
{
    QList<QTextLayout::FormatRange> formats;
    if (needle.isEmpty())
        return formats;
    qsizetype from = 0;
    while ((from = text.indexOf(needle, from, Qt::CaseInsensitive)) >= 0) {
        QTextLayout::FormatRange range;
        range.start = int(from);
        range.length = int(needle.size());
        range.format.setBackground(background);
        range.format.setForeground(foreground);
        formats.append(range);
        from += needle.size();
    }
    return formats;
}

} // namespace

LogLineDelegate::LogLineDelegate(const Core::LogLineModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void LogLineDelegate::setFont(const QFont &font)
{
    m_font = font;
}

void LogLineDelegate::announceSizeChange()
{
    Q_EMIT sizeHintChanged(QModelIndex());
}

QColor LogLineDelegate::sourceColor(int index, const QPalette &palette)
{
    // Hues spread around the circle; lighter on dark bases, darker on light ones.
    static constexpr int kHues[] = { 210, 30, 120, 290, 0, 180, 60, 330, 250, 90 };
    const int hue = kHues[std::max(0, index) % int(std::size(kHues))];
    return isDark(palette) ? QColor::fromHsl(hue, 170, 170) : QColor::fromHsl(hue, 200, 80);
}

int LogLineDelegate::tagChars() const
{
    // One spare character: elidedText() cuts a string that fits exactly.
    return std::clamp(m_model ? m_model->longestSource() + 1 : 0, 8, 48);
}

int LogLineDelegate::prefixWidth() const
{
    const QFontMetrics metrics(m_font);
    const int charWidth = metrics.horizontalAdvance(QLatin1Char('M'));
    int width = 4;
    if (m_sources)
        width += tagChars() * charWidth + kGap;
    if (m_timestamps)
        width += kTimestampChars * charWidth + kGap;
    return width;
}

QSize LogLineDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const QFontMetrics metrics(m_font);
    const int lineHeight = metrics.lineSpacing() + 2;
    if (!m_wrap) {
        const int charWidth = metrics.horizontalAdvance(QLatin1Char('M'));
        return QSize(prefixWidth() + (m_model ? m_model->longestLine() : 80) * charWidth + 8, lineHeight);
    }
    const int available = std::max(100, m_viewportWidth - prefixWidth() - 8);
    const QString text = index.data(Core::LogLineModel::TextRole).toString();
    const QRect bounds = metrics.boundingRect(QRect(0, 0, available, 1 << 20), Qt::TextWrapAnywhere, text);
    return QSize(m_viewportWidth, std::max(lineHeight, bounds.height() + 2));
}

void LogLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!m_model || index.row() >= m_model->rowCount())
        return;
    const Core::LogLine &line = m_model->lineAt(index.row());
    const QPalette &palette = option.palette;
    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    if (selected)
        painter->fillRect(option.rect, palette.brush(QPalette::Highlight));
    else if (index.row() == m_currentRow)
        painter->fillRect(option.rect, palette.brush(QPalette::AlternateBase));
    painter->setFont(m_font);
    const QFontMetrics metrics(m_font);
    const int charWidth = metrics.horizontalAdvance(QLatin1Char('M'));
    const QColor textColor = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    int x = option.rect.left() + 4;
    const int top = option.rect.top() + 1;
    const int lineHeight = metrics.lineSpacing();

    if (m_sources) {
        const QRect tagRect(x, top, tagChars() * charWidth, lineHeight);
        painter->setPen(selected ? textColor : sourceColor(m_model->sourceIndex(line.source), palette));
        painter->drawText(tagRect, Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(line.source, Qt::ElideMiddle, tagRect.width()));
        x += tagRect.width() + kGap;
    }
    if (m_timestamps) {
        const QRect stampRect(x, top, kTimestampChars * charWidth, lineHeight);
        painter->setPen(selected ? textColor : palette.color(QPalette::PlaceholderText));
        if (line.timestampNs != 0)
            painter->drawText(stampRect, Qt::AlignLeft | Qt::AlignVCenter, Core::formatRfc3339Nano(line.timestampNs));
        x += stampRect.width() + kGap;
    }

    QTextLayout layout(line.text, m_font);
    QTextOption textOption;
    textOption.setWrapMode(m_wrap ? QTextOption::WrapAnywhere : QTextOption::NoWrap);
    layout.setTextOption(textOption);
    const bool current = index.row() == m_currentRow;
    const QColor matchBackground = current ? QColor(255, 150, 50) : QColor(255, 230, 90);
    layout.setFormats(matchFormats(line.text, m_search, matchBackground, QColor(Qt::black)));
    const qreal width = m_wrap ? qreal(std::max(50, option.rect.right() - x - 4)) : qreal(1 << 24);
    layout.beginLayout();
    qreal y = 0;
    while (true) {
        QTextLine textLine = layout.createLine();
        if (!textLine.isValid())
            break;
        textLine.setLineWidth(width);
        textLine.setPosition(QPointF(0, y));
        y += textLine.height();
    }
    layout.endLayout();
    painter->setPen(textColor);
    painter->setClipRect(option.rect);
    layout.draw(painter, QPointF(x, top));
    painter->restore();
}

} // namespace Sextant::Ui
