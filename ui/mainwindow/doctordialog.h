// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Sextant::Core {
class ClusterManager;
class ConnectionDoctor;
struct DoctorStep;
} // namespace Sextant::Core

namespace Sextant::Ui {

// The connection doctor in a window: each step of one context's check, what
// was found and how to fix it. The same report as `sextant doctor`.
class DoctorDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DoctorDialog)
public:
    DoctorDialog(Core::ClusterManager *manager, const QString &context, QWidget *parent = nullptr);
    ~DoctorDialog() override;

    void run();
    QTreeWidget *stepsView() const { return m_steps; }

Q_SIGNALS:
    void checkFinished(bool passed);

private:
    void showStep(int index, const Core::DoctorStep &step);

    Core::ClusterManager *m_manager = nullptr;
    QString m_context;
    Core::ConnectionDoctor *m_doctor = nullptr;
    QTreeWidget *m_steps = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_rerun = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace Sextant::Ui
