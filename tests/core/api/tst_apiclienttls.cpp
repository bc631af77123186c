// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "cannedhttpserver.h"
#include "core/api/apiclient.h"
#include "fakecredentialsource.h"

#include <QFile>
#include <QTest>

using namespace Sextant::Core;
using namespace Sextant::Test;

namespace {
QByteArray tlsFile(const QString &name)
{
    QFile file(QStringLiteral(SEXTANT_TEST_DATA_DIR "/tls/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(name));
    return file.readAll();
}

const ResourceRef namespaces { QString(), QStringLiteral("v1"), QStringLiteral("namespaces"), false };
} // namespace

class TestApiClientTls : public QObject {
    Q_OBJECT

private:
    struct Run {
        bool ok = false;
        ApiError error;
    };
    Run get(CannedHttpServer &server, RestConfig config, const Credential &credential = {})
    {
        config.server = server.url(QStringLiteral("localhost"));
        ApiClient client(config, std::make_unique<FakeCredentialSource>(credential));
        client.setAuditLog(nullptr);
        Run run;
        bool finished = false;
        client.get(
            namespaces, QString(), QStringLiteral("default"), this,
            [&](const QJsonObject &) {
                run.ok = true;
                finished = true;
            },
            [&](const ApiError &error) {
                run.error = error;
                finished = true;
            });
        if (!QTest::qWaitFor([&] { return finished; }, 10000))
            run.error.message = QStringLiteral("timed out");
        return run;
    }

    void serve(CannedHttpServer &server, const QString &certificate)
    {
        server.enableTls(QSslCertificate(tlsFile(certificate + QStringLiteral(".crt"))),
            QSslKey(tlsFile(certificate + QStringLiteral(".key")), QSsl::Ec));
        server.setHandler([](const CannedRequest &) { return CannedResponse::json(200, R"({"kind":"Namespace"})"); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
    }

    void trustedCa_succeeds()
    {
        CannedHttpServer server;
        serve(server, QStringLiteral("server"));
        RestConfig config;
        config.caData = tlsFile(QStringLiteral("ca.crt"));
        const Run run = get(server, config);
        QVERIFY2(run.ok, qPrintable(run.error.message));
    }

    void certificateErrors_classified_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("ca");
        QTest::addColumn<QString>("expectedText");
        QTest::newRow("wrongCa") << "server"
                                 << "otherca.crt"
                                 << "not signed by a trusted certificate authority";
        QTest::newRow("hostnameMismatch") << "wronghost"
                                          << "ca.crt"
                                          << "not valid for host name \"localhost\"";
        QTest::newRow("expired") << "expired"
                                 << "ca.crt"
                                 << "expired on 2020-12-31";
    }
    void certificateErrors_classified()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, ca);
        QFETCH(QString, expectedText);
        CannedHttpServer server;
        serve(server, certificate);
        RestConfig config;
        config.caData = tlsFile(ca);
        const Run run = get(server, config);
        QVERIFY(!run.ok);
        QCOMPARE(run.error.kind, ApiError::Kind::Tls);
        QVERIFY2(run.error.message.contains(expectedText), qPrintable(run.error.message));
        QVERIFY(server.requests.isEmpty()); // nothing was sent over an unverified connection
    }

    void insecureSkipTlsVerify_acceptsAnyCertificate()
    {
        CannedHttpServer server;
        serve(server, QStringLiteral("expired"));
        RestConfig config;
        config.insecureSkipTlsVerify = true;
        const Run run = get(server, config);
        QVERIFY2(run.ok, qPrintable(run.error.message));
    }

    void tlsServerName_verifiesAgainstIt()
    {
        CannedHttpServer server;
        serve(server, QStringLiteral("wronghost"));
        RestConfig config;
        config.caData = tlsFile(QStringLiteral("ca.crt"));
        config.tlsServerName = QStringLiteral("not-this-host.invalid");
        const Run run = get(server, config);
        QVERIFY2(run.ok, qPrintable(run.error.message));
    }

    void clientCertificateAndBearer_sent()
    {
        CannedHttpServer server;
        serve(server, QStringLiteral("server"));
        server.requestClientCertificate({ QSslCertificate(tlsFile(QStringLiteral("ca.crt"))) });
        RestConfig config;
        config.caData = tlsFile(QStringLiteral("ca.crt"));
        Credential credential;
        credential.clientCertPem = tlsFile(QStringLiteral("client.crt"));
        credential.clientKeyPem = tlsFile(QStringLiteral("client.key"));
        credential.bearerToken = "canary-token";
        const Run run = get(server, config, credential);
        QVERIFY2(run.ok, qPrintable(run.error.message));
        QCOMPARE(server.lastClientCertificate().subjectInfo(QSslCertificate::CommonName).value(0),
            QStringLiteral("sextant-test-user"));
        QCOMPARE(server.requests.at(0).headers.value("authorization"), QByteArray("Bearer canary-token"));
    }

    void tlsVersion_atLeast12()
    {
        RestConfig config;
        config.server = QUrl(QStringLiteral("https://localhost:1"));
        ApiClient client(config, nullptr);
        QCOMPARE(client.baseSslConfiguration().protocol(), QSsl::TlsV1_2OrLater);
        config.caData = tlsFile(QStringLiteral("ca.crt"));
        ApiClient withCa(config, nullptr);
        QCOMPARE(withCa.baseSslConfiguration().caCertificates().size(), 1); // the cluster CA only
    }
};

QTEST_GUILESS_MAIN(TestApiClientTls)
#include "tst_apiclienttls.moc"
