// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/kubeconfig/kubeconfigloader.h"
#include "core/kubeconfig/kubeconfigparser.h"
#include "core/kubeconfig/kubeconfigwriter.h"
#include "kubeconfigtestutil.h"

#include <QDir>
#include <QJsonObject>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace Sextant::Core;
using namespace Sextant::Core::TestUtil;

namespace {

const QByteArray RichConfig = R"(# a comment kubectl would also drop
apiVersion: v1
kind: Config
x-unknown-top: {keep: me, list: [1, 2]}
preferences:
  colors: true
clusters:
- name: prod
  cluster:
    server: https://prod:6443
    x-unknown-cluster-field: still here
    extensions:
    - name: client.authentication.k8s.io/exec
      extension:
        audience: "0042"
        enabled: true
users:
- name: alice
  user:
    token: "0123"
    as-uid: "1000"
    auth-provider:
      name: oidc
      config:
        client-id: sextant
        id-token: old-id-token
        refresh-token: old-refresh
- name: bob
  user:
    username: bob
    password: "true"
contexts:
- name: prod
  context:
    cluster: prod
    user: alice
    namespace: team-a
    extensions:
    - name: ext
      extension: {a: b}
- name: other
  context: {cluster: prod, user: bob}
current-context: prod
extensions:
- name: top-ext
  extension:
    anything: [x, y]
)";

KubeConfig parsed(const QString &file)
{
    auto config = KubeconfigParser::parseFile(file);
    return config.hasValue() ? *config : KubeConfig();
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

QFile::Permissions ownerRw()
{
    return QFile::ReadOwner | QFile::WriteOwner;
}

QFile::Permissions modeBits(const QString &file)
{
    // QFile reports the owner bits twice (user and owner); keep the POSIX owner/group/other ones.
    return QFileInfo(file).permissions()
        & (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup
            | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther);
}

} // namespace

// Mirrors config_test.go TestModifyConfigWritesToFirstKubeconfigFile and
// loader_test.go TestFileLocking / TestEncodeYAML, plus Sextant's safety rules.
class TestKubeconfigWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void setCurrentContext_writesFirstExistingFileOnly();
    void setCurrentContext_explicitFile_writesExplicit();
    void setCurrentContext_noFileExists_createsFirstEntry0600();
    void setContextNamespace_writesToOriginFile();
    void setContextNamespace_emptyRemovesKey();
    void setContextNamespace_unknownContext_errorNamesFile();
    void write_preservesUnknownFieldsExtensionsAndQuotedStrings();
    void write_valuesThatLookTyped_stayStrings_data();
    void write_valuesThatLookTyped_stayStrings();
    void write_resultIsMode0600();
    void lock_heldBySomeoneElse_clearErrorOriginalUntouched();
    void lock_removedAfterSuccessAndAfterFailure();
    void write_failureMidWrite_neverTruncates();
    void write_readOnlyDirectory_errorOriginalUntouched();
    void write_unparsableFile_refusedUntouched();
    void write_symlink_writesThroughToTarget();
    void updateUserAuthProviderConfig_replacesOnlyThatMap();
    void updateUserAuthProviderConfig_noAuthProvider_errorNamesFile();
    void errors_neverContainSecrets();
    void write_realWorldFixture_roundTripsEverything();
    void write_nothingToChange_fileLeftByteForByte();
};

void TestKubeconfigWriter::setCurrentContext_writesFirstExistingFileOnly()
{
    QTemporaryDir dir;
    const QString fileA = writeFile(dir.path(), QStringLiteral("kubeconfig-a"), R"(kind: Config
apiVersion: v1
clusters:
- cluster:
    server: https://kubernetes.default.svc:443
  name: kubeconfig-cluster
contexts:
- context:
    cluster: kubeconfig-cluster
    namespace: default
    user: kubeconfig-user
  name: context-a
current-context: context-a
users:
- name: kubeconfig-user
  user:
    tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token
)");
    const QString fileB = writeFile(dir.path(), QStringLiteral("kubeconfig-b"), R"(kind: Config
apiVersion: v1
contexts:
- context:
    cluster: kubeconfig-cluster
    namespace: a-different-namespace
    user: kubeconfig-user
  name: context-b
current-context: context-b
)");
    const QByteArray originalA = readFile(fileA);
    LoadOptions options;
    // Descending order, with a missing first entry: the first *existing* file gets it, unsorted.
    options.envKubeconfig = dir.path() + QStringLiteral("/missing:") + fileB + QLatin1Char(':') + fileA;
    const auto set = KubeconfigLoader::load(options);
    QVERIFY(set.hasValue());
    QCOMPARE(set->currentContext(), QStringLiteral("context-b"));
    QCOMPARE(set->defaultFilename(), fileB);

    const auto written = set->setCurrentContext(QStringLiteral("new-context"));
    QVERIFY2(written.hasValue(), qPrintable(written.hasValue() ? QString() : written.error().message));
    QCOMPARE(parsed(fileB).currentContext, QStringLiteral("new-context"));
    QCOMPARE(parsed(fileB).contexts.value(QStringLiteral("context-b")).namespaceName,
        QStringLiteral("a-different-namespace"));
    QCOMPARE(readFile(fileA), originalA);
    QVERIFY(!QFileInfo::exists(dir.path() + QStringLiteral("/missing")));
    QCOMPARE(KubeconfigLoader::load(options)->currentContext(), QStringLiteral("new-context"));
}

void TestKubeconfigWriter::setCurrentContext_explicitFile_writesExplicit()
{
    QTemporaryDir dir;
    const QString env
        = writeFile(dir.path(), QStringLiteral("env"), simpleConfig(QStringLiteral("env"), {}, QStringLiteral("env")));
    const QString explicitFile = writeFile(dir.path(), QStringLiteral("explicit"), simpleConfig(QStringLiteral("x")));
    const QByteArray originalEnv = readFile(env);
    LoadOptions options;
    options.envKubeconfig = env;
    options.explicitPath = explicitFile;
    const auto written = KubeconfigLoader::load(options)->setCurrentContext(QStringLiteral("x"));
    QVERIFY(written.hasValue());
    QCOMPARE(parsed(explicitFile).currentContext, QStringLiteral("x"));
    QCOMPARE(readFile(env), originalEnv);
}

void TestKubeconfigWriter::setCurrentContext_noFileExists_createsFirstEntry0600()
{
    QTemporaryDir dir;
    const QString first = dir.path() + QStringLiteral("/sub/first");
    LoadOptions options;
    options.envKubeconfig = first + QLatin1Char(':') + dir.path() + QStringLiteral("/second");
    const auto set = KubeconfigLoader::load(options);
    QCOMPARE(set->defaultFilename(), first);
    QVERIFY(set->setCurrentContext(QStringLiteral("later")).hasValue());
    QVERIFY(QFileInfo::exists(first));
    QCOMPARE(modeBits(first), ownerRw());
    QCOMPARE(parsed(first).currentContext, QStringLiteral("later"));
    QVERIFY(!QFileInfo::exists(dir.path() + QStringLiteral("/second")));
}

void TestKubeconfigWriter::setContextNamespace_writesToOriginFile()
{
    QTemporaryDir dir;
    const QString a
        = writeFile(dir.path(), QStringLiteral("a"), simpleConfig(QStringLiteral("a"), {}, QStringLiteral("a")));
    const QString b = writeFile(dir.path(), QStringLiteral("b"), simpleConfig(QStringLiteral("b")));
    const QByteArray originalA = readFile(a);
    LoadOptions options;
    options.envKubeconfig = a + QLatin1Char(':') + b;
    const auto set = KubeconfigLoader::load(options);
    const auto written = set->setContextNamespace(QStringLiteral("b"), QStringLiteral("team-b"));
    QVERIFY2(written.hasValue(), qPrintable(written.hasValue() ? QString() : written.error().message));
    QCOMPARE(readFile(a), originalA);
    QCOMPARE(parsed(b).contexts.value(QStringLiteral("b")).namespaceName, QStringLiteral("team-b"));
    const auto reloaded = KubeconfigLoader::load(options);
    ConfigOverrides overrides;
    overrides.context = QStringLiteral("b");
    QCOMPARE(reloaded->restConfig(overrides)->namespaceName, QStringLiteral("team-b"));
}

void TestKubeconfigWriter::setContextNamespace_emptyRemovesKey()
{
    QTemporaryDir dir;
    const QString file = writeFile(dir.path(), QStringLiteral("config"), RichConfig);
    QVERIFY(setContextNamespace(file, QStringLiteral("prod"), QString()).hasValue());
    QVERIFY(parsed(file).contexts.value(QStringLiteral("prod")).namespaceName.isEmpty());
    QVERIFY(!readFile(file).contains("namespace"));
    QCOMPARE(parsed(file).contexts.value(QStringLiteral("prod")).extensions.size(), 1);
}

void TestKubeconfigWriter::setContextNamespace_unknownContext_errorNamesFile()
{
    QTemporaryDir dir;
    const QString file = writeFile(dir.path(), QStringLiteral("config"), RichConfig);
    const auto written = setContextNamespace(file, QStringLiteral("nope"), QStringLiteral("ns"));
    QVERIFY(!written.hasValue());
    QCOMPARE(written.error().kind, ApiError::Kind::Configuration);
    QVERIFY(written.error().message.startsWith(file + QStringLiteral(": ")));
    QVERIFY(written.error().message.contains(QStringLiteral("\"nope\"")));
    QCOMPARE(readFile(file), RichConfig);
}

void TestKubeconfigWriter::write_preservesUnknownFieldsExtensionsAndQuotedStrings()
{
    QTemporaryDir dir;
    const QString file = writeFile(dir.path(), QStringLiteral("config"), RichConfig);
    const KubeConfig before = parsed(file);
    QVERIFY(setCurrentContext(file, QStringLiteral("other")).hasValue());
    QVERIFY(setContextNamespace(file, QStringLiteral("other"), QStringLiteral("team-b")).hasValue());

    const QByteArray text = readFile(file);
    QVERIFY(text.contains("x-unknown-top"));
    QVERIFY(text.contains("keep: me"));
    QVERIFY(text.contains("x-unknown-cluster-field: still here"));
    const KubeConfig after = parsed(file);
    QCOMPARE(after.currentContext, QStringLiteral("other"));
    QCOMPARE(after.contexts.value(QStringLiteral("other")).namespaceName, QStringLiteral("team-b"));
    QCOMPARE(after.contexts.value(QStringLiteral("prod")).namespaceName, QStringLiteral("team-a"));
    QCOMPARE(after.users.value(QStringLiteral("alice")).token, QStringLiteral("0123"));
    QCOMPARE(after.users.value(QStringLiteral("alice")).impersonateUid, QStringLiteral("1000"));
    QCOMPARE(after.users.value(QStringLiteral("bob")).password, QStringLiteral("true"));
    QVERIFY(text.contains("\"0123\"")); // still a string for kubectl's YAML 1.1 reader
    QCOMPARE(after.clusters.value(QStringLiteral("prod")).extensions,
        before.clusters.value(QStringLiteral("prod")).extensions);
    QCOMPARE(after.clusters.value(QStringLiteral("prod"))
                 .extensions.value(QStringLiteral("client.authentication.k8s.io/exec"))
                 .toObject()
                 .value(QStringLiteral("audience")),
        QJsonValue(QStringLiteral("0042")));
    QCOMPARE(after.extensions, before.extensions);
    QCOMPARE(after.contexts.value(QStringLiteral("prod")).extensions,
        before.contexts.value(QStringLiteral("prod")).extensions);
    QCOMPARE(after.users.value(QStringLiteral("alice")).authProvider->config,
        before.users.value(QStringLiteral("alice")).authProvider->config);
    QVERIFY(after.preferences.colors);
    QCOMPARE(after.contextOrder, before.contextOrder);
}

void TestKubeconfigWriter::write_valuesThatLookTyped_stayStrings_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("number") << QStringLiteral("123");
    QTest::newRow("octal-looking") << QStringLiteral("0755");
    QTest::newRow("bool") << QStringLiteral("true");
    QTest::newRow("yaml 1.1 bool") << QStringLiteral("yes");
    QTest::newRow("null") << QStringLiteral("null");
    QTest::newRow("colon") << QStringLiteral("a: b");
    QTest::newRow("plain") << QStringLiteral("my-context");
}

void TestKubeconfigWriter::write_valuesThatLookTyped_stayStrings()
{
    QFETCH(QString, value);
    QTemporaryDir dir;
    const QString file = writeFile(dir.path(), QStringLiteral("config"), RichConfig);
    QVERIFY(setCurrentContext(file, value).hasValue());
    QCOMPARE(parsed(file).currentContext, value);
    const QByteArray text = readFile(file);
    if (value == QLatin1String("my-context")) {
        QVERIFY(text.contains("current-context: my-context\n"));
    } else {
        QVERIFY2(text.contains(QByteArray("current-context: \"" + value.toUtf8() + "\"")), text.constData());
    }
}

void TestKubeconfigWriter::write_resultIsMode0600()
{
    QTemporaryDir dir;
    const QString file = writeFile(dir.path(), QStringLiteral("config"), RichConfig);
    QVERIFY(QFile::setPermissions(file, ownerRw() | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(setCurrentContext(file, QStringLiteral("other")).hasValue());
    QCOMPARE(modeBits(file), ownerRw());
}

void TestKubeconfigWriter::lock_heldBySomeoneElse_clearErrorOriginalUntouched()
{
    QTemporaryDir dir;
    const QString file = writeFile(dir.path(), QStringLiteral("config"), RichConfig);
    const QString lock = writeFile(dir.path(), QStringLiteral("config.lock"), QByteArray()); // kubectl holds it
    const auto written = setCurrentContext(file, QStringLiteral("other"));
    QVERIFY(!written.hasValue());
    QCOMPARE(written.error().kind, ApiError::Kind::Configuration);
    QVERIFY2(written.error().message.contains(lock), qPrintable(written.error().message));
    QVERIFY(written.error().message.contains(QStringLiteral("delete the lock file")));
    QCOMPARE(readFile(file), RichConfig);
    QVERIFY(QFileInfo::exists(lock)); // not ours to remove
    QCOMPARE(filesIn(dir.path()).size(), 2);

    QVERIFY(QFile::remove(lock));
    QVERIFY(setCurrentContext(file, QStringLiteral("other")).hasValue());
}

void TestKubeconfigWriter::lock_removedAfterSuccessAndAfterFailure()
{
    QTemporaryDir dir;
    const QString file = writeFile(dir.path(), QStringLiteral("config"), RichConfig);
    QVERIFY(setCurrentContext(file, QStringLiteral("other")).hasValue());
    QVERIFY(!QFileInfo::exists(file + QStringLiteral(".lock")));
    QVERIFY(!setContextNamespace(file, QStringLiteral("missing"), QStringLiteral("x")).hasValue());
    QVERIFY(!QFileInfo::exists(file + QStringLiteral(".lock")));
    QCOMPARE(filesIn(dir.path()), QStringList { QStringLiteral("config") });
}

void TestKubeconfigWriter::write_failureMidWrite_neverTruncates()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    QByteArray big = RichConfig;
    big += "x-padding: \"" + QByteArray(8192, 'p') + "\"\n";
    const QString file = writeFile(dir.path(), QStringLiteral("config"), big);

    // Writes past 1 KiB fail with EFBIG, partway through the temp file.
    rlimit old {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const auto written = setCurrentContext(file, QStringLiteral("other"));
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY(!written.hasValue());
    QVERIFY2(written.error().message.startsWith(file + QStringLiteral(": ")), qPrintable(written.error().message));
    QCOMPARE(readFile(file), big);
    QCOMPARE(filesIn(dir.path()), QStringList { QStringLiteral("config") }); // no temp file, no lock left behind
#else
    QSKIP("RLIMIT_FSIZE is POSIX");
#endif
}

void TestKubeconfigWriter::write_readOnlyDirectory_errorOriginalUntouched()
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0) {
        QSKIP("root ignores directory permissions; write_failureMidWrite_neverTruncates covers the failure path");
    }
#endif
    QTemporaryDir dir;
    const QString sub = dir.path() + QStringLiteral("/ro");
    const QString file = writeFile(sub, QStringLiteral("config"), RichConfig);
    QVERIFY(QFile::setPermissions(sub, QFile::ReadOwner | QFile::ExeOwner));
    const auto written = setCurrentContext(file, QStringLiteral("other"));
    QFile::setPermissions(sub, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!written.hasValue());
    QVERIFY(written.error().message.contains(file));
    QCOMPARE(readFile(file), RichConfig);
    QCOMPARE(filesIn(sub), QStringList { QStringLiteral("config") });
}

void TestKubeconfigWriter::write_unparsableFile_refusedUntouched()
{
    QTemporaryDir dir;
    const QByteArray broken = "clusters:\n- name: a\n  cluster: {server: x}\n- name: a\n  cluster: {server: y}\n";
    const QString file = writeFile(dir.path(), QStringLiteral("config"), broken);
    const auto written = setCurrentContext(file, QStringLiteral("x"));
    QVERIFY(!written.hasValue());
    QVERIFY2(written.error().message.contains(QStringLiteral("duplicate name")), qPrintable(written.error().message));
    QCOMPARE(readFile(file), broken);
}

void TestKubeconfigWriter::write_symlink_writesThroughToTarget()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString target = writeFile(dir.path(), QStringLiteral("dotfiles/kubeconfig"), RichConfig);
    const QString link = dir.path() + QStringLiteral("/config");
    QVERIFY(QFile::link(target, link));
    QVERIFY(setCurrentContext(link, QStringLiteral("other")).hasValue());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(parsed(target).currentContext, QStringLiteral("other"));
    QVERIFY(!QFileInfo::exists(link + QStringLiteral(".lock")));
#else
    QSKIP("symlinks need privileges on Windows");
#endif
}

void TestKubeconfigWriter::updateUserAuthProviderConfig_replacesOnlyThatMap()
{
    QTemporaryDir dir;
    const QString file = writeFile(dir.path(), QStringLiteral("config"), RichConfig);
    const QMap<QString, QString> fresh { { QStringLiteral("client-id"), QStringLiteral("sextant") },
        { QStringLiteral("id-token"), QStringLiteral("new-id-token") },
        { QStringLiteral("refresh-token"), QStringLiteral("0777") } };
    const auto written = updateUserAuthProviderConfig(file, QStringLiteral("alice"), fresh);
    QVERIFY2(written.hasValue(), qPrintable(written.hasValue() ? QString() : written.error().message));
    const KubeConfig after = parsed(file);
    QCOMPARE(after.users.value(QStringLiteral("alice")).authProvider->name, QStringLiteral("oidc"));
    QCOMPARE(after.users.value(QStringLiteral("alice")).authProvider->config, fresh);
    QCOMPARE(after.users.value(QStringLiteral("alice")).token, QStringLiteral("0123"));
    QCOMPARE(after.users.value(QStringLiteral("bob")).username, QStringLiteral("bob"));
    QCOMPARE(after.currentContext, QStringLiteral("prod"));
    QCOMPARE(modeBits(file), ownerRw());
}

void TestKubeconfigWriter::updateUserAuthProviderConfig_noAuthProvider_errorNamesFile()
{
    QTemporaryDir dir;
    const QString file = writeFile(dir.path(), QStringLiteral("config"), RichConfig);
    const auto bob
        = updateUserAuthProviderConfig(file, QStringLiteral("bob"), { { QStringLiteral("k"), QStringLiteral("v") } });
    QVERIFY(!bob.hasValue());
    QVERIFY(bob.error().message.startsWith(file + QStringLiteral(": ")));
    QVERIFY(bob.error().message.contains(QStringLiteral("no auth-provider")));
    const auto nobody = updateUserAuthProviderConfig(file, QStringLiteral("nobody"), {});
    QVERIFY(!nobody.hasValue());
    QVERIFY(nobody.error().message.contains(QStringLiteral("\"nobody\"")));
    const auto missing = updateUserAuthProviderConfig(dir.path() + QStringLiteral("/none"), QStringLiteral("a"), {});
    QVERIFY(!missing.hasValue());
    QVERIFY(missing.error().message.contains(dir.path() + QStringLiteral("/none")));
    QCOMPARE(readFile(file), RichConfig);
}

void TestKubeconfigWriter::errors_neverContainSecrets()
{
    QTemporaryDir dir;
    QByteArray yaml = RichConfig;
    yaml.replace("old-id-token", Canary.toUtf8());
    const QString file = writeFile(dir.path(), QStringLiteral("config"), yaml);
    const QString lock = writeFile(dir.path(), QStringLiteral("config.lock"), QByteArray());
    const QList<Result<void>> failures {
        setCurrentContext(file, QStringLiteral("x")),
        updateUserAuthProviderConfig(file, QStringLiteral("alice"), { { QStringLiteral("id-token"), Canary } }),
    };
    QFile::remove(lock);
    QByteArray broken = yaml;
    broken.replace("contexts:", "contexts: [");
    const QString brokenFile = writeFile(dir.path(), QStringLiteral("broken"), broken);
    const auto parseFailure
        = updateUserAuthProviderConfig(brokenFile, QStringLiteral("alice"), { { QStringLiteral("id-token"), Canary } });
    QVERIFY(!parseFailure.hasValue());
    QVERIFY2(!parseFailure.error().message.contains(Canary), qPrintable(parseFailure.error().message));
    for (const auto &failure : failures) {
        QVERIFY(!failure.hasValue());
        QVERIFY2(!failure.error().message.contains(Canary), qPrintable(failure.error().message));
    }
}

void TestKubeconfigWriter::write_realWorldFixture_roundTripsEverything()
{
    QTemporaryDir dir;
    const QByteArray original = readFile(QStringLiteral(SEXTANT_TEST_DATA_DIR "/kubeconfig/realworld.yaml"));
    QVERIFY(!original.isEmpty());
    const QString file = writeFile(dir.path(), QStringLiteral("config"), original);
    const KubeConfig before = parsed(file);
    QVERIFY(setCurrentContext(file, QStringLiteral("eks-prod")).hasValue());
    QVERIFY(setContextNamespace(file, QStringLiteral("gke-main"), QStringLiteral("apps")).hasValue());
    QVERIFY(updateUserAuthProviderConfig(
        file, QStringLiteral("oidc"), before.users.value(QStringLiteral("oidc")).authProvider->config)
                .hasValue());
    const KubeConfig after = parsed(file);
    QCOMPARE(after.currentContext, QStringLiteral("eks-prod"));
    QCOMPARE(after.contexts.value(QStringLiteral("gke-main")).namespaceName, QStringLiteral("apps"));
    QCOMPARE(after.contextOrder, before.contextOrder);
    QCOMPARE(after.clusters.keys(), before.clusters.keys());
    for (auto it = before.clusters.cbegin(); it != before.clusters.cend(); ++it) {
        const KubeCluster &a = after.clusters[it.key()];
        QCOMPARE(a.server, it->server);
        QCOMPARE(a.certificateAuthorityData, it->certificateAuthorityData);
        QCOMPARE(a.certificateAuthority, it->certificateAuthority);
        QCOMPARE(a.proxyUrl, it->proxyUrl);
        QCOMPARE(a.tlsServerName, it->tlsServerName);
        QCOMPARE(a.extensions, it->extensions);
    }
    for (auto it = before.users.cbegin(); it != before.users.cend(); ++it) {
        const KubeAuthInfo &a = after.users[it.key()];
        QCOMPARE(a.clientCertificateData, it->clientCertificateData);
        QCOMPARE(a.clientKeyData, it->clientKeyData);
        QCOMPARE(a.exec.has_value(), it->exec.has_value());
        if (a.exec) {
            QCOMPARE(a.exec->args, it->exec->args);
            QCOMPARE(a.exec->env, it->exec->env);
            QCOMPARE(a.exec->installHint, it->exec->installHint);
            QCOMPARE(a.exec->provideClusterInfo, it->exec->provideClusterInfo);
        }
        QCOMPARE(a.authProvider.has_value(), it->authProvider.has_value());
        if (a.authProvider) {
            QCOMPARE(a.authProvider->config, it->authProvider->config);
        }
    }
}

void TestKubeconfigWriter::write_nothingToChange_fileLeftByteForByte()
{
    // ModifyConfig does nothing when nothing differs; re-emitting would drop the user's comments.
    QTemporaryDir dir;
    const QString file = writeFile(dir.path(), QStringLiteral("config"), RichConfig);
    QVERIFY(setCurrentContext(file, QStringLiteral("prod")).hasValue());
    QCOMPARE(readFile(file), RichConfig);
    QVERIFY(setContextNamespace(file, QStringLiteral("prod"), QStringLiteral("team-a")).hasValue());
    QCOMPARE(readFile(file), RichConfig);
    QVERIFY(setContextNamespace(file, QStringLiteral("other"), QString()).hasValue());
    QCOMPARE(readFile(file), RichConfig);
    QVERIFY(updateUserAuthProviderConfig(file, QStringLiteral("alice"),
        { { QStringLiteral("client-id"), QStringLiteral("sextant") },
            { QStringLiteral("id-token"), QStringLiteral("old-id-token") },
            { QStringLiteral("refresh-token"), QStringLiteral("old-refresh") } })
                .hasValue());
    QCOMPARE(readFile(file), RichConfig);
    QCOMPARE(filesIn(dir.path()), QStringList { QStringLiteral("config") });

    // A real change still goes through.
    QVERIFY(setContextNamespace(file, QStringLiteral("prod"), QStringLiteral("team-b")).hasValue());
    QVERIFY(readFile(file) != RichConfig);
}

QTEST_GUILESS_MAIN(TestKubeconfigWriter)
#include "tst_kubeconfigwriter.moc"
