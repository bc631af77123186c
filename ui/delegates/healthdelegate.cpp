// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/delegates/healthdelegate.h"

#include "core/models/roles.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace Sextant::Ui {

QColor healthColor(Core::Health health)
{
    switch (health) {
    case Core::Health::Healthy:
        return QColor(0x2e, 0xa0, 0x43);
    case Core::Health::Progressing:
        return QColor(0x2f, 0x7f, 0xe0);
    case Core::Health::Warning:
        return QColor(0xe0, 0x9b, 0x00);
    case Core::Health::Failed:
        return QColor(0xd9, 0x30, 0x25);
    case Core::Health::Unknown:
        break;
    }
    return QColor(0x8a, 0x8f, 0x98);
}

QString healthName(Core::Health health)
{
    switch (health) {
    case Core::Health::Healthy:
        return HealthDelegate::tr("Healthy");
    case Core::Health::Progressing:
        return HealthDelegate::tr("In progress");
    case Core::Health::Warning:
        return HealthDelegate::tr("Warning");
    case Core::Health::Failed:
        return HealthDelegate::tr("Failed");
    case Core::Health::Unknown:
        break;
    }
    return HealthDelegate::tr("Unknown");
}

QIcon healthIcon(Core::Health health)
{
    // Cached: one pixmap per state, not one per painted cell.
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(health));
    if (it == cache.end()) {
        QPixmap pixmap(16, 16);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(healthColor(health));
        painter.drawEllipse(QRectF(3, 3, 10, 10));
        painter.end();
        it = cache.insert(int(health), QIcon(pixmap));
    }
    return *it;
}

void HealthDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto health = Core::Health(index.data(Core::HealthRole).toInt());
    option->icon = healthIcon(health);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(16, 16);
}

} // namespace Sextant::Ui
