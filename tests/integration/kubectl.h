// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>

// The installed kubectl, as the independent witness of what Sextant saw or did.
// Tests may block on it: they are not the GUI thread of a user's app.
struct KubectlResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline QString kubeSimKubeconfig()
{
    return qEnvironmentVariable("SEXTANT_KUBE_SIM_KUBECONFIG");
}

inline KubectlResult kubectl(
    const QStringList &args, const QByteArray &stdinData = {}, const QString &context = QStringLiteral("admin"))
{
    QProcess process;
    QStringList all { QStringLiteral("--kubeconfig"), kubeSimKubeconfig(), QStringLiteral("--context"), context };
    all += args;
    process.start(QStringLiteral("kubectl"), all);
    process.write(stdinData);
    process.closeWriteChannel();
    KubectlResult result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = "kubectl timed out";
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

inline QJsonDocument kubectlJson(const QStringList &args)
{
    return QJsonDocument::fromJson(kubectl(args + QStringList { QStringLiteral("-o"), QStringLiteral("json") }).out);
}
