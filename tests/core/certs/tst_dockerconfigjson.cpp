// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/certs/dockerconfigjson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Sextant::Core;

// The image-pull Secret's value byte for byte as kubectl builds it, so a Secret
// made by Sextant and one made by `kubectl create secret docker-registry` are equal.
class TestDockerConfigJson final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void build_equalsKubectl_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("email");
        QTest::newRow("plain") << QStringLiteral("registry.example.com") << QStringLiteral("deploy")
                               << QStringLiteral("s3cret") << QStringLiteral("ops@example.com");
        QTest::newRow("no email") << QStringLiteral("registry.example.com:5000") << QStringLiteral("robot$ci")
                                  << QStringLiteral("pa:ss") << QString();
        QTest::newRow("docker hub") << QStringLiteral("https://index.docker.io/v1/") << QStringLiteral("me")
                                    << QStringLiteral("tok") << QStringLiteral("me@example.com");
        QTest::newRow("html and quotes") << QStringLiteral("reg<1>.example.com") << QStringLiteral("a&b")
                                         << QStringLiteral("p\"w\\d<>&") << QStringLiteral("x@y");
        QTest::newRow("unicode") << QStringLiteral("registry.example.com") << QStringLiteral("jürgen")
                                 << QStringLiteral("пароль\u2028密码") << QString();
    }

    void build_equalsKubectl()
    {
        QFETCH(QString, server);
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, email);
        QProcess kubectl;
        QStringList args { QStringLiteral("create"), QStringLiteral("secret"), QStringLiteral("docker-registry"),
            QStringLiteral("pull"), QStringLiteral("--docker-server=") + server,
            QStringLiteral("--docker-username=") + username, QStringLiteral("--docker-password=") + password,
            QStringLiteral("--dry-run=client"), QStringLiteral("-o"), QStringLiteral("json") };
        if (!email.isEmpty()) {
            args.append(QStringLiteral("--docker-email=") + email);
        }
        kubectl.start(QStringLiteral("kubectl"), args);
        QVERIFY(kubectl.waitForFinished(60000));
        QCOMPARE(kubectl.exitCode(), 0);
        const QJsonObject secret = QJsonDocument::fromJson(kubectl.readAllStandardOutput()).object();
        QCOMPARE(secret.value(QLatin1String("type")).toString(), QStringLiteral("kubernetes.io/dockerconfigjson"));
        const QByteArray expected = QByteArray::fromBase64(secret.value(QLatin1String("data"))
                                                               .toObject()
                                                               .value(QLatin1String(".dockerconfigjson"))
                                                               .toString()
                                                               .toLatin1());
        QVERIFY(!expected.isEmpty());
        const QByteArray built = DockerConfigJson::build({ server, username, password, email });
        QCOMPARE(built, expected);
    }

    void read_roundTripsBuild()
    {
        const RegistryCredentials in { QStringLiteral("registry.example.com"), QStringLiteral("u"),
            QStringLiteral("p:w"), QStringLiteral("e@x") };
        RegistryCredentials out;
        QVERIFY(DockerConfigJson::read(DockerConfigJson::build(in), &out));
        QCOMPARE(out.server, in.server);
        QCOMPARE(out.username, in.username);
        QCOMPARE(out.password, in.password);
        QCOMPARE(out.email, in.email);
    }

    void read_onlyAuth_decodesUsernameAndPassword()
    {
        RegistryCredentials out;
        QVERIFY(DockerConfigJson::read(R"({"auths":{"r.io":{"auth":"dTpwOnc="}}})", &out));
        QCOMPARE(out.server, QStringLiteral("r.io"));
        QCOMPARE(out.username, QStringLiteral("u"));
        QCOMPARE(out.password, QStringLiteral("p:w"));
    }

    void read_notDockerConfig_isFalse()
    {
        RegistryCredentials out;
        QVERIFY(!DockerConfigJson::read("{}", &out));
        QVERIFY(!DockerConfigJson::read("not json", &out));
    }
};

QTEST_GUILESS_MAIN(TestDockerConfigJson)
#include "tst_dockerconfigjson.moc"
