// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Shared by the doctor's tests: kubeconfig files written to a temporary
// directory, the test PKI in tests/data/tls, and a run of the doctor to its end.

#include "core/doctor/connectiondoctor.h"
#include "core/doctor/doctorreport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

namespace Sextant::Test {

// A token the doctor must never print, whatever happens.
inline const QString CanaryToken = QStringLiteral("sextant-canary-7f3a9c51e2d84b60");

inline QString tlsFile(const char *name)
{
    return QStringLiteral(SEXTANT_TEST_DATA_DIR "/tls/") + QLatin1String(name);
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

inline QSslCertificate testCertificate(const char *name)
{
    return QSslCertificate(readAll(tlsFile(name)), QSsl::Pem);
}

inline QSslKey testKey(const char *name)
{
    return QSslKey(readAll(tlsFile(name)), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
}

// One context "test" (namespace demo) on cluster "test-cluster" as user "test-user".
// clusterLines and userLines are YAML lines indented for their stanza ("    key: value").
inline QByteArray kubeconfigYaml(const QString &server, const QString &clusterLines, const QString &userLines)
{
    QString yaml = QStringLiteral("apiVersion: v1\n"
                                  "kind: Config\n"
                                  "current-context: test\n"
                                  "clusters:\n"
                                  "- name: test-cluster\n"
                                  "  cluster:\n"
                                  "    server: %1\n"
                                  "%2"
                                  "contexts:\n"
                                  "- name: test\n"
                                  "  context:\n"
                                  "    cluster: test-cluster\n"
                                  "    user: test-user\n"
                                  "    namespace: demo\n"
                                  "users:\n"
                                  "- name: test-user\n"
                                  "  user:\n"
                                  "%3")
                       .arg(server, clusterLines, userLines.isEmpty() ? QStringLiteral("    {}\n") : userLines);
    return yaml.toUtf8();
}

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return {};
    }
    file.write(content);
    return path;
}

struct DoctorRun {
    bool finished = false;
    bool passed = false;
    QList<Core::DoctorStep> steps;
    QList<int> finishedIndexes; // from stepFinished, in order
    QString report; // DoctorReport::format(steps)

    Core::DoctorStep step(QLatin1String id) const
    {
        for (const Core::DoctorStep &step : steps) {
            if (step.id == id) {
                return step;
            }
        }
        return {};
    }
};

inline DoctorRun runDoctor(Core::ConnectionDoctor &doctor, int timeoutMs = 30000)
{
    DoctorRun run;
    QObject receiver; // disconnects when this run is over
    QSignalSpy finished(&doctor, &Core::ConnectionDoctor::finished);
    QObject::connect(&doctor, &Core::ConnectionDoctor::stepFinished, &receiver,
        [&run](int index, const Core::DoctorStep &) { run.finishedIndexes.append(index); });
    doctor.start();
    run.finished = finished.wait(timeoutMs);
    run.passed = run.finished && finished.constFirst().constFirst().toBool();
    run.steps = doctor.steps();
    run.report = Core::DoctorReport::format(run.steps);
    return run;
}

inline DoctorRun runDoctorOn(const QString &kubeconfigPath, const QString &context = {},
    Core::DoctorOptions options = {}, const QString &namespaceName = {})
{
    Core::LoadOptions load;
    load.explicitPath = kubeconfigPath;
    Core::ConfigOverrides overrides;
    overrides.context = context;
    overrides.namespaceName = namespaceName;
    options.credentials.exec.searchLoginShellPath = false; // no $SHELL -l in unit tests
    Core::ConnectionDoctor doctor(load, overrides);
    doctor.setOptions(options);
    return runDoctor(doctor);
}

} // namespace Sextant::Test
