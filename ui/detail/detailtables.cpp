// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/detailtables.h"

#include "ui/delegates/healthdelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QScrollBar>
#include <QTreeWidget>

namespace Sextant::Ui::DetailTables {

QTreeWidget *create(const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree->setAlternatingRowColors(true);
    tree->setWordWrap(false);
    tree->setTextElideMode(Qt::ElideRight);
    tree->header()->setStretchLastSection(true);
    tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    auto *copy = new QAction(QCoreApplication::translate("Sextant::Ui::DetailTables", "Copy"), tree);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(
        copy, &QAction::triggered, tree, [tree] { QApplication::clipboard()->setText(selectedText(tree)); });
    tree->addAction(copy);
    tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    return tree;
}

void fill(QTreeWidget *tree, const QList<QStringList> &rows, const QList<Core::Health> &rowHealth)
{
    const int selectedRow = tree->currentItem() ? tree->indexOfTopLevelItem(tree->currentItem()) : -1;
    const bool firstFill = tree->topLevelItemCount() == 0;
    // Reuse items so an update does not flicker or lose the scroll position.
    while (tree->topLevelItemCount() > rows.size()) {
        delete tree->takeTopLevelItem(tree->topLevelItemCount() - 1);
    }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QTreeWidgetItem *item = r < tree->topLevelItemCount() ? tree->topLevelItem(int(r)) : new QTreeWidgetItem(tree);
        const QStringList &cells = rows.at(r);
        for (int c = 0; c < tree->columnCount(); ++c) {
            const QString text = c < cells.size() ? cells.at(c) : QString();
            item->setText(c, text);
            item->setToolTip(c, text.size() > 40 ? text : QString());
        }
        if (r < rowHealth.size()) {
            item->setIcon(0, healthIcon(rowHealth.at(r)));
            item->setData(0, Qt::AccessibleDescriptionRole, healthName(rowHealth.at(r)));
        } else {
            item->setIcon(0, QIcon());
        }
    }
    if (selectedRow >= 0 && selectedRow < tree->topLevelItemCount()) {
        tree->setCurrentItem(tree->topLevelItem(selectedRow));
    }
    if (firstFill) {
        for (int c = 0; c + 1 < tree->columnCount(); ++c) {
            tree->resizeColumnToContents(c);
            tree->setColumnWidth(c, qMin(tree->columnWidth(c), 320));
        }
    }
}

void fitHeight(QTreeWidget *tree)
{
    tree->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int rows = tree->topLevelItemCount();
    const int rowHeight = rows > 0 ? tree->sizeHintForRow(0) : tree->fontMetrics().height() + 6;
    // The horizontal scroll bar appears only once the pane is laid out
    // narrower than the columns: keep room for it, or it hides the last row.
    tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    const int scrollBar = tree->horizontalScrollBar()->sizeHint().height();
    tree->setFixedHeight(
        tree->header()->sizeHint().height() + qMax(rows, 1) * rowHeight + 2 * tree->frameWidth() + scrollBar);
}

QString selectedText(const QTreeWidget *tree)
{
    QStringList lines;
    for (int r = 0; r < tree->topLevelItemCount(); ++r) {
        const QTreeWidgetItem *item = tree->topLevelItem(r);
        if (!item->isSelected()) {
            continue;
        }
        QStringList cells;
        for (int c = 0; c < tree->columnCount(); ++c) {
            cells.append(item->text(c));
        }
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n');
}

} // namespace Sextant::Ui::DetailTables
