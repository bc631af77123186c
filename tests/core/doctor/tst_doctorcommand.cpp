// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0

// `sextant doctor` as a command: arguments, output lines and exit codes.

#include "../api/cannedhttpserver.h"
#include "app/doctorcommand.h"
#include "doctortesthelpers.h"

#include <QTcpServer>
#include <QTextStream>

using namespace Sextant;
using namespace Sextant::Test;

namespace {

struct CommandRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CommandRun runCommand(const QStringList &arguments)
{
    CommandRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    App::DoctorCommand command(out, err);
    QSignalSpy finished(&command, &App::DoctorCommand::finished);
    run.exitCode = command.start(QStringList { QStringLiteral("sextant") } + arguments);
    if (run.exitCode < 0 && finished.wait(30000)) {
        run.exitCode = finished.constFirst().constFirst().toInt();
    }
    out.flush();
    err.flush();
    return run;
}

} // namespace

class TestDoctorCommand : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void badUsage_exitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknownOption") << QStringList { QStringLiteral("doctor"), QStringLiteral("--frobnicate") };
        QTest::newRow("strayArgument") << QStringList { QStringLiteral("doctor"), QStringLiteral("extra") };
        QTest::newRow("missingValue") << QStringList { QStringLiteral("doctor"), QStringLiteral("--context") };
        QTest::newRow("emptyValue") << QStringList { QStringLiteral("doctor"), QStringLiteral("--context=") };
    }

    void badUsage_exitsWithTwo()
    {
        QFETCH(QStringList, arguments);
        const CommandRun run = runCommand(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QLatin1String("--kubeconfig")), qPrintable(run.err)); // usage follows the error
    }

    void help_exitsWithZero()
    {
        const CommandRun run = runCommand({ QStringLiteral("doctor"), QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("--context")));
        QVERIFY(run.out.contains(QLatin1String("-n, --namespace")));
    }

    void missingKubeconfig_printsFailureAndSkips_exitsWithOne()
    {
        const QString path = m_dir.filePath(QStringLiteral("nothing-here"));
        const CommandRun run = runCommand({ QStringLiteral("doctor"), QStringLiteral("--kubeconfig"), path });
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.split(QLatin1Char('\n'));
        QVERIFY2(lines.value(0).startsWith(QLatin1String("[FAIL] Kubeconfig: ")), qPrintable(run.out));
        QVERIFY(lines.value(0).contains(path));
        QVERIFY2(lines.value(1).startsWith(QLatin1String("       hint: ")), qPrintable(run.out));
        QVERIFY2(lines.value(2).startsWith(QLatin1String("[SKIP] Server reachable: ")), qPrintable(run.out));
        QCOMPARE(run.out.count(QLatin1String("[SKIP]")), 5);
        QVERIFY(run.out.contains(QLatin1String("The connection fails at \"Kubeconfig\".")));
    }

    void closedPort_contextAndNamespaceFlags_failAtServerReachable()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        QByteArray yaml = kubeconfigYaml(
            QStringLiteral("https://127.0.0.1:%1").arg(port), {}, QStringLiteral("    token: %1\n").arg(CanaryToken));
        yaml.replace("current-context: test\n", "");
        const QString path = writeFile(m_dir, QStringLiteral("closed.yaml"), yaml);
        const CommandRun run = runCommand({ QStringLiteral("doctor"), QStringLiteral("--kubeconfig"), path,
            QStringLiteral("--context"), QStringLiteral("test"), QStringLiteral("-n"), QStringLiteral("other") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith(QStringLiteral("[ OK ] Kubeconfig: context \"test\" from %1 (valid)").arg(path)),
            qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("namespace other")));
        QVERIFY2(run.out.contains(
                     QStringLiteral("[FAIL] Server reachable: Cannot connect to 127.0.0.1:%1: connection refused")
                         .arg(port)),
            qPrintable(run.out));
        QVERIFY(!run.out.contains(CanaryToken));
    }

    void healthyServer_allPass_exitsWithZero()
    {
        CannedHttpServer server;
        server.enableTls(testCertificate("server.crt"), testKey("server.key"));
        server.setHandler([](const CannedRequest &request) {
            const QString path = request.path();
            if (path == QLatin1String("/version")) {
                return CannedResponse::json(200, R"({"gitVersion":"v1.36.2"})");
            }
            if (path.endsWith(QLatin1String("/selfsubjectreviews"))) {
                return CannedResponse::json(
                    201, R"({"status":{"userInfo":{"username":"admin","groups":["system:masters"]}}})");
            }
            return CannedResponse::json(
                201, R"({"status":{"resourceRules":[{"verbs":["*"],"apiGroups":["*"],"resources":["*"]}]}})");
        });
        const QString path = writeFile(m_dir, QStringLiteral("good.yaml"),
            kubeconfigYaml(server.url().toString(),
                QStringLiteral("    certificate-authority: %1\n").arg(tlsFile("ca.crt")),
                QStringLiteral("    token: %1\n").arg(CanaryToken)));
        const CommandRun run = runCommand({ QStringLiteral("doctor"), QStringLiteral("--kubeconfig"), path });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(QLatin1String("[ OK ]")), 6);
        QVERIFY(
            run.out.contains(QLatin1String("[ OK ] Authenticated: Authenticated as admin (groups: system:masters)")));
        QVERIFY(run.out.contains(QLatin1String("cluster-admin")));
        QVERIFY(run.out.endsWith(QLatin1String("All checks passed.\n")));
        QVERIFY(!run.out.contains(CanaryToken));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDoctorCommand)
#include "tst_doctorcommand.moc"
