// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/apiclient.h"
#include "core/auth/credentialsource.h"
#include "core/kubeconfig/kubeconfigloader.h"
#include "core/stream/portforwarder.h"
#include "core/stream/portforwardmanager.h"
#include "streamfixture.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>

using namespace Sextant::Core;

namespace {
const QString kPod = QStringLiteral("stream-forward");

PortForwardSpec spec(PortForwardSpec::Target target, const QString &name, int remotePort)
{
    PortForwardSpec spec;
    spec.target = target;
    spec.namespaceName = QStringLiteral("demo");
    spec.name = name;
    spec.remotePort = remotePort;
    return spec;
}

// Sends data through the forward and waits until the answer is complete or the connection closed.
QByteArray roundTrip(quint16 port, const QByteArray &data, const std::function<bool(const QByteArray &)> &complete)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return "connect failed";
    socket.write(data);
    QByteArray answer;
    (void)QTest::qWaitFor( // a short answer is the test's to judge
        [&] {
            answer += socket.readAll();
            return complete(answer) || socket.state() == QAbstractSocket::UnconnectedState;
        },
        30000);
    answer += socket.readAll();
    return answer;
}

QByteArray echo(quint16 port, const QByteArray &data)
{
    return roundTrip(port, data, [&](const QByteArray &answer) { return answer.size() >= data.size(); });
}
} // namespace

class TestStreamPortForward final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(kubeSimKubeconfig()), "SEXTANT_KUBE_SIM_KUBECONFIG must name a running kube-sim");
        QVERIFY(ensureStreamPod(kPod));
    }

    void cleanupTestCase() { removeStreamPod(kPod); }

    void pod_roundTripsBytesAndCountsThem()
    {
        auto client = kubeSimClient(QStringLiteral("admin"));
        QVERIFY(client);
        PortForwardManager manager;
        const auto started = manager.start(client.get(), spec(PortForwardSpec::Target::Pod, kPod, 80));
        QVERIFY2(started, started ? "" : qPrintable(started.error().message));
        PortForwarder *forward = started.value();
        QCOMPARE(forward->state(), PortForwarder::State::Listening);
        QVERIFY(forward->localPort() > 0);

        QByteArray payload("sextant-port-forward-");
        payload += QByteArray(4000, 'x');
        payload += QByteArray("\x00\x01\xff binary\n", 12);
        QCOMPARE(echo(forward->localPort(), payload), payload);
        QTRY_COMPARE(forward->bytesToPod(), qint64(payload.size()));
        QCOMPARE(forward->bytesFromPod(), qint64(payload.size()));

        // The echo server looks at the first 8 bytes (HTTP or not) before it answers.
        const QByteArray second("again, on a second connection\n");
        QCOMPARE(echo(forward->localPort(), second), second);
        QCOMPARE(forward->totalConnections(), 2);
        QTRY_COMPARE(forward->bytesToPod(), qint64(payload.size() + second.size()));
        QTRY_COMPARE(forward->activeConnections(), 0);
        QCOMPARE(forward->state(), PortForwarder::State::Listening);
    }

    void service_namedTargetPortOnASelectedPod()
    {
        auto client = kubeSimClient(QStringLiteral("admin"));
        PortForwarder forward(client.get(), spec(PortForwardSpec::Target::Service, kPod, 80));
        QVERIFY(forward.start());
        QTRY_COMPARE_WITH_TIMEOUT(forward.state(), PortForwarder::State::Listening, 20000);
        QCOMPARE(forward.podName(), kPod); // the only pod the service selects
        QCOMPARE(forward.podPort(), 8080); // targetPort "http" is containerPort 8080
        const QByteArray answer = roundTrip(forward.localPort(), "GET /hello HTTP/1.0\r\nHost: x\r\n\r\n",
            [](const QByteArray &answer) { return answer.contains("kube-sim echo server"); });
        QVERIFY2(answer.contains("kube-sim echo server"), answer.constData());
    }

    void takenLocalPort_clearError()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        auto client = kubeSimClient(QStringLiteral("admin"));
        PortForwardSpec taken = spec(PortForwardSpec::Target::Pod, kPod, 80);
        taken.localPort = occupant.serverPort();
        PortForwarder forward(client.get(), taken);
        QVERIFY(!forward.start());
        QCOMPARE(forward.error().message, QStringLiteral("local port %1 is in use").arg(occupant.serverPort()));
    }

    void missingPod_stopsWithTheServersMessage()
    {
        auto client = kubeSimClient(QStringLiteral("admin"));
        PortForwarder forward(client.get(), spec(PortForwardSpec::Target::Pod, QStringLiteral("gone-pod"), 80));
        QVERIFY(forward.start());
        QSignalSpy errors(&forward, &PortForwarder::errorOccurred);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, forward.localPort());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("x");
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 30000);
        QCOMPARE(forward.state(), PortForwarder::State::Failed);
        QVERIFY(forward.error().isNotFound());
        QCOMPARE(forward.error().message, QStringLiteral("pods \"gone-pod\" not found"));
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    }

    void limitedContext_forbidden()
    {
        auto client = kubeSimClient(QStringLiteral("limited"));
        PortForwarder forward(client.get(), spec(PortForwardSpec::Target::Pod, kPod, 80));
        QVERIFY(forward.start());
        QSignalSpy errors(&forward, &PortForwarder::errorOccurred);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, forward.localPort());
        QVERIFY(socket.waitForConnected(5000));
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 30000);
        QVERIFY(forward.error().isForbidden());
        QVERIFY2(
            forward.error().message.contains(QLatin1String("pods/portforward")), qPrintable(forward.error().message));
    }
};

QTEST_GUILESS_MAIN(TestStreamPortForward)
#include "tst_streamportforward.moc"
