// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "nodeactionstesting.h"
#include "ui/nodeactions/metadatadialog.h"

#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Sextant;
using namespace Sextant::Test;
using Field = Ui::MetadataDialog::Field;

namespace {
QJsonObject deployment()
{
    return json(R"({"metadata":{"name":"web","namespace":"shop","resourceVersion":"77",)"
                R"("labels":{"app":"web","tier":"front"},)"
                R"("annotations":{"deployment.kubernetes.io/revision":"3","team":"shop"}}})");
}
QJsonObject otherDeployment()
{
    return json(R"({"metadata":{"name":"api","namespace":"shop","resourceVersion":"78",)"
                R"("labels":{"app":"api","team":"shop","tier":"front"}}})");
}
} // namespace

class TestMetadataDialog final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installEnglishPlurals(); }

    void labels_invalidKey_problemNextToFieldAndApplyDisabled()
    {
        FakeCluster cluster;
        auto *dialog = new Ui::MetadataDialog(cluster.target(deployments(), { deployment() }), Field::Labels);
        QPointer<Ui::MetadataDialog> guard(dialog);
        QCOMPARE(dialog->table()->entries(),
            (QMap<QString, QString> { { QStringLiteral("app"), QStringLiteral("web") },
                { QStringLiteral("tier"), QStringLiteral("front") } }));
        const int row = dialog->table()->addRow(QStringLiteral("example.com/release train"), QStringLiteral("2026.11"));
        QVERIFY(dialog->table()->problemAt(row).contains(
            QStringLiteral("name part must consist of alphanumeric characters")));
        dialog->table()->setValue(dialog->table()->rowOf(QStringLiteral("tier")), QStringLiteral("-front"));
        QVERIFY(dialog->table()
                    ->problemAt(dialog->table()->rowOf(QStringLiteral("tier")))
                    .contains(QStringLiteral("a valid label")));
        QVERIFY(!dialog->canApply());
        auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
        QVERIFY(apply && !apply->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("status"))
                    ->text()
                    .contains(QStringLiteral("2 problems to fix before applying:")));

        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->grab().save(screenshotPath(QStringLiteral("action-labels.png"))));

        dialog->table()->setKey(row, QStringLiteral("example.com/release-train"));
        dialog->table()->setValue(dialog->table()->rowOf(QStringLiteral("tier")), QStringLiteral("front"));
        QVERIFY(dialog->table()->problemAt(row).isEmpty());
        QVERIFY(dialog->canApply());
        QVERIFY(apply->isEnabled());
        dialog->close();
        QTRY_VERIFY(!guard);
    }

    void labels_duplicateKey_flaggedOnBothRows()
    {
        FakeCluster cluster;
        Ui::MetadataDialog dialog(cluster.target(deployments(), { deployment() }), Field::Labels);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        const int row = dialog.table()->addRow(QStringLiteral("app"), QStringLiteral("api"));
        QVERIFY(dialog.table()->problemAt(row).contains(QStringLiteral("more than once")));
        QVERIFY(dialog.table()
                    ->problemAt(dialog.table()->rowOf(QStringLiteral("app")))
                    .contains(QStringLiteral("more than once")));
        QVERIFY(!dialog.canApply());
    }

    void labels_apply_sendsOnlyChangedKeysAndCloses()
    {
        FakeCluster cluster;
        cluster.server.setHandler(
            [](const CannedRequest &) { return CannedResponse::json(200, R"({"metadata":{"name":"web"}})"); });
        auto *dialog = new Ui::MetadataDialog(cluster.target(deployments(), { deployment() }), Field::Labels);
        QPointer<Ui::MetadataDialog> guard(dialog);
        dialog->open();
        dialog->table()->setValue(dialog->table()->rowOf(QStringLiteral("app")), QStringLiteral("api"));
        dialog->table()->removeRow(dialog->table()->rowOf(QStringLiteral("tier")));
        dialog->table()->addRow(QStringLiteral("team"), QStringLiteral("shop"));
        QCOMPARE(
            dialog->pendingPatch(), QByteArray(R"({"metadata":{"labels":{"app":"api","team":"shop","tier":null}}})"));
        QSignalSpy applied(dialog, &Ui::MetadataDialog::applied);
        dialog->apply();
        QTRY_COMPARE(cluster.succeeded.size(), 1);
        QCOMPARE(applied.size(), 1);
        QTRY_VERIFY(!guard); // accepted and deleted
        const CannedRequest &request = cluster.server.requests.first();
        QCOMPARE(request.method, QByteArray("PATCH"));
        QCOMPARE(request.path(), QStringLiteral("/apis/apps/v1/namespaces/shop/deployments/web"));
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/merge-patch+json"));
        QCOMPARE(request.body, QByteArray(R"({"metadata":{"labels":{"app":"api","team":"shop","tier":null}}})"));
    }

    void labels_serverRefuses_messageVerbatimAndDialogStays()
    {
        FakeCluster cluster;
        const QByteArray message
            = "Deployment.apps \\\"web\\\" is invalid: metadata.labels: Invalid value: \\\"x\\\": admission says no";
        cluster.server.setHandler([message](const CannedRequest &) {
            return CannedResponse::json(
                422, "{\"kind\":\"Status\",\"reason\":\"Invalid\",\"code\":422,\"message\":\"" + message + "\"}");
        });
        Ui::MetadataDialog dialog(cluster.target(deployments(), { deployment() }), Field::Labels);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.show();
        dialog.table()->addRow(QStringLiteral("x"), QStringLiteral("y"));
        QSignalSpy failed(&dialog, &Ui::MetadataDialog::applyFailed);
        dialog.apply();
        QVERIFY(failed.wait(5000));
        const QString expected = QStringLiteral(
            "Deployment.apps \"web\" is invalid: metadata.labels: Invalid value: \"x\": admission says no");
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("error"))->text(), expected);
        QVERIFY(dialog.isVisible());
        QCOMPARE(cluster.failed.size(), 1);
        QCOMPARE(cluster.failed.first().at(1).value<Core::ApiError>().message, expected);
        // Nothing else changed: the edit is still there to fix and retry.
        QVERIFY(dialog.table()->entries().contains(QStringLiteral("x")));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
    }

    void labels_severalObjects_sharedKeysInTableDifferingListed()
    {
        FakeCluster cluster;
        Ui::MetadataDialog dialog(cluster.target(deployments(), { deployment(), otherDeployment() }), Field::Labels);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Labels of 2 deployment objects"));
        QCOMPARE(dialog.table()->entries(),
            (QMap<QString, QString> { { QStringLiteral("tier"), QStringLiteral("front") } }));
        QListWidget *differing = dialog.differingKeys();
        QVERIFY(differing);
        QCOMPARE(differing->count(), 2);
        QCOMPARE(differing->item(0)->text(), QStringLiteral("app (on all 2, with different values)"));
        QCOMPARE(differing->item(1)->text(), QStringLiteral("team (on 1 of 2)"));
        QVERIFY(!dialog.canApply()); // nothing changed yet

        differing->item(1)->setCheckState(Qt::Checked);
        dialog.table()->addRow(QStringLiteral("env"), QStringLiteral("prod"));
        QCOMPARE(dialog.pendingPatch(), QByteArray(R"({"metadata":{"labels":{"env":"prod","team":null}}})"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("status"))
                    ->text()
                    .contains(QStringLiteral("2 keys will change on each of the 2 objects.")));
        // Setting a key for all and removing it from all at once makes no sense.
        const int row = dialog.table()->addRow(QStringLiteral("team"), QStringLiteral("back"));
        QVERIFY(!dialog.canApply());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("status"))
                    ->text()
                    .contains(QStringLiteral("team: set in the table and ticked for removal")));
        dialog.table()->removeRow(row);
        QVERIFY(dialog.canApply());

        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(screenshotPath(QStringLiteral("action-labels-bulk.png"))));
    }

    void labels_severalObjects_onePatchEach_failuresNamedAndDialogStays()
    {
        FakeCluster cluster;
        cluster.server.setHandler([](const CannedRequest &request) {
            if (request.path().endsWith(QLatin1String("/api")))
                return CannedResponse::json(
                    403, R"({"kind":"Status","reason":"Forbidden","code":403,"message":"patch refused for api"})");
            return CannedResponse::json(200, R"({"metadata":{"name":"web"}})");
        });
        Ui::MetadataDialog dialog(cluster.target(deployments(), { deployment(), otherDeployment() }), Field::Labels);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.show();
        dialog.table()->addRow(QStringLiteral("env"), QStringLiteral("prod"));
        QSignalSpy failed(&dialog, &Ui::MetadataDialog::applyFailed);
        dialog.apply();
        QVERIFY(failed.wait(5000));
        const QList<CannedRequest> patches = cluster.requestsWith("PATCH");
        QCOMPARE(patches.size(), 2);
        for (const CannedRequest &request : patches)
            QCOMPARE(request.body, QByteArray(R"({"metadata":{"labels":{"env":"prod"}}})"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("error"))->text(),
            QStringLiteral("1 of 2 updated; not updated:\n• shop/api: patch refused for api"));
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
    }

    void annotations_rulesDifferFromLabels()
    {
        FakeCluster cluster;
        Ui::MetadataDialog dialog(cluster.target(deployments(), { deployment() }), Field::Annotations);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        QCOMPARE(dialog.table()->entries().value(QStringLiteral("team")), QStringLiteral("shop"));
        const int row
            = dialog.table()->addRow(QStringLiteral("Example.com/Owner"), QStringLiteral("anything goes: even spaces"));
        QVERIFY2(dialog.table()->problemAt(row).isEmpty(), qPrintable(dialog.table()->problemAt(row)));
        QVERIFY(dialog.canApply());
        dialog.table()->setValue(row, QString(256 * 1024, QLatin1Char('x')));
        QVERIFY(dialog.table()->problems().join(QLatin1Char('\n')).contains(QStringLiteral("262144")));
        QVERIFY(!dialog.canApply());
    }
};

QTEST_MAIN(TestMetadataDialog)
#include "tst_metadatadialog.moc"
