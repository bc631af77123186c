// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// `sextant doctor [--kubeconfig FILE] [--context NAME] [-n NAMESPACE]`: the
// connection doctor's report on the terminal, one line per step:
//
//   [ OK ] Kubeconfig: context "admin" from /home/u/.kube/config (valid): ...
//   [FAIL] Server reachable: Cannot connect to 10.0.0.1:6443: connection refused
//          hint: Nothing accepts connections at 10.0.0.1:6443. Check the server URL ...
//
// Exit status: 0 when no step failed (warnings allowed), 1 on a failure, 2 on bad usage.

#include <QObject>
#include <QStringList>

class QTextStream;

namespace Sextant::Core {
class ConnectionDoctor;
struct DoctorStep;
} // namespace Sextant::Core

namespace Sextant::App {

class DoctorCommand final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DoctorCommand)
public:
    DoctorCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~DoctorCommand() override;

    // arguments as QCoreApplication::arguments(): the program, optionally "doctor", then options.
    // Returns the exit code when there is nothing to run (--help: 0, bad usage: 2), else -1
    // and finished() follows from the event loop.
    int start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void printStep(const Sextant::Core::DoctorStep &step);
    void printSummary(bool passed);

    QTextStream &m_out;
    QTextStream &m_err;
    Core::ConnectionDoctor *m_doctor = nullptr;
};

// The whole command with its own QCoreApplication; main() calls it first thing
// when argv[1] is "doctor", before any QApplication exists.
int runDoctor(int argc, char *argv[]);

} // namespace Sextant::App
