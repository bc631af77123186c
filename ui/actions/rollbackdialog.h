// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/actions/revisionhistory.h"
#include "ui/actions/resourceaction.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Sextant::Ui {

// Rollback…: the revision history (number, age, change cause, images, the
// current one marked). One selected revision shows what rolling back to it
// changes; two selected show the diff between them. "Roll back" does what
// `kubectl rollout undo --to-revision=N` does.
class RollbackDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RollbackDialog)
public:
    RollbackDialog(ActionTarget target, QWidget *parent = nullptr);

    QList<Core::Revision> revisions() const { return m_revisions; }
    // Selects these revision numbers (at most two), as a user would.
    void selectRevisions(const QList<qint64> &numbers);
    QString diffText() const;

Q_SIGNALS:
    void historyLoaded();

private:
    void load();
    void showHistory();
    void selectionChanged();
    QList<const Core::Revision *> selectedRevisions() const;
    void rollBack();

    ActionTarget m_target;
    QList<Core::Revision> m_revisions;
    QLabel *m_status = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_diffTitle = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QPushButton *m_rollbackButton = nullptr;
};

} // namespace Sextant::Ui
