// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLatin1String>
#include <QMetaType>
#include <QString>

namespace Sextant::Core {

// One line of the connection doctor's report. Texts are plain, translated and
// never contain a credential.
struct DoctorStep {
    enum Status {
        Passed,
        Failed,
        Skipped, // an earlier step failed (or the run was cancelled)
        Warning, // works, but something deserves attention; later steps still run
    };

    QString id; // one of DoctorStepId
    QString title; // "Server reachable"
    Status status = Skipped;
    QString detail; // what was found, e.g. "Cannot connect to 10.0.0.1:6443: connection refused"
    QString hint; // how to fix it; empty when there is nothing to do
};

// Step ids, in the order the doctor runs them.
namespace DoctorStepId {
inline constexpr QLatin1String Kubeconfig("kubeconfig");
inline constexpr QLatin1String Reachable("reachable");
inline constexpr QLatin1String Tls("tls");
inline constexpr QLatin1String Credentials("credentials");
inline constexpr QLatin1String Authenticated("authenticated");
inline constexpr QLatin1String Permissions("permissions");
} // namespace DoctorStepId

} // namespace Sextant::Core

Q_DECLARE_METATYPE(Sextant::Core::DoctorStep)
