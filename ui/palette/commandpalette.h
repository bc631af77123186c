// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/palette/palettemodel.h"

#include <QFrame>

class QLineEdit;
class QListView;

namespace Sextant::Ui {

// Ctrl+K: type to jump to any kind, cluster, object or action. Lives inside
// its window (not a separate top-level), so focus and stacking stay simple.
class CommandPalette final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPalette)
public:
    explicit CommandPalette(QWidget *window);

    // Shows the palette over the window with these items and an empty query.
    void open(QList<PaletteItem> items);
    void dismiss();

    QLineEdit *input() const { return m_input; }
    QListView *list() const { return m_list; }
    PaletteModel *model() const { return m_model; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runCurrent();
    void placeOverWindow();
    void selectRow(int row);

    QLineEdit *m_input = nullptr;
    QListView *m_list = nullptr;
    PaletteModel *m_model = nullptr;
};

} // namespace Sextant::Ui
