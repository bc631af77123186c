// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/palette/commandpalette.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {
// The item's text on the left, its category and shortcut dimmed on the right.
class PaletteDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        QStringList hints;
        const QString shortcut = index.data(PaletteModel::ShortcutRole).toString();
        if (!shortcut.isEmpty()) {
            hints.append(shortcut);
        }
        hints.append(index.data(PaletteModel::CategoryRole).toString());
        const bool selected = option.state & QStyle::State_Selected;
        QColor colour = option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
        painter->save();
        painter->setPen(colour);
        const QRect area = option.rect.adjusted(0, 0, -8, 0);
        painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, hints.join(QStringLiteral("  ·  ")));
        painter->restore();
    }
};
} // namespace

CommandPalette::CommandPalette(QWidget *window)
    : QFrame(window)
    , m_input(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_model(new PaletteModel(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Command palette"));

    m_input->setPlaceholderText(tr("Go to a kind, cluster or object, or run an action…"));
    m_input->setAccessibleName(tr("Command"));
    m_input->setClearButtonEnabled(true);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new PaletteDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setAccessibleName(tr("Matches"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_input);
    layout->addWidget(m_list);

    connect(m_input, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setQuery(text);
        selectRow(0);
    });
    connect(m_input, &QLineEdit::returnPressed, this, &CommandPalette::runCurrent);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        selectRow(index.row());
        runCurrent();
    });
    m_input->installEventFilter(this);
    window->installEventFilter(this);
    hide();
}

void CommandPalette::open(QList<PaletteItem> items)
{
    m_model->setItems(std::move(items));
    m_input->clear();
    m_model->setQuery(QString());
    selectRow(0);
    placeOverWindow();
    show();
    raise();
    m_input->setFocus(Qt::ShortcutFocusReason);
}

void CommandPalette::dismiss()
{
    hide();
    if (parentWidget()) {
        parentWidget()->setFocus();
    }
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible()) {
        placeOverWindow();
    }
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_list->currentIndex().row();
        switch (key->key()) {
        case Qt::Key_Escape:
            dismiss();
            return true;
        case Qt::Key_Down:
            selectRow(qMin(row + 1, m_model->rowCount() - 1));
            return true;
        case Qt::Key_Up:
            selectRow(qMax(row - 1, 0));
            return true;
        case Qt::Key_PageDown:
            selectRow(qMin(row + 10, m_model->rowCount() - 1));
            return true;
        case Qt::Key_PageUp:
            selectRow(qMax(row - 10, 0));
            return true;
        default:
            break;
        }
    }
    if (watched == m_input && event->type() == QEvent::FocusOut && isVisible()) {
        // Clicking elsewhere closes the palette, as a popup would.
        const auto *focus = static_cast<QFocusEvent *>(event);
        if (focus->reason() == Qt::MouseFocusReason && !underMouse()) {
            hide();
        }
    }
    return QFrame::eventFilter(watched, event);
}

void CommandPalette::runCurrent()
{
    const PaletteItem *item = m_model->itemAt(m_list->currentIndex().row());
    if (!item || !item->disabledReason.isEmpty() || !item->run) {
        return;
    }
    // Copy first: running may replace the items (e.g. switching cluster).
    const std::function<void()> run = item->run;
    dismiss();
    run();
}

void CommandPalette::placeOverWindow()
{
    const QWidget *window = parentWidget();
    const int width = qBound(360, window->width() / 2, 720);
    const int height = qMin(420, window->height() - 80);
    setGeometry((window->width() - width) / 2, 60, width, qMax(height, 160));
}

void CommandPalette::selectRow(int row)
{
    if (m_model->rowCount() == 0) {
        return;
    }
    const QModelIndex index = m_model->index(qBound(0, row, m_model->rowCount() - 1), 0);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

} // namespace Sextant::Ui
