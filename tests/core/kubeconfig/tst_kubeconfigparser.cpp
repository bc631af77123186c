// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/kubeconfig/kubeconfigparser.h"
#include "kubeconfigtestutil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Sextant::Core;

class TestKubeconfigParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_emptyInput_isEmptyConfig_data();
    void parse_emptyInput_isEmptyConfig();
    void parse_fullConfig_allFieldsTyped();
    void parse_duplicateName_isError_data();
    void parse_duplicateName_isError();
    void parse_badField_errorNamesFileAndFieldNotValue_data();
    void parse_badField_errorNamesFileAndFieldNotValue();
    void parse_execInteractiveMode_defaultedLikeClientGo_data();
    void parse_execInteractiveMode_defaultedLikeClientGo();
    void parse_billionLaughs_rejectedQuickly_data();
    void parse_billionLaughs_rejectedQuickly();
    void parse_hugeDocument_rejected();
    void parse_duplicateKeys_lastWinsAsKubectl();
    void parse_extensions_keepJsonTypes();
    void parseFile_missingFile_errorNamesFile();
    void parse_mutatedFixture_neverCrashesOrLeaksSecrets();
};

void TestKubeconfigParser::parse_emptyInput_isEmptyConfig_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArray(" \n\n\t\n");
    QTest::newRow("comment only") << QByteArray("# nothing here\n");
    QTest::newRow("document marker") << QByteArray("---\n");
    QTest::newRow("null") << QByteArray("~\n");
    QTest::newRow("empty lists") << QByteArray("clusters: []\nusers: []\ncontexts: []\ncurrent-context: \"\"\n");
    QTest::newRow("null lists") << QByteArray("clusters:\nusers: null\ncontexts: ~\n");
}

void TestKubeconfigParser::parse_emptyInput_isEmptyConfig()
{
    QFETCH(QByteArray, yaml);
    const auto config = KubeconfigParser::parse(yaml, QStringLiteral("/tmp/empty"));
    QVERIFY2(config.hasValue(), qPrintable(config.hasValue() ? QString() : config.error().message));
    QVERIFY(config->isEmpty());
}

void TestKubeconfigParser::parse_fullConfig_allFieldsTyped()
{
    const QByteArray yaml = R"(apiVersion: v1
kind: Config
preferences:
  colors: true
clusters:
- name: prod
  cluster:
    server: https://prod.example.com:6443/prefix
    tls-server-name: api.internal
    insecure-skip-tls-verify: false
    certificate-authority: ca.crt
    certificate-authority-data: UEVNIERBVEE=
    proxy-url: socks5://proxy:1080
    disable-compression: true
    extensions:
    - name: client.authentication.k8s.io/exec
      extension:
        audience: prod
users:
- name: alice
  user:
    client-certificate: certs/alice.crt
    client-key-data: S0VZ
    token: abc
    tokenFile: /var/run/token
    as: bob
    as-uid: "1000"
    as-groups: [devs, ops]
    as-user-extra:
      scopes: [read, write]
    username: u
    password: p
    auth-provider:
      name: oidc
      config:
        client-id: sextant
        id-token: "123"
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: ./bin/plugin
      args: [get-token, --verbose]
      env:
      - name: FOO
        value: bar
      installHint: install it
      provideClusterInfo: true
      interactiveMode: Never
contexts:
- name: prod
  context:
    cluster: prod
    user: alice
    namespace: team-a
- name: other
  context: {cluster: prod, user: alice}
current-context: prod
extensions:
- name: tool
  extension: {a: 1}
)";
    const auto parsed = KubeconfigParser::parse(yaml, QStringLiteral("/home/u/.kube/config"));
    QVERIFY2(parsed.hasValue(), qPrintable(parsed.hasValue() ? QString() : parsed.error().message));
    const KubeConfig &c = *parsed;
    QCOMPARE(c.currentContext, QStringLiteral("prod"));
    QVERIFY(c.preferences.colors);
    QCOMPARE(c.contextOrder, (QStringList { QStringLiteral("prod"), QStringLiteral("other") }));

    const KubeCluster cluster = c.clusters.value(QStringLiteral("prod"));
    QCOMPARE(cluster.server, QStringLiteral("https://prod.example.com:6443/prefix"));
    QCOMPARE(cluster.tlsServerName, QStringLiteral("api.internal"));
    QCOMPARE(cluster.certificateAuthority, QStringLiteral("ca.crt")); // resolved by the loader, not here
    QCOMPARE(cluster.certificateAuthorityData, QByteArray("PEM DATA"));
    QCOMPARE(cluster.proxyUrl, QStringLiteral("socks5://proxy:1080"));
    QVERIFY(cluster.disableCompression);
    QVERIFY(!cluster.insecureSkipTlsVerify);
    QCOMPARE(cluster.extensions.value(QStringLiteral("client.authentication.k8s.io/exec"))
                 .toObject()
                 .value(QStringLiteral("audience"))
                 .toString(),
        QStringLiteral("prod"));
    QCOMPARE(cluster.origin.file, QStringLiteral("/home/u/.kube/config"));
    QCOMPARE(cluster.origin.index, 0);

    const KubeAuthInfo user = c.users.value(QStringLiteral("alice"));
    QCOMPARE(user.clientCertificate, QStringLiteral("certs/alice.crt"));
    QCOMPARE(user.clientKeyData, QByteArray("KEY"));
    QCOMPARE(user.token, QStringLiteral("abc"));
    QCOMPARE(user.tokenFile, QStringLiteral("/var/run/token"));
    QCOMPARE(user.impersonate, QStringLiteral("bob"));
    QCOMPARE(user.impersonateUid, QStringLiteral("1000"));
    QCOMPARE(user.impersonateGroups, (QStringList { QStringLiteral("devs"), QStringLiteral("ops") }));
    QCOMPARE(user.impersonateUserExtra.value(QStringLiteral("scopes")),
        (QStringList { QStringLiteral("read"), QStringLiteral("write") }));
    QCOMPARE(user.username, QStringLiteral("u"));
    QCOMPARE(user.password, QStringLiteral("p"));
    QVERIFY(user.authProvider.has_value());
    QCOMPARE(user.authProvider->name, QStringLiteral("oidc"));
    QCOMPARE(user.authProvider->config.value(QStringLiteral("id-token")), QStringLiteral("123"));
    QVERIFY(user.exec.has_value());
    QCOMPARE(user.exec->command, QStringLiteral("./bin/plugin"));
    QCOMPARE(user.exec->args, (QStringList { QStringLiteral("get-token"), QStringLiteral("--verbose") }));
    QCOMPARE(user.exec->env.size(), 1);
    QCOMPARE(user.exec->env.first().first, QStringLiteral("FOO"));
    QCOMPARE(user.exec->env.first().second, QStringLiteral("bar"));
    QCOMPARE(user.exec->installHint, QStringLiteral("install it"));
    QVERIFY(user.exec->provideClusterInfo);
    QCOMPARE(user.exec->interactiveMode, QStringLiteral("Never"));

    const KubeContext context = c.contexts.value(QStringLiteral("prod"));
    QCOMPARE(context.cluster, QStringLiteral("prod"));
    QCOMPARE(context.user, QStringLiteral("alice"));
    QCOMPARE(context.namespaceName, QStringLiteral("team-a"));
    QCOMPARE(c.contexts.value(QStringLiteral("other")).origin.index, 1);
    QCOMPARE(c.extensions.value(QStringLiteral("tool")).toObject().value(QStringLiteral("a")).toDouble(), 1.0);
}

void TestKubeconfigParser::parse_duplicateName_isError_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("where");
    // loader_test.go TestDuplicate{Cluster,Context,User,Extension}Name
    QTest::newRow("cluster") << QByteArray("clusters:\n- name: a\n  cluster: {server: https://x}\n"
                                           "- name: a\n  cluster: {server: https://y}\n")
                             << QStringLiteral("clusters[1]");
    QTest::newRow("context") << QByteArray("contexts:\n- name: a\n  context: {cluster: x, user: y}\n"
                                           "- name: a\n  context: {cluster: x, user: y}\n")
                             << QStringLiteral("contexts[1]");
    QTest::newRow("user") << QByteArray("users:\n- name: a\n  user: {token: CANARY-7f3a9c-secret-token}\n"
                                        "- name: a\n  user: {token: CANARY-7f3a9c-secret-token}\n")
                          << QStringLiteral("users[1]");
    QTest::newRow("extension") << QByteArray("extensions:\n- name: e\n  extension: {}\n- name: e\n  extension: {}\n")
                               << QStringLiteral("extensions[1]");
    QTest::newRow("cluster extension") << QByteArray(
        "clusters:\n- name: a\n  cluster:\n    server: https://x\n    extensions:\n"
        "    - name: e\n      extension: 1\n    - name: e\n      extension: 2\n")
                                       << QStringLiteral("clusters[0].cluster.extensions[1]");
}

void TestKubeconfigParser::parse_duplicateName_isError()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, where);
    const auto parsed = KubeconfigParser::parse(yaml, QStringLiteral("/cfg/dup"));
    QVERIFY(!parsed.hasValue());
    QCOMPARE(parsed.error().kind, ApiError::Kind::Configuration);
    QVERIFY2(parsed.error().message.startsWith(QStringLiteral("/cfg/dup: ") + where + QStringLiteral(": ")),
        qPrintable(parsed.error().message));
    QVERIFY(parsed.error().message.contains(QStringLiteral("duplicate name")));
    QVERIFY(!parsed.error().message.contains(TestUtil::Canary));
}

void TestKubeconfigParser::parse_badField_errorNamesFileAndFieldNotValue_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expectedPrefix");
    const QByteArray canary = TestUtil::Canary.toUtf8();
    QTest::newRow("token is a map") << QByteArray("users:\n- name: u\n  user:\n    token: {" + canary + ": 1}\n")
                                    << QStringLiteral("/f: users[0].user.token: expected a string");
    QTest::newRow("bad base64 key") << QByteArray("users:\n- name: u\n  user:\n    client-key-data: '" + canary
        + "!!'\n") << QStringLiteral("/f: users[0].user.client-key-data: illegal base64 data");
    QTest::newRow("bool field") << QByteArray("clusters:\n- name: c\n  cluster:\n    insecure-skip-tls-verify: maybe\n")
                                << QStringLiteral(
                                       "/f: clusters[0].cluster.insecure-skip-tls-verify: expected true or false");
    QTest::newRow("users not a list") << QByteArray("users: {a: b}\n") << QStringLiteral("/f: users: expected a list");
    QTest::newRow("top level list") << QByteArray("- a\n- b\n") << QStringLiteral("/f: expected a mapping");
    QTest::newRow("exec env not a list") << QByteArray(
        "users:\n- name: u\n  user:\n    exec:\n      command: x\n      env: " + canary + "\n")
                                         << QStringLiteral("/f: users[0].user.exec.env: expected a list");
    QTest::newRow("yaml syntax, text after quote")
        << QByteArray("users:\n- name: u\n  user:\n    token: \"" + canary + "\" " + canary + "\n")
        << QStringLiteral("/f: yaml: line");
    QTest::newRow("yaml syntax, bad indentation")
        << QByteArray("users:\n- name: u\n  user:\n    token: " + canary + "\n   bad: [\n")
        << QStringLiteral("/f: yaml: line");
    QTest::newRow("invalid utf-8") << QByteArray("current-context: \"\xff\xfe\xfd\"\n")
                                   << QStringLiteral("/f: invalid UTF-8");
    QTest::newRow("nesting bomb") << QByteArray(20000, '[')
                                  << QStringLiteral("/f: yaml: line 1, column 1: nested too deeply");
}

void TestKubeconfigParser::parse_badField_errorNamesFileAndFieldNotValue()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expectedPrefix);
    const auto parsed = KubeconfigParser::parse(yaml, QStringLiteral("/f"));
    QVERIFY(!parsed.hasValue());
    QVERIFY2(parsed.error().message.startsWith(expectedPrefix), qPrintable(parsed.error().message));
    QVERIFY2(!parsed.error().message.contains(QStringLiteral("CANARY")), qPrintable(parsed.error().message));
}

void TestKubeconfigParser::parse_execInteractiveMode_defaultedLikeClientGo_data()
{
    QTest::addColumn<QString>("apiVersion");
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("expected");
    QTest::newRow("v1beta1 defaults to IfAvailable")
        << QStringLiteral("client.authentication.k8s.io/v1beta1") << QString() << QStringLiteral("IfAvailable");
    QTest::newRow("v1 has no default") << QStringLiteral("client.authentication.k8s.io/v1") << QString() << QString();
    QTest::newRow("v1 explicit") << QStringLiteral("client.authentication.k8s.io/v1") << QStringLiteral("Always")
                                 << QStringLiteral("Always");
    QTest::newRow("v1beta1 explicit") << QStringLiteral("client.authentication.k8s.io/v1beta1")
                                      << QStringLiteral("Never") << QStringLiteral("Never");
}

void TestKubeconfigParser::parse_execInteractiveMode_defaultedLikeClientGo()
{
    QFETCH(QString, apiVersion);
    QFETCH(QString, written);
    QFETCH(QString, expected);
    QByteArray yaml
        = "users:\n- name: u\n  user:\n    exec:\n      command: p\n      apiVersion: " + apiVersion.toUtf8() + "\n";
    if (!written.isEmpty()) {
        yaml += "      interactiveMode: " + written.toUtf8() + "\n";
    }
    const auto parsed = KubeconfigParser::parse(yaml, QStringLiteral("/f"));
    QVERIFY(parsed.hasValue());
    QCOMPARE(parsed->users.value(QStringLiteral("u")).exec->interactiveMode, expected);
}

void TestKubeconfigParser::parse_billionLaughs_rejectedQuickly_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QByteArray bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    for (char c = 'b'; c <= 'j'; ++c) {
        const char prev = char(c - 1);
        bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [";
        for (int i = 0; i < 9; ++i) {
            bomb += QByteArray(i ? ",*" : "*") + QByteArray(1, prev);
        }
        bomb += "]\n";
    }
    QTest::newRow("in an extension") << QByteArray(
        "extensions:\n- name: x\n  extension:\n    " + QByteArray(bomb).replace("\n", "\n    ") + "\n");
    QByteArray inArgs = "x: &x [" + QByteArray("a,").repeated(2000) + "a]\n";
    inArgs += "users:\n";
    for (int i = 0; i < 1000; ++i) {
        inArgs += "- name: u" + QByteArray::number(i) + "\n  user:\n    exec:\n      command: c\n      args: *x\n";
    }
    QTest::newRow("aliased exec args") << inArgs;
}

void TestKubeconfigParser::parse_billionLaughs_rejectedQuickly()
{
    QFETCH(QByteArray, yaml);
    QElapsedTimer timer;
    timer.start();
    const auto parsed = KubeconfigParser::parse(yaml, QStringLiteral("/bomb"));
    QVERIFY(!parsed.hasValue());
    QVERIFY2(parsed.error().message.contains(QStringLiteral("too many nodes")), qPrintable(parsed.error().message));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

void TestKubeconfigParser::parse_hugeDocument_rejected()
{
    QByteArray yaml = "current-context: \"";
    yaml += QByteArray(16 * 1024 * 1024, 'x');
    yaml += "\"\n";
    const auto parsed = KubeconfigParser::parse(yaml, QStringLiteral("/huge"));
    QVERIFY(!parsed.hasValue());
    QVERIFY2(parsed.error().message.contains(QStringLiteral("larger than 16 MiB")), qPrintable(parsed.error().message));
}

void TestKubeconfigParser::parse_duplicateKeys_lastWinsAsKubectl()
{
    // go-yaml (non-strict, as kubectl decodes kubeconfig) keeps the later value; yaml-cpp alone keeps the first.
    const auto parsed = KubeconfigParser::parse("current-context: a\ncurrent-context: b\n", QStringLiteral("/f"));
    QVERIFY(parsed.hasValue());
    QCOMPARE(parsed->currentContext, QStringLiteral("b"));
}

void TestKubeconfigParser::parse_extensions_keepJsonTypes()
{
    const QByteArray yaml = "extensions:\n- name: e\n  extension:\n    n: 12\n    q: \"12\"\n    b: true\n"
                            "    y: yes\n    s: hello\n    z: null\n    l: [1, two]\n";
    const auto parsed = KubeconfigParser::parse(yaml, QStringLiteral("/f"));
    QVERIFY(parsed.hasValue());
    const QJsonObject e = parsed->extensions.value(QStringLiteral("e")).toObject();
    QCOMPARE(e.value(QStringLiteral("n")), QJsonValue(12.0));
    QCOMPARE(e.value(QStringLiteral("q")), QJsonValue(QStringLiteral("12")));
    QCOMPARE(e.value(QStringLiteral("b")), QJsonValue(true));
    QCOMPARE(e.value(QStringLiteral("y")), QJsonValue(true)); // YAML 1.1, as sigs.k8s.io/yaml
    QCOMPARE(e.value(QStringLiteral("s")), QJsonValue(QStringLiteral("hello")));
    QVERIFY(e.value(QStringLiteral("z")).isNull());
    QCOMPARE(e.value(QStringLiteral("l")).toArray().size(), 2);
}

void TestKubeconfigParser::parseFile_missingFile_errorNamesFile()
{
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/nope");
    const auto parsed = KubeconfigParser::parseFile(path);
    QVERIFY(!parsed.hasValue());
    QVERIFY2(parsed.error().message.contains(path), qPrintable(parsed.error().message));
    QVERIFY(parsed.error().message.contains(QStringLiteral("no such file or directory")));
}

void TestKubeconfigParser::parse_mutatedFixture_neverCrashesOrLeaksSecrets()
{
    // A small deterministic fuzz: byte flips, truncations and splices of a real-world file.
    QFile fixture(QStringLiteral(SEXTANT_TEST_DATA_DIR "/kubeconfig/realworld.yaml"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QByteArray seed = fixture.readAll();
    seed.replace("eyJhbGciOiJSUzI1NiJ9.e30.c2ln", TestUtil::Canary.toUtf8());
    const QByteArray specials = ",:[]{}&*!|>'\"%@`#-?\t\n\xff";
    QRandomGenerator random(20261127);
    int parsedOk = 0;
    for (int round = 0; round < 1500; ++round) {
        QByteArray input = seed;
        const int edits = 1 + int(random.bounded(4));
        for (int e = 0; e < edits; ++e) {
            const int at = int(random.bounded(qsizetype(input.size())));
            switch (random.bounded(4)) {
            case 0:
                input[at] = specials.at(int(random.bounded(qsizetype(specials.size()))));
                break;
            case 1:
                input.truncate(at);
                break;
            case 2:
                input.insert(at, seed.mid(int(random.bounded(qsizetype(seed.size()))), 40));
                break;
            default:
                input.remove(at, int(random.bounded(20)));
                break;
            }
            if (input.isEmpty()) {
                break;
            }
        }
        const auto parsed = KubeconfigParser::parse(input, QStringLiteral("/fuzz"));
        if (parsed.hasValue()) {
            ++parsedOk;
        } else {
            QVERIFY(parsed.error().message.startsWith(QStringLiteral("/fuzz: ")));
            QVERIFY2(!parsed.error().message.contains(TestUtil::Canary), qPrintable(parsed.error().message));
        }
    }
    QVERIFY(parsedOk > 0); // some mutations stay valid; the loop really exercised both paths
}

QTEST_GUILESS_MAIN(TestKubeconfigParser)
#include "tst_kubeconfigparser.moc"
