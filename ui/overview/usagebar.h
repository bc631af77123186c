// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

namespace Sextant::Ui {

// A thin horizontal bar for "used of total", in palette colours; turns to the
// warning colour above 80 % and the failure colour above 100 %.
class UsageBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageBar)
public:
    explicit UsageBar(QWidget *parent = nullptr);

    // fraction < 0: unknown (an empty track).
    void setFraction(double fraction);
    // For "available of desired": full is healthy, anything less a warning.
    void setFullIsHealthy(bool fullIsHealthy);
    double fraction() const { return m_fraction; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_fraction = -1;
    bool m_fullIsHealthy = false;
};

// Paints the same bar into a rectangle (for delegates).
void paintUsageBar(
    class QPainter *painter, const QRect &rect, double fraction, const QPalette &palette, bool fullIsHealthy = false);

} // namespace Sextant::Ui
