// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/apiclient.h"
#include "core/stream/portforwardmanager.h"
#include "ui/portforward/portforwarddialog.h"
#include "ui/portforward/portforwardsmodel.h"
#include "ui/portforward/portforwardsview.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Sextant::Ui;
using namespace Sextant::Core;

namespace {
std::unique_ptr<ApiClient> unreachableClient()
{
    RestConfig config;
    config.server = QUrl(QStringLiteral("https://127.0.0.1:1"));
    config.contextName = QStringLiteral("sim");
    return std::make_unique<ApiClient>(config, nullptr);
}

PortForwardSpec podSpec()
{
    PortForwardSpec spec;
    spec.namespaceName = QStringLiteral("demo");
    spec.name = QStringLiteral("toolbox");
    spec.remotePort = 8080;
    return spec;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const char *kPod = "{\"metadata\":{\"name\":\"web-1\",\"namespace\":\"demo\"},\"spec\":{\"containers\":["
                   "{\"name\":\"web\",\"ports\":[{\"name\":\"http\",\"containerPort\":8080},"
                   "{\"containerPort\":53,\"protocol\":\"UDP\"}]},"
                   "{\"name\":\"metrics\",\"ports\":[{\"containerPort\":9100}]}]}}";
const char *kService = "{\"metadata\":{\"name\":\"web\",\"namespace\":\"demo\"},\"spec\":{\"ports\":["
                       "{\"name\":\"http\",\"port\":80,\"targetPort\":\"http\"}]}}";
} // namespace

class TestPortForwardsView final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void model_rowsFollowTheManager()
    {
        auto client = unreachableClient();
        PortForwardManager manager;
        PortForwardsModel model(&manager);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(PortForwardsModel::ColumnCount));

        const auto started = manager.start(client.get(), podSpec());
        QVERIFY(started);
        QCOMPARE(model.rowCount(), 1);
        const auto text = [&](int column) { return model.index(0, column).data().toString(); };
        QCOMPARE(text(PortForwardsModel::TargetColumn), QStringLiteral("demo/pod/toolbox:8080"));
        QCOMPARE(text(PortForwardsModel::ContextColumn), QStringLiteral("sim"));
        QCOMPARE(text(PortForwardsModel::LocalAddressColumn),
            QStringLiteral("127.0.0.1:%1").arg(started.value()->localPort()));
        QCOMPARE(text(PortForwardsModel::ConnectionsColumn), QStringLiteral("0 open, 0 total"));
        QCOMPARE(text(PortForwardsModel::BytesInColumn), QStringLiteral("0 bytes"));
        QCOMPARE(text(PortForwardsModel::StateColumn), QStringLiteral("Forwarding"));
        QCOMPARE(model.headerData(PortForwardsModel::BytesOutColumn, Qt::Horizontal).toString(), QStringLiteral("Out"));

        manager.remove(started.value());
        QCOMPARE(model.rowCount(), 0);
    }

    void model_failedForward_showsTheError()
    {
        auto client = unreachableClient();
        PortForwardManager manager;
        PortForwardsModel model(&manager);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PortForwarder *forward = manager.start(client.get(), podSpec()).value();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QTcpSocket local;
        local.connectToHost(QHostAddress::LocalHost, forward->localPort());
        QTRY_COMPARE_WITH_TIMEOUT(forward->state(), PortForwarder::State::Failed, 10000);
        QVERIFY(!changed.isEmpty());
        QVERIFY(model.index(0, PortForwardsModel::StateColumn).data().toString().startsWith(QLatin1String("Failed: ")));
        QCOMPARE(
            model.index(0, PortForwardsModel::ConnectionsColumn).data().toString(), QStringLiteral("0 open, 1 total"));
    }

    void view_stopRemovesTheSelectedForward()
    {
        auto client = unreachableClient();
        PortForwardManager manager;
        QVERIFY(manager.start(client.get(), podSpec()));
        PortForwardsView view(&manager);
        view.table()->selectRow(0);
        view.stopSelected();
        QVERIFY(manager.forwards().isEmpty());
        QCOMPARE(view.model()->rowCount(), 0);
    }

    void dialog_declaredPorts_tcpOnly()
    {
        const auto podPorts = PortForwardDialog::declaredPorts(PortForwardSpec::Target::Pod, json(kPod));
        QCOMPARE(podPorts.size(), 2);
        QCOMPARE(podPorts.at(0).first, 8080);
        QCOMPARE(podPorts.at(0).second, QStringLiteral("8080 (http, container web)"));
        QCOMPARE(podPorts.at(1).first, 9100);
        const auto servicePorts = PortForwardDialog::declaredPorts(PortForwardSpec::Target::Service, json(kService));
        QCOMPARE(servicePorts.size(), 1);
        QCOMPARE(servicePorts.first().first, 80);
    }

    void dialog_localPortDefaults()
    {
        auto client = unreachableClient();
        PortForwardManager manager;
        PortForwardDialog podDialog(client.get(), &manager, PortForwardSpec::Target::Pod, json(kPod));
        QCOMPARE(podDialog.spec().remotePort, 8080);
        QCOMPARE(podDialog.spec().localPort, quint16(8080)); // the same port when unprivileged
        QVERIFY(!podDialog.spec().allInterfaces);
        PortForwardDialog serviceDialog(client.get(), &manager, PortForwardSpec::Target::Service, json(kService));
        QCOMPARE(serviceDialog.spec().remotePort, 80);
        QCOMPARE(serviceDialog.spec().localPort, quint16(0)); // 80 needs privileges: any free port
        QCOMPARE(serviceDialog.spec().target, PortForwardSpec::Target::Service);
    }

    void dialog_takenPort_staysOpenWithTheError()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        auto client = unreachableClient();
        PortForwardManager manager;
        PortForwardDialog dialog(client.get(), &manager, PortForwardSpec::Target::Pod, json(kPod));
        dialog.setLocalPort(occupant.serverPort());
        QSignalSpy started(&dialog, &PortForwardDialog::forwardStarted);
        dialog.startForward();
        QCOMPARE(started.size(), 0);
        QCOMPARE(dialog.errorText(), QStringLiteral("local port %1 is in use").arg(occupant.serverPort()));
        QVERIFY(manager.forwards().isEmpty());
        dialog.setLocalPort(0);
        dialog.startForward();
        QCOMPARE(started.size(), 1);
        QCOMPARE(manager.forwards().size(), 1);
    }
};

QTEST_MAIN(TestPortForwardsView)
#include "tst_portforwardsview.moc"
