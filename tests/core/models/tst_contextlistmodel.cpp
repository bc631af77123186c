// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "core/kinds/kindrenderer.h"
#include "core/models/contextlistmodel.h"
#include "core/models/roles.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Sextant::Core;

namespace {
// A port nothing listens on: bind, note the port, close.
int closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

QString writeKubeconfig(const QTemporaryDir &dir, int port)
{
    const QString path = dir.filePath(QStringLiteral("config"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(QStringLiteral(R"(apiVersion: v1
kind: Config
current-context: down
clusters:
- name: local
  cluster:
    server: https://127.0.0.1:%1
    insecure-skip-tls-verify: true
contexts:
- name: down
  context: {cluster: local, user: me, namespace: shop}
- name: broken
  context: {cluster: missing, user: me}
users:
- name: me
  user: {token: CANARY-TOKEN-4f1e}
)")
                   .arg(port)
                   .toUtf8());
    return path;
}
} // namespace

class TestContextListModel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void contexts_listedWithStatusAndErrors()
    {
        QTemporaryDir dir;
        ClusterManager::Options options;
        options.load.explicitPath = writeKubeconfig(dir, closedPort());
        ClusterManager manager(options);
        ContextListModel model(&manager);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(model.rowCount(), 2);
        const int down = model.rowOfContext(QStringLiteral("down"));
        const int broken = model.rowOfContext(QStringLiteral("broken"));
        QVERIFY(down >= 0 && broken >= 0);
        QCOMPARE(model.index(down, ContextListModel::StatusColumn).data().toString(), QStringLiteral("Not connected"));
        QCOMPARE(model.index(down, ContextListModel::NamespaceColumn).data().toString(), QStringLiteral("shop"));
        QCOMPARE(model.index(down, ContextListModel::NameColumn).data().toString(), QStringLiteral("down (current)"));
        const QString brokenStatus = model.index(broken, ContextListModel::StatusColumn).data().toString();
        QVERIFY2(brokenStatus.contains(QLatin1String("missing")), qPrintable(brokenStatus));
        QCOMPARE(manager.initialContext(), QStringLiteral("down"));
    }

    void connectTo_unreachableServer_failsWithReasonAndNoSecret()
    {
        QTemporaryDir dir;
        ClusterManager::Options options;
        options.load.explicitPath = writeKubeconfig(dir, closedPort());
        ClusterManager manager(options);
        ContextListModel model(&manager);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        ClusterConnection *connection = manager.connectTo(QStringLiteral("down"));
        QVERIFY(connection);
        QCOMPARE(connection->defaultNamespace(), QStringLiteral("shop"));
        QVERIFY(connection->namespaceExplicit());
        QTRY_COMPARE_WITH_TIMEOUT(connection->state(), ClusterConnection::State::Failed, 20000);
        const int row = model.rowOfContext(QStringLiteral("down"));
        const QString status = model.index(row, ContextListModel::StatusColumn).data().toString();
        QVERIFY2(status.startsWith(QLatin1String("Failed: ")), qPrintable(status));
        QVERIFY(!status.contains(QLatin1String("CANARY")));
        QCOMPARE(model.index(row, 0).data(HealthRole).toInt(), int(Health::Failed));

        manager.disconnectFrom(QStringLiteral("down"));
        QVERIFY(!manager.connection(QStringLiteral("down")));
        QCOMPARE(model.index(row, ContextListModel::StatusColumn).data().toString(), QStringLiteral("Not connected"));
    }

    void connectTo_invalidContext_failsAtOnceWithConfigError()
    {
        QTemporaryDir dir;
        ClusterManager::Options options;
        options.load.explicitPath = writeKubeconfig(dir, closedPort());
        ClusterManager manager(options);
        ClusterConnection *connection = manager.connectTo(QStringLiteral("broken"));
        QCOMPARE(connection->state(), ClusterConnection::State::Failed);
        QVERIFY2(
            connection->error().message.contains(QLatin1String("missing")), qPrintable(connection->error().message));
    }

    void missingExplicitKubeconfig_isAProblemNamingTheFile()
    {
        ClusterManager::Options options;
        options.load.explicitPath = QStringLiteral("/nonexistent/sextant/config");
        ClusterManager manager(options);
        QVERIFY(manager.contexts().isEmpty());
        QCOMPARE(manager.problems().size(), 1);
        QVERIFY2(manager.problems().constFirst().contains(QLatin1String("/nonexistent/sextant/config")),
            qPrintable(manager.problems().constFirst()));
    }
};

QTEST_GUILESS_MAIN(TestContextListModel)
#include "tst_contextlistmodel.moc"
