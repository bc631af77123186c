// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/apiclient.h"
#include "core/auth/credentialsourcefactory.h"
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "core/kubeconfig/kubeconfigloader.h"
#include "kubectl.h"
#include "kubesimclient.h"
#include "kubesimcluster.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

using namespace Sextant::Core;

namespace {
const QByteArray kCanary = "CANARY-c0ffee-5e3c7e7-do-not-log";

// Every log line of the process, whatever its category or level.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    g_previousHandler(type, context, message);
}

QString kubeSimServer()
{
    const auto config = kubeSimRestConfig();
    return config ? config->server.toString() : QString();
}

// A kubeconfig for kube-sim's server with the given cluster and user stanzas.
QString writeKubeconfig(const QTemporaryDir &dir, const QString &clusterExtra, const QString &user)
{
    const QString path = dir.filePath(QStringLiteral("config"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(QStringLiteral("apiVersion: v1\nkind: Config\ncurrent-context: c\n"
                              "clusters:\n- name: sim\n  cluster:\n    server: %1\n%2"
                              "contexts:\n- name: c\n  context: {cluster: sim, user: u}\n"
                              "users:\n- name: u\n  user:\n%3")
                   .arg(kubeSimServer(), clusterExtra, user)
                   .toUtf8());
    return path;
}

ClusterConnection *connectAndWait(ClusterManager &manager)
{
    ClusterConnection *connection = manager.connectTo(QStringLiteral("c"));
    for (int i = 0; i < 300 && connection->state() == ClusterConnection::State::Connecting; ++i) {
        QTest::qWait(100);
    }
    return connection;
}
} // namespace

class TestConnectionFailures final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        QVERIFY(!kubeSimServer().isEmpty());
        // Debug output of every category on, so a leak anywhere would be caught.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        g_previousHandler = qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void startAgainWhileConnecting_stillConnects()
    {
        ClusterManager manager(kubeSimManagerOptions());
        ClusterConnection *connection = manager.connectTo(QStringLiteral("admin"));
        QVERIFY(connection);
        connection->start(); // a second probe replaces the first, which is still in flight
        QTRY_COMPARE_WITH_TIMEOUT(connection->state(), ClusterConnection::State::Connected, 20000);
    }

    void requestCancelledAtOnce_nextRequestStillAnswers()
    {
        const std::unique_ptr<ApiClient> admin = kubeSimClient();
        QVERIFY(admin);
        ApiClient &client = *admin;
        RawRequest version;
        version.path = QStringLiteral("/version");
        RequestHandle first = client.request(version, this, [](const QJsonObject &) {});
        first.cancel();
        RequestHandle watch = client.watch(
            { QString(), QStringLiteral("v1"), QStringLiteral("pods"), true }, QStringLiteral("default"), {}, this, {});
        watch.cancel();
        bool answered = false;
        client.request(version, this, [&](const QJsonObject &) { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
    }

    void wrongCa_isRefusedAndSaysSo()
    {
        QTemporaryDir dir;
        // A CA that did not sign kube-sim's serving certificate: the API helper's test CA.
        QFile otherCa(QStringLiteral(SEXTANT_TEST_DATA_DIR "/tls/otherca.crt"));
        QVERIFY2(otherCa.open(QIODevice::ReadOnly), qPrintable(otherCa.fileName()));
        const QString ca = QString::fromLatin1(otherCa.readAll().toBase64());
        ClusterManager::Options options;
        options.load.explicitPath = writeKubeconfig(dir, QStringLiteral("    certificate-authority-data: %1\n").arg(ca),
            QStringLiteral("    token: %1\n").arg(QString::fromLatin1(kCanary)));
        ClusterManager manager(options);
        ClusterConnection *connection = connectAndWait(manager);
        QCOMPARE(connection->state(), ClusterConnection::State::Failed);
        QCOMPARE(connection->error().kind, ApiError::Kind::Tls);
        QVERIFY2(connection->error().message.contains(QLatin1String("certificate"), Qt::CaseInsensitive),
            qPrintable(connection->error().message));
        QVERIFY(!connection->error().message.contains(QString::fromLatin1(kCanary)));
    }

    void wrongToken_is401_andTheTokenNeverReachesLogsOrErrors()
    {
        QTemporaryDir dir;
        ClusterManager::Options options;
        options.load.explicitPath = writeKubeconfig(dir, QStringLiteral("    insecure-skip-tls-verify: true\n"),
            QStringLiteral("    token: %1\n").arg(QString::fromLatin1(kCanary)));
        ClusterManager manager(options);
        ClusterConnection *connection = connectAndWait(manager);
        QCOMPARE(connection->state(), ClusterConnection::State::Failed);
        QCOMPARE(connection->error().httpStatus, 401);
        QVERIFY(!connection->error().message.contains(QString::fromLatin1(kCanary)));

        QMutexLocker lock(&g_logMutex);
        QVERIFY2(!g_log.isEmpty(), "debug logging was expected to be on");
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(QString::fromLatin1(kCanary)), qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestConnectionFailures)
#include "tst_connectionfailures.moc"
