// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/apiclient.h"
#include "core/auth/credentialsource.h"
#include "core/kubeconfig/kubeconfigloader.h"
#include "core/stream/execsession.h"
#include "streamfixture.h"

#include <QFileInfo>
#include <QHostInfo>
#include <QSignalSpy>
#include <QTest>

using namespace Sextant::Core;

namespace {
const QString kPod = QStringLiteral("stream-exec");

// Everything one session said, collected until it ended.
struct Outcome {
    QByteArray out;
    QByteArray err;
    int exitCode = -2;
    QString message;
    bool failed = false;
    ApiError error;
    QString protocol;
    bool stdinClosed = false;
};

Outcome run(ApiClient *client, const ExecSessionOptions &options, const QByteArray &input = {})
{
    Outcome outcome;
    ExecSession session(client, options);
    bool done = false;
    QObject::connect(&session, &ExecSession::stdoutReceived, [&](const QByteArray &data) { outcome.out += data; });
    QObject::connect(&session, &ExecSession::stderrReceived, [&](const QByteArray &data) { outcome.err += data; });
    QObject::connect(&session, &ExecSession::started, [&] {
        outcome.protocol = session.protocol();
        if (!input.isEmpty()) {
            session.writeStdin(input);
            // v5 half-closes stdin (kwok does not pass the end of file on, so nothing waits for it).
            outcome.stdinClosed = session.closeStdin();
        }
    });
    QObject::connect(&session, &ExecSession::finished, [&](int code, const QString &message) {
        outcome.exitCode = code;
        outcome.message = message;
        done = true;
    });
    QObject::connect(&session, &ExecSession::failed, [&](const ApiError &error) {
        outcome.failed = true;
        outcome.error = error;
        done = true;
    });
    session.start();
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        outcome.message = QStringLiteral("timed out");
    return outcome;
}

ExecSessionOptions toolbox(const QStringList &command)
{
    ExecSessionOptions options;
    options.namespaceName = QStringLiteral("demo");
    options.pod = kPod;
    options.command = command;
    return options;
}
} // namespace

class TestStreamExec final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(kubeSimKubeconfig()), "SEXTANT_KUBE_SIM_KUBECONFIG must name a running kube-sim");
        QVERIFY(ensureStreamPod(kPod));
    }

    void cleanupTestCase() { removeStreamPod(kPod); }

    void exec_stdoutStderrAndStatus_asKubectl()
    {
        const QStringList command { QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("echo out; echo err >&2; exit 3") };
        auto client = kubeSimClient(QStringLiteral("admin"));
        QVERIFY(client);
        const Outcome outcome = run(client.get(), toolbox(command));
        QVERIFY2(!outcome.failed, qPrintable(outcome.error.message));
        QCOMPARE(outcome.protocol, QStringLiteral("v5.channel.k8s.io"));
        QCOMPARE(outcome.out, QByteArray("out\n"));
        QCOMPARE(outcome.err, QByteArray("err\n"));

        const KubectlResult witness = kubectl(QStringList { QStringLiteral("-n"), QStringLiteral("demo"),
                                                  QStringLiteral("exec"), kPod, QStringLiteral("--") }
            + command);
        QCOMPARE(witness.out, outcome.out);
        // kwok reports a failed command as an internal error naming the exit status, not as
        // NonZeroExitCode, so kubectl exits 1 and we report "no exit code" with the same words.
        if (witness.exitCode == 3) {
            QCOMPARE(outcome.exitCode, 3);
        } else {
            QCOMPARE(witness.exitCode, 1);
            QCOMPARE(outcome.exitCode, -1);
            QVERIFY2(outcome.message.contains(QLatin1String("exit status 3")), qPrintable(outcome.message));
            QVERIFY2(QString::fromUtf8(witness.err).contains(outcome.message), qPrintable(outcome.message));
        }
    }

    void exec_success_exitCodeZero()
    {
        auto client = kubeSimClient(QStringLiteral("admin"));
        const Outcome outcome = run(
            client.get(), toolbox({ QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo exec-42") }));
        QVERIFY2(!outcome.failed, qPrintable(outcome.error.message));
        QCOMPARE(outcome.out, QByteArray("exec-42\n"));
        QCOMPARE(outcome.exitCode, 0);
    }

    void exec_stdin_reachesTheCommand()
    {
        auto client = kubeSimClient(QStringLiteral("admin"));
        ExecSessionOptions options = toolbox({ QStringLiteral("head"), QStringLiteral("-n"), QStringLiteral("1") });
        options.stdinEnabled = true;
        const Outcome outcome = run(client.get(), options, "first line\nsecond\n");
        QVERIFY2(!outcome.failed, qPrintable(outcome.error.message));
        QCOMPARE(outcome.out, QByteArray("first line\n"));
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY(outcome.stdinClosed);
    }

    void exec_tty_outputThroughTerminal()
    {
        auto client = kubeSimClient(QStringLiteral("admin"));
        ExecSessionOptions options = toolbox({ QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("test -t 1 && echo tty; sleep 1; stty size; sleep 1") });
        options.tty = true;
        options.stdinEnabled = true;
        ExecSession session(client.get(), options);
        QByteArray out;
        int exitCode = -2;
        connect(&session, &ExecSession::stdoutReceived, this, [&](const QByteArray &data) { out += data; });
        connect(&session, &ExecSession::finished, this, [&](int code, const QString &) { exitCode = code; });
        // Sent as soon as the stream opens; the first sleep lets it reach the pty first. kwok sometimes
        // drops what a TTY process wrote just before it exited (kubectl loses it too): hence the second.
        session.resize(97, 31);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(exitCode != -2, 60000);
        QCOMPARE(exitCode, 0);
        // A terminal turns \n into \r\n.
        QVERIFY2(out.contains("tty\r\n"), out.constData());
        QVERIFY2(out.contains("31 97"), out.constData());
    }

    void exec_wrongContainer_serversMessage()
    {
        auto client = kubeSimClient(QStringLiteral("admin"));
        ExecSessionOptions options = toolbox({ QStringLiteral("true") });
        options.container = QStringLiteral("nope");
        const Outcome outcome = run(client.get(), options);
        QVERIFY(outcome.failed);
        QCOMPARE(outcome.error.httpStatus, 400);
        QCOMPARE(outcome.error.message, QStringLiteral("container nope is not valid for pod %1").arg(kPod));
    }

    void exec_missingPod_notFound()
    {
        auto client = kubeSimClient(QStringLiteral("admin"));
        ExecSessionOptions options = toolbox({ QStringLiteral("true") });
        options.pod = QStringLiteral("no-such-pod");
        const Outcome outcome = run(client.get(), options);
        QVERIFY(outcome.failed);
        QVERIFY(outcome.error.isNotFound());
        QCOMPARE(outcome.error.message, QStringLiteral("pods \"no-such-pod\" not found"));
    }

    void exec_tlsServerName_verifiesAgainstThatName()
    {
        // A host name that is not in the apiserver's certificate but reaches it.
        const QString alias = QStringLiteral("vm");
        const QHostInfo info = QHostInfo::fromName(alias);
        if (info.addresses().isEmpty() || !info.addresses().first().isLoopback())
            QSKIP("no loopback alias outside the certificate on this machine");
        auto admin = kubeSimClient(QStringLiteral("admin"));
        QUrl server = admin->server();
        server.setHost(alias);
        ConfigOverrides wrongName;
        wrongName.server = server.toString();
        const Outcome refused
            = run(kubeSimClient(QStringLiteral("admin"), wrongName).get(), toolbox({ QStringLiteral("true") }));
        QVERIFY(refused.failed);
        QCOMPARE(refused.error.kind, ApiError::Kind::Tls);

        ConfigOverrides named = wrongName;
        named.tlsServerName = QStringLiteral("kubernetes"); // in the certificate
        const Outcome outcome = run(kubeSimClient(QStringLiteral("admin"), named).get(),
            toolbox({ QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo via-server-name") }));
        QVERIFY2(!outcome.failed, qPrintable(outcome.error.message));
        QCOMPARE(outcome.out, QByteArray("via-server-name\n"));
    }

    void exec_limitedContext_forbidden()
    {
        auto client = kubeSimClient(QStringLiteral("limited"));
        QVERIFY(client);
        const Outcome outcome = run(client.get(), toolbox({ QStringLiteral("true") }));
        QVERIFY(outcome.failed);
        QVERIFY(outcome.error.isForbidden());
        QVERIFY2(outcome.error.message.contains(QLatin1String("User \"limited\" cannot")),
            qPrintable(outcome.error.message));
        QVERIFY2(outcome.error.message.contains(QLatin1String("pods/exec")), qPrintable(outcome.error.message));
    }
};

QTEST_GUILESS_MAIN(TestStreamExec)
#include "tst_streamexec.moc"
