// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/kinds/kindrenderer.h"

#include <QList>
#include <QStringList>

class QTreeWidget;
class QWidget;

namespace Sextant::Ui::DetailTables {

// A flat, sortable-free, read-only table with selectable rows and Ctrl+C / context-menu copy.
QTreeWidget *create(const QStringList &headers, QWidget *parent);
// Replaces the rows, keeping the selection's row when it still exists. rowHealth: empty or one per row.
void fill(QTreeWidget *tree, const QList<QStringList> &rows, const QList<Core::Health> &rowHealth = {});
// Makes the table exactly as tall as its rows (for tables stacked in a scroll area).
void fitHeight(QTreeWidget *tree);
// Selected rows as text, cells separated by tabs, rows by newlines.
QString selectedText(const QTreeWidget *tree);

} // namespace Sextant::Ui::DetailTables
