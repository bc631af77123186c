// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace Sextant::Ui {

// An inline message above a view (errors, warnings, progress), instead of a
// modal box: the user keeps working and the text stays selectable.
class MessageBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)
public:
    enum class Level {
        Information,
        Warning,
        Error,
    };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text);
    QString text() const;
    Level level() const { return m_level; }

    // The banner currently shown somewhere inside root, if any.
    static MessageBanner *visibleIn(const QWidget &root);

private:
    void applyPalette();

    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr;
    QToolButton *m_close = nullptr;
    Level m_level = Level::Information;
};

} // namespace Sextant::Ui
