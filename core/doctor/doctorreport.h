// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// The doctor's report as text, the same in `sextant doctor` and in the app's
// "copy report":
//
//   [ OK ] Kubeconfig: context "admin" from /home/u/.kube/config (valid)
//   [FAIL] Server reachable: Cannot connect to 10.0.0.1:6443: connection refused
//          hint: Check the server URL ...
//   [SKIP] TLS verified: skipped because "Server reachable" failed

#include "core/doctor/doctorstep.h"

#include <QList>
#include <QString>

namespace Sextant::Core::DoctorReport {

// "[ OK ]", "[FAIL]", "[SKIP]" or "[WARN]": fixed width, not translated.
QString mark(DoctorStep::Status status);

// The step's lines, continuation lines indented under the title; no trailing newline.
QString formatStep(const DoctorStep &step);

// Every step, one after the other, each ending with a newline.
QString format(const QList<DoctorStep> &steps);

// True when no step failed (warnings allowed).
bool passed(const QList<DoctorStep> &steps);

} // namespace Sextant::Core::DoctorReport
