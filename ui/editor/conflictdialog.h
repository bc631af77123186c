// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QList>

class QPushButton;
class QTreeWidget;

namespace Sextant::Core {
class ApplyRun;
}

namespace Sextant::Ui {

// After an apply that met field manager conflicts: which other manager owns
// which fields, per object, and the server's words. Nothing of those objects
// was changed; "Apply and take ownership" is the explicit choice to re-send
// them with force. Opens window-modal with open(); deletes itself on close.
class ConflictDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)
public:
    // indexes: the run's objects in conflict.
    ConflictDialog(
        const Core::ApplyRun &run, const QList<int> &indexes, const QString &contextName, QWidget *parent = nullptr);

    QList<int> indexes() const { return m_indexes; }
    QTreeWidget *conflictTree() const { return m_tree; }
    QPushButton *takeOwnershipButton() const { return m_force; }

Q_SIGNALS:
    // The user chose to force: re-send indexes() with force=true.
    void takeOwnershipRequested(const QList<int> &indexes);

private:
    QList<int> m_indexes;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_force = nullptr;
};

} // namespace Sextant::Ui
