// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/auth/ansiescape.h"
#include "core/kubeconfig/kubeconfigloader.h"
#include "core/kubeconfig/kubeconfigset.h"
#include "kubeconfigtestutil.h"

#include <QJsonObject>
#include <QTest>

using namespace Sextant::Core;
using namespace Sextant::Core::TestUtil;

namespace {

// client_config_test.go createValidTestConfig
KubeConfig validTestConfig()
{
    KubeConfig config;
    KubeCluster cluster;
    cluster.server = QStringLiteral("https://localhost:8443");
    config.clusters.insert(QStringLiteral("clean"), cluster);
    KubeAuthInfo user;
    user.token = Canary;
    config.users.insert(QStringLiteral("clean"), user);
    KubeContext context;
    context.cluster = QStringLiteral("clean");
    context.user = QStringLiteral("clean");
    config.contexts.insert(QStringLiteral("clean"), context);
    config.currentContext = QStringLiteral("clean");
    return config;
}

QString messageOf(const Result<RestConfig> &result)
{
    return result.hasValue() ? QString() : result.error().message;
}

} // namespace

// Mirrors client-go tools/clientcmd/client_config_test.go.
class TestKubeconfigClientConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void restConfig_clean_copiesServerTokenAndNames(); // TestCreateClean
    void restConfig_serverUrl_pathKeptQueryDropped_data(); // TestCreateCleanWithPrefix
    void restConfig_serverUrl_pathKeptQueryDropped();
    void restConfig_noContext_noContextChosen(); // TestCreateCleanDefault / MissingContextNoDefault
    void restConfig_missingCurrentContext_notFound(); // TestCreateMissingContext
    void restConfig_missingOverrideContext_doesNotExist();
    void restConfig_contextOverride_selectsOtherContext(); // TestModifyContext
    void restConfig_namespace_overrideThenContextThenDefault_data(); // TestMergeContext, TestNamespaceOverride
    void restConfig_namespace_overrideThenContextThenDefault();
    void restConfig_disableCompression_copied(); // TestDisableCompression
    void restConfig_insecureOverride_clearsCA(); // TestInsecureOverridesCA
    void restConfig_caOverride_replacesCAData(); // TestCAOverridesCAData
    void restConfig_tlsServerName_copied(); // TestTLSServerName
    void restConfig_serverOverride_clearsTlsServerName(); // TestTLSServerNameClearsWhenServerNameSet
    void restConfig_impersonation_copied(); // TestFullImpersonateConfig
    void restConfig_certificateData_copied(); // TestCertificateData
    void restConfig_certificateFiles_readIntoData();
    void restConfig_proxyUrl_data(); // TestProxyURL
    void restConfig_proxyUrl();
    void restConfig_basicAuth_copied(); // TestBasicAuthData
    void restConfig_tokenFile_readWhenNoToken(); // TestBasicTokenFile
    void restConfig_tokenAndTokenFile_tokenWinsFileKept(); // TestPrecedenceTokenFile
    void restConfig_httpServer_noCredentialsAttached(); // rest.IsConfigTransportTLS
    void restConfig_caFile_readIntoCaData();
    void restConfig_caFileMissing_unableToRead();
    void restConfig_insecureWithCA_rejected();
    void restConfig_exec_copiedWithClusterExtensionAndCleanHint(); // TestCreateAuthConfigExecInstallHintCleanup
    void restConfig_authProvider_removedProvidersExplain_data();
    void restConfig_authProvider_removedProvidersExplain();
    void restConfig_origins_recorded();
    void restConfig_errors_neverContainToken();
    void cleanAnsiEscapeCodes_data(); // TestCleanANSIEscapeCodes
    void cleanAnsiEscapeCodes();
};

void TestKubeconfigClientConfig::restConfig_clean_copiesServerTokenAndNames()
{
    const auto rc = KubeconfigSet::fromConfig(validTestConfig()).restConfig();
    QVERIFY2(rc.hasValue(), qPrintable(messageOf(rc)));
    QCOMPARE(rc->server, QUrl(QStringLiteral("https://localhost:8443")));
    QCOMPARE(rc->token, Canary);
    QVERIFY(!rc->insecureSkipTlsVerify);
    QVERIFY(rc->tlsServerName.isEmpty());
    QCOMPARE(rc->contextName, QStringLiteral("clean"));
    QCOMPARE(rc->clusterName, QStringLiteral("clean"));
    QCOMPARE(rc->userName, QStringLiteral("clean"));
    QCOMPARE(rc->namespaceName, QStringLiteral("default"));
    QVERIFY(!rc->namespaceExplicit);
}

void TestKubeconfigClientConfig::restConfig_serverUrl_pathKeptQueryDropped_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("expected");
    QTest::newRow("https path") << QStringLiteral("https://anything.com:8080/foo/bar")
                                << QStringLiteral("https://anything.com:8080/foo/bar");
    QTest::newRow("http path") << QStringLiteral("http://anything.com:8080/foo/bar")
                               << QStringLiteral("http://anything.com:8080/foo/bar");
    QTest::newRow("trailing slash") << QStringLiteral("http://anything.com:8080/foo/bar/")
                                    << QStringLiteral("http://anything.com:8080/foo/bar/");
    QTest::newRow("root") << QStringLiteral("http://anything.com:8080/") << QStringLiteral("http://anything.com:8080/");
    QTest::newRow("double slash") << QStringLiteral("http://anything.com:8080//")
                                  << QStringLiteral("http://anything.com:8080//");
    // Go keeps a scheme-less Host and treats it as http (rest.DefaultServerURL); we spell the scheme out.
    QTest::newRow("no scheme with path") << QStringLiteral("anything.com:8080/foo/bar")
                                         << QStringLiteral("http://anything.com:8080/foo/bar");
    QTest::newRow("no scheme") << QStringLiteral("anything.com:8080") << QStringLiteral("http://anything.com:8080");
    QTest::newRow("host only") << QStringLiteral("anything") << QStringLiteral("http://anything");
    QTest::newRow("query and fragment dropped") << QStringLiteral("https://k8s.example.com:6443/p?x=1#frag")
                                                << QStringLiteral("https://k8s.example.com:6443/p");
}

void TestKubeconfigClientConfig::restConfig_serverUrl_pathKeptQueryDropped()
{
    QFETCH(QString, server);
    QFETCH(QString, expected);
    KubeConfig config = validTestConfig();
    config.clusters[QStringLiteral("clean")].server = server;
    const auto rc = KubeconfigSet::fromConfig(config).restConfig();
    QVERIFY2(rc.hasValue(), qPrintable(messageOf(rc)));
    QCOMPARE(rc->server.toString(), expected);
}

void TestKubeconfigClientConfig::restConfig_noContext_noContextChosen()
{
    KubeConfig config = validTestConfig();
    config.currentContext.clear();
    const auto rc = KubeconfigSet::fromConfig(config).restConfig();
    QVERIFY(!rc.hasValue());
    QCOMPARE(rc.error().kind, ApiError::Kind::Configuration);
    QCOMPARE(rc.error().message, QStringLiteral("no context chosen"));
}

void TestKubeconfigClientConfig::restConfig_missingCurrentContext_notFound()
{
    KubeConfig config = validTestConfig();
    config.currentContext = QStringLiteral("not-present");
    const auto rc = KubeconfigSet::fromConfig(config).restConfig();
    QVERIFY(!rc.hasValue());
    QVERIFY2(rc.error().message.contains(QStringLiteral("context was not found for specified context: not-present")),
        qPrintable(rc.error().message));
}

void TestKubeconfigClientConfig::restConfig_missingOverrideContext_doesNotExist()
{
    ConfigOverrides overrides;
    overrides.context = QStringLiteral("nope");
    const auto rc = KubeconfigSet::fromConfig(validTestConfig()).restConfig(overrides);
    QVERIFY(!rc.hasValue());
    QCOMPARE(rc.error().message, QStringLiteral("context \"nope\" does not exist"));
}

void TestKubeconfigClientConfig::restConfig_contextOverride_selectsOtherContext()
{
    KubeConfig config = validTestConfig();
    KubeCluster other;
    other.server = QStringLiteral("https://other:6443");
    config.clusters.insert(QStringLiteral("other"), other);
    config.contexts.insert(QStringLiteral("other"),
        KubeContext { QStringLiteral("other"), QStringLiteral("clean"), QStringLiteral("ns1"), {}, {} });
    ConfigOverrides overrides;
    overrides.context = QStringLiteral("other");
    const auto rc = KubeconfigSet::fromConfig(config).restConfig(overrides);
    QVERIFY2(rc.hasValue(), qPrintable(messageOf(rc)));
    QCOMPARE(rc->contextName, QStringLiteral("other"));
    QCOMPARE(rc->server.host(), QStringLiteral("other"));
    QCOMPARE(rc->namespaceName, QStringLiteral("ns1"));
}

void TestKubeconfigClientConfig::restConfig_namespace_overrideThenContextThenDefault_data()
{
    QTest::addColumn<QString>("contextNamespace");
    QTest::addColumn<QString>("overrideNamespace");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("explicitNs");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default") << QString() << QString() << QStringLiteral("default") << false << true;
    QTest::newRow("context") << QStringLiteral("team-a") << QString() << QStringLiteral("team-a") << true << true;
    QTest::newRow("override wins") << QStringLiteral("team-a") << QStringLiteral("overridden-namespace")
                                   << QStringLiteral("overridden-namespace") << true << true;
    QTest::newRow("override only") << QString() << QStringLiteral("foo") << QStringLiteral("foo") << true << true;
    QTest::newRow("invalid context ns") << QStringLiteral("Team_A") << QString() << QString() << false << false;
    QTest::newRow("invalid override") << QString() << QStringLiteral("a.b") << QString() << false << false;
    QTest::newRow("too long") << QString(64, QLatin1Char('a')) << QString() << QString() << false << false;
}

void TestKubeconfigClientConfig::restConfig_namespace_overrideThenContextThenDefault()
{
    QFETCH(QString, contextNamespace);
    QFETCH(QString, overrideNamespace);
    QFETCH(QString, expected);
    QFETCH(bool, explicitNs);
    QFETCH(bool, valid);
    KubeConfig config = validTestConfig();
    config.contexts[QStringLiteral("clean")].namespaceName = contextNamespace;
    ConfigOverrides overrides;
    overrides.namespaceName = overrideNamespace;
    const auto rc = KubeconfigSet::fromConfig(config).restConfig(overrides);
    QCOMPARE(rc.hasValue(), valid);
    if (valid) {
        QCOMPARE(rc->namespaceName, expected);
        QCOMPARE(rc->namespaceExplicit, explicitNs);
    } else {
        QVERIFY2(rc.error().message.contains(QStringLiteral("does not conform to the kubernetes DNS_LABEL rules")),
            qPrintable(rc.error().message));
    }
}

void TestKubeconfigClientConfig::restConfig_disableCompression_copied()
{
    KubeConfig config = validTestConfig();
    config.clusters[QStringLiteral("clean")].disableCompression = true;
    const auto rc = KubeconfigSet::fromConfig(config).restConfig();
    QVERIFY(rc.hasValue());
    QVERIFY(rc->disableCompression);
}

void TestKubeconfigClientConfig::restConfig_insecureOverride_clearsCA()
{
    KubeConfig config = validTestConfig();
    config.clusters[QStringLiteral("clean")].certificateAuthorityData = "PEM";
    ConfigOverrides overrides;
    overrides.insecureSkipTlsVerify = true;
    const auto rc = KubeconfigSet::fromConfig(config).restConfig(overrides);
    QVERIFY2(rc.hasValue(), qPrintable(messageOf(rc)));
    QVERIFY(rc->insecureSkipTlsVerify);
    QVERIFY(rc->caData.isEmpty());
    QVERIFY(rc->caFile.isEmpty());
}

void TestKubeconfigClientConfig::restConfig_caOverride_replacesCAData()
{
    QTemporaryDir dir;
    const QString caFile = writeFile(dir.path(), QStringLiteral("ca.crt"), "FILE PEM");
    KubeConfig config = validTestConfig();
    config.clusters[QStringLiteral("clean")].certificateAuthorityData = "DATA PEM";
    config.clusters[QStringLiteral("clean")].insecureSkipTlsVerify = true;
    ConfigOverrides overrides;
    overrides.certificateAuthority = caFile;
    const auto rc = KubeconfigSet::fromConfig(config).restConfig(overrides);
    QVERIFY2(rc.hasValue(), qPrintable(messageOf(rc)));
    QCOMPARE(rc->caFile, caFile);
    QCOMPARE(rc->caData, QByteArray("FILE PEM"));
    QVERIFY(!rc->insecureSkipTlsVerify);
}

void TestKubeconfigClientConfig::restConfig_tlsServerName_copied()
{
    KubeConfig config = validTestConfig();
    config.clusters[QStringLiteral("clean")].tlsServerName = QStringLiteral("api.internal");
    const auto rc = KubeconfigSet::fromConfig(config).restConfig();
    QVERIFY(rc.hasValue());
    QCOMPARE(rc->tlsServerName, QStringLiteral("api.internal"));

    ConfigOverrides overrides;
    overrides.tlsServerName = QStringLiteral("override.internal");
    QCOMPARE(
        KubeconfigSet::fromConfig(config).restConfig(overrides)->tlsServerName, QStringLiteral("override.internal"));
}

void TestKubeconfigClientConfig::restConfig_serverOverride_clearsTlsServerName()
{
    KubeConfig config = validTestConfig();
    config.clusters[QStringLiteral("clean")].tlsServerName = QStringLiteral("api.internal");
    ConfigOverrides overrides;
    overrides.server = QStringLiteral("https://elsewhere:6443");
    const auto rc = KubeconfigSet::fromConfig(config).restConfig(overrides);
    QVERIFY(rc.hasValue());
    QCOMPARE(rc->server.host(), QStringLiteral("elsewhere"));
    QVERIFY(rc->tlsServerName.isEmpty());
}

void TestKubeconfigClientConfig::restConfig_impersonation_copied()
{
    KubeConfig config = validTestConfig();
    KubeAuthInfo &user = config.users[QStringLiteral("clean")];
    user.impersonate = QStringLiteral("alice");
    user.impersonateUid = QStringLiteral("abc123");
    user.impersonateGroups = { QStringLiteral("group-1") };
    user.impersonateUserExtra.insert(QStringLiteral("some-key"), { QStringLiteral("some-value") });
    ConfigOverrides overrides;
    overrides.server = QStringLiteral("http://something"); // impersonation applies over http too
    const auto rc = KubeconfigSet::fromConfig(config).restConfig(overrides);
    QVERIFY2(rc.hasValue(), qPrintable(messageOf(rc)));
    QCOMPARE(rc->impersonateUser, QStringLiteral("alice"));
    QCOMPARE(rc->impersonateUid, QStringLiteral("abc123"));
    QCOMPARE(rc->impersonateGroups, QStringList { QStringLiteral("group-1") });
    QCOMPARE(rc->impersonateExtra.value(QStringLiteral("some-key")), QStringList { QStringLiteral("some-value") });
}

void TestKubeconfigClientConfig::restConfig_certificateData_copied()
{
    KubeConfig config = validTestConfig();
    config.users[QStringLiteral("clean")] = KubeAuthInfo();
    config.users[QStringLiteral("clean")].clientCertificateData = "CERT PEM";
    config.users[QStringLiteral("clean")].clientKeyData = "KEY PEM";
    config.clusters[QStringLiteral("clean")].certificateAuthorityData = "CA PEM";
    const auto rc = KubeconfigSet::fromConfig(config).restConfig();
    QVERIFY2(rc.hasValue(), qPrintable(messageOf(rc)));
    QCOMPARE(rc->clientCertData, QByteArray("CERT PEM"));
    QCOMPARE(rc->clientKeyData, QByteArray("KEY PEM"));
    QCOMPARE(rc->caData, QByteArray("CA PEM"));
    QVERIFY(rc->token.isEmpty());
}

void TestKubeconfigClientConfig::restConfig_certificateFiles_readIntoData()
{
    QTemporaryDir dir;
    KubeConfig config = validTestConfig();
    KubeAuthInfo &user = config.users[QStringLiteral("clean")];
    user.clientCertificate = writeFile(dir.path(), QStringLiteral("c.pem"), "CERT FROM FILE");
    user.clientKey = writeFile(dir.path(), QStringLiteral("k.pem"), "KEY FROM FILE");
    user.token.clear();
    const auto rc = KubeconfigSet::fromConfig(config).restConfig();
    QVERIFY2(rc.hasValue(), qPrintable(messageOf(rc)));
    QCOMPARE(rc->clientCertData, QByteArray("CERT FROM FILE"));
    QCOMPARE(rc->clientKeyData, QByteArray("KEY FROM FILE"));
    QCOMPARE(rc->clientCertFile, user.clientCertificate);
    QCOMPARE(rc->clientKeyFile, user.clientKey);

    // A key file that disappeared: named in the error.
    QFile::remove(user.clientKey);
    const auto missing = KubeconfigSet::fromConfig(config).restConfig();
    QVERIFY(!missing.hasValue());
    QVERIFY2(missing.error().message.contains(QStringLiteral("unable to read client-key ") + user.clientKey),
        qPrintable(missing.error().message));
}

void TestKubeconfigClientConfig::restConfig_proxyUrl_data()
{
    QTest::addColumn<QString>("proxyUrl");
    QTest::addColumn<bool>("valid");
    QTest::newRow("no proxy-url") << QString() << true;
    QTest::newRow("socks5") << QStringLiteral("socks5://example.com") << true;
    QTest::newRow("https") << QStringLiteral("https://example.com") << true;
    QTest::newRow("http") << QStringLiteral("http://example.com") << true;
    QTest::newRow("bad scheme") << QStringLiteral("socks6://example.com") << false;
    QTest::newRow("no scheme") << QStringLiteral("example.com") << false;
    QTest::newRow("not a url") << QStringLiteral("chewbacca@example.com") << false;
}

void TestKubeconfigClientConfig::restConfig_proxyUrl()
{
    QFETCH(QString, proxyUrl);
    QFETCH(bool, valid);
    KubeConfig config = validTestConfig();
    config.clusters[QStringLiteral("clean")].proxyUrl = proxyUrl;
    const auto rc = KubeconfigSet::fromConfig(config).restConfig();
    QCOMPARE(rc.hasValue(), valid);
    if (valid) {
        QCOMPARE(rc->proxyUrl, proxyUrl.isEmpty() ? QUrl() : QUrl(proxyUrl));
    } else {
        QVERIFY2(rc.error().message.contains(QStringLiteral("invalid 'proxy-url'")), qPrintable(rc.error().message));
    }
}

void TestKubeconfigClientConfig::restConfig_basicAuth_copied()
{
    KubeConfig config = validTestConfig();
    config.users[QStringLiteral("clean")] = KubeAuthInfo();
    config.users[QStringLiteral("clean")].username = QStringLiteral("myuser");
    config.users[QStringLiteral("clean")].password = Canary;
    const auto rc = KubeconfigSet::fromConfig(config).restConfig();
    QVERIFY(rc.hasValue());
    QCOMPARE(rc->username, QStringLiteral("myuser"));
    QCOMPARE(rc->password, Canary);
}

void TestKubeconfigClientConfig::restConfig_tokenFile_readWhenNoToken()
{
    QTemporaryDir dir;
    KubeConfig config = validTestConfig();
    config.users[QStringLiteral("clean")] = KubeAuthInfo();
    config.users[QStringLiteral("clean")].tokenFile = writeFile(dir.path(), QStringLiteral("token"), "file-token\n");
    const auto rc = KubeconfigSet::fromConfig(config).restConfig();
    QVERIFY2(rc.hasValue(), qPrintable(messageOf(rc)));
    QCOMPARE(rc->token, QStringLiteral("file-token"));
    QCOMPARE(rc->tokenFile, config.users[QStringLiteral("clean")].tokenFile);

    config.users[QStringLiteral("clean")].tokenFile = dir.path() + QStringLiteral("/missing");
    const auto missing = KubeconfigSet::fromConfig(config).restConfig();
    QVERIFY(!missing.hasValue());
    QVERIFY2(
        missing.error().message.contains(dir.path() + QStringLiteral("/missing")), qPrintable(missing.error().message));
}

void TestKubeconfigClientConfig::restConfig_tokenAndTokenFile_tokenWinsFileKept()
{
    QTemporaryDir dir;
    KubeConfig config = validTestConfig();
    config.users[QStringLiteral("clean")].tokenFile = writeFile(dir.path(), QStringLiteral("token"), "file-token");
    const auto rc = KubeconfigSet::fromConfig(config).restConfig();
    QVERIFY(rc.hasValue());
    QCOMPARE(rc->token, Canary);
    QCOMPARE(rc->tokenFile, config.users[QStringLiteral("clean")].tokenFile);
}

void TestKubeconfigClientConfig::restConfig_httpServer_noCredentialsAttached()
{
    KubeConfig config = validTestConfig();
    config.clusters[QStringLiteral("clean")].server = QStringLiteral("http://localhost:8080");
    config.clusters[QStringLiteral("clean")].certificateAuthorityData = "CA";
    config.users[QStringLiteral("clean")].exec = ExecConfig {};
    config.users[QStringLiteral("clean")].exec->command = QStringLiteral("plugin");
    config.users[QStringLiteral("clean")].exec->apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
    config.users[QStringLiteral("clean")].exec->interactiveMode = QStringLiteral("Never");
    const auto rc = KubeconfigSet::fromConfig(config).restConfig();
    QVERIFY2(rc.hasValue(), qPrintable(messageOf(rc)));
    QVERIFY(rc->token.isEmpty());
    QVERIFY(!rc->exec.has_value());
    QVERIFY(rc->caData.isEmpty());
}

void TestKubeconfigClientConfig::restConfig_caFile_readIntoCaData()
{
    QTemporaryDir dir;
    KubeConfig config = validTestConfig();
    config.clusters[QStringLiteral("clean")].certificateAuthority
        = writeFile(dir.path(), QStringLiteral("ca.crt"), "CA FILE");
    const auto rc = KubeconfigSet::fromConfig(config).restConfig();
    QVERIFY2(rc.hasValue(), qPrintable(messageOf(rc)));
    QCOMPARE(rc->caData, QByteArray("CA FILE"));
    QCOMPARE(rc->caFile, config.clusters[QStringLiteral("clean")].certificateAuthority);
}

void TestKubeconfigClientConfig::restConfig_caFileMissing_unableToRead()
{
    KubeConfig config = validTestConfig();
    config.clusters[QStringLiteral("clean")].certificateAuthority = QStringLiteral("/nonexistent/ca.crt");
    const auto rc = KubeconfigSet::fromConfig(config).restConfig();
    QVERIFY(!rc.hasValue());
    QVERIFY2(
        rc.error().message.contains(QStringLiteral(
            "unable to read certificate-authority /nonexistent/ca.crt for clean due to open /nonexistent/ca.crt: ")),
        qPrintable(rc.error().message));
}

void TestKubeconfigClientConfig::restConfig_insecureWithCA_rejected()
{
    KubeConfig config = validTestConfig();
    config.clusters[QStringLiteral("clean")].certificateAuthorityData = "CA";
    config.clusters[QStringLiteral("clean")].insecureSkipTlsVerify = true;
    const auto rc = KubeconfigSet::fromConfig(config).restConfig();
    QVERIFY(!rc.hasValue());
    QCOMPARE(rc.error().message,
        QStringLiteral("specifying a root certificates file with the insecure flag is not allowed"));
}

void TestKubeconfigClientConfig::restConfig_exec_copiedWithClusterExtensionAndCleanHint()
{
    KubeConfig config = validTestConfig();
    KubeAuthInfo user;
    ExecConfig exec;
    exec.command = QStringLiteral("/usr/bin/plugin");
    exec.args = { QStringLiteral("token") };
    exec.env = { { QStringLiteral("A"), QStringLiteral("B") } };
    exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1beta1");
    exec.interactiveMode = QStringLiteral("IfAvailable");
    exec.installHint = QStringLiteral("\x1b[1mbold tuna\x1b[0m");
    exec.provideClusterInfo = true;
    user.exec = exec;
    config.users[QStringLiteral("clean")] = user;
    QJsonObject ext { { QStringLiteral("audience"), QStringLiteral("prod") } };
    config.clusters[QStringLiteral("clean")].extensions.insert(
        QStringLiteral("client.authentication.k8s.io/exec"), ext);
    config.clusters[QStringLiteral("clean")].extensions.insert(
        QStringLiteral("other"), QJsonObject { { QStringLiteral("x"), 1 } });
    const auto rc = KubeconfigSet::fromConfig(config).restConfig();
    QVERIFY2(rc.hasValue(), qPrintable(messageOf(rc)));
    QVERIFY(rc->exec.has_value());
    QCOMPARE(rc->exec->command, exec.command);
    QCOMPARE(rc->exec->args, exec.args);
    QCOMPARE(rc->exec->env, exec.env);
    QCOMPARE(rc->exec->apiVersion, exec.apiVersion);
    QCOMPARE(rc->exec->interactiveMode, QStringLiteral("IfAvailable"));
    QVERIFY(rc->exec->provideClusterInfo);
    QCOMPARE(rc->exec->installHint, QStringLiteral("U+001B[1mbold tunaU+001B[0m"));
    QCOMPARE(rc->exec->clusterExtension, ext);
}

void TestKubeconfigClientConfig::restConfig_authProvider_removedProvidersExplain_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected"); // empty = accepted
    QTest::newRow("gcp") << QStringLiteral("gcp") << QStringLiteral("gke-gcloud-auth-plugin");
    QTest::newRow("azure") << QStringLiteral("azure") << QStringLiteral("kubelogin");
    QTest::newRow("unknown") << QStringLiteral("custom")
                             << QStringLiteral("no Auth Provider found for name \"custom\"");
    QTest::newRow("oidc") << QStringLiteral("oidc") << QString();
}

void TestKubeconfigClientConfig::restConfig_authProvider_removedProvidersExplain()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    KubeConfig config = validTestConfig();
    KubeAuthInfo user;
    user.authProvider = AuthProviderConfig { name, { { QStringLiteral("id-token"), Canary } } };
    config.users[QStringLiteral("clean")] = user;
    const auto rc = KubeconfigSet::fromConfig(config).restConfig();
    if (expected.isEmpty()) {
        QVERIFY2(rc.hasValue(), qPrintable(messageOf(rc)));
        QCOMPARE(rc->authProvider->name, name);
        QCOMPARE(rc->authProvider->config.value(QStringLiteral("id-token")), Canary);
    } else {
        QVERIFY(!rc.hasValue());
        QVERIFY2(rc.error().message.contains(expected), qPrintable(rc.error().message));
        QVERIFY(!rc.error().message.contains(Canary));
    }
}

void TestKubeconfigClientConfig::restConfig_origins_recorded()
{
    QTemporaryDir dir;
    const QString a
        = writeFile(dir.path(), QStringLiteral("a"), simpleConfig(QStringLiteral("a"), {}, QStringLiteral("a")));
    LoadOptions options;
    options.envKubeconfig = a;
    const auto set = KubeconfigLoader::load(options);
    const auto rc = set->restConfig();
    QVERIFY2(rc.hasValue(), qPrintable(messageOf(rc)));
    QCOMPARE(rc->userOriginFile, a);
    QCOMPARE(rc->clusterOriginFile, a);
    QCOMPARE(rc->contextOriginFile, a);
    QCOMPARE(rc->token, QStringLiteral("tok-a"));
}

void TestKubeconfigClientConfig::restConfig_errors_neverContainToken()
{
    KubeConfig config = validTestConfig();
    KubeAuthInfo &user = config.users[QStringLiteral("clean")];
    user.username = Canary;
    user.password = Canary;
    user.clientCertificateData = Canary.toUtf8();
    user.impersonateGroups = { QStringLiteral("g") };
    config.clusters[QStringLiteral("clean")].proxyUrl
        = QStringLiteral("http://user:") + Canary + QStringLiteral("@proxy:3128");
    config.clusters[QStringLiteral("clean")].certificateAuthority = QStringLiteral("/nonexistent");
    const auto rc = KubeconfigSet::fromConfig(config).restConfig();
    QVERIFY(!rc.hasValue());
    QVERIFY2(rc.error().message.contains(QStringLiteral("more than one authentication method found")),
        qPrintable(rc.error().message));
    QVERIFY2(!rc.error().message.contains(Canary), qPrintable(rc.error().message));

    config.clusters[QStringLiteral("clean")].proxyUrl
        = QStringLiteral("ftp://user:") + Canary + QStringLiteral("@proxy:3128");
    const auto proxy = KubeconfigSet::fromConfig(config).restConfig();
    QVERIFY(proxy.error().message.contains(QStringLiteral("invalid 'proxy-url'")));
    QVERIFY2(!proxy.error().message.contains(Canary), qPrintable(proxy.error().message));

    for (const ContextInfo &info : KubeconfigSet::fromConfig(config).contexts()) {
        QVERIFY(!info.error.isEmpty());
        QVERIFY2(!info.error.contains(Canary), qPrintable(info.error));
    }
}

void TestKubeconfigClientConfig::cleanAnsiEscapeCodes_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("DenyBoldCharacters") << QStringLiteral("\x1b[1mbold tuna\x1b[0m, fish, \x1b[1mbold marlin\x1b[0m")
                                        << QStringLiteral(
                                               "U+001B[1mbold tunaU+001B[0m, fish, U+001B[1mbold marlinU+001B[0m");
    QTest::newRow("DenyCursorNavigation")
        << QStringLiteral("\x1b[2Aup up, \x1b[2Cright right") << QStringLiteral("U+001B[2Aup up, U+001B[2Cright right");
    QTest::newRow("DenyClearScreen") << QStringLiteral("clear: \x1b[2J") << QStringLiteral("clear: U+001B[2J");
    const QString spaces = QStringLiteral("tuna\nfish\r\nmarlin\t\r\ntuna\vfish\fmarlin");
    QTest::newRow("AllowSpaceCharactersUnchanged") << spaces << spaces;
    const QString letters = QStringLiteral("alpha: \u03b1, beta: \u03b2, gamma: \u03b3");
    QTest::newRow("AllowLetters") << letters << letters;
    const QString marks = QStringLiteral("tu\u0301na, fi\u0302sh, ma\u030Arlin");
    QTest::newRow("AllowMarks") << marks << marks;
    const QString symbols = QStringLiteral("\u222b\u2081\u207F f(x) dx \u2248 \u2211, a \u2208 \u2115");
    QTest::newRow("AllowSymbols") << symbols << symbols;
    const QString separators = QStringLiteral("para\u2029and\u2003em");
    QTest::newRow("AllowSeparators") << separators << separators;
}

void TestKubeconfigClientConfig::cleanAnsiEscapeCodes()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(Sextant::Core::cleanAnsiEscapeCodes(in), out);
}

QTEST_GUILESS_MAIN(TestKubeconfigClientConfig)
#include "tst_kubeconfigclientconfig.moc"
