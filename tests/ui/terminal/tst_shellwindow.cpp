// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/apiclient.h"
#include "ui/terminal/shellwindow.h"
#include "ui/terminal/streamactions.h"
#include "ui/terminal/terminalwidget.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Sextant::Ui;
using namespace Sextant::Core;

namespace {
QJsonObject pod(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
const char *kPod = "{\"metadata\":{\"name\":\"toolbox\",\"namespace\":\"demo\"},"
                   "\"spec\":{\"containers\":[{\"name\":\"shell\"},{\"name\":\"sidecar\"}]},"
                   "\"status\":{\"phase\":\"Running\"}}";
} // namespace

class TestShellWindow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void commandFor_data()
    {
        QTest::addColumn<int>("shell");
        QTest::addColumn<QString>("custom");
        QTest::addColumn<QStringList>("command");
        QTest::newRow("automatic") << int(ShellWindow::Shell::Automatic) << QString()
                                   << QStringList { QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                          QStringLiteral("command -v bash >/dev/null 2>&1 && exec bash || exec sh") };
        QTest::newRow("ash") << int(ShellWindow::Shell::Ash) << QString() << QStringList { QStringLiteral("ash") };
        QTest::newRow("custom, quoted") << int(ShellWindow::Shell::Custom)
                                        << QStringLiteral("python3 -c \"print('hi')\"")
                                        << QStringList { QStringLiteral("python3"), QStringLiteral("-c"),
                                               QStringLiteral("print('hi')") };
    }
    void commandFor()
    {
        QFETCH(int, shell);
        QFETCH(QString, custom);
        QFETCH(QStringList, command);
        QCOMPARE(ShellWindow::commandFor(ShellWindow::Shell(shell), custom), command);
    }

    void defaultContainer_annotationWins()
    {
        QCOMPARE(ShellWindow::defaultContainer(pod(kPod)), QStringLiteral("shell"));
        const QJsonObject annotated = pod("{\"metadata\":{\"annotations\":{"
                                          "\"kubectl.kubernetes.io/default-container\":\"sidecar\"}},"
                                          "\"spec\":{\"containers\":[{\"name\":\"shell\"},{\"name\":\"sidecar\"}]}}");
        QCOMPARE(ShellWindow::defaultContainer(annotated), QStringLiteral("sidecar"));
    }

    void unreachableCluster_errorInTheTerminal()
    {
        RestConfig config;
        config.server = QUrl(QStringLiteral("https://127.0.0.1:1"));
        ApiClient client(config, nullptr);
        ShellWindow window(&client, pod(kPod), ShellWindow::Mode::Exec);
        QCOMPARE(window.container(), QStringLiteral("shell"));
        QSignalSpy failed(&window, &ShellWindow::sessionFailed);
        window.reconnect();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(window.statusText(), QStringLiteral("Could not start the shell"));
        QVERIFY(!window.terminal()->isInputEnabled());
        QVERIFY2(window.terminal()->lineText(0).startsWith(QLatin1String("Cannot reach")),
            qPrintable(window.terminal()->lineText(0)));
    }

    void streamActions_idsTargetsAndPermissions()
    {
        const auto actions = createStreamActions();
        QCOMPARE(actions.size(), size_t(3));
        const ResourceRef pods { QString(), QStringLiteral("v1"), QStringLiteral("pods"), true };
        const ResourceRef services { QString(), QStringLiteral("v1"), QStringLiteral("services"), true };
        ResourceAction *shell = actions.at(0).get();
        ResourceAction *attach = actions.at(1).get();
        ResourceAction *forward = actions.at(2).get();
        QCOMPARE(shell->id(), QStringLiteral("pod.shell"));
        QVERIFY(shell->appliesTo(pods));
        QVERIFY(!shell->appliesTo(services));
        QVERIFY(forward->appliesTo(services));
        ActionTarget target;
        target.resource = pods;
        target.objects = { pod(kPod) };
        QCOMPARE(shell->permissions(target).first().subresource, QStringLiteral("exec"));
        QCOMPARE(shell->permissions(target).first().verb, QStringLiteral("create"));
        QCOMPARE(attach->permissions(target).first().subresource, QStringLiteral("attach"));
        QCOMPARE(forward->permissions(target).first().subresource, QStringLiteral("portforward"));
        QVERIFY(shell->unavailableReason(target).isEmpty());
        target.objects = { pod("{\"status\":{\"phase\":\"Succeeded\"}}") };
        QCOMPARE(shell->unavailableReason(target), QStringLiteral("The pod is Succeeded, not running."));
    }
};

QTEST_MAIN(TestShellWindow)
#include "tst_shellwindow.moc"
