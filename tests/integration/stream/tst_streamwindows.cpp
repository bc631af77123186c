// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/apiclient.h"
#include "core/auth/credentialsource.h"
#include "core/cluster/clusterconnection.h"
#include "core/kubeconfig/kubeconfigloader.h"
#include "core/stream/portforwardmanager.h"
#include "streamfixture.h"
#include "ui/portforward/portforwardsmodel.h"
#include "ui/portforward/portforwardsview.h"
#include "ui/terminal/shellwindow.h"
#include "ui/terminal/streamactions.h"
#include "ui/terminal/terminalwidget.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Sextant::Core;
using namespace Sextant::Ui;

namespace {
const QString kPod = QStringLiteral("stream-windows");

QJsonObject toolboxPod()
{
    return kubectlJson(
        { QStringLiteral("-n"), QStringLiteral("demo"), QStringLiteral("get"), QStringLiteral("pod"), kPod })
        .object();
}

// Screenshots go next to the test binary; SEXTANT_SCREENSHOT_DIR (e.g. docs/screenshots) overrides.
QString screenshotPath(const QString &name)
{
    QString dir = qEnvironmentVariable("SEXTANT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(SEXTANT_TEST_BINARY_DIR);
    return QDir(dir).filePath(name);
}

bool screenContains(const TerminalWidget *terminal, const QString &text)
{
    for (int row = 0; row < terminal->rows(); ++row) {
        if (terminal->lineText(row).contains(text))
            return true;
    }
    return false;
}

void type(TerminalWidget *terminal, const QString &text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\r'))
            QTest::keyClick(terminal, Qt::Key_Return);
        else
            QTest::keyClicks(terminal, QString(c));
    }
}
} // namespace

class TestStreamWindows final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(kubeSimKubeconfig()), "SEXTANT_KUBE_SIM_KUBECONFIG must name a running kube-sim");
        QVERIFY(ensureStreamPod(kPod));
    }

    void cleanupTestCase() { removeStreamPod(kPod); }

    void shell_interactiveTyping_reachesTheShell()
    {
        auto client = kubeSimClient(QStringLiteral("admin"));
        ShellWindow window(client.get(), toolboxPod(), ShellWindow::Mode::Exec);
        window.setShell(ShellWindow::Shell::Sh);
        window.show();
        QSignalSpy finished(&window, &ShellWindow::sessionFinished);
        window.reconnect();
        QTRY_VERIFY_WITH_TIMEOUT(window.statusText().startsWith(QLatin1String("Connected")), 20000);
        TerminalWidget *terminal = window.terminal();
        type(terminal, QStringLiteral("echo typed-$((6*7))\r"));
        QTRY_VERIFY_WITH_TIMEOUT(screenContains(terminal, QStringLiteral("typed-42")), 20000);
        // The terminal size reached the pty.
        type(terminal, QStringLiteral("stty size\r"));
        const QString size = QStringLiteral("%1 %2").arg(terminal->rows()).arg(terminal->columns());
        QTRY_VERIFY_WITH_TIMEOUT(screenContains(terminal, size), 20000);
        type(terminal, QStringLiteral("exit\r"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().first().toInt(), 0);
        QVERIFY(screenContains(terminal, QStringLiteral("Process exited with status 0")));
    }

    void shell_colouredOutput_screenshot()
    {
        auto client = kubeSimClient(QStringLiteral("admin"));
        ShellWindow window(client.get(), toolboxPod(), ShellWindow::Mode::Exec);
        // kube-sim runs exec commands on this machine, so a script file is the simplest way in.
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("shot.sh")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("prompt() { printf '\\033[1;32mdemo@toolbox\\033[0m:\\033[1;34m~\\033[0m$ %s\\n' \"$1\"; }\n"
                   "prompt 'ls --color -l /usr/share/doc | head'\n"
                   "ls --color=always -l --time-style=+%Y-%m-%d /usr/share/doc | head -n 10\n"
                   "prompt 'printf colours'\n"
                   "printf '\\033[31mred \\033[1;33mbold yellow \\033[0;38;5;208m256-colour orange "
                   "\\033[38;2;80;160;255mtruecolour blue \\033[0;7mreverse\\033[0m \\033[4munderline\\033[0m\\n'\n"
                   "sleep 1\n");
        file.close();
        window.setShell(ShellWindow::Shell::Custom, QStringLiteral("sh ") + file.fileName());
        window.resize(window.terminal()->sizeForTerminal(100, 20) + QSize(12, 50));
        window.show();
        QSignalSpy finished(&window, &ShellWindow::sessionFinished);
        window.reconnect();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().first().toInt(), 0);
        TerminalWidget *terminal = window.terminal();
        QVERIFY(screenContains(terminal, QStringLiteral("demo@toolbox")));
        QVERIFY(screenContains(terminal, QStringLiteral("Process exited with status 0")));
        // The prompt's user is bold green.
        const TerminalWidget::Cell prompt = terminal->cellAt(0, 0);
        QVERIFY(prompt.bold);
        QVERIFY(prompt.foreground.green() > 150 && prompt.foreground.green() > prompt.foreground.red() + 50);
        QTest::qWait(50);
        QVERIFY(window.grab().save(screenshotPath(QStringLiteral("shell.png"))));
    }

    void shellAction_opensAShellWindow()
    {
        const auto config = kubeSimRestConfig(QStringLiteral("admin"));
        QVERIFY(config);
        ClusterConnection connection(*config);
        const auto actions = createStreamActions();
        ActionTarget target;
        target.connection = &connection;
        target.resource = { QString(), QStringLiteral("v1"), QStringLiteral("pods"), true };
        target.objects = { toolboxPod() };
        actions.front()->trigger(target, nullptr);
        ShellWindow *window = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *shell = qobject_cast<ShellWindow *>(widget))
                window = shell;
        }
        QVERIFY(window);
        QCOMPARE(window->windowTitle(), QStringLiteral("Shell: demo/%1").arg(kPod));
        QTRY_VERIFY_WITH_TIMEOUT(window->statusText().startsWith(QLatin1String("Connected")), 20000);
        window->close(); // WA_DeleteOnClose
    }

    void portForwards_listWithCounters_screenshot()
    {
        auto client = kubeSimClient(QStringLiteral("admin"));
        PortForwardManager manager;
        PortForwardSpec pod;
        pod.namespaceName = QStringLiteral("demo");
        pod.name = kPod;
        pod.remotePort = 8080;
        const auto started = manager.start(client.get(), pod);
        QVERIFY(started);
        PortForwardSpec service = pod;
        service.target = PortForwardSpec::Target::Service;
        service.name = kPod;
        service.remotePort = 80;
        QVERIFY(manager.start(client.get(), service));

        PortForwardsView view(&manager);
        view.resize(980, 200);
        view.show();

        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, started.value()->localPort());
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray payload = QByteArray("hello through the forward ") + QByteArray(2000, '.');
        socket.write(payload);
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).size() >= payload.size(), 20000);
        PortForwardsModel *model = view.model();
        QTRY_COMPARE(
            model->index(0, PortForwardsModel::ConnectionsColumn).data().toString(), QStringLiteral("1 open, 1 total"));
        QCOMPARE(model->index(0, PortForwardsModel::BytesOutColumn).data().toString(),
            PortForwardsModel::bytesText(payload.size()));
        QCOMPARE(model->index(0, PortForwardsModel::BytesInColumn).data().toString(),
            PortForwardsModel::bytesText(payload.size()));
        QTRY_VERIFY(model->index(1, PortForwardsModel::TargetColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("→ %1:8080").arg(kPod)));
        view.table()->selectRow(0);
        QTest::qWait(50);
        QVERIFY(view.grab().save(screenshotPath(QStringLiteral("portforward.png"))));
    }
};

QTEST_MAIN(TestStreamWindows)
#include "tst_streamwindows.moc"
