// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../kubectl.h"
#include "../kubesimclient.h"
#include "../kubesimcluster.h"
#include "core/api/apiclient.h"
#include "core/auth/credentialsourcefactory.h"
#include "core/bootstrap/cacerthash.h"
#include "core/bootstrap/jointoken.h"
#include "core/kubeconfig/kubeconfigloader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sextant::Core;

// kube-sim's CA and a real bootstrap token Secret, checked against openssl and kubectl.
class TestBootstrapKubeSim final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(initKubeSimTest()); }

    void caHash_ofKubeSimCa_equalsOpenssl()
    {
        const KubectlResult ca = kubectl({ QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("--raw"),
            QStringLiteral("-o"), QStringLiteral("jsonpath={.clusters[0].cluster.certificate-authority-data}") });
        QCOMPARE(ca.exitCode, 0);
        const QByteArray pem = QByteArray::fromBase64(ca.out.trimmed());
        const Result<QString> hash = caCertHash(pem);
        QVERIFY(hash);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ca.crt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pem);
        file.close();
        // kubeadm's documented recipe, through a shell pipeline.
        QProcess shell;
        shell.start(QStringLiteral("sh"),
            { QStringLiteral("-c"),
                QStringLiteral("openssl x509 -pubkey -noout -in '%1' | openssl pkey -pubin -outform der | "
                               "openssl dgst -sha256 -r | cut -d' ' -f1")
                    .arg(path) });
        QVERIFY(shell.waitForFinished(20000));
        QCOMPARE(*hash, QStringLiteral("sha256:") + QString::fromLatin1(shell.readAllStandardOutput().trimmed()));
    }

    void tokenSecret_isCreated_asKubeadmWouldRead()
    {
        const std::unique_ptr<ApiClient> admin = kubeSimClient();
        QVERIFY(admin);
        ApiClient &client = *admin;

        const BootstrapToken token = BootstrapToken::generate(600, QStringLiteral("sextant integration test"));
        const ResourceRef secrets { QString(), QStringLiteral("v1"), QStringLiteral("secrets"), true };
        bool done = false;
        QString failure;
        client.create(
            secrets, QStringLiteral("kube-system"), bootstrapTokenSecret(token), {}, this,
            [&](const QJsonObject &) { done = true; },
            [&](const ApiError &error) {
                failure = error.message;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        const QJsonObject stored
            = kubectlJson({ QStringLiteral("get"), QStringLiteral("secret"), QStringLiteral("-n"),
                              QStringLiteral("kube-system"), QStringLiteral("bootstrap-token-") + token.id })
                  .object();
        QCOMPARE(stored.value(QLatin1String("type")).toString(), QStringLiteral("bootstrap.kubernetes.io/token"));
        const QJsonObject data = stored.value(QLatin1String("data")).toObject();
        QCOMPARE(
            QByteArray::fromBase64(data.value(QLatin1String("token-id")).toString().toLatin1()), token.id.toLatin1());
        QVERIFY(data.contains(QLatin1String("expiration")));
        kubectl({ QStringLiteral("delete"), QStringLiteral("secret"), QStringLiteral("-n"),
            QStringLiteral("kube-system"), QStringLiteral("bootstrap-token-") + token.id });
    }
};

QTEST_GUILESS_MAIN(TestBootstrapKubeSim)
#include "tst_bootstrapkubesim.moc"
