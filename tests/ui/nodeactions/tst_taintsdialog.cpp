// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "nodeactionstesting.h"
#include "ui/nodeactions/taintsdialog.h"

#include <QJsonArray>
#include <QPointer>
#include <QPushButton>
#include <QTest>

using namespace Sextant;
using namespace Sextant::Test;

namespace {

const QByteArray nodeJson
    = R"({"metadata":{"name":"n1","resourceVersion":"10"},"spec":{"taints":[)"
      R"({"key":"node-role.kubernetes.io/control-plane","effect":"NoSchedule"},)"
      R"({"key":"maintenance","value":"true","effect":"NoExecute","timeAdded":"2026-11-27T19:00:00Z"}]}})";

struct FakeNodeServer {
    bool conflict = false;
    CannedResponse answer(const CannedRequest &request) const
    {
        if (request.method == "GET")
            return CannedResponse::json(200, nodeJson);
        if (conflict)
            return CannedResponse::json(422,
                R"({"kind":"Status","status":"Failure","reason":"Invalid","code":422,)"
                R"("message":"the server rejected our request due to an error in our request: )"
                R"(testing value /metadata/resourceVersion failed: test failed"})");
        return CannedResponse::json(200, nodeJson);
    }
};

} // namespace

class TestTaintsDialog final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installEnglishPlurals(); }

    void open_readsNodeFresh_rowsFromServer()
    {
        FakeCluster cluster;
        FakeNodeServer fake;
        cluster.server.setHandler([&fake](const CannedRequest &request) { return fake.answer(request); });
        // The store's copy is stale on purpose: the dialog must use what the server says.
        Ui::TaintsDialog dialog(
            cluster.target(nodes(), { json(R"({"metadata":{"name":"n1","resourceVersion":"3"}})") }));
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        QSignalSpy loaded(&dialog, &Ui::TaintsDialog::loaded);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(dialog.resourceVersion(), QStringLiteral("10"));
        QCOMPARE(dialog.taints().size(), 2);
        QCOMPARE(dialog.taints().at(1).timeAdded, QStringLiteral("2026-11-27T19:00:00Z"));
        QVERIFY(!dialog.hasChanges());
        QVERIFY(!dialog.canApply());
    }

    void edit_invalidAndDuplicate_problemsNextToRows()
    {
        FakeCluster cluster;
        FakeNodeServer fake;
        cluster.server.setHandler([&fake](const CannedRequest &request) { return fake.answer(request); });
        Ui::TaintsDialog dialog(cluster.target(nodes(), { json(R"({"metadata":{"name":"n1"}})") }));
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        QTRY_VERIFY(dialog.isLoaded());
        const int row = dialog.addRow(QStringLiteral("gpu type"), QStringLiteral("a100"), QStringLiteral("NoSchedule"));
        QVERIFY(dialog.problemAt(row).contains(QStringLiteral("name part must consist")));
        QVERIFY(!dialog.canApply());
        dialog.setKey(row, QStringLiteral("maintenance"));
        dialog.setEffect(row, QStringLiteral("NoExecute"));
        QVERIFY(dialog.problemAt(row).contains(QStringLiteral("same key and effect")));
        QVERIFY(!dialog.canApply());
        dialog.setEffect(row, QStringLiteral("PreferNoSchedule"));
        QVERIFY(dialog.problemAt(row).isEmpty());
        QVERIFY(dialog.canApply());
    }

    void apply_jsonPatchGuardedByResourceVersion()
    {
        FakeCluster cluster;
        FakeNodeServer fake;
        cluster.server.setHandler([&fake](const CannedRequest &request) { return fake.answer(request); });
        auto *dialog = new Ui::TaintsDialog(cluster.target(nodes(), { json(R"({"metadata":{"name":"n1"}})") }));
        QPointer<Ui::TaintsDialog> guard(dialog);
        dialog->open();
        QTRY_VERIFY(dialog->isLoaded());
        dialog->removeRow(0);
        dialog->addRow(QStringLiteral("dedicated"), QStringLiteral("gpu"), QStringLiteral("NoSchedule"));
        dialog->apply();
        QTRY_COMPARE(cluster.succeeded.size(), 1);
        QTRY_VERIFY(!guard);
        const QList<CannedRequest> patches = cluster.requestsWith("PATCH");
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches.first().headers.value("content-type"), QByteArray("application/json-patch+json"));
        const QJsonArray operations = QJsonDocument::fromJson(patches.first().body).array();
        QCOMPARE(operations.size(), 2);
        QCOMPARE(operations[0].toObject().value(QLatin1String("op")).toString(), QStringLiteral("test"));
        QCOMPARE(operations[0].toObject().value(QLatin1String("value")).toString(), QStringLiteral("10"));
        const QJsonArray taints = operations[1].toObject().value(QLatin1String("value")).toArray();
        QCOMPARE(taints.size(), 2);
        // The untouched NoExecute taint keeps the time it was added.
        QCOMPARE(
            taints[0].toObject().value(QLatin1String("timeAdded")).toString(), QStringLiteral("2026-11-27T19:00:00Z"));
        QCOMPARE(taints[1].toObject().value(QLatin1String("key")).toString(), QStringLiteral("dedicated"));
    }

    void apply_nodeChangedMeanwhile_saysSoAndKeepsEdits()
    {
        FakeCluster cluster;
        FakeNodeServer fake;
        fake.conflict = true;
        cluster.server.setHandler([&fake](const CannedRequest &request) { return fake.answer(request); });
        Ui::TaintsDialog dialog(cluster.target(nodes(), { json(R"({"metadata":{"name":"n1"}})") }));
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.show();
        QTRY_VERIFY(dialog.isLoaded());
        dialog.addRow(QStringLiteral("dedicated"), QStringLiteral("gpu"), QStringLiteral("NoSchedule"));
        QSignalSpy failed(&dialog, &Ui::TaintsDialog::applyFailed);
        dialog.apply();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(1).toBool(), true);
        QVERIFY(dialog.errorText().contains(QStringLiteral("changed since its taints were read")));
        QVERIFY(
            dialog.errorText().contains(QStringLiteral("testing value /metadata/resourceVersion failed: test failed")));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.taints().size(), 3);
        QCOMPARE(cluster.failed.size(), 1);
    }
};

QTEST_MAIN(TestTaintsDialog)
#include "tst_taintsdialog.moc"
