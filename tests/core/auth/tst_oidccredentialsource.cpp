// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "authtesthelpers.h"
#include "core/auth/oidccredentialsource.h"
#include "mockclock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace Sextant::Core;
using namespace Sextant::Core::Testing;

namespace {

const QDateTime kNow(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);

QByteArray makeJwt(const QJsonObject &claims)
{
    const auto encode = [](const QJsonObject &object) {
        return QJsonDocument(object)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return encode(QJsonObject { { QStringLiteral("alg"), QStringLiteral("RS256") } }) + '.' + encode(claims) + ".c2ln";
}

QByteArray jwtExpiringIn(qint64 seconds, const QString &subject = QStringLiteral("alice"))
{
    return makeJwt(QJsonObject { { QStringLiteral("sub"), subject },
        { QStringLiteral("exp"), double(kNow.addSecs(seconds).toSecsSinceEpoch()) } });
}

// A tiny OIDC issuer: the discovery document and a token endpoint, over plain HTTP/1.1.
class TinyOidcServer : public QObject {
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QByteArray path;
        QByteArray body;
    };

    QList<Request> requests;
    int tokenStatus = 200;
    QByteArray tokenResponse;
    bool discoveryHasTokenEndpoint = true;
    int tokenDelayMs = 0;

    bool start()
    {
        connect(&m_server, &QTcpServer::newConnection, this, &TinyOidcServer::onNewConnection);
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString issuer() const { return QStringLiteral("http://127.0.0.1:%1/realms/dev").arg(m_server.serverPort()); }
    int tokenRequests() const
    {
        return int(std::count_if(
            requests.cbegin(), requests.cend(), [](const Request &r) { return r.path.endsWith("/token"); }));
    }

private:
    void onNewConnection()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                buffer->append(socket->readAll());
                const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                if (headerEnd < 0) {
                    return;
                }
                const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
                qsizetype contentLength = 0;
                for (const QByteArray &line : lines) {
                    if (line.toLower().startsWith("content-length:")) {
                        contentLength = line.mid(15).trimmed().toLongLong();
                    }
                }
                if (buffer->size() < headerEnd + 4 + contentLength) {
                    return;
                }
                const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
                Request request { requestLine.value(0), requestLine.value(1),
                    buffer->mid(headerEnd + 4, contentLength) };
                requests.append(request);
                buffer->clear();
                respond(socket, request);
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void respond(QTcpSocket *socket, const Request &request)
    {
        if (request.path.endsWith("/.well-known/openid-configuration")) {
            QJsonObject discovery { { QStringLiteral("issuer"), issuer() } };
            if (discoveryHasTokenEndpoint) {
                discovery.insert(QStringLiteral("token_endpoint"),
                    QString(issuer() + QStringLiteral("/protocol/openid-connect/token")));
            }
            write(socket, 200, QJsonDocument(discovery).toJson());
        } else if (request.path.endsWith("/token") && request.method == "POST") {
            QTimer::singleShot(tokenDelayMs, socket, [this, socket] { write(socket, tokenStatus, tokenResponse); });
        } else {
            write(socket, 404, "{}");
        }
    }

    static void write(QTcpSocket *socket, int status, const QByteArray &body)
    {
        QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Error")
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n\r\n" + body;
        socket->write(response);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
};

} // namespace

class TestOidcCredentialSource : public QObject {
    Q_OBJECT
private:
    struct Written {
        QString file;
        QString user;
        QMap<QString, QString> config;
    };
    QList<Written> m_written;
    QList<QPair<QString, QByteArray>> m_stored;
    QString m_writerError;
    QString m_storeError;
    MockClock m_clock { kNow };
    TinyOidcServer *m_server = nullptr;

    RestConfig makeConfig(const QByteArray &idToken, const QString &refreshToken = QStringLiteral("refresh-1"))
    {
        RestConfig config;
        config.userName = QStringLiteral("alice@dev");
        config.userOriginFile = QStringLiteral("/home/alice/.kube/config");
        config.server = QUrl(QStringLiteral("https://127.0.0.1:6443"));
        QMap<QString, QString> provider { { QStringLiteral("idp-issuer-url"), m_server->issuer() },
            { QStringLiteral("client-id"), QStringLiteral("kubernetes") },
            { QStringLiteral("client-secret"), QStringLiteral("CANARY-SECRET-client") },
            { QStringLiteral("extra-scopes"), QStringLiteral("groups") } };
        if (!idToken.isEmpty()) {
            provider.insert(QStringLiteral("id-token"), QString::fromLatin1(idToken));
        }
        if (!refreshToken.isEmpty()) {
            provider.insert(QStringLiteral("refresh-token"), refreshToken);
        }
        config.authProvider = AuthProviderConfig { QStringLiteral("oidc"), provider };
        return config;
    }

    OidcOptions options()
    {
        OidcOptions options;
        options.clock = &m_clock;
        options.writer
            = [this](const QString &file, const QString &user, const QMap<QString, QString> &config) -> Result<void> {
            m_written.append({ file, user, config });
            if (!m_writerError.isEmpty()) {
                ApiError error;
                error.message = m_writerError;
                return makeUnexpected(error);
            }
            return {};
        };
        options.secretStore
            = [this](const QString &key, const QByteArray &secret, std::function<void(const QString &)> done) {
                  m_stored.append({ key, secret });
                  const QString error = m_storeError;
                  QTimer::singleShot(0, this, [done, error] { done(error); });
              };
        options.timeoutMs = 5000;
        return options;
    }

    void setTokenResponse(const QByteArray &idToken, const QString &refreshToken)
    {
        QJsonObject response { { QStringLiteral("access_token"), QStringLiteral("access") },
            { QStringLiteral("token_type"), QStringLiteral("Bearer") },
            { QStringLiteral("id_token"), QString::fromLatin1(idToken) } };
        if (!refreshToken.isEmpty()) {
            response.insert(QStringLiteral("refresh_token"), refreshToken);
        }
        m_server->tokenStatus = 200;
        m_server->tokenResponse = QJsonDocument(response).toJson();
    }

private Q_SLOTS:
    void init()
    {
        m_written.clear();
        m_stored.clear();
        m_writerError.clear();
        m_storeError.clear();
        m_clock.setNow(kNow);
        m_server = new TinyOidcServer;
        QVERIFY(m_server->start());
    }
    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
    }

    void get_validIdToken_usedWithoutRefresh()
    {
        const QByteArray idToken = jwtExpiringIn(3600);
        OidcCredentialSource source(makeConfig(idToken), options());
        const auto result = getAndWait(source);
        QVERIFY2(result && result->hasValue(), describe(result).constData());
        QCOMPARE(result->value().bearerToken, idToken);
        QCOMPARE(result->value().expiry, kNow.addSecs(3600 - 10));
        QVERIFY(m_server->requests.isEmpty());
        QVERIFY(m_written.isEmpty());
    }

    void get_idTokenExpiringWithin10s_refreshesAndWritesBack()
    {
        const QByteArray newIdToken = jwtExpiringIn(3600, QStringLiteral("alice-new"));
        setTokenResponse(newIdToken, QStringLiteral("refresh-2"));
        OidcCredentialSource source(makeConfig(jwtExpiringIn(9)), options());
        QList<CredentialState> states;
        connect(
            &source, &CredentialSource::stateChanged, this, [&states](CredentialState state) { states.append(state); });
        const auto result = getAndWait(source);
        QVERIFY2(result && result->hasValue(), describe(result).constData());
        QCOMPARE(result->value().bearerToken, newIdToken);
        QCOMPARE(states, (QList<CredentialState> { CredentialState::Obtaining, CredentialState::Ready }));

        QCOMPARE(m_server->requests.size(), 2);
        QCOMPARE(m_server->requests.at(0).method, QByteArray("GET"));
        QCOMPARE(m_server->requests.at(0).path, QByteArray("/realms/dev/.well-known/openid-configuration"));
        QCOMPARE(m_server->requests.at(1).method, QByteArray("POST"));
        QCOMPARE(m_server->requests.at(1).path, QByteArray("/realms/dev/protocol/openid-connect/token"));
        const QUrlQuery form(QString::fromUtf8(m_server->requests.at(1).body));
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
        QCOMPARE(form.queryItemValue(QStringLiteral("refresh_token")), QStringLiteral("refresh-1"));
        QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), QStringLiteral("kubernetes"));
        QCOMPARE(form.queryItemValue(QStringLiteral("client_secret")), QStringLiteral("CANARY-SECRET-client"));

        QCOMPARE(m_written.size(), 1);
        QCOMPARE(m_written.first().file, QStringLiteral("/home/alice/.kube/config"));
        QCOMPARE(m_written.first().user, QStringLiteral("alice@dev"));
        QCOMPARE(m_written.first().config.value(QStringLiteral("id-token")), QString::fromLatin1(newIdToken));
        QCOMPARE(m_written.first().config.value(QStringLiteral("refresh-token")), QStringLiteral("refresh-2"));
        QCOMPARE(m_written.first().config.value(QStringLiteral("extra-scopes")), QStringLiteral("groups")); // kept
        QCOMPARE(m_written.first().config.value(QStringLiteral("client-id")), QStringLiteral("kubernetes"));

        QTRY_COMPARE(m_stored.size(), 1);
        QCOMPARE(m_stored.first().first, QStringLiteral("oidc/%1/kubernetes/alice@dev").arg(m_server->issuer()));
        QCOMPARE(m_stored.first().second, QByteArray("refresh-2"));
        QCOMPARE(source.keychainKey(), m_stored.first().first);

        // The new token is used from now on without another refresh.
        const auto again = getAndWait(source);
        QVERIFY(again && again->hasValue());
        QCOMPARE(again->value().bearerToken, newIdToken);
        QCOMPARE(m_server->tokenRequests(), 1);
    }

    void get_defaultWriter_updatesKubeconfigFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("config"));
        const QByteArray oldIdToken = jwtExpiringIn(-30);
        QVERIFY(writeTestFile(file,
            QStringLiteral("apiVersion: v1\nkind: Config\nusers:\n- name: alice@dev\n  user:\n"
                           "    auth-provider:\n      name: oidc\n      config:\n"
                           "        id-token: %1\n        refresh-token: refresh-1\n"
                           "        unknown-key: kept\n")
                .arg(QString::fromLatin1(oldIdToken))
                .toUtf8()));
        const QByteArray newIdToken = jwtExpiringIn(3600, QStringLiteral("alice-new"));
        setTokenResponse(newIdToken, QStringLiteral("refresh-2"));
        RestConfig config = makeConfig(oldIdToken);
        config.userOriginFile = file;
        config.authProvider->config.insert(QStringLiteral("unknown-key"), QStringLiteral("kept"));
        OidcOptions opts = options();
        opts.writer = {}; // the real core/kubeconfig writer
        OidcCredentialSource source(config, opts);
        QStringList warnings;
        connect(&source, &CredentialSource::warningRaised, this,
            [&warnings](const QString &message) { warnings.append(message); });
        const auto result = getAndWait(source);
        QVERIFY2(result && result->hasValue(), describe(result).constData());
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        const QByteArray written = readTestFile(file);
        QVERIFY(written.contains(newIdToken));
        QVERIFY(!written.contains(oldIdToken));
        QVERIFY(written.contains("refresh-2"));
        QVERIFY(written.contains("unknown-key: kept"));
    }

    void get_noIdToken_refreshes()
    {
        setTokenResponse(jwtExpiringIn(600), QString());
        OidcCredentialSource source(makeConfig(QByteArray()), options());
        const auto result = getAndWait(source);
        QVERIFY2(result && result->hasValue(), describe(result).constData());
        QCOMPARE(m_server->tokenRequests(), 1);
    }

    void get_refreshTokenNotRotated_keptAndNotStored()
    {
        setTokenResponse(jwtExpiringIn(3600), QString());
        OidcCredentialSource source(makeConfig(jwtExpiringIn(-60)), options());
        const auto result = getAndWait(source);
        QVERIFY2(result && result->hasValue(), describe(result).constData());
        QCOMPARE(m_written.size(), 1);
        QCOMPARE(m_written.first().config.value(QStringLiteral("refresh-token")), QStringLiteral("refresh-1"));
        QTest::qWait(20);
        QVERIFY(m_stored.isEmpty());
    }

    void get_expiredWithoutRefreshToken_error()
    {
        OidcCredentialSource source(makeConfig(jwtExpiringIn(-60), QString()), options());
        const auto result = getAndWait(source);
        QVERIFY(result && !result->hasValue());
        QCOMPARE(result->error().kind, ApiError::Kind::Credentials);
        QVERIFY(result->error().message.contains(QStringLiteral("no refresh-token")));
        QVERIFY(m_server->requests.isEmpty());
    }

    void get_missingIssuerOrClientId_error_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("issuer") << QStringLiteral("idp-issuer-url");
        QTest::newRow("clientId") << QStringLiteral("client-id");
    }
    void get_missingIssuerOrClientId_error()
    {
        QFETCH(QString, key);
        RestConfig config = makeConfig(jwtExpiringIn(3600));
        config.authProvider->config.remove(key);
        OidcCredentialSource source(config, options());
        const auto result = getAndWait(source);
        QVERIFY(result && !result->hasValue());
        QVERIFY2(
            result->error().message.contains(key + QStringLiteral(" must be provided")), describe(result).constData());
    }

    void get_tokenEndpointRejects_oauthErrorShownNoSecrets()
    {
        m_server->tokenStatus = 400;
        m_server->tokenResponse = R"({"error":"invalid_grant","error_description":"Token is not active"})";
        OidcCredentialSource source(makeConfig(jwtExpiringIn(-1), QStringLiteral("CANARY-SECRET-refresh")), options());
        const auto result = getAndWait(source);
        QVERIFY(result && !result->hasValue());
        const QString message = result->error().message;
        QVERIFY2(message.contains(QStringLiteral("HTTP 400")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("invalid_grant: Token is not active")), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("CANARY")));
        QCOMPARE(source.state(), CredentialState::Failed);
        QVERIFY(m_written.isEmpty());
    }

    void get_noIdTokenInResponse_error()
    {
        m_server->tokenResponse = R"({"access_token":"CANARY-SECRET-access","token_type":"Bearer"})";
        OidcCredentialSource source(makeConfig(jwtExpiringIn(-1)), options());
        const auto result = getAndWait(source);
        QVERIFY(result && !result->hasValue());
        QVERIFY(result->error().message.contains(QStringLiteral("no id_token")));
        QVERIFY(!result->error().message.contains(QStringLiteral("CANARY")));
    }

    void get_discoveryWithoutTokenEndpoint_error()
    {
        m_server->discoveryHasTokenEndpoint = false;
        OidcCredentialSource source(makeConfig(jwtExpiringIn(-1)), options());
        const auto result = getAndWait(source);
        QVERIFY(result && !result->hasValue());
        QVERIFY(result->error().message.contains(QStringLiteral("has no token_endpoint")));
        QVERIFY(result->error().message.contains(m_server->issuer()));
    }

    void get_issuerUnreachable_errorNamesIssuer()
    {
        RestConfig config = makeConfig(jwtExpiringIn(-1));
        config.authProvider->config.insert(QStringLiteral("idp-issuer-url"), QStringLiteral("http://127.0.0.1:1"));
        OidcCredentialSource source(config, options());
        const auto result = getAndWait(source);
        QVERIFY(result && !result->hasValue());
        QVERIFY2(result->error().message.contains(QStringLiteral("http://127.0.0.1:1")), describe(result).constData());
    }

    void get_writerFails_warningButCredentialWorks()
    {
        m_writerError = QStringLiteral("file is locked");
        setTokenResponse(jwtExpiringIn(3600), QStringLiteral("refresh-2"));
        OidcCredentialSource source(makeConfig(jwtExpiringIn(-1)), options());
        QStringList warnings;
        connect(&source, &CredentialSource::warningRaised, this,
            [&warnings](const QString &message) { warnings.append(message); });
        const auto result = getAndWait(source);
        QVERIFY2(result && result->hasValue(), describe(result).constData());
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(QStringLiteral("file is locked")));
        QVERIFY(warnings.first().contains(QStringLiteral("/home/alice/.kube/config")));
    }

    void get_keychainFails_warningNotFatal()
    {
        m_storeError = QStringLiteral("No keychain service available");
        setTokenResponse(jwtExpiringIn(3600), QStringLiteral("CANARY-SECRET-refresh-2"));
        OidcCredentialSource source(makeConfig(jwtExpiringIn(-1)), options());
        QStringList warnings;
        connect(&source, &CredentialSource::warningRaised, this,
            [&warnings](const QString &message) { warnings.append(message); });
        const auto result = getAndWait(source);
        QVERIFY2(result && result->hasValue(), describe(result).constData());
        QTRY_COMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(QStringLiteral("No keychain service available")));
        QVERIFY(!warnings.first().contains(QStringLiteral("CANARY")));
    }

    void invalidate_unexpiredToken_refreshes()
    {
        setTokenResponse(jwtExpiringIn(7200, QStringLiteral("fresh")), QString());
        const QByteArray oldToken = jwtExpiringIn(3600);
        OidcCredentialSource source(makeConfig(oldToken), options());
        QCOMPARE(getAndWait(source)->value().bearerToken, oldToken);
        source.invalidate(); // the API server said 401
        const auto result = getAndWait(source);
        QVERIFY2(result && result->hasValue(), describe(result).constData());
        QVERIFY(result->value().bearerToken != oldToken);
        QCOMPARE(m_server->tokenRequests(), 1);
    }

    void get_concurrentCallers_oneRefresh()
    {
        setTokenResponse(jwtExpiringIn(3600), QString());
        m_server->tokenDelayMs = 200;
        OidcCredentialSource source(makeConfig(jwtExpiringIn(-1)), options());
        int answers = 0;
        QObject context;
        for (int i = 0; i < 4; ++i) {
            source.get(&context, [&answers](const Result<Credential> &r) { answers += r ? 1 : 100; });
        }
        QCOMPARE(source.state(), CredentialState::Obtaining);
        QTRY_COMPARE(answers, 4);
        QCOMPARE(m_server->tokenRequests(), 1);
    }

    void cancel_duringRefresh_cancelled()
    {
        setTokenResponse(jwtExpiringIn(3600), QString());
        m_server->tokenDelayMs = 2000;
        OidcCredentialSource source(makeConfig(jwtExpiringIn(-1)), options());
        std::optional<ApiError::Kind> kind;
        QObject context;
        source.get(
            &context, [&kind](const Result<Credential> &r) { kind = r ? ApiError::Kind::None : r.error().kind; });
        QTRY_COMPARE(m_server->tokenRequests(), 1);
        source.cancel();
        QTRY_VERIFY(kind.has_value());
        QCOMPARE(*kind, ApiError::Kind::Cancelled);
        QCOMPARE(source.state(), CredentialState::Idle);
        QVERIFY(m_written.isEmpty());
    }

    // As client-go's oidc TestExpired / TestJSONTime: exp is seconds since the epoch.
    void jwtExpiry_data()
    {
        QTest::addColumn<QByteArray>("jwt");
        QTest::addColumn<QDateTime>("expected"); // invalid: nullopt
        QTest::newRow("valid") << jwtExpiringIn(60) << kNow.addSecs(60);
        QTest::newRow("fractionalExp") << makeJwt(QJsonObject { { QStringLiteral("exp"), 1767268800.5 } })
                                       << QDateTime::fromSecsSinceEpoch(1767268800, Qt::UTC);
        QTest::newRow("noExp") << makeJwt(QJsonObject { { QStringLiteral("sub"), QStringLiteral("x") } })
                               << QDateTime();
        QTest::newRow("expAsString") << makeJwt(QJsonObject { { QStringLiteral("exp"), QStringLiteral("soon") } })
                                     << QDateTime();
        QTest::newRow("notAJwt") << QByteArray("opaque-access-token") << QDateTime();
        QTest::newRow("badBase64") << QByteArray("a.!!!.c") << QDateTime();
    }
    void jwtExpiry()
    {
        QFETCH(QByteArray, jwt);
        QFETCH(QDateTime, expected);
        const std::optional<QDateTime> expiry = OidcCredentialSource::jwtExpiry(jwt);
        QCOMPARE(expiry.has_value(), expected.isValid());
        if (expiry) {
            QCOMPARE(*expiry, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestOidcCredentialSource)
#include "tst_oidccredentialsource.moc"
