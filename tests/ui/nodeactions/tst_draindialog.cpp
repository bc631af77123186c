// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "nodeactionstesting.h"
#include "ui/nodeactions/draindialog.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Sextant;
using namespace Sextant::Test;

namespace {

// A normal string: moc misreads the apostrophe inside a raw string.
const QByteArray pdbRefusal
    = "{\"kind\":\"Status\",\"status\":\"Failure\","
      "\"message\":\"Cannot evict pod as it would violate the pod's disruption budget.\","
      "\"reason\":\"TooManyRequests\",\"details\":{\"causes\":[{\"reason\":\"DisruptionBudget\","
      "\"message\":\"The disruption budget web-pdb needs 2 healthy pods and has 2 currently\"}]},"
      "\"code\":429}";

QJsonObject pod(const char *ns, const char *name, const char *owner, const char *phase = "Running")
{
    QJsonObject metadata { { QStringLiteral("namespace"), QLatin1String(ns) },
        { QStringLiteral("name"), QLatin1String(name) }, { QStringLiteral("uid"), QLatin1String(name) } };
    if (*owner)
        metadata.insert(QStringLiteral("ownerReferences"),
            QJsonArray { QJsonObject { { QStringLiteral("kind"), QLatin1String(owner) },
                { QStringLiteral("name"), QStringLiteral("owner") }, { QStringLiteral("controller"), true } } });
    return { { QStringLiteral("metadata"), metadata },
        { QStringLiteral("status"), QJsonObject { { QStringLiteral("phase"), QLatin1String(phase) } } } };
}

struct FakeNode {
    QJsonArray pods;
    CannedResponse answer(const CannedRequest &request) const
    {
        const QString path = request.path();
        if (request.method == "PATCH")
            return CannedResponse::json(200, R"({"metadata":{"name":"kube-sim-node-2"}})");
        if (request.method == "GET" && path == QLatin1String("/api/v1/pods"))
            return CannedResponse::json(
                200, QJsonDocument(QJsonObject { { QStringLiteral("items"), pods } }).toJson(QJsonDocument::Compact));
        if (request.method == "GET" && path.startsWith(QLatin1String("/apis/apps/")))
            return CannedResponse::json(200, R"({"metadata":{"name":"owner"}})");
        if (request.method == "POST" && path.contains(QLatin1String("/web-")))
            return CannedResponse::json(429, pdbRefusal);
        if (request.method == "POST" || request.method == "DELETE")
            return CannedResponse::json(201, R"({"kind":"Status","code":201})");
        return CannedResponse::json(404, R"({"kind":"Status","reason":"NotFound","code":404,"message":"gone"})");
    }
};

QJsonObject nodeObject()
{
    return json(R"({"metadata":{"name":"kube-sim-node-2"},"spec":{}})");
}

} // namespace

class TestDrainDialog final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installEnglishPlurals(); }

    void drain_blockedThenCancelled_showsPerPodStateAndStaysCordoned()
    {
        FakeCluster cluster;
        FakeNode fake;
        fake.pods = { pod("shop", "web-7d9c5-2xk4p", "ReplicaSet"), pod("shop", "web-7d9c5-9qz8m", "ReplicaSet"),
            pod("shop", "api-5f6b8-l2n7c", "ReplicaSet"), pod("monitoring", "node-exporter-7x2kq", "DaemonSet"),
            pod("batch", "import-catalog-4hx2z", "Job", "Succeeded") };
        cluster.server.setHandler([&fake](const CannedRequest &request) { return fake.answer(request); });
        Ui::DrainDialog dialog(cluster.target(nodes(), { nodeObject() }));
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.setIntervals(100, 20);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("ignoreDaemonSets"))->isChecked());

        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("drainButton")), Qt::LeftButton);
        QTRY_COMPARE(dialog.statusOf(QStringLiteral("shop/api-5f6b8-l2n7c")), QStringLiteral("Evicted"));
        QTRY_COMPARE(dialog.statusOf(QStringLiteral("batch/import-catalog-4hx2z")), QStringLiteral("Deleted"));
        QTRY_COMPARE(dialog.statusOf(QStringLiteral("shop/web-7d9c5-2xk4p")),
            QStringLiteral("Blocked by PodDisruptionBudget web-pdb"));
        QCOMPARE(dialog.messageOf(QStringLiteral("shop/web-7d9c5-2xk4p")),
            QStringLiteral("Cannot evict pod as it would violate the pod's disruption budget. "
                           "The disruption budget web-pdb needs 2 healthy pods and has 2 currently"));
        QCOMPARE(dialog.statusOf(QStringLiteral("monitoring/node-exporter-7x2kq")), QStringLiteral("Left in place"));
        QVERIFY(dialog.isDraining());
        auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QVERIFY(cancel->isVisible());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("closeButton"))->isVisible());
        QVERIFY(dialog.grab().save(screenshotPath(QStringLiteral("action-drain.png"))));

        QSignalSpy cancelled(&dialog, &Ui::DrainDialog::drainCancelled);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(dialog.isVisible()); // stays to show where it stopped
        QVERIFY(!dialog.isDraining());
        QVERIFY(
            dialog.findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("stays cordoned")));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("closeButton"))->isVisible());
        QVERIFY(!cancel->isVisible());
        QVERIFY(cluster.progress.last().at(0).toString().contains(QStringLiteral("stays cordoned")));
        const qsizetype requests = cluster.server.requests.size();
        QTest::qWait(300);
        QCOMPARE(cluster.server.requests.size(), requests); // no retries after cancel
    }

    void drain_unmanagedPod_needsForceThenDrainAgain()
    {
        FakeCluster cluster;
        FakeNode fake;
        fake.pods = { pod("demo", "toolbox", ""), pod("shop", "api-5f6b8-l2n7c", "ReplicaSet") };
        cluster.server.setHandler([&fake](const CannedRequest &request) { return fake.answer(request); });
        Ui::DrainDialog dialog(cluster.target(nodes(), { nodeObject() }));
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.setIntervals(100, 20);
        dialog.show();
        QSignalSpy finished(&dialog, &Ui::DrainDialog::drainFinished);
        dialog.startDrain();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(dialog.statusOf(QStringLiteral("demo/toolbox")), QStringLiteral("Needs an option"));
        QVERIFY(dialog.messageOf(QStringLiteral("demo/toolbox")).contains(QStringLiteral("Force")));
        QCOMPARE(cluster.requestsWith("POST").size(), 0);
        QCOMPARE(cluster.failed.size(), 1);
        auto *drain = dialog.findChild<QPushButton *>(QStringLiteral("drainButton"));
        QVERIFY(drain->isVisible() && drain->isEnabled());

        dialog.findChild<QCheckBox *>(QStringLiteral("force"))->setChecked(true);
        QTest::mouseClick(drain, Qt::LeftButton);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QCOMPARE(dialog.statusOf(QStringLiteral("demo/toolbox")), QStringLiteral("Evicted"));
        QCOMPARE(cluster.succeeded.size(), 1);
    }
};

QTEST_MAIN(TestDrainDialog)
#include "tst_draindialog.moc"
