// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "authtesthelpers.h"
#include "core/auth/credentialsourcefactory.h"
#include "core/auth/staticcredentialsource.h"
#include "core/auth/tokenfilecredentialsource.h"
#include "mockclock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Sextant::Core;
using namespace Sextant::Core::Testing;

namespace {

// Static sources answer inside get(); no event loop needed.
Result<Credential> getNow(CredentialSource &source)
{
    std::optional<Result<Credential>> result;
    QObject context;
    source.get(&context, [&result](const Result<Credential> &r) { result = r; });
    if (!result) {
        ApiError error;
        error.message = QStringLiteral("no synchronous answer");
        return makeUnexpected(error);
    }
    return *result;
}

RestConfig baseConfig()
{
    RestConfig config;
    config.userName = QStringLiteral("tester");
    config.server = QUrl(QStringLiteral("https://127.0.0.1:6443"));
    return config;
}

} // namespace

class TestCredentialSourceFactory : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void create_anonymous_emptyCredential()
    {
        auto source = createCredentialSource(baseConfig());
        const Result<Credential> result = getNow(*source);
        QVERIFY(result);
        QVERIFY(result->bearerToken.isEmpty());
        QVERIFY(result->basicUser.isEmpty());
        QVERIFY(result->clientCertPem.isEmpty());
        QCOMPARE(source->description(), QStringLiteral("anonymous (no credentials)"));
        QCOMPARE(source->state(), CredentialState::Ready);
    }

    void create_token_bearer()
    {
        RestConfig config = baseConfig();
        config.token = QStringLiteral("CANARY-SECRET-token");
        auto source = createCredentialSource(config);
        const Result<Credential> result = getNow(*source);
        QVERIFY(result);
        QCOMPARE(result->bearerToken, QByteArray("CANARY-SECRET-token"));
        QVERIFY(!result->expiry.isValid());
        QVERIFY(!source->description().contains(QStringLiteral("CANARY")));
    }

    void create_basicAuth_userAndPassword()
    {
        RestConfig config = baseConfig();
        config.username = QStringLiteral("admin");
        config.password = QStringLiteral("CANARY-SECRET-password");
        auto source = createCredentialSource(config);
        const Result<Credential> result = getNow(*source);
        QVERIFY(result);
        QCOMPARE(result->basicUser, QByteArray("admin"));
        QCOMPARE(result->basicPassword, QByteArray("CANARY-SECRET-password"));
        QVERIFY(result->bearerToken.isEmpty());
        QCOMPARE(source->description(), QStringLiteral("basic auth as \"admin\""));
    }

    void create_clientCertificate_pemPassedThrough()
    {
        RestConfig config = baseConfig();
        config.clientCertData = readTestFile(execPluginDir() + QStringLiteral("/test-client.crt"));
        config.clientKeyData = readTestFile(execPluginDir() + QStringLiteral("/test-client.key"));
        config.clientCertFile = QStringLiteral("/home/u/.kube/client.crt");
        auto source = createCredentialSource(config);
        const Result<Credential> result = getNow(*source);
        QVERIFY(result);
        QCOMPARE(result->clientCertPem, config.clientCertData);
        QCOMPARE(result->clientKeyPem, config.clientKeyData);
        QCOMPARE(source->description(), QStringLiteral("client certificate /home/u/.kube/client.crt"));
    }

    void create_tokenAndCertificate_both()
    {
        RestConfig config = baseConfig();
        config.token = QStringLiteral("tok");
        config.clientCertData = "CERT";
        config.clientKeyData = "KEY";
        const Result<Credential> result = getNow(*createCredentialSource(config));
        QVERIFY(result);
        QCOMPARE(result->bearerToken, QByteArray("tok"));
        QCOMPARE(result->clientCertPem, QByteArray("CERT"));
    }

    void create_execWithClientCertificate_pluginSkipped()
    {
        // client-go: static cert auth in the config means the exec plugin is not run.
        RestConfig config = baseConfig();
        config.clientCertData = "CERT";
        config.clientKeyData = "KEY";
        ExecConfig exec;
        exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
        exec.command = QStringLiteral("/nonexistent/plugin");
        exec.interactiveMode = QStringLiteral("Never");
        config.exec = exec;
        auto source = createCredentialSource(config);
        QVERIFY(qobject_cast<StaticCredentialSource *>(source.get()));
        QVERIFY(getNow(*source));
    }

    void create_exec_execSource()
    {
        RestConfig config = baseConfig();
        ExecConfig exec;
        exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
        exec.command = QStringLiteral("kubelogin");
        exec.interactiveMode = QStringLiteral("Never");
        config.exec = exec;
        auto source = createCredentialSource(config);
        QVERIFY(qobject_cast<ExecCredentialSource *>(source.get()));
        QCOMPARE(source->description(), QStringLiteral("exec plugin \"kubelogin\""));
        QCOMPARE(source->state(), CredentialState::Idle);
    }

    void create_removedAuthProvider_kubectlGuidance_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("wanted");
        QTest::newRow("gcp") << QStringLiteral("gcp")
                             << QStringList { QStringLiteral("The gcp auth plugin has been removed"),
                                    QStringLiteral("gke-gcloud-auth-plugin"),
                                    QStringLiteral("https://cloud.google.com/blog/products/"
                                                   "containers-kubernetes/kubectl-auth-changes-in-gke") };
        QTest::newRow("azure") << QStringLiteral("azure")
                               << QStringList { QStringLiteral("The azure auth plugin has been removed"),
                                      QStringLiteral("https://github.com/Azure/kubelogin"),
                                      QStringLiteral("https://kubernetes.io/docs/reference/access-authn-authz/"
                                                     "authentication/#client-go-credential-plugins") };
    }
    void create_removedAuthProvider_kubectlGuidance()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, wanted);
        RestConfig config = baseConfig();
        config.token = QStringLiteral("even-with-a-token"); // kubectl fails at config time regardless
        config.authProvider = AuthProviderConfig { name, { { QStringLiteral("access-token"), QStringLiteral("x") } } };
        auto source = createCredentialSource(config);
        const Result<Credential> result = getNow(*source);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::Credentials);
        for (const QString &text : std::as_const(wanted)) {
            QVERIFY2(result.error().message.contains(text), qPrintable(result.error().message));
        }
        QCOMPARE(source->state(), CredentialState::Failed);
    }

    void create_unknownAuthProvider_error()
    {
        RestConfig config = baseConfig();
        config.authProvider = AuthProviderConfig { QStringLiteral("openstack"), {} };
        const Result<Credential> result = getNow(*createCredentialSource(config));
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(QStringLiteral("\"openstack\"")));
    }

    void create_authProviderWithExec_configurationError()
    {
        RestConfig config = baseConfig();
        config.authProvider = AuthProviderConfig { QStringLiteral("oidc"), {} };
        config.exec = ExecConfig {};
        const Result<Credential> result = getNow(*createCredentialSource(config));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::Configuration);
        QVERIFY(result.error().message.contains(
            QStringLiteral("authProvider cannot be provided in combination with an exec plugin")));
    }

    void create_oidc_oidcSource()
    {
        RestConfig config = baseConfig();
        config.authProvider = AuthProviderConfig { QStringLiteral("oidc"),
            { { QStringLiteral("idp-issuer-url"), QStringLiteral("https://issuer.example") },
                { QStringLiteral("client-id"), QStringLiteral("sextant") } } };
        auto source = createCredentialSource(config);
        QVERIFY(qobject_cast<OidcCredentialSource *>(source.get()));
        QVERIFY(source->description().contains(QStringLiteral("https://issuer.example")));
    }

    // tokenFile: client-go's transport/token_source.go cachingTokenSource and TestPrecedenceTokenFile.
    void tokenFile_lastValueReadBeatsToken_trimmed()
    {
        QVERIFY(m_dir.isValid());
        const QString file = m_dir.filePath(QStringLiteral("token-precedence"));
        QVERIFY(writeTestFile(file, "  from-file\n\n"));
        RestConfig config = baseConfig();
        config.token = QStringLiteral("from-config");
        config.tokenFile = file;
        auto source = createCredentialSource(config);
        QVERIFY(qobject_cast<TokenFileCredentialSource *>(source.get()));
        const Result<Credential> result = getNow(*source);
        QVERIFY(result);
        QCOMPARE(result->bearerToken, QByteArray("from-file"));
        QCOMPARE(source->description(), QStringLiteral("bearer token from file %1").arg(file));
    }

    void tokenFile_rereadAfterAMinuteByClock()
    {
        const QString file = m_dir.filePath(QStringLiteral("token-minute"));
        QVERIFY(writeTestFile(file, "first"));
        RestConfig config = baseConfig();
        config.tokenFile = file;
        MockClock clock;
        TokenFileCredentialSource source(config, nullptr, &clock);
        QCOMPARE(getNow(source)->bearerToken, QByteArray("first"));

        QVERIFY(writeTestFile(file, "second"));
        clock.advanceSeconds(30);
        QCOMPARE(getNow(source)->bearerToken, QByteArray("first")); // cached
        clock.advanceSeconds(19); // 49 s
        QCOMPARE(getNow(source)->bearerToken, QByteArray("first"));
        clock.advanceSeconds(1); // 50 s: a minute less client-go's 10 s leeway
        QCOMPARE(getNow(source)->bearerToken, QByteArray("second"));
    }

    void tokenFile_rereadAfterInvalidate()
    {
        const QString file = m_dir.filePath(QStringLiteral("token-invalidate"));
        QVERIFY(writeTestFile(file, "first"));
        RestConfig config = baseConfig();
        config.tokenFile = file;
        MockClock clock;
        TokenFileCredentialSource source(config, nullptr, &clock);
        QCOMPARE(getNow(source)->bearerToken, QByteArray("first"));
        QVERIFY(writeTestFile(file, "rotated"));
        QCOMPARE(getNow(source)->bearerToken, QByteArray("first"));
        source.invalidate(); // after a 401
        QCOMPARE(getNow(source)->bearerToken, QByteArray("rotated"));
    }

    void tokenFile_missing_errorNamesFileNotContent()
    {
        RestConfig config = baseConfig();
        config.tokenFile = m_dir.filePath(QStringLiteral("no-such-token"));
        auto source = createCredentialSource(config);
        const Result<Credential> result = getNow(*source);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::Credentials);
        QVERIFY2(result.error().message.contains(config.tokenFile), qPrintable(result.error().message));
        QCOMPARE(source->state(), CredentialState::Failed);
    }

    void tokenFile_empty_error()
    {
        const QString file = m_dir.filePath(QStringLiteral("token-empty"));
        QVERIFY(writeTestFile(file, " \n\t "));
        RestConfig config = baseConfig();
        config.tokenFile = file;
        const Result<Credential> result = getNow(*createCredentialSource(config));
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(QStringLiteral("is empty")));
    }

    void tokenFile_missingButTokenSet_usesTokenWithWarning()
    {
        RestConfig config = baseConfig();
        config.token = QStringLiteral("fallback");
        config.tokenFile = m_dir.filePath(QStringLiteral("not-there"));
        auto source = createCredentialSource(config);
        QStringList warnings;
        connect(source.get(), &CredentialSource::warningRaised, this,
            [&warnings](const QString &message) { warnings.append(message); });
        const Result<Credential> result = getNow(*source);
        QVERIFY(result);
        QCOMPARE(result->bearerToken, QByteArray("fallback"));
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(config.tokenFile));
    }

    void tokenFile_deletedAfterRead_keepsLastValue()
    {
        const QString file = m_dir.filePath(QStringLiteral("token-deleted"));
        QVERIFY(writeTestFile(file, "CANARY-SECRET-tokenfile"));
        RestConfig config = baseConfig();
        config.tokenFile = file;
        MockClock clock;
        TokenFileCredentialSource source(config, nullptr, &clock);
        QVERIFY(getNow(source));
        QVERIFY(QFile::remove(file));
        clock.advanceSeconds(120);
        QStringList warnings;
        connect(&source, &CredentialSource::warningRaised, this,
            [&warnings](const QString &message) { warnings.append(message); });
        const Result<Credential> result = getNow(source);
        QVERIFY(result);
        QCOMPARE(result->bearerToken, QByteArray("CANARY-SECRET-tokenfile"));
        QCOMPARE(warnings.size(), 1);
        QVERIFY(!warnings.first().contains(QStringLiteral("CANARY")));
    }

    void tokenFile_isADirectory_errorNamesIt()
    {
        // Unreadable for root as well (mode 000 is not).
        RestConfig config = baseConfig();
        config.tokenFile = m_dir.path();
        const Result<Credential> result = getNow(*createCredentialSource(config));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::Credentials);
        QVERIFY2(result.error().message.contains(QStringLiteral("Cannot read tokenFile %1").arg(m_dir.path())),
            qPrintable(result.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCredentialSourceFactory)
#include "tst_credentialsourcefactory.moc"
