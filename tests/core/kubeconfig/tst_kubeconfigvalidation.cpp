// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/kubeconfig/kubeconfigparser.h"
#include "core/kubeconfig/kubeconfigvalidation.h"
#include "kubeconfigtestutil.h"

#include <QTest>

using namespace Sextant::Core;
using namespace Sextant::Core::TestUtil;

// Mirrors client-go tools/clientcmd/validation_test.go. Each row is a kubeconfig
// (@DIR@ = a temp dir holding an existing file "exists"), then either Validate()
// or ConfirmUsable(context) and the substrings every error list must contain.
class TestKubeconfigValidation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validate_data();
    void validate();
    void validate_messageNamesFileAndField();
    void aggregate_formatsLikeUtilErrors();
    void isDnsLabel_data();
    void isDnsLabel();

private:
    QTemporaryDir m_dir;
};

void TestKubeconfigValidation::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(!writeFile(m_dir.path(), QStringLiteral("exists"), "PEM").isEmpty());
}

void TestKubeconfigValidation::validate_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("confirmContext"); // empty: Validate() the whole config
    QTest::addColumn<QStringList>("expected"); // empty: no errors at all

    const QByteArray cleanAndDirty = R"(clusters:
- name: missing ca
  cluster: {server: anything, certificate-authority: missing}
- name: clean
  cluster: {server: anything}
users:
- name: error
  user: {username: anything, token: here}
- name: clean
  user: {token: here}
contexts:
- name: dirty
  context: {cluster: missing ca, user: error}
- name: clean
  context: {cluster: clean, user: clean}
)";
    QTest::newRow("ConfirmUsableBadInfoButOkConfig/confirm clean")
        << cleanAndDirty << QStringLiteral("clean") << QStringList();
    QTest::newRow("ValidateBadInfoButOkConfig (ConfirmUsableBadInfoButOkConfig)")
        << cleanAndDirty << QString() << QStringList { QStringLiteral("unable to read certificate-authority") };
    QTest::newRow("ConfirmUsableBadInfoConfig")
        << cleanAndDirty << QStringLiteral("dirty")
        << QStringList { QStringLiteral("unable to read certificate-authority"),
               QStringLiteral("more than one authentication method found for error; found [token basicAuth], "
                              "only one is allowed") };
    QTest::newRow("ConfirmUsableMissingObjects")
        << QByteArray("clusters:\n- name: c\n  cluster: {server: x}\ncontexts:\n- name: dirty\n"
                      "  context: {cluster: missing, user: missing}\n")
        << QStringLiteral("dirty")
        << QStringList { QStringLiteral("user \"missing\" was not found for context \"dirty\""),
               QStringLiteral("cluster \"missing\" was not found for context \"dirty\"") };
    QTest::newRow("ConfirmUsableEmptyConfig") << QByteArray() << QStringLiteral("anything")
                                              << QStringList { QStringLiteral("no configuration has been provided") };
    QTest::newRow("ConfirmUsableMissingConfig")
        << QByteArray("clusters:\n- name: c\n  cluster: {server: x}\n") << QStringLiteral("not-here")
        << QStringList { QStringLiteral("context was not found for specified context: not-here") };
    QTest::newRow("ConfirmUsableNoContext")
        << QByteArray("clusters:\n- name: c\n  cluster: {server: x}\n") << QStringLiteral("") << QStringList {};
    QTest::newRow("ValidateEmptyConfig") << QByteArray() << QString()
                                         << QStringList { QStringLiteral("no configuration has been provided") };
    QTest::newRow("ValidateMissingCurrentContextConfig")
        << QByteArray("current-context: anything\n") << QString()
        << QStringList { QStringLiteral("context was not found for specified context: anything") };
    QTest::newRow("ValidateMissingReferencesConfig")
        << QByteArray(
               "current-context: anything\ncontexts:\n- name: anything\n  context: {cluster: missing, user: missing}\n")
        << QString()
        << QStringList { QStringLiteral("user \"missing\" was not found for context \"anything\""),
               QStringLiteral("cluster \"missing\" was not found for context \"anything\"") };
    QTest::newRow("ValidateEmptyContext")
        << QByteArray("current-context: anything\ncontexts:\n- name: anything\n  context: {}\n") << QString()
        << QStringList { QStringLiteral("user was not specified for context \"anything\""),
               QStringLiteral("cluster was not specified for context \"anything\"") };
    QTest::newRow("ValidateEmptyContextName")
        << QByteArray("contexts:\n- name: \"\"\n  context: {cluster: c, user: u}\n") << QString()
        << QStringList { QStringLiteral("empty context name") };
    QTest::newRow("ValidateEmptyClusterInfo") << QByteArray("clusters:\n- name: empty\n  cluster: {}\n") << QString()
                                              << QStringList { QStringLiteral("cluster has no server defined") };
    QTest::newRow("ValidateNoServer") << QByteArray(
        "clusters:\n- name: noserver\n  cluster: {insecure-skip-tls-verify: true}\n")
                                      << QString()
                                      << QStringList { QStringLiteral("no server found for cluster \"noserver\"") };
    QTest::newRow("ValidateMissingCAFileClusterInfo")
        << QByteArray(
               "clusters:\n- name: missing ca\n  cluster: {server: anything, certificate-authority: @DIR@/missing}\n")
        << QString()
        << QStringList { QStringLiteral("unable to read certificate-authority @DIR@/missing for missing ca due to open "
                                        "@DIR@/missing: no such file or directory") };
    QTest::newRow("ValidateCleanClusterInfo")
        << QByteArray("clusters:\n- name: clean\n  cluster: {server: anything}\n") << QString() << QStringList();
    QTest::newRow("ValidateCleanWithCAClusterInfo")
        << QByteArray("clusters:\n- name: clean\n  cluster: {server: anything, certificate-authority: @DIR@/exists}\n")
        << QString() << QStringList();
    QTest::newRow("ValidateCAFileAndData")
        << QByteArray("clusters:\n- name: both\n  cluster: {server: anything, certificate-authority: @DIR@/exists, "
                      "certificate-authority-data: UEVN}\n")
        << QString()
        << QStringList { QStringLiteral("certificate-authority-data and certificate-authority are both specified") };
    QTest::newRow("ValidateProxyUrl")
        << QByteArray("clusters:\n- name: p\n  cluster: {server: https://x, proxy-url: socks6://example.com}\n")
        << QString()
        << QStringList { QStringLiteral("invalid 'proxy-url' \"socks6://example.com\" for cluster \"p\": unsupported "
                                        "scheme \"socks6\", must be http, https, or socks5") };
    QTest::newRow("ValidateEmptyAuthInfo")
        << QByteArray("users:\n- name: error\n  user: {}\n") << QString() << QStringList();
    QTest::newRow("ValidateCertFilesNotFoundAuthInfo")
        << QByteArray("users:\n- name: error\n  user: {client-certificate: missing, client-key: missing}\n")
        << QString()
        << QStringList { QStringLiteral("unable to read client-cert missing for error due to"),
               QStringLiteral("unable to read client-key missing for error due to") };
    QTest::newRow("ValidateCertDataOverridesFiles")
        << QByteArray(
               "users:\n- name: clean\n  user: {client-certificate: @DIR@/exists, client-certificate-data: ZGF0YQ==, "
               "client-key: @DIR@/exists, client-key-data: ZGF0YQ==}\n")
        << QString()
        << QStringList { QStringLiteral("client-cert-data and client-cert are both specified"),
               QStringLiteral("client-key-data and client-key are both specified") };
    QTest::newRow("ValidateCleanCertFilesAuthInfo")
        << QByteArray("users:\n- name: clean\n  user: {client-certificate: @DIR@/exists, client-key: @DIR@/exists}\n")
        << QString() << QStringList();
    QTest::newRow("ValidateCertWithoutKey")
        << QByteArray("users:\n- name: clean\n  user: {client-certificate-data: ZGF0YQ==}\n") << QString()
        << QStringList { QStringLiteral(
               "client-key-data or client-key must be specified for clean to use the clientCert "
               "authentication method.") };
    QTest::newRow("ValidateKeyWithoutCert")
        << QByteArray("users:\n- name: clean\n  user: {client-key-data: ZGF0YQ==}\n") << QString()
        << QStringList { QStringLiteral("client-certificate-data or client-certificate must be specified") };
    QTest::newRow("ValidateCleanTokenAuthInfo")
        << QByteArray("users:\n- name: clean\n  user: {token: any-value}\n") << QString() << QStringList();
    QTest::newRow("ValidateMultipleMethodsAuthInfo")
        << QByteArray("users:\n- name: error\n  user: {token: token, username: username}\n") << QString()
        << QStringList { QStringLiteral("more than one authentication method found") };
    QTest::newRow("ValidateCertAndTokenIsFine") << QByteArray(
        "users:\n- name: ok\n  user: {token: t, client-certificate-data: ZGF0YQ==, client-key-data: ZGF0YQ==}\n")
                                                << QString() << QStringList();

    const QByteArray execHead = "users:\n- name: user\n  user:\n    exec:\n";
    QTest::newRow("ValidateAuthInfoExec") << QByteArray(execHead
        + "      command: /bin/example\n      apiVersion: clientauthentication.k8s.io/v1alpha1\n"
          "      args: [hello, world]\n      env: [{name: foo, value: bar}]\n"
          "      interactiveMode: IfAvailable\n")
                                          << QString() << QStringList();
    QTest::newRow("ValidateAuthInfoExecNoVersion")
        << QByteArray(execHead + "      command: /bin/example\n      interactiveMode: IfAvailable\n") << QString()
        << QStringList { QStringLiteral("apiVersion must be specified for user to use exec authentication plugin") };
    QTest::newRow("ValidateAuthInfoExecNoCommand")
        << QByteArray(
               execHead + "      apiVersion: client.authentication.k8s.io/v1\n      interactiveMode: IfAvailable\n")
        << QString()
        << QStringList { QStringLiteral("command must be specified for user to use exec authentication plugin") };
    QTest::newRow("ValidateAuthInfoExecWithAuthProvider")
        << QByteArray("users:\n- name: user\n  user:\n    auth-provider: {name: oidc}\n    exec:\n"
                      "      command: /bin/example\n      apiVersion: client.authentication.k8s.io/v1beta1\n")
        << QString()
        << QStringList { QStringLiteral(
               "authProvider cannot be provided in combination with an exec plugin for user") };
    QTest::newRow("ValidateAuthInfoExecNoEnv")
        << QByteArray(execHead
               + "      command: /bin/example\n      apiVersion: client.authentication.k8s.io/v1\n"
                 "      interactiveMode: IfAvailable\n      env: [{value: bar}]\n")
        << QString()
        << QStringList { QStringLiteral(
               "env variable name must be specified for user to use exec authentication plugin") };
    QTest::newRow("ValidateAuthInfoExecInteractiveModeMissing")
        << QByteArray(execHead + "      command: /bin/example\n      apiVersion: client.authentication.k8s.io/v1\n")
        << QString()
        << QStringList { QStringLiteral(
               "interactiveMode must be specified for user to use exec authentication plugin") };
    QTest::newRow("ValidateAuthInfoExecInteractiveModeDefaultedForV1beta1") << QByteArray(
        execHead + "      command: /bin/example\n      apiVersion: client.authentication.k8s.io/v1beta1\n")
                                                                            << QString() << QStringList();
    QTest::newRow("ValidateAuthInfoExecInteractiveModeInvalid")
        << QByteArray(execHead
               + "      command: /bin/example\n      apiVersion: client.authentication.k8s.io/v1\n"
                 "      interactiveMode: invalid!\n")
        << QString() << QStringList { QStringLiteral("invalid interactiveMode for user: \"invalid!\"") };
    QTest::newRow("ValidateAuthInfoImpersonateUser")
        << QByteArray("users:\n- name: user\n  user: {as: user}\n") << QString() << QStringList();
    QTest::newRow("ValidateAuthInfoImpersonateEverything") << QByteArray(
        "users:\n- name: user\n  user: {as: user, as-uid: abc123, as-groups: [group-1, group-2], "
        "as-user-extra: {foo: [bar, baz]}}\n") << QString() << QStringList();
    const QString withoutUser
        = QStringLiteral("requesting uid, groups or user-extra for user without impersonating a user");
    QTest::newRow("ValidateAuthInfoImpersonateGroupsWithoutUserInvalid")
        << QByteArray("users:\n- name: user\n  user: {as-groups: [group-1]}\n") << QString()
        << QStringList { withoutUser };
    QTest::newRow("ValidateAuthInfoImpersonateExtraWithoutUserInvalid")
        << QByteArray("users:\n- name: user\n  user: {as-user-extra: {foo: [bar]}}\n") << QString()
        << QStringList { withoutUser };
    QTest::newRow("ValidateAuthInfoImpersonateUIDWithoutUserInvalid")
        << QByteArray("users:\n- name: user\n  user: {as-uid: abc123}\n") << QString() << QStringList { withoutUser };
    QTest::newRow("ValidateContextNamespaceDnsLabel")
        << QByteArray("clusters:\n- name: c\n  cluster: {server: x}\nusers:\n- name: u\n  user: {}\n"
                      "contexts:\n- name: ctx\n  context: {cluster: c, user: u, namespace: Bad.Namespace}\n")
        << QStringLiteral("ctx")
        << QStringList { QStringLiteral(
               "namespace \"Bad.Namespace\" for context \"ctx\" does not conform to the kubernetes "
               "DNS_LABEL rules") };
}

void TestKubeconfigValidation::validate()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, confirmContext);
    QFETCH(QStringList, expected);
    yaml.replace("@DIR@", m_dir.path().toUtf8());
    const auto config = KubeconfigParser::parse(yaml, QStringLiteral("/cfg"));
    QVERIFY2(config.hasValue(), qPrintable(config.hasValue() ? QString() : config.error().message));

    const bool confirm = QByteArray(QTest::currentDataTag()).startsWith("Confirm");
    const QStringList errors = confirm ? KubeconfigValidation::confirmUsable(*config, confirmContext)
                                       : KubeconfigValidation::validate(*config);
    const QString all = errors.join(QLatin1Char('\n'));
    if (expected.isEmpty() && QByteArray(QTest::currentDataTag()) != "ConfirmUsableNoContext") {
        QVERIFY2(errors.isEmpty(), qPrintable(all));
    }
    if (QByteArray(QTest::currentDataTag()) == "ConfirmUsableNoContext") {
        QCOMPARE(errors, QStringList { KubeconfigValidation::noContextChosen() });
        QCOMPARE(errors.first(), QStringLiteral("no context chosen"));
    }
    for (QString substring : expected) {
        substring.replace(QStringLiteral("@DIR@"), m_dir.path());
        QVERIFY2(all.contains(substring), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(substring, all)));
    }
}

void TestKubeconfigValidation::validate_messageNamesFileAndField()
{
    const auto config = KubeconfigParser::parse("users:\n- name: a\n  user: {}\n- name: b\n  user: {}\n- name: alice\n"
                                                "  user:\n    token: "
            + Canary.toUtf8() + "\n    exec: {command: x}\n",
        QStringLiteral("/home/u/.kube/config"));
    QVERIFY(config.hasValue());
    const QStringList errors = KubeconfigValidation::validate(*config);
    QVERIFY2(
        errors.contains(QStringLiteral("/home/u/.kube/config: users[2].user.exec: apiVersion must be specified for "
                                       "alice to use exec authentication plugin")),
        qPrintable(errors.join(QLatin1Char('\n'))));
    for (const QString &e : errors) {
        QVERIFY(!e.contains(Canary));
    }
}

void TestKubeconfigValidation::aggregate_formatsLikeUtilErrors()
{
    QCOMPARE(KubeconfigValidation::aggregate({}), QString());
    QCOMPARE(KubeconfigValidation::aggregate({ QStringLiteral("a") }), QStringLiteral("invalid configuration: a"));
    QCOMPARE(KubeconfigValidation::aggregate({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a") }),
        QStringLiteral("invalid configuration: [a, b]"));
}

void TestKubeconfigValidation::isDnsLabel_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << QStringLiteral("default") << true;
    QTest::newRow("dash") << QStringLiteral("kube-system") << true;
    QTest::newRow("digits") << QStringLiteral("0abc9") << true;
    QTest::newRow("63 chars") << QString(63, QLatin1Char('a')) << true;
    QTest::newRow("64 chars") << QString(64, QLatin1Char('a')) << false;
    QTest::newRow("upper") << QStringLiteral("Default") << false;
    QTest::newRow("dot") << QStringLiteral("a.b") << false;
    QTest::newRow("leading dash") << QStringLiteral("-a") << false;
    QTest::newRow("trailing dash") << QStringLiteral("a-") << false;
    QTest::newRow("underscore") << QStringLiteral("a_b") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestKubeconfigValidation::isDnsLabel()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QCOMPARE(KubeconfigValidation::isDnsLabel(value), valid);
}

QTEST_GUILESS_MAIN(TestKubeconfigValidation)
#include "tst_kubeconfigvalidation.moc"
