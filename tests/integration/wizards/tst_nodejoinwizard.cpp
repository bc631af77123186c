// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../kubectl.h"
#include "../kubesimcluster.h"
#include "../screenshot.h"
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "ui/wizards/nodejoinwizard.h"
#include "ui/wizards/reviewpage.h"

#include <QAbstractButton>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sextant;

namespace {
// kube-sim's CA hashed the way kubeadm's documentation does it.
QString opensslCaHash()
{
    const KubectlResult ca = kubectl({ QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("--raw"),
        QStringLiteral("-o"), QStringLiteral("jsonpath={.clusters[0].cluster.certificate-authority-data}") });
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("ca.crt")));
    file.open(QIODevice::WriteOnly);
    file.write(QByteArray::fromBase64(ca.out.trimmed()));
    file.close();
    QProcess shell;
    shell.start(QStringLiteral("sh"),
        { QStringLiteral("-c"),
            QStringLiteral("openssl x509 -pubkey -noout -in '%1' | openssl pkey -pubin -outform der | "
                           "openssl dgst -sha256 -r | cut -d' ' -f1")
                .arg(file.fileName()) });
    shell.waitForFinished(20000);
    return QStringLiteral("sha256:") + QString::fromLatin1(shell.readAllStandardOutput().trimmed());
}
} // namespace

class TestNodeJoinWizard final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        m_manager = std::make_unique<Core::ClusterManager>(kubeSimManagerOptions());
        m_connection = connectKubeSim(*m_manager);
        QVERIFY(m_connection);
    }

    void token_isCreated_andJoinCommandPinsKubeSimCa()
    {
        Ui::NodeJoinWizard wizard(m_connection);
        QSignalSpy ready(&wizard, &Ui::NodeJoinWizard::joinCommandReady);
        wizard.show();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.caCertHash().isEmpty(), 20000);
        QCOMPARE(wizard.caCertHash(), opensslCaHash());
        saveScreenshot(&wizard, QStringLiteral("node-token"));

        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.reviewPage()->isComplete(), 20000);
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(ready.wait(30000));
        const QString command = ready.constFirst().constFirst().toString();
        QVERIFY2(command.startsWith(QLatin1String("kubeadm join 127.0.0.1:")), qPrintable(command));
        QVERIFY(command.endsWith(QStringLiteral("--discovery-token-ca-cert-hash ") + opensslCaHash()));
        const QString token = command.section(QStringLiteral("--token "), 1).section(QLatin1Char(' '), 0, 0);
        const QString id = token.section(QLatin1Char('.'), 0, 0);

        const QJsonObject secret
            = kubectlJson({ QStringLiteral("get"), QStringLiteral("secret"), QStringLiteral("-n"),
                              QStringLiteral("kube-system"), QStringLiteral("bootstrap-token-") + id })
                  .object();
        QCOMPARE(secret.value(QLatin1String("type")).toString(), QStringLiteral("bootstrap.kubernetes.io/token"));
        const QJsonObject data = secret.value(QLatin1String("data")).toObject();
        QCOMPARE(QString::fromLatin1(
                     QByteArray::fromBase64(data.value(QLatin1String("token-secret")).toString().toLatin1())),
            token.section(QLatin1Char('.'), 1));
        QCOMPARE(kubectl({ QStringLiteral("get"), QStringLiteral("clusterrolebinding"),
                             QStringLiteral("kubeadm:kubelet-bootstrap") })
                     .exitCode,
            0);
        kubectl({ QStringLiteral("delete"), QStringLiteral("secret"), QStringLiteral("-n"),
            QStringLiteral("kube-system"), QStringLiteral("bootstrap-token-") + id });
    }

private:
    std::unique_ptr<Core::ClusterManager> m_manager;
    Core::ClusterConnection *m_connection = nullptr;
};

QTEST_MAIN(TestNodeJoinWizard)
#include "tst_nodejoinwizard.moc"
