// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/apiclient.h"
#include "core/stream/portforwarder.h"
#include "core/stream/portforwardmanager.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Sextant::Core;

namespace {
std::unique_ptr<ApiClient> unreachableClient()
{
    RestConfig config;
    config.server = QUrl(QStringLiteral("https://127.0.0.1:1"));
    config.contextName = QStringLiteral("nowhere");
    return std::make_unique<ApiClient>(config, nullptr);
}

PortForwardSpec podSpec(quint16 localPort)
{
    PortForwardSpec spec;
    spec.namespaceName = QStringLiteral("demo");
    spec.name = QStringLiteral("toolbox");
    spec.remotePort = 80;
    spec.localPort = localPort;
    return spec;
}
} // namespace

class TestPortForwarder final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void start_portZero_picksFreeLoopbackPort()
    {
        auto client = unreachableClient();
        PortForwarder forward(client.get(), podSpec(0));
        QVERIFY(forward.start());
        QCOMPARE(forward.state(), PortForwarder::State::Listening);
        QVERIFY(forward.localPort() > 0);
        const QList<QHostAddress> addresses = forward.listenAddresses();
        QVERIFY(!addresses.isEmpty());
        for (const QHostAddress &address : addresses)
            QVERIFY2(address.isLoopback(), qPrintable(address.toString()));
        QCOMPARE(forward.localAddressText(), QStringLiteral("127.0.0.1:%1").arg(forward.localPort()));
    }

    void start_allInterfaces_onlyWhenAsked()
    {
        auto client = unreachableClient();
        PortForwardSpec spec = podSpec(0);
        spec.allInterfaces = true;
        PortForwarder forward(client.get(), spec);
        QVERIFY(forward.start());
        QCOMPARE(forward.listenAddresses(), QList<QHostAddress> { QHostAddress(QHostAddress::Any) });
        QCOMPARE(forward.localAddressText(), QStringLiteral("0.0.0.0:%1").arg(forward.localPort()));
    }

    void stop_closesTheLocalPort()
    {
        auto client = unreachableClient();
        PortForwarder forward(client.get(), podSpec(0));
        QVERIFY(forward.start());
        const quint16 port = forward.localPort();
        forward.stop();
        QCOMPARE(forward.state(), PortForwarder::State::Stopped);
        QTcpServer again;
        QVERIFY2(again.listen(QHostAddress::LocalHost, port), "the port is free again");
    }

    void start_takenPort_saysPortInUse()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        auto client = unreachableClient();
        PortForwarder forward(client.get(), podSpec(occupant.serverPort()));
        QVERIFY(!forward.start());
        QCOMPARE(forward.state(), PortForwarder::State::Failed);
        QCOMPARE(forward.error().message, QStringLiteral("local port %1 is in use").arg(occupant.serverPort()));
    }

    void manager_takenPort_errorAndNothingListed()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        auto client = unreachableClient();
        PortForwardManager manager;
        const auto result = manager.start(client.get(), podSpec(occupant.serverPort()));
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(QLatin1String("is in use")));
        QVERIFY(manager.forwards().isEmpty());
    }

    void unreachableServer_connectionFailsTheForward()
    {
        auto client = unreachableClient();
        PortForwardManager manager;
        const auto result = manager.start(client.get(), podSpec(0));
        QVERIFY(result);
        PortForwarder *forward = result.value();
        QSignalSpy errors(forward, &PortForwarder::errorOccurred);
        QTcpSocket local;
        local.connectToHost(QHostAddress::LocalHost, forward->localPort());
        QVERIFY(local.waitForConnected(5000));
        local.write("hello");
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
        QCOMPARE(forward->state(), PortForwarder::State::Failed);
        QCOMPARE(forward->error().kind, ApiError::Kind::Network);
        QCOMPARE(forward->totalConnections(), 1);
        QCOMPARE(forward->bytesToPod(), 5);
        QCOMPARE(manager.forwards().size(), 1); // a failed forward stays listed with its error
        manager.remove(forward);
        QVERIFY(manager.forwards().isEmpty());
    }

    void clientDestroyed_removesItsForwards()
    {
        auto client = unreachableClient();
        PortForwardManager manager;
        QVERIFY(manager.start(client.get(), podSpec(0)));
        QCOMPARE(manager.forwardsOf(client.get()).size(), 1);
        client.reset();
        QVERIFY(manager.forwards().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPortForwarder)
#include "tst_portforwarder.moc"
