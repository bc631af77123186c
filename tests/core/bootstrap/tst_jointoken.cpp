// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/bootstrap/cacerthash.h"
#include "core/bootstrap/jointoken.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace Sextant::Core;

namespace {
QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The hash as kubeadm's documentation computes it with the openssl command line.
QString opensslHash(const QString &certificatePath)
{
    QProcess pubkey;
    pubkey.start(QStringLiteral("openssl"),
        { QStringLiteral("x509"), QStringLiteral("-pubkey"), QStringLiteral("-noout"), QStringLiteral("-in"),
            certificatePath });
    pubkey.waitForFinished();
    QProcess der;
    der.start(QStringLiteral("openssl"),
        { QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-outform"), QStringLiteral("der") });
    der.write(pubkey.readAllStandardOutput());
    der.closeWriteChannel();
    der.waitForFinished();
    QProcess digest;
    digest.start(
        QStringLiteral("openssl"), { QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-r") });
    digest.write(der.readAllStandardOutput());
    digest.closeWriteChannel();
    digest.waitForFinished();
    return QStringLiteral("sha256:") + QString::fromLatin1(digest.readAllStandardOutput().split(' ').value(0));
}
} // namespace

class TestJoinToken final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void caCertHash_matchesOpensslCommandLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("ca") << QStringLiteral("ca.crt");
        QTest::newRow("other ca") << QStringLiteral("otherca.crt");
        QTest::newRow("server (a leaf works too)") << QStringLiteral("server.crt");
    }

    void caCertHash_matchesOpensslCommandLine()
    {
        QFETCH(QString, file);
        const QString path = QStringLiteral(SEXTANT_TEST_DATA_DIR "/tls/") + file;
        const Result<QString> hash = caCertHash(readFile(path));
        QVERIFY2(hash, qPrintable(hash ? QString() : hash.error().message));
        QCOMPARE(*hash, opensslHash(path));
        QCOMPARE(hash->size(), 7 + 64);
    }

    void caCertHash_badInput_saysWhat()
    {
        QVERIFY(!caCertHash(QByteArray()));
        const Result<QString> garbage
            = caCertHash("-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n");
        QVERIFY(!garbage);
        QCOMPARE(garbage.error().message, QStringLiteral("The cluster's CA is not a PEM certificate."));
    }

    void generate_makesValidDistinctTokens()
    {
        const BootstrapToken a = BootstrapToken::generate(3600, QStringLiteral("for node-4"));
        const BootstrapToken b = BootstrapToken::generate(0, {});
        QVERIFY(a.isValid());
        QVERIFY(b.isValid());
        QVERIFY(a.token() != b.token());
        QVERIFY(a.expires.isValid());
        QVERIFY(!b.expires.isValid());
        QCOMPARE(BootstrapToken::parse(a.token()).token(), a.token());
    }

    void parse_rejectsMalformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("upper case") << QStringLiteral("ABCDEF.0123456789abcdef");
        QTest::newRow("short id") << QStringLiteral("abcde.0123456789abcdef");
        QTest::newRow("short secret") << QStringLiteral("abcdef.0123456789abcde");
        QTest::newRow("no dot") << QStringLiteral("abcdef0123456789abcdef");
        QTest::newRow("extra part") << QStringLiteral("abcdef.0123456789abcdef.x");
    }

    void parse_rejectsMalformed()
    {
        QFETCH(QString, text);
        QVERIFY(!BootstrapToken::parse(text).isValid());
    }

    void secret_hasKubeadmShape()
    {
        BootstrapToken token = BootstrapToken::parse(QStringLiteral("abcdef.0123456789abcdef"));
        token.expires = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
        const QJsonObject secret = bootstrapTokenSecret(token);
        QCOMPARE(secret.value(QLatin1String("type")).toString(), QStringLiteral("bootstrap.kubernetes.io/token"));
        const QJsonObject metadata = secret.value(QLatin1String("metadata")).toObject();
        QCOMPARE(metadata.value(QLatin1String("name")).toString(), QStringLiteral("bootstrap-token-abcdef"));
        QCOMPARE(metadata.value(QLatin1String("namespace")).toString(), QStringLiteral("kube-system"));
        const QJsonObject data = secret.value(QLatin1String("stringData")).toObject();
        QCOMPARE(data.value(QLatin1String("token-secret")).toString(), QStringLiteral("0123456789abcdef"));
        QCOMPARE(data.value(QLatin1String("expiration")).toString(), QStringLiteral("2026-11-28T12:00:00Z"));
        QCOMPARE(data.value(QLatin1String("usage-bootstrap-authentication")).toString(), QStringLiteral("true"));
        QCOMPARE(data.value(QLatin1String("auth-extra-groups")).toString(),
            QStringLiteral("system:bootstrappers:kubeadm:default-node-token"));
    }

    void joinCommand_formatsHostPortTokenAndHash()
    {
        const BootstrapToken token = BootstrapToken::parse(QStringLiteral("abcdef.0123456789abcdef"));
        QCOMPARE(kubeadmJoinCommand(QUrl(QStringLiteral("https://10.0.0.1:6443")), token, QStringLiteral("sha256:ab")),
            QStringLiteral("kubeadm join 10.0.0.1:6443 --token abcdef.0123456789abcdef "
                           "--discovery-token-ca-cert-hash sha256:ab"));
        QCOMPARE(kubeadmJoinCommand(QUrl(QStringLiteral("https://[fd00::1]")), token, QStringLiteral("sha256:ab")),
            QStringLiteral("kubeadm join [fd00::1]:443 --token abcdef.0123456789abcdef "
                           "--discovery-token-ca-cert-hash sha256:ab"));
    }

    void rbac_bindsTheKubeadmGroups()
    {
        const QList<QJsonObject> objects = kubeadmJoinRbac();
        QStringList names;
        for (const QJsonObject &object : objects) {
            names.append(object.value(QLatin1String("kind")).toString() + QLatin1Char('/')
                + object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString());
        }
        QCOMPARE(names,
            (QStringList { QStringLiteral("ClusterRole/kubeadm:get-nodes"),
                QStringLiteral("ClusterRoleBinding/kubeadm:get-nodes"),
                QStringLiteral("ClusterRoleBinding/kubeadm:kubelet-bootstrap"),
                QStringLiteral("ClusterRoleBinding/kubeadm:node-autoapprove-bootstrap"),
                QStringLiteral("ClusterRoleBinding/kubeadm:node-autoapprove-certificate-rotation") }));
    }
};

QTEST_GUILESS_MAIN(TestJoinToken)
#include "tst_jointoken.moc"
