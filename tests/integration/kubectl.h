// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
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

// "prefix-123456": names that do not collide between test runs on one cluster.
inline QString uniqueTestName(const QString &prefix)
{
    return QStringLiteral("%1-%2").arg(prefix).arg(QRandomGenerator::global()->bounded(100000, 999999));
}

// A namespace of the test's own, made with kubectl and deleted (without
// waiting) when the test case ends.
class ScratchNamespace {
public:
    explicit ScratchNamespace(const QString &prefix)
        : m_name(uniqueTestName(prefix))
    {
        m_created = kubectl({ QStringLiteral("create"), QStringLiteral("namespace"), m_name }).exitCode == 0;
    }
    ~ScratchNamespace()
    {
        kubectl({ QStringLiteral("delete"), QStringLiteral("namespace"), m_name, QStringLiteral("--wait=false"),
            QStringLiteral("--ignore-not-found") });
    }
    ScratchNamespace(const ScratchNamespace &) = delete;
    ScratchNamespace &operator=(const ScratchNamespace &) = delete;

    const QString &name() const { return m_name; }
    bool isCreated() const { return m_created; }

private:
    QString m_name;
    bool m_created = false;
};
