// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "core/models/contextlistmodel.h"
#include "ui/mainwindow/clusterlistpage.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Sextant;

namespace {
// True when a process with exactly this NUL-separated command line runs.
bool processRunning(const QByteArray &cmdline)
{
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (file.open(QIODevice::ReadOnly) && file.readAll().startsWith(cmdline)) {
            return true;
        }
    }
    return false;
}
} // namespace

// A credential plugin that never answers must not freeze the window: the
// cluster shows "waiting for sign-in", the UI keeps running, and the attempt
// fails with a timeout instead of hanging for ever.
class TestHungPlugin final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void hungExecPlugin_windowStaysResponsive_thenTimesOut()
    {
        QTemporaryDir dir;
        const QString plugin = dir.filePath(QStringLiteral("hang-plugin"));
        {
            QFile script(plugin);
            QVERIFY(script.open(QIODevice::WriteOnly));
            // A wrapper script whose child does the hanging, as real plugins often are.
            script.write("#!/bin/sh\nsleep 6131\necho never\n");
        }
        QFile::setPermissions(plugin, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString config = dir.filePath(QStringLiteral("config"));
        {
            QFile file(config);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("apiVersion: v1\nkind: Config\ncurrent-context: sso\n"
                                      "clusters:\n- name: c\n  cluster: {server: 'https://127.0.0.1:1'}\n"
                                      "contexts:\n- name: sso\n  context: {cluster: c, user: u}\n"
                                      "users:\n- name: u\n  user:\n    exec:\n"
                                      "      apiVersion: client.authentication.k8s.io/v1\n"
                                      "      command: %1\n      interactiveMode: Never\n")
                           .arg(plugin)
                           .toUtf8());
        }
        Core::ClusterManager::Options options;
        options.load.explicitPath = config;
        options.credentialTimeoutMs = 3000;
        Core::ClusterManager manager(options);
        Ui::MainWindow window(&manager);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        int ticksWhileWaiting = 0;
        QTimer ticker;
        ticker.setInterval(50);
        Core::ClusterConnection *connection = nullptr;
        connect(&ticker, &QTimer::timeout, this, [&] {
            if (connection && connection->waitingForCredentials()) {
                ++ticksWhileWaiting;
            }
        });
        ticker.start();

        window.openContext(QStringLiteral("sso"));
        connection = manager.connection(QStringLiteral("sso"));
        QVERIFY(connection);
        QTRY_VERIFY_WITH_TIMEOUT(connection->waitingForCredentials(), 2000);
        auto *model = window.clusterListPage()->model();
        const int row = model->rowOfContext(QStringLiteral("sso"));
        const QString waiting = model->index(row, Core::ContextListModel::StatusColumn).data().toString();
        QVERIFY2(waiting.startsWith(QLatin1String("Waiting for sign-in")), qPrintable(waiting));
        QTRY_VERIFY_WITH_TIMEOUT(processRunning(QByteArray("sleep\0"
                                                           "6131",
                                     10)),
            2000);

        QTRY_COMPARE_WITH_TIMEOUT(connection->state(), Core::ClusterConnection::State::Failed, 15000);
        // The event loop kept turning while the plugin hung.
        QVERIFY2(ticksWhileWaiting >= 10, qPrintable(QString::number(ticksWhileWaiting)));
        QCOMPARE(connection->error().kind, Core::ApiError::Kind::Credentials);
        QVERIFY2(connection->error().message.contains(QLatin1String("hang-plugin")),
            qPrintable(connection->error().message));
        // Nothing the plugin started outlives the timeout.
        QTRY_VERIFY_WITH_TIMEOUT(!processRunning(QByteArray("sleep\0"
                                                            "6131",
                                     10)),
            5000);
    }
};

QTEST_MAIN(TestHungPlugin)
#include "tst_hungplugin.moc"
