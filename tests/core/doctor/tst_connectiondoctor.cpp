// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0

// ConnectionDoctor against real local conditions: missing and broken
// kubeconfigs, a closed port, servers that do not speak TLS or present the
// wrong certificate, a missing exec plugin, and a canned API server for the
// authentication and permission steps.

#include "../api/cannedhttpserver.h"
#include "core/doctor/connectiondoctor.h"
#include "doctortesthelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Sextant::Core;
using namespace Sextant::Test;

namespace {

const QByteArray VersionJson = R"({"major":"1","minor":"36","gitVersion":"v1.36.2","platform":"linux/amd64"})";
const QByteArray IdentityJson = R"({"apiVersion":"authentication.k8s.io/v1","kind":"SelfSubjectReview",
    "status":{"userInfo":{"username":"alice","groups":["devs","system:authenticated"]}}})";
const QByteArray RulesJson = R"({"apiVersion":"authorization.k8s.io/v1","kind":"SelfSubjectRulesReview",
    "status":{"incomplete":false,"resourceRules":[
      {"verbs":["create"],"apiGroups":["authorization.k8s.io"],"resources":["selfsubjectaccessreviews","selfsubjectrulesreviews"]},
      {"verbs":["get","list","watch"],"apiGroups":[""],"resources":["pods","services"]},
      {"verbs":["create","update","patch"],"apiGroups":["apps"],"resources":["deployments"]}]}})";

// An API server good enough for the doctor: /version, SelfSubjectReview, SelfSubjectRulesReview.
CannedResponse apiServer(const CannedRequest &request)
{
    const QString path = request.path();
    if (path == QLatin1String("/version")) {
        return CannedResponse::json(200, VersionJson);
    }
    if (path == QLatin1String("/apis/authentication.k8s.io/v1/selfsubjectreviews")) {
        return CannedResponse::json(201, IdentityJson);
    }
    if (path == QLatin1String("/apis/authorization.k8s.io/v1/selfsubjectrulesreviews")) {
        return CannedResponse::json(201, RulesJson);
    }
    return CannedResponse::json(404, R"({"kind":"Status","status":"Failure","reason":"NotFound","code":404})");
}

QByteArray unauthorizedEchoingToken(const CannedRequest &request)
{
    // A careless server (or proxy) that repeats the credential in its message.
    const QByteArray auth = request.headers.value("authorization");
    return R"({"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Unauthorized","code":401,"message":"Unauthorized: )"
        + auth + R"( is not valid"})";
}

const CannedRequest *findRequest(const CannedHttpServer &server, const QString &path)
{
    for (const CannedRequest &request : server.requests) {
        if (request.path() == path) {
            return &request;
        }
    }
    return nullptr;
}

QString caLine(const char *caFile)
{
    return QStringLiteral("    certificate-authority: %1\n").arg(tlsFile(caFile));
}

QString tokenLine(const QString &token = CanaryToken)
{
    return QStringLiteral("    token: %1\n").arg(token);
}

} // namespace

class TestConnectionDoctor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!testCertificate("server.crt").isNull());
        QVERIFY(!testKey("server.key").isNull());
    }

    void plannedSteps_sixStepsInOrder()
    {
        const QList<DoctorStep> steps = ConnectionDoctor::plannedSteps();
        QStringList ids;
        for (const DoctorStep &step : steps) {
            ids.append(step.id);
            QVERIFY(!step.title.isEmpty());
        }
        QCOMPARE(ids,
            QStringList({ QStringLiteral("kubeconfig"), QStringLiteral("reachable"), QStringLiteral("tls"),
                QStringLiteral("credentials"), QStringLiteral("authenticated"), QStringLiteral("permissions") }));
    }

    void kubeconfig_missingExplicitFile_failsAndSkipsTheRest()
    {
        const QString path = m_dir.filePath(QStringLiteral("does-not-exist.yaml"));
        const DoctorRun run = runDoctorOn(path);
        QVERIFY(run.finished);
        QVERIFY(!run.passed);
        QCOMPARE(run.steps.size(), 6);
        QCOMPARE(run.finishedIndexes, QList<int>({ 0, 1, 2, 3, 4, 5 }));
        const DoctorStep step = run.step(DoctorStepId::Kubeconfig);
        QCOMPARE(step.status, DoctorStep::Failed);
        QVERIFY2(step.detail.contains(path), qPrintable(step.detail));
        QVERIFY(step.hint.contains(QLatin1String("--kubeconfig")));
        for (int i = 1; i < 6; ++i) {
            QCOMPARE(run.steps.at(i).status, DoctorStep::Skipped);
            QVERIFY(run.steps.at(i).detail.contains(step.title));
        }
    }

    void kubeconfig_contextWithMissingCluster_failsWithKubectlMessage()
    {
        QByteArray yaml = kubeconfigYaml(QStringLiteral("https://127.0.0.1:6443"), {}, tokenLine());
        yaml.replace("    cluster: test-cluster\n", "    cluster: gone\n");
        const QString path = writeFile(m_dir, QStringLiteral("missing-cluster.yaml"), yaml);
        const DoctorRun run = runDoctorOn(path);
        const DoctorStep step = run.step(DoctorStepId::Kubeconfig);
        QCOMPARE(step.status, DoctorStep::Failed);
        QVERIFY2(step.detail.contains(QLatin1String("\"gone\"")), qPrintable(step.detail));
        QVERIFY2(step.detail.contains(QLatin1String("was not found for context")), qPrintable(step.detail));
        QVERIFY2(step.detail.contains(path), qPrintable(step.detail)); // which file
        QVERIFY(!step.hint.isEmpty());
        QCOMPARE(run.step(DoctorStepId::Reachable).status, DoctorStep::Skipped);
        QVERIFY(!run.report.contains(CanaryToken));
    }

    void kubeconfig_malformedFile_namesFileAndParseError()
    {
        const QString path
            = writeFile(m_dir, QStringLiteral("malformed.yaml"), "apiVersion: v1\nclusters: [\n  - {name: x\n");
        const DoctorRun run = runDoctorOn(path);
        QVERIFY(run.finished);
        const DoctorStep step = run.step(DoctorStepId::Kubeconfig);
        QCOMPARE(step.status, DoctorStep::Failed);
        QVERIFY2(step.detail.contains(path + QLatin1String(": yaml: line")), qPrintable(step.detail));
        QVERIFY2(step.hint.contains(QLatin1String("could not be read")), qPrintable(step.hint));
    }

    void kubeconfig_missingCertificateFile_namesFileAndField()
    {
        const QString missing = m_dir.filePath(QStringLiteral("no-such-client.crt"));
        const QString user = QStringLiteral("    client-certificate: %1\n    client-key: %1\n").arg(missing);
        const QString path = writeFile(m_dir, QStringLiteral("missing-cert.yaml"),
            kubeconfigYaml(QStringLiteral("https://127.0.0.1:6443"), caLine("ca.crt"), user));
        const DoctorRun run = runDoctorOn(path);
        const DoctorStep step = run.step(DoctorStepId::Kubeconfig);
        QCOMPARE(step.status, DoctorStep::Failed);
        QVERIFY2(step.detail.contains(QLatin1String("context \"test\" from ") + path), qPrintable(step.detail));
        QVERIFY2(step.detail.contains(QLatin1String("users[0].user")), qPrintable(step.detail));
        QVERIFY2(step.detail.contains(missing), qPrintable(step.detail));
    }

    void kubeconfig_unknownContext_listsAvailableContexts()
    {
        const QString path = writeFile(m_dir, QStringLiteral("plain.yaml"),
            kubeconfigYaml(QStringLiteral("https://127.0.0.1:6443"), {}, tokenLine()));
        const DoctorRun run = runDoctorOn(path, QStringLiteral("nope"));
        const DoctorStep step = run.step(DoctorStepId::Kubeconfig);
        QCOMPARE(step.status, DoctorStep::Failed);
        QVERIFY2(step.detail.contains(QLatin1String("\"nope\"")), qPrintable(step.detail));
        QVERIFY2(step.hint.contains(QLatin1String("test")), qPrintable(step.hint));
    }

    void reachable_closedPort_connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        } // closed again: nothing listens there now
        const QString server = QStringLiteral("https://127.0.0.1:%1").arg(port);
        const QString path
            = writeFile(m_dir, QStringLiteral("closed.yaml"), kubeconfigYaml(server, caLine("ca.crt"), tokenLine()));
        const DoctorRun run = runDoctorOn(path);
        QVERIFY(run.finished);
        const DoctorStep kubeconfig = run.step(DoctorStepId::Kubeconfig);
        QCOMPARE(kubeconfig.status, DoctorStep::Passed);
        QVERIFY2(
            kubeconfig.detail.contains(QLatin1String("context \"test\" from ") + path), qPrintable(kubeconfig.detail));
        QVERIFY(kubeconfig.detail.contains(QLatin1String("(valid)")));

        const DoctorStep reachable = run.step(DoctorStepId::Reachable);
        QCOMPARE(reachable.status, DoctorStep::Failed);
        QVERIFY2(reachable.detail.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(reachable.detail));
        QVERIFY2(reachable.detail.contains(QLatin1String("connection refused")), qPrintable(reachable.detail));
        QVERIFY2(reachable.hint.contains(QLatin1String("server URL")), qPrintable(reachable.hint));
        QVERIFY(reachable.hint.contains(QLatin1String("proxy-url")));
        QCOMPARE(run.step(DoctorStepId::Tls).status, DoctorStep::Skipped);
        QVERIFY(!run.report.contains(CanaryToken));
    }

    void reachable_proxyUrlClosed_probesAndNamesTheProxy()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        // The server itself is only reachable through the proxy (its name does not even resolve here).
        const QString cluster = caLine("ca.crt") + QStringLiteral("    proxy-url: http://127.0.0.1:%1\n").arg(port);
        const QString path = writeFile(m_dir, QStringLiteral("proxy.yaml"),
            kubeconfigYaml(QStringLiteral("https://api.cluster.invalid:6443"), cluster, tokenLine()));
        const DoctorRun run = runDoctorOn(path);
        const DoctorStep reachable = run.step(DoctorStepId::Reachable);
        QCOMPARE(reachable.status, DoctorStep::Failed);
        QVERIFY2(reachable.detail.contains(
                     QStringLiteral("127.0.0.1:%1 (proxy-url http://127.0.0.1:%1): connection refused").arg(port)),
            qPrintable(reachable.detail));
    }

    void tls_serverSpeaksGarbage_failsWithHandshakeHint()
    {
        QTcpServer garbage;
        QVERIFY(garbage.listen(QHostAddress::LocalHost, 0));
        connect(&garbage, &QTcpServer::newConnection, &garbage, [&garbage] {
            while (QTcpSocket *socket = garbage.nextPendingConnection()) {
                socket->write("SSH-2.0-not-kubernetes\r\n\r\ngarbage garbage garbage\r\n");
                socket->flush();
                socket->disconnectFromHost();
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        const QString server = QStringLiteral("https://127.0.0.1:%1").arg(garbage.serverPort());
        const QString path
            = writeFile(m_dir, QStringLiteral("garbage.yaml"), kubeconfigYaml(server, caLine("ca.crt"), tokenLine()));
        const DoctorRun run = runDoctorOn(path);
        QVERIFY(run.finished);
        QCOMPARE(run.step(DoctorStepId::Reachable).status, DoctorStep::Passed);
        const DoctorStep tls = run.step(DoctorStepId::Tls);
        QCOMPARE(tls.status, DoctorStep::Failed);
        QVERIFY2(tls.detail.contains(QLatin1String("127.0.0.1")), qPrintable(tls.detail));
        QVERIFY2(!tls.hint.isEmpty(), qPrintable(run.report));
        QCOMPARE(run.step(DoctorStepId::Credentials).status, DoctorStep::Skipped);
    }

    void tls_certificateProblems_sayWhichAndHowToFix_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("ca");
        QTest::addColumn<QString>("detailPart");
        QTest::addColumn<QString>("hintPart");

        QTest::newRow("unknownCa") << "server.crt"
                                   << "server.key"
                                   << "otherca.crt"
                                   << "not signed by a trusted certificate authority"
                                   << "certificate-authority";
        QTest::newRow("hostNameMismatch") << "wronghost.crt"
                                          << "wronghost.key"
                                          << "ca.crt"
                                          << "not-this-host.invalid"
                                          << "tls-server-name";
        QTest::newRow("expired") << "expired.crt"
                                 << "expired.key"
                                 << "ca.crt"
                                 << "expired"
                                 << "Renew";
    }

    void tls_certificateProblems_sayWhichAndHowToFix()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QString, ca);
        QFETCH(QString, detailPart);
        QFETCH(QString, hintPart);

        CannedHttpServer server;
        server.enableTls(testCertificate(certificate.toLatin1().constData()), testKey(key.toLatin1().constData()));
        server.setHandler(apiServer);
        const QString path = writeFile(m_dir, QStringLiteral("tls-%1.yaml").arg(QLatin1String(QTest::currentDataTag())),
            kubeconfigYaml(server.url().toString(), caLine(ca.toLatin1().constData()), tokenLine()));
        const DoctorRun run = runDoctorOn(path);
        QVERIFY(run.finished);
        const DoctorStep tls = run.step(DoctorStepId::Tls);
        QCOMPARE(tls.status, DoctorStep::Failed);
        QVERIFY2(tls.detail.contains(detailPart), qPrintable(tls.detail));
        QVERIFY2(tls.hint.contains(hintPart), qPrintable(tls.hint));
        if (QLatin1String(QTest::currentDataTag()) != QLatin1String("expired")) {
            QVERIFY2(tls.hint.contains(QLatin1String("only for testing")), qPrintable(tls.hint));
        }
        QVERIFY(!run.report.contains(CanaryToken));
    }

    void tls_insecureSkipVerify_warnsAndContinues()
    {
        CannedHttpServer server;
        server.enableTls(testCertificate("wronghost.crt"), testKey("wronghost.key"));
        server.setHandler(apiServer);
        const QString path = writeFile(m_dir, QStringLiteral("insecure.yaml"),
            kubeconfigYaml(
                server.url().toString(), QStringLiteral("    insecure-skip-tls-verify: true\n"), tokenLine()));
        const DoctorRun run = runDoctorOn(path);
        QVERIFY(run.finished);
        QVERIFY2(run.passed, qPrintable(run.report)); // warnings allowed
        const DoctorStep tls = run.step(DoctorStepId::Tls);
        QCOMPARE(tls.status, DoctorStep::Warning);
        QVERIFY2(tls.detail.contains(QLatin1String("insecure-skip-tls-verify")), qPrintable(tls.detail));
        QVERIFY2(tls.hint.contains(QLatin1String("only for testing")), qPrintable(tls.hint));
        QCOMPARE(run.step(DoctorStepId::Permissions).status, DoctorStep::Passed);
    }

    void tls_serverNeverAnswers_timesOut()
    {
        QTcpServer silent; // accepts, then says nothing: the handshake never completes
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const QString server = QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort());
        const QString path
            = writeFile(m_dir, QStringLiteral("silent.yaml"), kubeconfigYaml(server, caLine("ca.crt"), tokenLine()));
        DoctorOptions options;
        options.requestTimeoutMs = 300;
        const DoctorRun run = runDoctorOn(path, {}, options);
        QVERIFY(run.finished);
        const DoctorStep tls = run.step(DoctorStepId::Tls);
        QCOMPARE(tls.status, DoctorStep::Failed);
        QVERIFY2(tls.detail.contains(QLatin1String("No answer")), qPrintable(tls.detail));
    }

    void credentials_missingExecPlugin_namesCommandAndSearchedPath()
    {
        CannedHttpServer server;
        server.enableTls(testCertificate("server.crt"), testKey("server.key"));
        server.setHandler(apiServer);
        const QString user = QStringLiteral("    exec:\n"
                                            "      apiVersion: client.authentication.k8s.io/v1beta1\n"
                                            "      command: sextant-doctor-missing-plugin\n"
                                            "      installHint: \"Install it: \\e[31mbrew install it\\e[0m\"\n");
        const QString path = writeFile(
            m_dir, QStringLiteral("exec.yaml"), kubeconfigYaml(server.url().toString(), caLine("ca.crt"), user));
        DoctorOptions options;
        options.credentials.exec.extraSearchDirectories = QStringList { m_dir.path() };
        const DoctorRun run = runDoctorOn(path, {}, options);
        QVERIFY(run.finished);
        QCOMPARE(run.step(DoctorStepId::Tls).status, DoctorStep::Passed);
        const DoctorStep credentials = run.step(DoctorStepId::Credentials);
        QCOMPARE(credentials.status, DoctorStep::Failed);
        QVERIFY2(credentials.detail.contains(QLatin1String("sextant-doctor-missing-plugin")),
            qPrintable(credentials.detail));
        QVERIFY2(credentials.detail.contains(QLatin1String("Searched PATH")), qPrintable(credentials.detail));
        QVERIFY2(credentials.detail.contains(m_dir.path()), qPrintable(credentials.detail));
        QVERIFY2(credentials.detail.contains(QLatin1String("brew install it")), qPrintable(credentials.detail));
        QVERIFY2(!run.report.contains(QChar(0x1b)), "escape sequences reach the report");
        QVERIFY2(credentials.hint.contains(QLatin1String("PATH")), qPrintable(credentials.hint));
        QCOMPARE(run.step(DoctorStepId::Authenticated).status, DoctorStep::Skipped);
    }

    void credentials_hungPlugin_saysWaitingThenTimesOut()
    {
        CannedHttpServer server;
        server.enableTls(testCertificate("server.crt"), testKey("server.key"));
        server.setHandler(apiServer);
        const QString plugin = writeFile(m_dir, QStringLiteral("hang.sh"), "#!/bin/sh\nexec sleep 30\n");
        QVERIFY(QFile::setPermissions(plugin, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QString user = QStringLiteral("    exec:\n"
                                            "      apiVersion: client.authentication.k8s.io/v1beta1\n"
                                            "      command: %1\n")
                                 .arg(plugin);
        const QString path = writeFile(
            m_dir, QStringLiteral("hang.yaml"), kubeconfigYaml(server.url().toString(), caLine("ca.crt"), user));
        LoadOptions load;
        load.explicitPath = path;
        ConnectionDoctor doctor(load, {});
        DoctorOptions options;
        options.credentials.exec.timeoutMs = 1500;
        options.credentials.exec.searchLoginShellPath = false;
        doctor.setOptions(options);
        QSignalSpy progress(&doctor, &ConnectionDoctor::stepProgress);
        const DoctorRun run = runDoctor(doctor);
        QVERIFY(run.finished);
        const DoctorStep credentials = run.step(DoctorStepId::Credentials);
        QCOMPARE(credentials.status, DoctorStep::Failed);
        QVERIFY2(credentials.detail.contains(QLatin1String("did not finish")), qPrintable(credentials.detail));
        QVERIFY2(credentials.hint.contains(QLatin1String("terminal")), qPrintable(credentials.hint));
        QVERIFY2(credentials.hint.contains(plugin), qPrintable(credentials.hint));
        QCOMPARE(progress.count(), 1);
        QCOMPARE(progress.constFirst().at(0).toInt(), 3);
        QVERIFY(
            progress.constFirst().at(1).toString().startsWith(QLatin1String("Waiting for exec plugin \"hang.sh\"")));
    }

    void credentials_pluginPrintsGarbage_failsNamingPlugin()
    {
        CannedHttpServer server;
        server.enableTls(testCertificate("server.crt"), testKey("server.key"));
        server.setHandler(apiServer);
        const QString plugin
            = writeFile(m_dir, QStringLiteral("garbage-plugin.sh"), "#!/bin/sh\necho 'not json {{{'\n");
        QVERIFY(QFile::setPermissions(plugin, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QString user = QStringLiteral("    exec:\n"
                                            "      apiVersion: client.authentication.k8s.io/v1\n"
                                            "      interactiveMode: Never\n"
                                            "      command: %1\n")
                                 .arg(plugin);
        const QString path = writeFile(m_dir, QStringLiteral("garbage-plugin.yaml"),
            kubeconfigYaml(server.url().toString(), caLine("ca.crt"), user));
        const DoctorRun run = runDoctorOn(path);
        QVERIFY(run.finished);
        const DoctorStep credentials = run.step(DoctorStepId::Credentials);
        QCOMPARE(credentials.status, DoctorStep::Failed);
        QVERIFY2(credentials.detail.startsWith(QLatin1String("exec plugin \"garbage-plugin.sh\"")),
            qPrintable(credentials.detail));
        QVERIFY2(credentials.hint.contains(plugin), qPrintable(credentials.hint));
    }

    void authenticated_unauthorized_failsWithHintWithoutCanary()
    {
        CannedHttpServer server;
        server.enableTls(testCertificate("server.crt"), testKey("server.key"));
        server.setHandler([](const CannedRequest &request) {
            if (request.path() == QLatin1String("/apis/authentication.k8s.io/v1/selfsubjectreviews")) {
                return CannedResponse::json(401, unauthorizedEchoingToken(request));
            }
            return apiServer(request);
        });
        const QString path = writeFile(m_dir, QStringLiteral("unauthorized.yaml"),
            kubeconfigYaml(server.url().toString(), caLine("ca.crt"), tokenLine()));
        const DoctorRun run = runDoctorOn(path);
        QVERIFY(run.finished);
        QVERIFY(!run.passed);
        QCOMPARE(run.step(DoctorStepId::Credentials).status, DoctorStep::Passed);
        QVERIFY(run.step(DoctorStepId::Credentials).detail.contains(QLatin1String("bearer token")));
        const DoctorStep authenticated = run.step(DoctorStepId::Authenticated);
        QCOMPARE(authenticated.status, DoctorStep::Failed);
        QVERIFY2(authenticated.detail.contains(QLatin1String("401")), qPrintable(authenticated.detail));
        QVERIFY2(authenticated.hint.contains(QLatin1String("expired")), qPrintable(authenticated.hint));
        QCOMPARE(run.step(DoctorStepId::Permissions).status, DoctorStep::Skipped);

        // The server echoed the token; the report must not.
        QVERIFY2(!run.report.contains(CanaryToken), qPrintable(run.report));
        QVERIFY(run.report.contains(QLatin1String("<redacted>")));
        // TLS was checked without credentials; the review carried them.
        const CannedRequest *version = findRequest(server, QStringLiteral("/version"));
        QVERIFY(version);
        QVERIFY(!version->headers.contains("authorization"));
        const CannedRequest *review
            = findRequest(server, QStringLiteral("/apis/authentication.k8s.io/v1/selfsubjectreviews"));
        QVERIFY(review);
        QCOMPARE(review->headers.value("authorization"), QByteArray("Bearer ") + CanaryToken.toUtf8());
    }

    void allSteps_cannedCluster_passWithIdentityAndRules()
    {
        CannedHttpServer server;
        server.enableTls(testCertificate("server.crt"), testKey("server.key"));
        server.setHandler(apiServer);
        const QString path = writeFile(
            m_dir, QStringLiteral("good.yaml"), kubeconfigYaml(server.url().toString(), caLine("ca.crt"), tokenLine()));
        const DoctorRun run = runDoctorOn(path);
        QVERIFY(run.finished);
        QVERIFY2(run.passed, qPrintable(run.report));
        QCOMPARE(run.steps.size(), 6);
        for (const DoctorStep &step : run.steps) {
            QVERIFY2(step.status == DoctorStep::Passed, qPrintable(run.report));
        }
        QVERIFY2(
            run.step(DoctorStepId::Reachable).detail.contains(QStringLiteral("127.0.0.1:%1").arg(server.serverPort())),
            qPrintable(run.report));
        const DoctorStep tls = run.step(DoctorStepId::Tls);
        QVERIFY2(tls.detail.contains(QLatin1String("v1.36.2")), qPrintable(tls.detail));
        QVERIFY2(tls.detail.contains(tlsFile("ca.crt")), qPrintable(tls.detail));
        QCOMPARE(run.step(DoctorStepId::Authenticated).detail,
            QStringLiteral("Authenticated as alice (groups: devs, system:authenticated)"));
        const QString rules = run.step(DoctorStepId::Permissions).detail;
        QVERIFY2(rules.startsWith(QLatin1String("In namespace demo: ")), qPrintable(rules));
        QVERIFY2(rules.contains(QLatin1String("get/list/watch pods, services")), qPrintable(rules));
        QVERIFY2(rules.contains(QLatin1String("cannot delete anything")), qPrintable(rules));
        QVERIFY2(rules.contains(QLatin1String("cannot read secrets")), qPrintable(rules));
        QVERIFY(!run.report.contains(CanaryToken));

        const CannedRequest *review
            = findRequest(server, QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectrulesreviews"));
        QVERIFY(review);
        const QJsonObject body = QJsonDocument::fromJson(review->body).object();
        QCOMPARE(body.value(QLatin1String("spec")).toObject().value(QLatin1String("namespace")).toString(),
            QStringLiteral("demo"));
    }

    void noCredentials_anonymous_warnsAtCredentialsAndAuthenticated()
    {
        CannedHttpServer server;
        server.enableTls(testCertificate("server.crt"), testKey("server.key"));
        server.setHandler([](const CannedRequest &request) {
            if (request.path().endsWith(QLatin1String("/selfsubjectreviews"))) {
                return CannedResponse::json(201,
                    R"({"status":{"userInfo":{"username":"system:anonymous","groups":["system:unauthenticated"]}}})");
            }
            return apiServer(request);
        });
        const QString path = writeFile(
            m_dir, QStringLiteral("anonymous.yaml"), kubeconfigYaml(server.url().toString(), caLine("ca.crt"), {}));
        const DoctorRun run = runDoctorOn(path);
        QVERIFY(run.finished);
        QVERIFY2(run.passed, qPrintable(run.report)); // nothing failed, but two warnings
        const DoctorStep credentials = run.step(DoctorStepId::Credentials);
        QCOMPARE(credentials.status, DoctorStep::Warning);
        QVERIFY2(credentials.detail.contains(QLatin1String("\"test-user\" has no credentials")),
            qPrintable(credentials.detail));
        const DoctorStep authenticated = run.step(DoctorStepId::Authenticated);
        QCOMPARE(authenticated.status, DoctorStep::Warning);
        QVERIFY2(authenticated.detail.contains(QLatin1String("system:anonymous")), qPrintable(authenticated.detail));
        QVERIFY(!authenticated.hint.isEmpty());
    }

    void permissions_namespaceOverrideAndIncompleteRules_warns()
    {
        CannedHttpServer server;
        server.enableTls(testCertificate("server.crt"), testKey("server.key"));
        server.setHandler([](const CannedRequest &request) {
            if (request.path() == QLatin1String("/apis/authorization.k8s.io/v1/selfsubjectrulesreviews")) {
                return CannedResponse::json(201,
                    R"({"status":{"incomplete":true,"evaluationError":"webhook authorizer does not support listing",
                        "resourceRules":[{"verbs":["*"],"apiGroups":[""],"resources":["configmaps"]}]}})");
            }
            return apiServer(request);
        });
        const QString path = writeFile(m_dir, QStringLiteral("incomplete.yaml"),
            kubeconfigYaml(server.url().toString(), caLine("ca.crt"), tokenLine()));
        const DoctorRun run = runDoctorOn(path, {}, {}, QStringLiteral("other"));
        QVERIFY(run.finished);
        QVERIFY2(run.passed, qPrintable(run.report));
        const DoctorStep permissions = run.step(DoctorStepId::Permissions);
        QCOMPARE(permissions.status, DoctorStep::Warning);
        QVERIFY2(permissions.detail.startsWith(QLatin1String("In namespace other: ")), qPrintable(permissions.detail));
        QVERIFY2(permissions.detail.contains(QLatin1String("webhook authorizer")), qPrintable(permissions.detail));
        QVERIFY(!permissions.hint.isEmpty());
        const CannedRequest *review
            = findRequest(server, QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectrulesreviews"));
        QVERIFY(review);
        QVERIFY(review->body.contains("\"namespace\":\"other\""));
    }

    void cancel_whileWaitingForTls_emitsNothingMore()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const QString server = QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort());
        const QString path
            = writeFile(m_dir, QStringLiteral("cancel.yaml"), kubeconfigYaml(server, caLine("ca.crt"), tokenLine()));
        LoadOptions load;
        load.explicitPath = path;
        ConnectionDoctor doctor(load, {});
        QSignalSpy started(&doctor, &ConnectionDoctor::stepStarted);
        QSignalSpy stepFinished(&doctor, &ConnectionDoctor::stepFinished);
        QSignalSpy finished(&doctor, &ConnectionDoctor::finished);
        doctor.start();
        QVERIFY(doctor.isRunning());
        QCOMPARE(started.count(), 0); // nothing from inside start()
        QTRY_COMPARE(started.count(), 3); // waiting in "TLS verified"
        doctor.cancel();
        QVERIFY(!doctor.isRunning());
        const int finishedSteps = stepFinished.count();
        QTest::qWait(300);
        QCOMPARE(stepFinished.count(), finishedSteps);
        QCOMPARE(finished.count(), 0);
        QVERIFY(doctor.steps().isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestConnectionDoctor)
#include "tst_connectiondoctor.moc"
