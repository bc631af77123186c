// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/kinds/kindrenderer.h"

#include <QIcon>
#include <QStyledItemDelegate>

namespace Sextant::Ui {

// Colour of a health state, readable on both light and dark palettes.
QColor healthColor(Core::Health health);
// A coloured dot for a health state (cached; cheap to call per cell).
QIcon healthIcon(Core::Health health);
// A short translated name for screen readers and tooltips.
QString healthName(Core::Health health);

// Draws a coloured dot before the text of a status column, from HealthRole.
class HealthDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Sextant::Ui
