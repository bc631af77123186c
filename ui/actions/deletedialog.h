// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/actions/resourceaction.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace Sextant::Ui {

// Asks before deleting the target's objects, lists them, offers the
// propagation policy, then deletes each and shows every object's result.
// Closes itself when all were deleted; stays open with the server's
// messages when some were not.
class DeleteDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteDialog)
public:
    DeleteDialog(ActionTarget target, QWidget *parent = nullptr);

    // "Background", "Foreground" or "Orphan".
    QString propagationPolicy() const;
    void setPropagationPolicy(const QString &policy);

Q_SIGNALS:
    // Every answer is in.
    void deletionFinished(int deleted, int failed);

private:
    void startDeleting();

    ActionTarget m_target;
    QListWidget *m_objects = nullptr;
    QButtonGroup *m_policies = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_deleteButton = nullptr;
};

} // namespace Sextant::Ui
