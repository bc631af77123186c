// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/actions/resourceaction.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;

namespace Sextant::Ui {

// Scale…: the current replica count and a new one; patches the scale
// subresource as kubectl scale does. Stays open with the server's message
// when that fails.
class ScaleDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScaleDialog)
public:
    ScaleDialog(ActionTarget target, QWidget *parent = nullptr);

    void setReplicas(int replicas);

private:
    void scale();

    ActionTarget m_target;
    QSpinBox *m_replicas = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_scaleButton = nullptr;
};

} // namespace Sextant::Ui
