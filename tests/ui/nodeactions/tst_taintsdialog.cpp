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

// A normal string: moc misreads quotes and apostrophes inside raw strings.
const QByteArray conflictJson = "{\"kind\":\"Status\",\"status\":\"Failure\",\"reason\":\"Conflict\",\"code\":409,"
                                "\"message\":\"Operation cannot be fulfilled on nodes \\\"n1\\\": the object has been "
                                "modified; please apply your changes to the latest version and try again\"}";

struct FakeNodeServer {
    bool conflict = false;
    CannedResponse answer(const CannedRequest &request) const
    {
        if (request.method == "GET")
            return CannedResponse::json(200, nodeJson);
        if (conflict)
            return CannedResponse::json(409, conflictJson);
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
        QCOMPARE(dialog.table()->taints().size(), 2);
        QCOMPARE(dialog.table()->taints().at(1).timeAdded, QStringLiteral("2026-11-27T19:00:00Z"));
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
        const int row
            = dialog.table()->addRow(QStringLiteral("gpu type"), QStringLiteral("a100"), QStringLiteral("NoSchedule"));
        QVERIFY(dialog.table()->problemAt(row).contains(QStringLiteral("name part must consist")));
        QVERIFY(!dialog.canApply());
        dialog.table()->setKey(row, QStringLiteral("maintenance"));
        dialog.table()->setEffect(row, QStringLiteral("NoExecute"));
        QVERIFY(dialog.table()->problemAt(row).contains(QStringLiteral("same key and effect")));
        QVERIFY(!dialog.canApply());
        dialog.table()->setEffect(row, QStringLiteral("PreferNoSchedule"));
        QVERIFY(dialog.table()->problemAt(row).isEmpty());
        QVERIFY(dialog.canApply());
    }

    void apply_updateCarriesResourceVersionRead()
    {
        FakeCluster cluster;
        FakeNodeServer fake;
        cluster.server.setHandler([&fake](const CannedRequest &request) { return fake.answer(request); });
        auto *dialog = new Ui::TaintsDialog(cluster.target(nodes(), { json(R"({"metadata":{"name":"n1"}})") }));
        QPointer<Ui::TaintsDialog> guard(dialog);
        dialog->open();
        QTRY_VERIFY(dialog->isLoaded());
        dialog->table()->removeRow(0);
        dialog->table()->addRow(QStringLiteral("dedicated"), QStringLiteral("gpu"), QStringLiteral("NoSchedule"));
        dialog->apply();
        QTRY_COMPARE(cluster.succeeded.size(), 1);
        QTRY_VERIFY(!guard);
        const QList<CannedRequest> puts = cluster.requestsWith("PUT");
        QCOMPARE(puts.size(), 1);
        QCOMPARE(puts.first().path(), QStringLiteral("/api/v1/nodes/n1"));
        const QJsonObject sent = QJsonDocument::fromJson(puts.first().body).object();
        QCOMPARE(sent.value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString(),
            QStringLiteral("10"));
        const QJsonArray taints = sent.value(QLatin1String("spec")).toObject().value(QLatin1String("taints")).toArray();
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
        dialog.table()->addRow(QStringLiteral("dedicated"), QStringLiteral("gpu"), QStringLiteral("NoSchedule"));
        QSignalSpy failed(&dialog, &Ui::TaintsDialog::applyFailed);
        dialog.apply();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(1).toBool(), true);
        QVERIFY(dialog.errorText().contains(QStringLiteral("changed since its taints were read")));
        QVERIFY(dialog.errorText().contains(
            QStringLiteral("Operation cannot be fulfilled on nodes \"n1\": the object has been modified")));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.table()->taints().size(), 3);
        QCOMPARE(cluster.failed.size(), 1);
    }
};

QTEST_MAIN(TestTaintsDialog)
#include "tst_taintsdialog.moc"
