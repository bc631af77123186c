// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/nodes/drainer.h"
#include "ui/actions/resourceaction.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Sextant::Ui {

// Drains one node: first the options (each explained), then a live table of
// the node's pods with what happens to each and the server's messages
// verbatim. Cancel stops the drain at once and leaves the node cordoned;
// Close appears when it is over. Deletes itself when closed.
class DrainDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrainDialog)
public:
    // Pod table columns.
    enum Column { NamespaceColumn, PodColumn, StatusColumn, MessageColumn, ColumnCount };

    explicit DrainDialog(ActionTarget target, QWidget *parent = nullptr);
    ~DrainDialog() override;

    QString nodeName() const { return m_nodeName; }
    Core::DrainOptions options() const;
    void setOptions(const Core::DrainOptions &options);
    // Retry and poll intervals, for tests; kubectl's 5 s and 1 s otherwise.
    void setIntervals(int retryMs, int pollMs);

    bool isDraining() const;
    // Status text of a pod's row ("namespace/name"), empty if not listed.
    QString statusOf(const QString &podKey) const;
    QString messageOf(const QString &podKey) const;

    // The Drain and Cancel buttons.
    void startDrain();
    void cancelDrain();

    void reject() override;

Q_SIGNALS:
    void drainFinished(bool drained);
    void drainCancelled();

private:
    void setRunning(bool running);
    int rowFor(const Core::DrainPod &pod);
    void setRow(const Core::DrainPod &pod, const QString &status, const QString &message, bool problem = false);
    void onFinished(bool drained, const QString &summary);

    ActionTarget m_target;
    QString m_nodeName;
    int m_retryMs = 5000;
    int m_pollMs = 1000;
    QPointer<Core::Drainer> m_drainer;
    QGroupBox *m_optionsBox = nullptr;
    QCheckBox *m_ignoreDaemonSets = nullptr;
    QCheckBox *m_deleteEmptyDir = nullptr;
    QCheckBox *m_force = nullptr;
    QSpinBox *m_gracePeriod = nullptr;
    QSpinBox *m_timeout = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_drainButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QList<QLabel *> m_explanations;
    QHash<QString, int> m_rows;
    bool m_reportedFailure = false;
    Core::ApiError m_firstPodError;
};

} // namespace Sextant::Ui
