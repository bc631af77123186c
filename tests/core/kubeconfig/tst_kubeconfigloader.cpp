// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/kubeconfig/kubeconfigloader.h"
#include "kubeconfigtestutil.h"

#include <QDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Sextant::Core;
using namespace Sextant::Core::TestUtil;

// Mirrors client-go tools/clientcmd/loader_test.go with real files.
class TestKubeconfigLoader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void load_explicitPathMissing_isError(); // TestNonExistentCommandLineFile
    void load_missingFilesInList_tolerated(); // TestToleratingMissingFiles
    void load_allListedFilesMissing_warns(); // TestWarningMissingFiles
    void load_defaultHomeFileMissing_noWarning(); // TestNoWarningMissingFiles
    void load_unparsableFile_otherFilesStillLoad(); // TestErrorReadingFile
    void load_directoryInList_isLoadError();
    void load_unreadableFile_isLoadError(); // TestErrorReadingNonFile
    void load_conflictingCurrentContext_firstFileWins(); // TestConflictingCurrentContext
    void load_emptyFile_isEmptyConfig(); // TestLoadingEmptyMaps
    void load_duplicateNameInOneFile_isLoadError_data(); // TestDuplicate{Cluster,Context,User,Extension}Name
    void load_duplicateNameInOneFile_isLoadError();
    void load_relativePaths_resolvedAgainstOwnFile(); // TestResolveRelativePaths
    void load_explicitPath_neverMerged(); // Example_noMergingOnExplicitPaths
    void merge_duplicateUserInSecondFile_firstWinsWhole(); // Example_mergingSomeWithConflict
    void merge_noConflicts_everythingMerged(); // Example_mergingEverythingNoConflicts
    void merge_preferences_firstSetterWins();
    void splitKubeconfigList_deduplicatesInOrder_data(); // TestDeduplicate
    void splitKubeconfigList_deduplicatesInOrder();
    void precedence_explicitThenEnvThenHome_data(); // TestLoadingGetLoadingPrecedence
    void precedence_explicitThenEnvThenHome();
    void load_defaultHomeConfig_isRead();
    void load_neverWritesAnything(); // TestMigratingFile*: Sextant never migrates
    void contexts_listEveryContextWithOriginAndStatus();
    void contexts_brokenContext_hasErrorOthersFine();
    void load_realWorldFixture_everyShapeUnderstood();
};

void TestKubeconfigLoader::load_explicitPathMissing_isError()
{
    QTemporaryDir dir;
    LoadOptions options;
    options.explicitPath = dir.path() + QStringLiteral("/missing");
    options.envKubeconfig = writeFile(dir.path(), QStringLiteral("ok"), simpleConfig(QStringLiteral("a")));
    const auto set = KubeconfigLoader::load(options);
    QVERIFY(!set.hasValue());
    QCOMPARE(set.error().kind, ApiError::Kind::Configuration);
    QVERIFY(set.error().message.contains(options.explicitPath));
}

void TestKubeconfigLoader::load_missingFilesInList_tolerated()
{
    QTemporaryDir dir;
    LoadOptions options;
    options.envKubeconfig = dir.path() + QStringLiteral("/a::") + dir.path() + QStringLiteral("/b");
    const auto set = KubeconfigLoader::load(options);
    QVERIFY(set.hasValue());
    QVERIFY(set->loadErrors().isEmpty());
    QVERIFY(set->config().isEmpty());
}

void TestKubeconfigLoader::load_allListedFilesMissing_warns()
{
    QTemporaryDir dir;
    LoadOptions options;
    const QString a = dir.path() + QStringLiteral("/a");
    const QString b = dir.path() + QStringLiteral("/b");
    options.envKubeconfig = a + QLatin1Char(':') + b;
    const auto set = KubeconfigLoader::load(options);
    QVERIFY(set.hasValue());
    QCOMPARE(set->warnings(), QStringList { QStringLiteral("Config not found: ") + a + QStringLiteral(", ") + b });

    // One present file: no warning.
    writeFile(dir.path(), QStringLiteral("b"), simpleConfig(QStringLiteral("b")));
    const auto again = KubeconfigLoader::load(options);
    QVERIFY(again->warnings().isEmpty());
}

void TestKubeconfigLoader::load_defaultHomeFileMissing_noWarning()
{
    QTemporaryDir home;
    LoadOptions options;
    options.homePath = home.path();
    const auto set = KubeconfigLoader::load(options);
    QVERIFY(set.hasValue());
    QVERIFY(set->warnings().isEmpty());
    QVERIFY(set->loadErrors().isEmpty());
}

void TestKubeconfigLoader::load_unparsableFile_otherFilesStillLoad()
{
    QTemporaryDir dir;
    const QString bad
        = writeFile(dir.path(), QStringLiteral("bad"), "users: [\n  - name: u\n    user: {token: \"x\" y}\n");
    const QString good = writeFile(dir.path(), QStringLiteral("good"), simpleConfig(QStringLiteral("good")));
    LoadOptions options;
    options.envKubeconfig = bad + QLatin1Char(':') + good;
    const auto set = KubeconfigLoader::load(options);
    QVERIFY(set.hasValue());
    QCOMPARE(set->loadErrors().size(), 1);
    QCOMPARE(set->loadErrors().first().file, bad);
    QVERIFY(set->loadErrors().first().message.startsWith(bad + QStringLiteral(": ")));
    QVERIFY(set->config().contexts.contains(QStringLiteral("good")));
}

void TestKubeconfigLoader::load_directoryInList_isLoadError()
{
    QTemporaryDir dir;
    const QString good = writeFile(dir.path(), QStringLiteral("good"), simpleConfig(QStringLiteral("good")));
    LoadOptions options;
    options.envKubeconfig = dir.path() + QLatin1Char(':') + good;
    const auto set = KubeconfigLoader::load(options);
    QVERIFY(set.hasValue());
    QCOMPARE(set->loadErrors().size(), 1);
    QVERIFY2(set->loadErrors().first().message.contains(QStringLiteral("is a directory")),
        qPrintable(set->loadErrors().first().message));
    QCOMPARE(set->config().contexts.size(), 1);
}

void TestKubeconfigLoader::load_unreadableFile_isLoadError()
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0) {
        QSKIP("root can read any file");
    }
#endif
    QTemporaryDir dir;
    const QString secret = writeFile(dir.path(), QStringLiteral("secret"), simpleConfig(QStringLiteral("secret")));
    QVERIFY(QFile::setPermissions(secret, QFile::WriteOwner));
    const QString good = writeFile(dir.path(), QStringLiteral("good"), simpleConfig(QStringLiteral("good")));
    LoadOptions options;
    options.envKubeconfig = secret + QLatin1Char(':') + good;
    const auto set = KubeconfigLoader::load(options);
    QVERIFY(set.hasValue());
    QCOMPARE(set->loadErrors().size(), 1);
    QVERIFY2(set->loadErrors().first().message.startsWith(secret + QStringLiteral(": open ")),
        qPrintable(set->loadErrors().first().message));
    QVERIFY(set->config().contexts.contains(QStringLiteral("good")));
}

void TestKubeconfigLoader::load_conflictingCurrentContext_firstFileWins()
{
    QTemporaryDir dir;
    const QString first = writeFile(dir.path(), QStringLiteral("1"), "current-context: from-first\n");
    const QString second = writeFile(dir.path(), QStringLiteral("2"), "current-context: from-second\n");
    const QString none = writeFile(dir.path(), QStringLiteral("0"), "clusters: []\n");
    LoadOptions options;
    options.envKubeconfig = none + QLatin1Char(':') + first + QLatin1Char(':') + second;
    const auto set = KubeconfigLoader::load(options);
    QCOMPARE(set->currentContext(), QStringLiteral("from-first"));
    QCOMPARE(
        set->warnings(), QStringList { QStringLiteral("context was not found for specified context: from-first") });
}

void TestKubeconfigLoader::load_emptyFile_isEmptyConfig()
{
    QTemporaryDir dir;
    LoadOptions options;
    options.explicitPath = writeFile(dir.path(), QStringLiteral("empty"), QByteArray());
    const auto set = KubeconfigLoader::load(options);
    QVERIFY(set.hasValue());
    QVERIFY(set->loadErrors().isEmpty());
    QVERIFY(set->config().isEmpty());
    QVERIFY(set->contexts().isEmpty());
}

void TestKubeconfigLoader::load_duplicateNameInOneFile_isLoadError_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::newRow("cluster") << QByteArray("clusters:\n- name: x\n  cluster: {server: https://a}\n"
                                           "- name: x\n  cluster: {server: https://b}\n");
    QTest::newRow("context") << QByteArray("contexts:\n- name: x\n  context: {}\n- name: x\n  context: {}\n");
    QTest::newRow("user") << QByteArray(
        "users:\n- name: x\n  user: {token: " + Canary.toUtf8() + "}\n- name: x\n  user: {}\n");
    QTest::newRow("extension") << QByteArray("extensions:\n- name: x\n  extension: 1\n- name: x\n  extension: 2\n");
}

void TestKubeconfigLoader::load_duplicateNameInOneFile_isLoadError()
{
    QFETCH(QByteArray, yaml);
    QTemporaryDir dir;
    const QString file = writeFile(dir.path(), QStringLiteral("dup"), yaml);
    LoadOptions options;
    options.envKubeconfig = file;
    const auto set = KubeconfigLoader::load(options);
    QVERIFY(set.hasValue());
    QCOMPARE(set->loadErrors().size(), 1);
    QVERIFY(set->loadErrors().first().message.contains(QStringLiteral("duplicate name \"x\"")));
    QVERIFY(!set->loadErrors().first().message.contains(Canary));
}

void TestKubeconfigLoader::load_relativePaths_resolvedAgainstOwnFile()
{
    QTemporaryDir dir;
    const QString sub = dir.path() + QStringLiteral("/one/two");
    const QString file = writeFile(sub, QStringLiteral("config"), R"(clusters:
- name: rel
  cluster:
    server: https://x
    certificate-authority: ca/ca.crt
- name: up
  cluster:
    server: https://x
    certificate-authority: ../../shared/ca.crt
- name: abs
  cluster:
    server: https://x
    certificate-authority: /etc/ca.crt
users:
- name: u
  user:
    client-certificate: cert.pem
    client-key: ./key.pem
    tokenFile: ../token
    exec:
      command: bin/plugin
      apiVersion: client.authentication.k8s.io/v1
      interactiveMode: Never
- name: onpath
  user:
    exec:
      command: kubelogin
      apiVersion: client.authentication.k8s.io/v1
      interactiveMode: Never
)");
    LoadOptions options;
    options.envKubeconfig = file;
    const auto set = KubeconfigLoader::load(options);
    QVERIFY(set.hasValue());
    const KubeConfig &c = set->config();
    QCOMPARE(c.clusters.value(QStringLiteral("rel")).certificateAuthority, sub + QStringLiteral("/ca/ca.crt"));
    QCOMPARE(
        c.clusters.value(QStringLiteral("up")).certificateAuthority, dir.path() + QStringLiteral("/shared/ca.crt"));
    QCOMPARE(c.clusters.value(QStringLiteral("abs")).certificateAuthority, QStringLiteral("/etc/ca.crt"));
    const KubeAuthInfo u = c.users.value(QStringLiteral("u"));
    QCOMPARE(u.clientCertificate, sub + QStringLiteral("/cert.pem"));
    QCOMPARE(u.clientKey, sub + QStringLiteral("/key.pem"));
    QCOMPARE(u.tokenFile, dir.path() + QStringLiteral("/one/token"));
    QCOMPARE(u.exec->command, sub + QStringLiteral("/bin/plugin"));
    QCOMPARE(c.users.value(QStringLiteral("onpath")).exec->command, QStringLiteral("kubelogin"));
}

void TestKubeconfigLoader::load_explicitPath_neverMerged()
{
    QTemporaryDir dir;
    const QString envFile
        = writeFile(dir.path(), QStringLiteral("env"), simpleConfig(QStringLiteral("env"), {}, QStringLiteral("env")));
    const QString explicitFile
        = writeFile(dir.path(), QStringLiteral("explicit"), simpleConfig(QStringLiteral("explicit")));
    LoadOptions options;
    options.envKubeconfig = envFile;
    options.explicitPath = explicitFile;
    const auto set = KubeconfigLoader::load(options);
    QVERIFY(set.hasValue());
    QCOMPARE(set->config().contexts.keys(), QStringList { QStringLiteral("explicit") });
    QVERIFY(set->currentContext().isEmpty());
    QCOMPARE(set->precedence(), QStringList { explicitFile });
    QCOMPARE(set->defaultFilename(), explicitFile);
}

void TestKubeconfigLoader::merge_duplicateUserInSecondFile_firstWinsWhole()
{
    QTemporaryDir dir;
    const QString first = writeFile(dir.path(), QStringLiteral("1"), R"(users:
- name: red-user
  user:
    token: red-token
clusters:
- name: cow-cluster
  cluster:
    server: http://cow.org:8080
)");
    const QString second = writeFile(dir.path(), QStringLiteral("2"), R"(users:
- name: red-user
  user:
    token: second-token
    client-certificate: /never/merged.crt
- name: yellow-user
  user:
    token: yellow-token
clusters:
- name: cow-cluster
  cluster:
    server: http://second.org:8080
    insecure-skip-tls-verify: true
)");
    LoadOptions options;
    options.envKubeconfig = first + QLatin1Char(':') + second;
    const auto set = KubeconfigLoader::load(options);
    const KubeConfig &c = set->config();
    const KubeAuthInfo red = c.users.value(QStringLiteral("red-user"));
    QCOMPARE(red.token, QStringLiteral("red-token"));
    QVERIFY(red.clientCertificate.isEmpty()); // whole entry from the first file, no field merge
    QCOMPARE(red.origin.file, first);
    QCOMPARE(c.users.value(QStringLiteral("yellow-user")).origin.file, second);
    QCOMPARE(c.clusters.value(QStringLiteral("cow-cluster")).server, QStringLiteral("http://cow.org:8080"));
    QVERIFY(!c.clusters.value(QStringLiteral("cow-cluster")).insecureSkipTlsVerify);
}

void TestKubeconfigLoader::merge_noConflicts_everythingMerged()
{
    QTemporaryDir dir;
    const QString a = writeFile(dir.path(), QStringLiteral("a"), simpleConfig(QStringLiteral("a")));
    const QString b
        = writeFile(dir.path(), QStringLiteral("b"), simpleConfig(QStringLiteral("b"), {}, QStringLiteral("b")));
    LoadOptions options;
    options.envKubeconfig = a + QLatin1Char(':') + b;
    const auto set = KubeconfigLoader::load(options);
    const KubeConfig &c = set->config();
    QCOMPARE(c.clusters.size(), 2);
    QCOMPARE(c.users.size(), 2);
    QCOMPARE(c.contextOrder, (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    QCOMPARE(set->currentContext(), QStringLiteral("b"));
    QCOMPARE(set->originOfContext(QStringLiteral("a")), a);
    QCOMPARE(set->originOfContext(QStringLiteral("b")), b);
}

void TestKubeconfigLoader::merge_preferences_firstSetterWins()
{
    KubeConfig one;
    one.preferences.extensions.insert(QStringLiteral("k"), QJsonValue(1));
    KubeConfig two;
    two.preferences.colors = true;
    two.preferences.extensions.insert(QStringLiteral("k"), QJsonValue(2));
    two.preferences.extensions.insert(QStringLiteral("other"), QJsonValue(3));
    const KubeConfig merged = KubeconfigLoader::merge({ one, two });
    QVERIFY(merged.preferences.colors);
    QCOMPARE(merged.preferences.extensions.value(QStringLiteral("k")), QJsonValue(1));
    QCOMPARE(merged.preferences.extensions.value(QStringLiteral("other")), QJsonValue(3));
}

void TestKubeconfigLoader::splitKubeconfigList_deduplicatesInOrder_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("one") << QStringLiteral("/a") << QStringList { QStringLiteral("/a") };
    QTest::newRow("dupes") << QStringLiteral("/a:/b:/a:/c:/b")
                           << QStringList { QStringLiteral("/a"), QStringLiteral("/b"), QStringLiteral("/c") };
    QTest::newRow("empty entries kept once, skipped at load")
        << QStringLiteral("/a::/b:") << QStringList { QStringLiteral("/a"), QString(), QStringLiteral("/b") };
}

void TestKubeconfigLoader::splitKubeconfigList_deduplicatesInOrder()
{
    QFETCH(QString, value);
    QFETCH(QStringList, expected);
    QCOMPARE(KubeconfigLoader::splitKubeconfigList(value), expected);
}

void TestKubeconfigLoader::precedence_explicitThenEnvThenHome_data()
{
    QTest::addColumn<QString>("explicitPath");
    QTest::addColumn<QString>("env");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("explicit wins") << QStringLiteral("/x") << QStringLiteral("/a:/b")
                                   << QStringList { QStringLiteral("/x") };
    QTest::newRow("env list") << QString() << QStringLiteral("/a:/b:/a")
                              << QStringList { QStringLiteral("/a"), QStringLiteral("/b") };
    QTest::newRow("home default") << QString() << QString()
                                  << QStringList { QStringLiteral("/home/test/.kube/config") };
}

void TestKubeconfigLoader::precedence_explicitThenEnvThenHome()
{
    QFETCH(QString, explicitPath);
    QFETCH(QString, env);
    QFETCH(QStringList, expected);
    LoadOptions options;
    options.explicitPath = explicitPath;
    options.envKubeconfig = env;
    options.homePath = QStringLiteral("/home/test");
    QCOMPARE(KubeconfigLoader::precedence(options), expected);
}

void TestKubeconfigLoader::load_defaultHomeConfig_isRead()
{
    QTemporaryDir home;
    writeFile(
        home.path(), QStringLiteral(".kube/config"), simpleConfig(QStringLiteral("home"), {}, QStringLiteral("home")));
    LoadOptions options;
    options.homePath = home.path();
    const auto set = KubeconfigLoader::load(options);
    QCOMPARE(set->currentContext(), QStringLiteral("home"));
    QCOMPARE(set->defaultFilename(), home.path() + QStringLiteral("/.kube/config"));
}

void TestKubeconfigLoader::load_neverWritesAnything()
{
    QTemporaryDir home;
    // kubectl would migrate ~/.kube/.kubeconfig to ~/.kube/config; Sextant only reads.
    writeFile(home.path(), QStringLiteral(".kube/.kubeconfig"), simpleConfig(QStringLiteral("legacy")));
    LoadOptions options;
    options.homePath = home.path();
    const auto set = KubeconfigLoader::load(options);
    QVERIFY(set.hasValue());
    QVERIFY(!QFileInfo::exists(home.path() + QStringLiteral("/.kube/config")));
    QCOMPARE(QDir(home.path() + QStringLiteral("/.kube")).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestKubeconfigLoader::contexts_listEveryContextWithOriginAndStatus()
{
    QTemporaryDir dir;
    const QString a = writeFile(
        dir.path(), QStringLiteral("a"), simpleConfig(QStringLiteral("a"), QStringLiteral("https://a:6443")));
    QByteArray bYaml = simpleConfig(QStringLiteral("b"), QStringLiteral("https://b:6443"), QStringLiteral("b"));
    bYaml.replace("contexts:\n", "contexts:\n- name: a\n  context: {cluster: b, user: b}\n");
    const QString b = writeFile(dir.path(), QStringLiteral("b"), bYaml);
    LoadOptions options;
    options.envKubeconfig = a + QLatin1Char(':') + b;
    const auto set = KubeconfigLoader::load(options);
    QVERIFY(set.hasValue());
    QVERIFY(set->loadErrors().isEmpty());
    const QList<ContextInfo> contexts = set->contexts();
    QCOMPARE(contexts.size(), 2); // "a" from b is shadowed by a's "a"
    QCOMPARE(contexts[0].name, QStringLiteral("a"));
    QCOMPARE(contexts[0].server, QStringLiteral("https://a:6443"));
    QCOMPARE(contexts[0].originFile, a);
    QCOMPARE(contexts[0].cluster, QStringLiteral("a"));
    QCOMPARE(contexts[0].user, QStringLiteral("a"));
    QVERIFY(!contexts[0].isCurrent);
    QVERIFY2(contexts[0].error.isEmpty(), qPrintable(contexts[0].error));
    QCOMPARE(contexts[1].name, QStringLiteral("b"));
    QCOMPARE(contexts[1].originFile, b);
    QVERIFY(contexts[1].isCurrent);
    QCOMPARE(set->currentContext(), QStringLiteral("b"));
}

void TestKubeconfigLoader::contexts_brokenContext_hasErrorOthersFine()
{
    QTemporaryDir dir;
    const QString file = writeFile(dir.path(), QStringLiteral("config"), R"(clusters:
- name: ok
  cluster: {server: "https://ok:6443"}
- name: gke
  cluster: {server: "https://gke:6443"}
users:
- name: ok
  user: {token: CANARY-7f3a9c-secret-token}
- name: gcp
  user:
    token: CANARY-7f3a9c-secret-token
    auth-provider: {name: gcp}
- name: noversion
  user:
    exec: {command: plugin}
contexts:
- name: ok
  context: {cluster: ok, user: ok, namespace: team-a}
- name: dangling
  context: {cluster: missing, user: ok}
- name: gke
  context: {cluster: gke, user: gcp}
- name: exec
  context: {cluster: ok, user: noversion}
- name: badns
  context: {cluster: ok, user: ok, namespace: Not_A_Label}
)");
    LoadOptions options;
    options.explicitPath = file;
    const auto set = KubeconfigLoader::load(options);
    QVERIFY(set.hasValue());
    QMap<QString, ContextInfo> byName;
    for (const ContextInfo &info : set->contexts()) {
        byName.insert(info.name, info);
        QVERIFY(!info.error.contains(Canary));
    }
    QCOMPARE(byName.size(), 5);
    QVERIFY(byName[QStringLiteral("ok")].error.isEmpty());
    QCOMPARE(byName[QStringLiteral("ok")].namespaceName, QStringLiteral("team-a"));
    QVERIFY(byName[QStringLiteral("dangling")].error.contains(
        QStringLiteral("cluster \"missing\" was not found for context \"dangling\"")));
    QVERIFY(byName[QStringLiteral("dangling")].error.contains(file + QStringLiteral(": contexts[1].context: ")));
    QVERIFY(byName[QStringLiteral("gke")].error.contains(QStringLiteral("gke-gcloud-auth-plugin")));
    QVERIFY2(byName[QStringLiteral("exec")].error.contains(
                 file + QStringLiteral(": users[2].user.exec: apiVersion must be specified for noversion")),
        qPrintable(byName[QStringLiteral("exec")].error));
    QVERIFY(byName[QStringLiteral("badns")].error.contains(QStringLiteral("DNS_LABEL")));
}

void TestKubeconfigLoader::load_realWorldFixture_everyShapeUnderstood()
{
    const QString dataDir = QStringLiteral(SEXTANT_TEST_DATA_DIR "/kubeconfig");
    LoadOptions options;
    options.explicitPath = dataDir + QStringLiteral("/realworld.yaml");
    const auto set = KubeconfigLoader::load(options);
    QVERIFY(set.hasValue());
    QVERIFY(set->loadErrors().isEmpty());
    QCOMPARE(set->currentContext(), QStringLiteral("kind-dev"));
    const QList<ContextInfo> contexts = set->contexts();
    QCOMPARE(contexts.size(), 5);
    for (const ContextInfo &info : contexts) {
        QCOMPARE(info.originFile, options.explicitPath);
        if (info.name == QLatin1String("gke-legacy")) {
            QVERIFY(info.error.contains(QStringLiteral("The gcp auth plugin has been removed.")));
            QVERIFY(info.error.contains(QStringLiteral("gke-gcloud-auth-plugin")));
        } else {
            QVERIFY2(info.error.isEmpty(), qPrintable(info.name + QStringLiteral(": ") + info.error));
        }
    }

    ConfigOverrides eks;
    eks.context = QStringLiteral("eks-prod");
    const auto eksConfig = set->restConfig(eks);
    QVERIFY(eksConfig.hasValue());
    QCOMPARE(eksConfig->namespaceName, QStringLiteral("payments"));
    QCOMPARE(eksConfig->exec->command, QStringLiteral("aws")); // bare name: looked up on PATH later
    QCOMPARE(eksConfig->exec->interactiveMode, QStringLiteral("IfAvailable"));
    QCOMPARE(eksConfig->exec->env.first().first, QStringLiteral("AWS_PROFILE"));
    QVERIFY(eksConfig->caData.startsWith("-----BEGIN CERTIFICATE-----"));

    ConfigOverrides gke;
    gke.context = QStringLiteral("gke-main");
    const auto gkeConfig = set->restConfig(gke);
    QVERIFY(gkeConfig.hasValue());
    QVERIFY(gkeConfig->exec->provideClusterInfo);
    QCOMPARE(gkeConfig->exec->clusterExtension.value(QStringLiteral("audience")).toString(), QStringLiteral("gke"));
    QVERIFY(gkeConfig->exec->installHint.contains(QStringLiteral("https://cloud.google.com/")));

    ConfigOverrides corp;
    corp.context = QStringLiteral("corp-oidc");
    const auto corpConfig = set->restConfig(corp);
    QVERIFY2(corpConfig.hasValue(), qPrintable(corpConfig.hasValue() ? QString() : corpConfig.error().message));
    QCOMPARE(corpConfig->caFile, dataDir + QStringLiteral("/certs/ca.crt"));
    QVERIFY(corpConfig->caData.startsWith("-----BEGIN CERTIFICATE-----"));
    QCOMPARE(corpConfig->server.path(), QStringLiteral("/api-prefix"));
    QCOMPARE(corpConfig->proxyUrl, QUrl(QStringLiteral("http://proxy.corp.example:3128")));
    QCOMPARE(corpConfig->tlsServerName, QStringLiteral("k8s.internal"));
    QCOMPARE(corpConfig->authProvider->config.value(QStringLiteral("refresh-token")), QStringLiteral("0a1b2c"));
    QCOMPARE(corpConfig->userOriginFile, options.explicitPath);

    const auto kind = set->restConfig();
    QVERIFY(kind.hasValue());
    QVERIFY(kind->clientKeyData.startsWith("-----BEGIN PRIVATE KEY-----"));
    QVERIFY(kind->clientCertData.startsWith("-----BEGIN CERTIFICATE-----"));
}

QTEST_GUILESS_MAIN(TestKubeconfigLoader)
#include "tst_kubeconfigloader.moc"
