// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/certs/registrylogin.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Sextant::Core;

namespace {

// A plain-HTTP registry on 127.0.0.1 speaking just enough of the Docker
// Registry v2 API to log in: /v2/ challenges (Bearer with a /token realm, or
// Basic), /token hands out a token for the right basic credentials.
class RegistryStub final : public QObject {
public:
    enum class Mode { Bearer, Basic, Anonymous, Silent, UnsafeRealm, EchoPassword };

    explicit RegistryStub(Mode mode)
        : m_mode(mode)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            }
        });
    }

    QString server() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    QStringList requests; // "GET /v2/ <authorization>"
    QString tokenQuery;

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n")) {
            return;
        }
        const QList<QByteArray> lines = buffer.left(buffer.indexOf("\r\n\r\n")).split('\n');
        buffer.clear();
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        QByteArray authorization;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("authorization:")) {
                authorization = line.mid(line.indexOf(':') + 1).trimmed();
            }
        }
        const QUrl url(QString::fromLatin1(requestLine.value(1)));
        requests.append(QStringLiteral("GET %1 %2").arg(url.path(), QString::fromLatin1(authorization)));
        if (m_mode == Mode::Silent) {
            return;
        }
        const QByteArray good = "Basic " + QByteArray("deploy:s3cret-pass").toBase64();
        if (url.path() == QLatin1String("/token")) {
            tokenQuery = url.query();
            if (authorization == good) {
                reply(socket, "200 OK", {}, R"({"token":"tok-123","expires_in":300})");
            } else {
                reply(socket, "401 Unauthorized", {}, R"({"details":"incorrect username or password"})");
            }
            return;
        }
        if (m_mode == Mode::Anonymous || authorization == "Bearer tok-123"
            || (m_mode != Mode::Bearer && authorization == good)) {
            reply(socket, "200 OK", {}, "{}");
            return;
        }
        QByteArray challenge;
        switch (m_mode) {
        case Mode::Bearer:
            challenge = "Bearer realm=\"" + server().toLatin1() + "/token\",service=\"stub-registry\"";
            break;
        case Mode::UnsafeRealm:
            challenge = R"(Bearer realm="http://auth.example.com/token",service="x")";
            break;
        default:
            challenge = R"(Basic realm="stub")";
            break;
        }
        QByteArray body = R"({"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]})";
        if (m_mode == Mode::EchoPassword && !authorization.isEmpty()) {
            body = R"({"errors":[{"message":"bad credentials )" + QByteArray::fromBase64(authorization.mid(6))
                + R"("}]})";
        }
        reply(socket, "401 Unauthorized", "WWW-Authenticate: " + challenge + "\r\n", body);
    }

    static void reply(QTcpSocket *socket, const QByteArray &status, const QByteArray &headers, const QByteArray &body)
    {
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + headers + "\r\n" + body);
        socket->disconnectFromHost();
    }

    Mode m_mode;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

RegistryCredentials credentials(const QString &server, const QString &password = QStringLiteral("s3cret-pass"))
{
    return { server, QStringLiteral("deploy"), password, QStringLiteral("ops@example.com") };
}

} // namespace

// "Test login" against a local registry stub: the token dance, basic auth,
// refusals with the registry's words, and a timeout; never the password in a message.
class TestRegistryLogin final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bearer_rightCredentials_fetchesTokenAndRetries()
    {
        RegistryStub stub(RegistryStub::Mode::Bearer);
        RegistryLogin login;
        QSignalSpy finished(&login, &RegistryLogin::finished);
        login.test(credentials(stub.server()));
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("Logged in to 127.0.0.1."));
        QCOMPARE(stub.requests.size(), 3);
        QCOMPARE(stub.requests.at(0), QStringLiteral("GET /v2/ "));
        QCOMPARE(stub.requests.at(1),
            QStringLiteral("GET /token Basic ") + QString::fromLatin1(QByteArray("deploy:s3cret-pass").toBase64()));
        QCOMPARE(stub.requests.at(2), QStringLiteral("GET /v2/ Bearer tok-123"));
        const QUrlQuery query(stub.tokenQuery);
        QCOMPARE(query.queryItemValue(QStringLiteral("service")), QStringLiteral("stub-registry"));
        QCOMPARE(query.queryItemValue(QStringLiteral("account")), QStringLiteral("deploy"));
    }

    void bearer_wrongPassword_reportsTokenServerMessage()
    {
        RegistryStub stub(RegistryStub::Mode::Bearer);
        RegistryLogin login;
        QSignalSpy finished(&login, &RegistryLogin::finished);
        login.test(credentials(stub.server(), QStringLiteral("wrong-pass")));
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.first().at(0).toBool());
        const QString message = finished.first().at(1).toString();
        QVERIFY2(message.contains(QLatin1String("incorrect username or password")), qPrintable(message));
        QVERIFY(!message.contains(QLatin1String("wrong-pass")));
    }

    void basic_rightAndWrongCredentials()
    {
        RegistryStub stub(RegistryStub::Mode::Basic);
        RegistryLogin login;
        QSignalSpy finished(&login, &RegistryLogin::finished);
        login.test(credentials(stub.server()));
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.takeFirst().at(0).toBool());
        login.test(credentials(stub.server(), QStringLiteral("nope-nope")));
        QVERIFY(finished.wait(10000));
        const QList<QVariant> result = finished.takeFirst();
        QVERIFY(!result.at(0).toBool());
        QVERIFY2(result.at(1).toString().contains(QLatin1String("authentication required")),
            qPrintable(result.at(1).toString()));
    }

    void anonymousRegistry_isOkButSaysNothingWasChecked()
    {
        RegistryStub stub(RegistryStub::Mode::Anonymous);
        RegistryLogin login;
        QSignalSpy finished(&login, &RegistryLogin::finished);
        login.test(credentials(stub.server()));
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().at(0).toBool());
        QVERIFY(finished.first().at(1).toString().contains(QLatin1String("without asking for credentials")));
    }

    void silentRegistry_timesOut()
    {
        RegistryStub stub(RegistryStub::Mode::Silent);
        RegistryLogin login;
        login.setTimeout(1000);
        QSignalSpy finished(&login, &RegistryLogin::finished);
        login.test(credentials(stub.server()));
        QVERIFY(login.isRunning());
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(finished.first().at(1).toString().startsWith(QLatin1String("No answer from 127.0.0.1 within 1 ")),
            qPrintable(finished.first().at(1).toString()));
        QVERIFY(!login.isRunning());
    }

    void unsafeRealm_isNotSentTheCredentials()
    {
        RegistryStub stub(RegistryStub::Mode::UnsafeRealm);
        RegistryLogin login;
        QSignalSpy finished(&login, &RegistryLogin::finished);
        login.test(credentials(stub.server()));
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.first().at(0).toBool());
        QCOMPARE(stub.requests.size(), 1);
        QVERIFY(finished.first().at(1).toString().contains(QLatin1String("auth.example.com")));
    }

    void echoingRegistry_passwordMaskedInMessage()
    {
        RegistryStub stub(RegistryStub::Mode::EchoPassword);
        RegistryLogin login;
        QSignalSpy finished(&login, &RegistryLogin::finished);
        login.test(credentials(stub.server(), QStringLiteral("hunter2-secret")));
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.first().at(0).toBool());
        const QString message = finished.first().at(1).toString();
        QVERIFY2(message.contains(QLatin1String("bad credentials deploy:")), qPrintable(message));
        QVERIFY(!message.contains(QLatin1String("hunter2-secret")));
    }

    void apiBase_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("url"); // empty: refused
        QTest::newRow("bare host") << QStringLiteral("registry.example.com:5000")
                                   << QStringLiteral("https://registry.example.com:5000/v2/");
        QTest::newRow("docker hub index")
            << QStringLiteral("https://index.docker.io/v1/") << QStringLiteral("https://registry-1.docker.io/v2/");
        QTest::newRow("docker.io") << QStringLiteral("docker.io") << QStringLiteral("https://registry-1.docker.io/v2/");
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:5000")
                                        << QStringLiteral("http://localhost:5000/v2/");
        QTest::newRow("http elsewhere") << QStringLiteral("http://registry.example.com") << QString();
        QTest::newRow("ftp") << QStringLiteral("ftp://registry.example.com") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void apiBase()
    {
        QFETCH(QString, server);
        QFETCH(QString, url);
        QString whyNot;
        const QUrl base = RegistryLogin::apiBase(server, &whyNot);
        QCOMPARE(base.toString(), url);
        QCOMPARE(whyNot.isEmpty(), !url.isEmpty());
    }

    void httpElsewhere_testFailsWithoutRequest()
    {
        RegistryLogin login;
        QSignalSpy finished(&login, &RegistryLogin::finished);
        login.test(credentials(QStringLiteral("http://registry.example.com")));
        QVERIFY(finished.wait(5000));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(finished.first().at(1).toString().contains(QLatin1String("https")));
    }
};

QTEST_GUILESS_MAIN(TestRegistryLogin)
#include "tst_registrylogin.moc"
