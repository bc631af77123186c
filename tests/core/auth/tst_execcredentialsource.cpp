// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "authtesthelpers.h"
#include "core/auth/execcredential.h"
#include "core/auth/execcredentialsource.h"
#include "core/auth/executablelookup.h"
#include "mockclock.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Sextant::Core;
using namespace Sextant::Core::Testing;

namespace {

const QString kV1 = QStringLiteral("client.authentication.k8s.io/v1");
const QString kV1beta1 = QStringLiteral("client.authentication.k8s.io/v1beta1");

QByteArray credentialJson(const QString &apiVersion, const QJsonObject &status, bool withStatus = true,
    const QString &kind = QStringLiteral("ExecCredential"))
{
    QJsonObject root;
    if (!apiVersion.isEmpty()) {
        root.insert(QStringLiteral("apiVersion"), apiVersion);
    }
    root.insert(QStringLiteral("kind"), kind);
    if (withStatus) {
        root.insert(QStringLiteral("status"), status);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QJsonObject tokenStatus(const QString &token = QStringLiteral("foo-bar"))
{
    return QJsonObject { { QStringLiteral("token"), token } };
}

QByteArray execInfoJson(const QString &apiVersion, const QJsonObject &cluster = {})
{
    QJsonObject spec { { QStringLiteral("interactive"), false } };
    if (!cluster.isEmpty()) {
        spec.insert(QStringLiteral("cluster"), cluster);
    }
    const QJsonObject root { { QStringLiteral("apiVersion"), apiVersion },
        { QStringLiteral("kind"), QStringLiteral("ExecCredential") }, { QStringLiteral("spec"), spec } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QJsonObject expectedClusterInfo()
{
    return QJsonObject {
        { QStringLiteral("server"), QStringLiteral("https://127.0.0.1:6443/prefix") },
        { QStringLiteral("tls-server-name"), QStringLiteral("kube.example") },
        { QStringLiteral("certificate-authority-data"), QString::fromLatin1(QByteArray("CA-PEM").toBase64()) },
        { QStringLiteral("proxy-url"), QStringLiteral("socks5://proxy.example:1080") },
        { QStringLiteral("disable-compression"), true },
        { QStringLiteral("config"), QJsonObject { { QStringLiteral("audience"), QStringLiteral("sextant") } } },
    };
}

} // namespace

class TestExecCredentialSource : public QObject {
    Q_OBJECT
private:
    QTemporaryDir *m_dir = nullptr;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    int runCount() const { return int(readTestFile(path(QStringLiteral("runs"))).count('\n')); }

    RestConfig makeConfig(const QString &apiVersion, const QString &interactiveMode,
        const QString &command = QStringLiteral(SEXTANT_TEST_DATA_DIR "/exec-plugins/fake-plugin.sh"))
    {
        ExecConfig exec;
        exec.apiVersion = apiVersion;
        exec.command = command;
        exec.interactiveMode = interactiveMode;
        exec.env = {
            { QStringLiteral("RUN_LOG"), path(QStringLiteral("runs")) },
            { QStringLiteral("EXEC_INFO_OUT"), path(QStringLiteral("info.json")) },
            { QStringLiteral("OUTPUT_FILE"), path(QStringLiteral("output.json")) },
        };
        exec.clusterExtension = QJsonObject { { QStringLiteral("audience"), QStringLiteral("sextant") } };
        RestConfig config;
        config.userName = QStringLiteral("tester");
        config.server = QUrl(QStringLiteral("https://127.0.0.1:6443/prefix"));
        config.tlsServerName = QStringLiteral("kube.example");
        config.caData = "CA-PEM";
        config.proxyUrl = QUrl(QStringLiteral("socks5://proxy.example:1080"));
        config.disableCompression = true;
        config.exec = exec;
        return config;
    }
    static void addEnv(RestConfig &config, const QString &name, const QString &value)
    {
        config.exec->env.append({ name, value });
    }
    static ExecOptions testOptions(Clock *clock = nullptr)
    {
        ExecOptions options;
        options.searchLoginShellPath = false;
        options.extraSearchDirectories = QStringList {};
        options.clock = clock;
        return options;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
    }
    void cleanup()
    {
        delete m_dir;
        m_dir = nullptr;
    }

    // The cases of client-go's TestRefreshCreds (plugin/pkg/client/auth/exec/exec_test.go),
    // with Sextant's rule that there is never a terminal.
    void refreshCreds_data()
    {
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<QString>("interactiveMode");
        QTest::addColumn<bool>("provideClusterInfo");
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("wantOk");
        QTest::addColumn<QString>("wantErrorContains");
        QTest::addColumn<QByteArray>("wantExecInfo"); // empty: plugin must not run
        QTest::addColumn<QByteArray>("wantToken");
        QTest::addColumn<bool>("wantCert");

        const QByteArray cert = readTestFile(execPluginDir() + QStringLiteral("/test-client.crt"));
        const QByteArray key = readTestFile(execPluginDir() + QStringLiteral("/test-client.key"));
        const QByteArray otherKey = readTestFile(execPluginDir() + QStringLiteral("/other.key"));
        QVERIFY(!cert.isEmpty() && !key.isEmpty() && !otherKey.isEmpty());
        const QJsonObject tlsStatus { { QStringLiteral("clientCertificateData"), QString::fromLatin1(cert) },
            { QStringLiteral("clientKeyData"), QString::fromLatin1(key) } };
        const QJsonObject badTlsStatus { { QStringLiteral("clientCertificateData"), QString::fromLatin1(cert) },
            { QStringLiteral("clientKeyData"), QString::fromLatin1(otherKey) } };
        const QJsonObject garbageTlsStatus { { QStringLiteral("clientCertificateData"), QStringLiteral("not a cert") },
            { QStringLiteral("clientKeyData"), QStringLiteral("not a key") } };
        const QJsonObject certOnlyStatus { { QStringLiteral("clientCertificateData"), QString::fromLatin1(cert) } };
        const QByteArray betaInfo = execInfoJson(kV1beta1);
        const QByteArray v1Info = execInfoJson(kV1);

        QTest::newRow("beta-with-TLS-credentials")
            << kV1beta1 << QString() << false << credentialJson(kV1beta1, tlsStatus) << 0 << true << QString()
            << betaInfo << QByteArray() << true;
        QTest::newRow("beta-with-bad-TLS-credentials")
            << kV1beta1 << QString() << false << credentialJson(kV1beta1, badTlsStatus) << 0 << false
            << QStringLiteral("not a valid PEM certificate and matching private key") << betaInfo << QByteArray()
            << false;
        QTest::newRow("beta-with-garbage-TLS-credentials")
            << kV1beta1 << QString() << false << credentialJson(kV1beta1, garbageTlsStatus) << 0 << false
            << QStringLiteral("not a valid PEM") << betaInfo << QByteArray() << false;
        QTest::newRow("beta-cert-but-no-key")
            << kV1beta1 << QString() << false << credentialJson(kV1beta1, certOnlyStatus) << 0 << false
            << QStringLiteral("no clientKeyData") << betaInfo << QByteArray() << false;
        QTest::newRow("beta-basic-request") << kV1beta1 << QString() << false << credentialJson(kV1beta1, tokenStatus())
                                            << 0 << true << QString() << betaInfo << QByteArray("foo-bar") << false;
        QTest::newRow("beta-basic-request-with-never-interactive-mode")
            << kV1beta1 << QStringLiteral("Never") << false << credentialJson(kV1beta1, tokenStatus()) << 0 << true
            << QString() << betaInfo << QByteArray("foo-bar") << false;
        QTest::newRow("beta-basic-request-with-if-available-interactive-mode-no-terminal")
            << kV1beta1 << QStringLiteral("IfAvailable") << false << credentialJson(kV1beta1, tokenStatus()) << 0
            << true << QString() << betaInfo << QByteArray("foo-bar") << false;
        QTest::newRow("beta-basic-request-with-always-interactive-mode-no-terminal")
            << kV1beta1 << QStringLiteral("Always") << false << credentialJson(kV1beta1, tokenStatus()) << 0 << false
            << QStringLiteral("requires an interactive terminal") << QByteArray() << QByteArray() << false;
        QTest::newRow("beta-invalid-interactive-mode")
            << kV1beta1 << QStringLiteral("Sometimes") << false << credentialJson(kV1beta1, tokenStatus()) << 0 << false
            << QStringLiteral("invalid interactiveMode") << QByteArray() << QByteArray() << false;
        QTest::newRow("beta-expiry") << kV1beta1 << QString() << false
                                     << credentialJson(kV1beta1,
                                            QJsonObject { { QStringLiteral("token"), QStringLiteral("foo-bar") },
                                                { QStringLiteral("expirationTimestamp"),
                                                    QStringLiteral("2026-01-01T13:00:00Z") } })
                                     << 0 << true << QString() << betaInfo << QByteArray("foo-bar") << false;
        QTest::newRow("beta-no-group-version")
            << kV1beta1 << QString() << false << credentialJson(QString(), tokenStatus()) << 0 << false
            << QStringLiteral("has no apiVersion") << betaInfo << QByteArray() << false;
        QTest::newRow("beta-wrong-group-version")
            << kV1beta1 << QString() << false << credentialJson(kV1, tokenStatus()) << 0 << false
            << QStringLiteral("does not match the configured client.authentication.k8s.io/v1beta1") << betaInfo
            << QByteArray() << false;
        QTest::newRow("beta-wrong-kind") << kV1beta1 << QString() << false
                                         << credentialJson(kV1beta1, tokenStatus(), true, QStringLiteral("Pod")) << 0
                                         << false << QStringLiteral("not of kind ExecCredential") << betaInfo
                                         << QByteArray() << false;
        QTest::newRow("beta-no-status") << kV1beta1 << QString() << false << credentialJson(kV1beta1, {}, false) << 0
                                        << false << QStringLiteral("has no status") << betaInfo << QByteArray()
                                        << false;
        QTest::newRow("beta-no-token") << kV1beta1 << QString() << false << credentialJson(kV1beta1, QJsonObject {})
                                       << 0 << false << QStringLiteral("neither a token nor a client certificate")
                                       << betaInfo << QByteArray() << false;
        QTest::newRow("beta-not-json") << kV1beta1 << QString() << false << QByteArray("token: foo") << 0 << false
                                       << QStringLiteral("not valid JSON") << betaInfo << QByteArray() << false;
        QTest::newRow("binary-fails") << kV1beta1 << QString() << false << credentialJson(kV1beta1, tokenStatus()) << 73
                                      << false << QStringLiteral("failed with exit code 73") << betaInfo << QByteArray()
                                      << false;
        QTest::newRow("beta-with-cluster-and-without-provide-cluster-info")
            << kV1beta1 << QString() << false << credentialJson(kV1beta1, tokenStatus()) << 0 << true << QString()
            << betaInfo << QByteArray("foo-bar") << false;
        QTest::newRow("beta-with-cluster-and-with-provide-cluster-info")
            << kV1beta1 << QString() << true << credentialJson(kV1beta1, tokenStatus()) << 0 << true << QString()
            << execInfoJson(kV1beta1, expectedClusterInfo()) << QByteArray("foo-bar") << false;
        QTest::newRow("v1-basic-request")
            << kV1 << QStringLiteral("IfAvailable") << false << credentialJson(kV1, tokenStatus()) << 0 << true
            << QString() << v1Info << QByteArray("foo-bar") << false;
        QTest::newRow("v1-with-TLS-credentials")
            << kV1 << QStringLiteral("Never") << false << credentialJson(kV1, tlsStatus) << 0 << true << QString()
            << v1Info << QByteArray() << true;
        QTest::newRow("v1-with-cluster-and-with-provide-cluster-info")
            << kV1 << QStringLiteral("Never") << true << credentialJson(kV1, tokenStatus()) << 0 << true << QString()
            << execInfoJson(kV1, expectedClusterInfo()) << QByteArray("foo-bar") << false;
        QTest::newRow("v1-always-interactive-mode-no-terminal")
            << kV1 << QStringLiteral("Always") << false << credentialJson(kV1, tokenStatus()) << 0 << false
            << QStringLiteral("run it once in a terminal") << QByteArray() << QByteArray() << false;
        QTest::newRow("v1-without-interactive-mode")
            << kV1 << QString() << false << credentialJson(kV1, tokenStatus()) << 0 << false
            << QStringLiteral("interactiveMode must be specified") << QByteArray() << QByteArray() << false;
        QTest::newRow("v1alpha1-rejected")
            << QStringLiteral("client.authentication.k8s.io/v1alpha1") << QStringLiteral("Never") << false
            << credentialJson(QStringLiteral("client.authentication.k8s.io/v1alpha1"), tokenStatus()) << 0 << false
            << QStringLiteral("is not supported") << QByteArray() << QByteArray() << false;
    }
    void refreshCreds()
    {
        QFETCH(QString, apiVersion);
        QFETCH(QString, interactiveMode);
        QFETCH(bool, provideClusterInfo);
        QFETCH(QByteArray, output);
        QFETCH(int, exitCode);
        QFETCH(bool, wantOk);
        QFETCH(QString, wantErrorContains);
        QFETCH(QByteArray, wantExecInfo);
        QFETCH(QByteArray, wantToken);
        QFETCH(bool, wantCert);

        QVERIFY(writeTestFile(path(QStringLiteral("output.json")), output));
        RestConfig config = makeConfig(apiVersion, interactiveMode);
        config.exec->provideClusterInfo = provideClusterInfo;
        addEnv(config, QStringLiteral("EXIT_CODE"), QString::number(exitCode));

        ExecCredentialSource source(config, testOptions());
        const auto result = getAndWait(source);
        QVERIFY(result.has_value());
        if (wantOk) {
            QVERIFY2(result->hasValue(), describe(result).constData());
            QCOMPARE(result->value().bearerToken, wantToken);
            QCOMPARE(!result->value().clientCertPem.isEmpty(), wantCert);
            QCOMPARE(!result->value().clientKeyPem.isEmpty(), wantCert);
            QCOMPARE(source.state(), CredentialState::Ready);
        } else {
            QVERIFY(!result->hasValue());
            QCOMPARE(result->error().kind, ApiError::Kind::Credentials);
            QVERIFY2(result->error().message.contains(wantErrorContains), qPrintable(result->error().message));
            QCOMPARE(source.state(), CredentialState::Failed);
        }
        if (wantExecInfo.isEmpty()) {
            QCOMPARE(runCount(), 0);
        } else {
            QCOMPARE(runCount(), 1);
            QCOMPARE(QJsonDocument::fromJson(readTestFile(path(QStringLiteral("info.json")))),
                QJsonDocument::fromJson(wantExecInfo));
        }
    }

    void get_expirationTimestamp_cachedUntilExpiryByClock()
    {
        MockClock clock(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(writeTestFile(path(QStringLiteral("output.json")),
            credentialJson(kV1,
                QJsonObject { { QStringLiteral("token"), QStringLiteral("t1") },
                    { QStringLiteral("expirationTimestamp"), QStringLiteral("2026-01-01T13:00:00Z") } })));
        ExecCredentialSource source(makeConfig(kV1, QStringLiteral("Never")), testOptions(&clock));
        auto result = getAndWait(source);
        QVERIFY(result && result->hasValue());
        QCOMPARE(result->value().expiry, QDateTime(QDate(2026, 1, 1), QTime(13, 0), Qt::UTC));
        QCOMPARE(runCount(), 1);

        clock.advanceSeconds(59 * 60 + 59); // 12:59:59, still valid
        result = getAndWait(source);
        QVERIFY(result && result->hasValue());
        QCOMPARE(runCount(), 1);

        clock.advanceSeconds(1); // 13:00:00: expired, no skew margin as client-go
        result = getAndWait(source);
        QVERIFY(result && result->hasValue());
        QCOMPARE(runCount(), 2);
    }

    void get_noExpiry_cachedUntilInvalidate()
    {
        QVERIFY(writeTestFile(path(QStringLiteral("output.json")), credentialJson(kV1, tokenStatus())));
        MockClock clock;
        ExecCredentialSource source(makeConfig(kV1, QStringLiteral("Never")), testOptions(&clock));
        QVERIFY(getAndWait(source)->hasValue());
        clock.advanceSeconds(365 * 24 * 3600);
        QVERIFY(getAndWait(source)->hasValue());
        QCOMPARE(runCount(), 1);

        source.invalidate(); // after a 401
        const auto result = getAndWait(source);
        QVERIFY(result && result->hasValue());
        QCOMPARE(runCount(), 2);
    }

    void get_concurrentCallers_pluginRunsOnceAndAllGetResult()
    {
        QVERIFY(writeTestFile(path(QStringLiteral("output.json")), credentialJson(kV1, tokenStatus())));
        RestConfig config = makeConfig(kV1, QStringLiteral("Never"));
        addEnv(config, QStringLiteral("SLEEP_SECONDS"), QStringLiteral("0.3"));
        ExecCredentialSource source(config, testOptions());
        QList<QByteArray> tokens;
        QObject context;
        for (int i = 0; i < 5; ++i) {
            source.get(&context,
                [&tokens](const Result<Credential> &r) { tokens.append(r ? r->bearerToken : QByteArray("error")); });
        }
        QCOMPARE(source.state(), CredentialState::Obtaining);
        QTRY_COMPARE_WITH_TIMEOUT(tokens.size(), 5, 10000);
        QCOMPARE(tokens, QList<QByteArray>(5, QByteArray("foo-bar")));
        QCOMPARE(runCount(), 1);
    }

    void get_callbackNeverRunsInsideGet()
    {
        QVERIFY(writeTestFile(path(QStringLiteral("output.json")), credentialJson(kV1, tokenStatus())));
        ExecCredentialSource source(makeConfig(kV1, QStringLiteral("Never")), testOptions());
        QVERIFY(getAndWait(source)->hasValue());
        bool called = false;
        QObject context;
        source.get(&context, [&called](const Result<Credential> &) { called = true; }); // cached
        QVERIFY(!called);
        QTRY_VERIFY(called);
    }

    void get_contextDestroyed_callbackDropped()
    {
        QVERIFY(writeTestFile(path(QStringLiteral("output.json")), credentialJson(kV1, tokenStatus())));
        RestConfig config = makeConfig(kV1, QStringLiteral("Never"));
        ExecCredentialSource source(config, testOptions());
        bool called = false;
        auto *context = new QObject;
        source.get(context, [&called](const Result<Credential> &) { called = true; });
        delete context;
        QTRY_COMPARE(source.state(), CredentialState::Ready);
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void get_hungPlugin_timesOut()
    {
        RestConfig config = makeConfig(
            kV1, QStringLiteral("Never"), QStringLiteral(SEXTANT_TEST_DATA_DIR "/exec-plugins/hang-plugin.sh"));
        ExecOptions options = testOptions();
        options.timeoutMs = 500;
        ExecCredentialSource source(config, options);
        QList<CredentialState> states;
        connect(
            &source, &CredentialSource::stateChanged, this, [&states](CredentialState state) { states.append(state); });
        QElapsedTimer timer;
        timer.start();
        const auto result = getAndWait(source, 10000);
        QVERIFY(result.has_value());
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(!result->hasValue());
        QCOMPARE(result->error().kind, ApiError::Kind::Credentials);
        QVERIFY2(result->error().message.contains(QStringLiteral("did not finish within 0.5 seconds")),
            qPrintable(result->error().message));
        QVERIFY2(result->error().message.contains(QStringLiteral("waiting for sign-in")), // stderr shown
            qPrintable(result->error().message));
        QCOMPARE(states, (QList<CredentialState> { CredentialState::Obtaining, CredentialState::Failed }));
    }

    void cancel_runningPlugin_waitersGetCancelled()
    {
        RestConfig config = makeConfig(
            kV1, QStringLiteral("Never"), QStringLiteral(SEXTANT_TEST_DATA_DIR "/exec-plugins/hang-plugin.sh"));
        ExecCredentialSource source(config, testOptions());
        QList<CredentialState> states;
        connect(
            &source, &CredentialSource::stateChanged, this, [&states](CredentialState state) { states.append(state); });
        QList<ApiError::Kind> kinds;
        QObject context;
        for (int i = 0; i < 2; ++i) {
            source.get(&context,
                [&kinds](const Result<Credential> &r) { kinds.append(r ? ApiError::Kind::None : r.error().kind); });
        }
        QCOMPARE(source.state(), CredentialState::Obtaining);
        QTest::qWait(200);
        source.cancel();
        QTRY_COMPARE(kinds.size(), 2);
        QCOMPARE(kinds, (QList<ApiError::Kind> { ApiError::Kind::Cancelled, ApiError::Kind::Cancelled }));
        QCOMPARE(source.state(), CredentialState::Idle);
        QCOMPARE(states, (QList<CredentialState> { CredentialState::Obtaining, CredentialState::Idle }));

        // A later get() starts afresh.
        source.setTimeout(300);
        const auto again = getAndWait(source);
        QVERIFY(again && !again->hasValue());
        QVERIFY(again->error().message.contains(QStringLiteral("did not finish")));
    }

    void get_floodingPlugin_outputCapped()
    {
        RestConfig config = makeConfig(
            kV1, QStringLiteral("Never"), QStringLiteral(SEXTANT_TEST_DATA_DIR "/exec-plugins/flood-plugin.sh"));
        ExecOptions options = testOptions();
        options.maxStdoutBytes = 64 * 1024;
        ExecCredentialSource source(config, options);
        const auto result = getAndWait(source);
        QVERIFY(result && !result->hasValue());
        QVERIFY2(
            result->error().message.contains(QStringLiteral("more than 64 KiB")), qPrintable(result->error().message));
        QVERIFY(!result->error().message.contains(QStringLiteral("CANARY")));
    }

    void get_failingPlugin_showsStderrTailStrippedNeverStdout()
    {
        QVERIFY(writeTestFile(path(QStringLiteral("output.json")),
            credentialJson(kV1, tokenStatus(QStringLiteral("CANARY-SECRET-stdout")))));
        RestConfig config = makeConfig(kV1, QStringLiteral("Never"));
        addEnv(config, QStringLiteral("EXIT_CODE"), QStringLiteral("2"));
        QString stderrText;
        for (int i = 1; i <= 20; ++i) {
            stderrText += QStringLiteral("line %1\\n").arg(i);
        }
        stderrText += QStringLiteral("\\033[31merror: refresh token expired\\033[0m\\n");
        addEnv(config, QStringLiteral("STDERR_TEXT"), stderrText);
        ExecCredentialSource source(config, testOptions());
        const auto result = getAndWait(source);
        QVERIFY(result && !result->hasValue());
        const QString message = result->error().message;
        QVERIFY2(message.contains(QStringLiteral("exec plugin \"fake-plugin.sh\" failed with exit code 2")),
            qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("error: refresh token expired")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("line 20")));
        QVERIFY(!message.contains(QStringLiteral("line 1\n"))); // only the last lines
        QVERIFY(!message.contains(QChar(0x1b)));
        QVERIFY(!message.contains(QStringLiteral("CANARY")));
    }

    void get_unknownBinary_listsSearchedPathAndCleanInstallHint()
    {
        RestConfig config = makeConfig(kV1, QStringLiteral("Never"), QStringLiteral("sextant-no-such-plugin"));
        config.exec->installHint = QStringLiteral("\x1b[1mInstall it:\x1b[0m brew install sextant-no-such-plugin");
        ExecOptions options = testOptions();
        options.extraSearchDirectories = QStringList { m_dir->path() };
        ExecCredentialSource source(config, options);
        const auto result = getAndWait(source);
        QVERIFY(result && !result->hasValue());
        const QString message = result->error().message;
        QVERIFY2(message.contains(QStringLiteral("exec plugin \"sextant-no-such-plugin\" was not found")),
            qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Searched PATH: ")), qPrintable(message));
        QVERIFY(message.contains(m_dir->path()));
        for (const QString &dir : splitSearchPath(qEnvironmentVariable("PATH"))) {
            QVERIFY2(message.contains(dir), qPrintable(dir));
        }
        QVERIFY(message.contains(QStringLiteral("U+001B[1mInstall it:U+001B[0m brew install sextant-no-such-plugin")));
        QVERIFY(!message.contains(QChar(0x1b)));
        QCOMPARE(source.searchedDirectories().last(), m_dir->path());
    }

    void get_missingAbsoluteCommand_namesIt()
    {
        RestConfig config = makeConfig(kV1, QStringLiteral("Never"), m_dir->filePath(QStringLiteral("gone/kubelogin")));
        ExecCredentialSource source(config, testOptions());
        const auto result = getAndWait(source);
        QVERIFY(result && !result->hasValue());
        QVERIFY(result->error().message.contains(m_dir->filePath(QStringLiteral("gone/kubelogin"))));
        QVERIFY(result->error().message.contains(QStringLiteral("was not found")));
        QCOMPARE(source.description(),
            QStringLiteral("exec plugin \"kubelogin\" (%1)").arg(m_dir->filePath(QStringLiteral("gone/kubelogin"))));
    }

    void get_commandInExtraDirectory_foundAndDescribed()
    {
        QVERIFY(QFile::copy(execPluginDir() + QStringLiteral("/fake-plugin.sh"), path(QStringLiteral("kubelogin"))));
        QVERIFY(writeTestFile(path(QStringLiteral("output.json")), credentialJson(kV1, tokenStatus())));
        RestConfig config = makeConfig(kV1, QStringLiteral("Never"), QStringLiteral("kubelogin"));
        ExecOptions options = testOptions();
        options.extraSearchDirectories = QStringList { m_dir->path() };
        ExecCredentialSource source(config, options);
        QCOMPARE(source.description(), QStringLiteral("exec plugin \"kubelogin\""));
        const auto result = getAndWait(source);
        QVERIFY2(result && result->hasValue(), describe(result).constData());
        QCOMPARE(source.resolvedCommand(), path(QStringLiteral("kubelogin")));
        QCOMPARE(source.description(),
            QStringLiteral("exec plugin \"kubelogin\" (%1)").arg(path(QStringLiteral("kubelogin"))));
    }

    void get_commandOnlyOnLoginShellPath_found()
    {
        // A fake login shell whose profile puts a private directory on PATH,
        // as brew or krew set-ups do, and prints a banner first. (A real
        // `sh -l` would re-read /etc/profile, which resets PATH.)
        const QString binDir = path(QStringLiteral("login-bin"));
        QVERIFY(QDir().mkpath(binDir));
        QVERIFY(QFile::copy(execPluginDir() + QStringLiteral("/fake-plugin.sh"),
            binDir + QStringLiteral("/sextant-login-only-plugin")));
        const QString shell = path(QStringLiteral("fake-shell"));
        QVERIFY(writeTestFile(shell,
            QStringLiteral("#!/bin/sh\necho 'Welcome!'\nPATH=\"%1:/usr/bin:/bin\"\nexport PATH\n"
                           "[ \"$1\" = -lc ] || exit 64\nexec /bin/sh -c \"$2\"\n")
                .arg(binDir)
                .toUtf8()));
        QVERIFY(QFile::setPermissions(shell, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        LoginShellPath::resetForTesting(shell);

        QVERIFY(writeTestFile(path(QStringLiteral("output.json")), credentialJson(kV1, tokenStatus())));
        RestConfig config = makeConfig(kV1, QStringLiteral("Never"), QStringLiteral("sextant-login-only-plugin"));
        ExecOptions options = testOptions();
        options.searchLoginShellPath = true;
        ExecCredentialSource source(config, options);
        const auto result = getAndWait(source);
        QVERIFY2(result && result->hasValue(), describe(result).constData());
        QCOMPARE(source.resolvedCommand(), binDir + QStringLiteral("/sextant-login-only-plugin"));
        QVERIFY(source.searchedDirectories().contains(binDir));
        LoginShellPath::resetForTesting();
    }

    // A plugin that prints a token and then fails in some way must never get
    // that token into the error message (it goes to the UI and the logs).
    void canary_neverInErrorMessage_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<int>("exitCode");
        const QString canary = QStringLiteral("CANARY-SECRET-4f1d2c");
        const QJsonObject status = tokenStatus(canary);
        QTest::newRow("failingExit") << credentialJson(kV1, status) << 1;
        QTest::newRow("truncatedJson") << credentialJson(kV1, status).chopped(5) << 0;
        QTest::newRow("tokenAsBareText") << canary.toUtf8() << 0;
        QTest::newRow("wrongApiVersion") << credentialJson(kV1beta1, status) << 0;
        QTest::newRow("canaryAsApiVersion") << credentialJson(canary, status) << 0;
        QTest::newRow("canaryAsKind") << credentialJson(kV1, status, true, canary) << 0;
        QTest::newRow("noStatus") << QJsonDocument(
            QJsonObject { { QStringLiteral("apiVersion"), kV1 },
                { QStringLiteral("kind"), QStringLiteral("ExecCredential") },
                { QStringLiteral("token"),
                    canary } }).toJson()
                                  << 0;
        QTest::newRow("canaryAsCertificate") << credentialJson(kV1,
            QJsonObject {
                { QStringLiteral("clientCertificateData"), canary }, { QStringLiteral("clientKeyData"), canary } })
                                             << 0;
        QTest::newRow("certWithoutKey") << credentialJson(
            kV1, QJsonObject { { QStringLiteral("clientCertificateData"), canary } })
                                        << 0;
        QTest::newRow("canaryAsExpiry") << credentialJson(
            kV1, QJsonObject { { QStringLiteral("token"), canary }, { QStringLiteral("expirationTimestamp"), canary } })
                                        << 0;
        QTest::newRow("statusNotObject") << QJsonDocument(
            QJsonObject { { QStringLiteral("apiVersion"), kV1 },
                { QStringLiteral("kind"), QStringLiteral("ExecCredential") },
                { QStringLiteral("status"),
                    canary } }).toJson() << 0;
        QTest::newRow("arrayOutput") << QJsonDocument(QJsonArray { canary }).toJson() << 0;
    }
    void canary_neverInErrorMessage()
    {
        QFETCH(QByteArray, output);
        QFETCH(int, exitCode);
        QVERIFY(writeTestFile(path(QStringLiteral("output.json")), output));
        RestConfig config = makeConfig(kV1, QStringLiteral("Never"));
        addEnv(config, QStringLiteral("EXIT_CODE"), QString::number(exitCode));
        ExecCredentialSource source(config, testOptions());
        const auto result = getAndWait(source);
        QVERIFY(result.has_value());
        QVERIFY(!result->hasValue());
        QVERIFY(!result->error().message.isEmpty());
        QVERIFY2(!result->error().message.contains(QStringLiteral("CANARY")), qPrintable(result->error().message));
        QVERIFY(!result->error().reason.contains(QStringLiteral("CANARY")));
        QVERIFY(!source.description().contains(QStringLiteral("CANARY")));
    }

    void buildExecInfo_provideClusterInfoOff_hasNoCluster()
    {
        RestConfig config = makeConfig(kV1, QStringLiteral("Never"));
        const QJsonObject info = QJsonDocument::fromJson(buildExecInfo(*config.exec, config, false)).object();
        QVERIFY(!info.value(QStringLiteral("spec")).toObject().contains(QStringLiteral("cluster")));
        QCOMPARE(info.value(QStringLiteral("spec")).toObject().value(QStringLiteral("interactive")), QJsonValue(false));
    }

    void buildExecInfo_insecureMinimalCluster_omitsEmptyFields()
    {
        RestConfig config;
        config.server = QUrl(QStringLiteral("https://k.example"));
        config.insecureSkipTlsVerify = true;
        ExecConfig exec;
        exec.apiVersion = kV1beta1;
        exec.provideClusterInfo = true;
        const QJsonObject cluster = QJsonDocument::fromJson(buildExecInfo(exec, config, false))
                                        .object()
                                        .value(QStringLiteral("spec"))
                                        .toObject()
                                        .value(QStringLiteral("cluster"))
                                        .toObject();
        QCOMPARE(cluster,
            (QJsonObject { { QStringLiteral("server"), QStringLiteral("https://k.example") },
                { QStringLiteral("insecure-skip-tls-verify"), true } }));
    }
};

QTEST_GUILESS_MAIN(TestExecCredentialSource)
#include "tst_execcredentialsource.moc"
