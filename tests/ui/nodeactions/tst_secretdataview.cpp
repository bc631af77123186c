// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "nodeactionstesting.h"
#include "ui/nodeactions/secretdataview.h"
#include "ui/nodeactions/secretdialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QPointer>
#include <QTest>
#include <QToolButton>

using namespace Sextant;
using namespace Sextant::Test;

namespace {
// username: admin, password: s3cr3t!, blob: 0xff 0x00 0xfe (not UTF-8), empty: ""
const QByteArray secretJson = R"({"apiVersion":"v1","kind":"Secret","type":"Opaque",)"
                              R"("metadata":{"name":"db-credentials","namespace":"shop"},)"
                              R"("data":{"username":"YWRtaW4=","password":"czNjcjN0IQ==","blob":"/wD+","empty":""}})";
} // namespace

class TestSecretDataView final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installEnglishPlurals(); }

    void setSecret_everyValueMaskedWithSize()
    {
        Ui::SecretDataView view;
        view.setSecret(json(secretJson));
        QCOMPARE(view.keys(),
            (QStringList { QStringLiteral("blob"), QStringLiteral("empty"), QStringLiteral("password"),
                QStringLiteral("username") }));
        QCOMPARE(view.sizeOf(QStringLiteral("password")), 7);
        QCOMPARE(view.displayedText(QStringLiteral("password")), QStringLiteral("•••••• 7 bytes"));
        QVERIFY(!view.displayedText(QStringLiteral("username")).contains(QStringLiteral("admin")));
        QVERIFY(view.isBinary(QStringLiteral("blob")));
        QCOMPARE(view.displayedText(QStringLiteral("blob")), QStringLiteral("•••••• binary, 3 bytes"));
        QVERIFY(!view.isBinary(QStringLiteral("empty")));
    }

    void reveal_thenHide_perKey()
    {
        Ui::SecretDataView view;
        view.setSecret(json(secretJson));
        auto *reveal = view.findChild<QToolButton *>(QStringLiteral("reveal:password"));
        QVERIFY(reveal);
        reveal->click();
        QVERIFY(view.isRevealed(QStringLiteral("password")));
        QCOMPARE(view.displayedText(QStringLiteral("password")), QStringLiteral("s3cr3t!"));
        QCOMPARE(reveal->text(), QStringLiteral("Hide"));
        // Only that key.
        QVERIFY(!view.isRevealed(QStringLiteral("username")));
        QVERIFY(view.displayedText(QStringLiteral("username")).startsWith(QStringLiteral("••••••")));
        reveal->click();
        QVERIFY(!view.isRevealed(QStringLiteral("password")));
        QCOMPARE(view.displayedText(QStringLiteral("password")), QStringLiteral("•••••• 7 bytes"));
    }

    void reveal_binary_showsHex()
    {
        Ui::SecretDataView view;
        view.setSecret(json(secretJson));
        view.setRevealed(QStringLiteral("blob"), true);
        QVERIFY(view.displayedText(QStringLiteral("blob")).contains(QStringLiteral("binary, 3 bytes:")));
        QVERIFY(view.displayedText(QStringLiteral("blob")).contains(QStringLiteral("ff 00 fe")));
    }

    void copy_putsDecodedValueOnClipboard()
    {
        Ui::SecretDataView view;
        view.setSecret(json(secretJson));
        QSignalSpy copied(&view, &Ui::SecretDataView::copied);
        view.findChild<QToolButton *>(QStringLiteral("copy:username"))->click();
        QCOMPARE(copied.size(), 1);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("admin"));
        view.copy(QStringLiteral("blob"));
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("application/octet-stream")),
            QByteArray("\xff\x00\xfe", 3));
        QVERIFY(!view.isRevealed(QStringLiteral("username"))); // copying does not reveal
    }

    void stringData_shownLikeData()
    {
        Ui::SecretDataView view;
        view.setSecret(json(R"({"stringData":{"token":"abc"},"data":{"token":"eHl6","other":"eQ=="}})"));
        QCOMPARE(view.keys(), (QStringList { QStringLiteral("other"), QStringLiteral("token") }));
        view.setRevealed(QStringLiteral("token"), true);
        QCOMPARE(view.displayedText(QStringLiteral("token")), QStringLiteral("abc"));
    }

    void dialog_readsFreshAndScreenshotWithOneKeyRevealed()
    {
        FakeCluster cluster;
        cluster.server.setHandler([](const CannedRequest &request) {
            if (request.path() == QLatin1String("/api/v1/namespaces/shop/secrets/db-credentials"))
                return CannedResponse::json(200, secretJson);
            return CannedResponse::json(404, "{}");
        });
        // The store's copy has no data on purpose: the dialog reads the server.
        auto *dialog = new Ui::SecretDialog(
            cluster.target(secrets(), { json(R"({"metadata":{"name":"db-credentials","namespace":"shop"}})") }));
        QPointer<Ui::SecretDialog> guard(dialog);
        dialog->open();
        QTRY_VERIFY(dialog->isLoaded());
        QCOMPARE(dialog->view()->keys().size(), 4);
        dialog->view()->setRevealed(QStringLiteral("username"), true);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->grab().save(screenshotPath(QStringLiteral("action-secret.png"))));
        dialog->close();
        QTRY_VERIFY(!guard);
    }

    void dialog_forbidden_showsServerMessageOnly()
    {
        FakeCluster cluster;
        cluster.server.setHandler([](const CannedRequest &) {
            return CannedResponse::json(403,
                "{\"kind\":\"Status\",\"reason\":\"Forbidden\",\"code\":403,\"message\":\"secrets "
                "\\\"db-credentials\\\" "
                "is forbidden: User \\\"limited\\\" cannot get resource \\\"secrets\\\" in API group \\\"\\\" in the "
                "namespace \\\"shop\\\"\"}");
        });
        Ui::SecretDialog dialog(
            cluster.target(secrets(), { json(R"({"metadata":{"name":"db-credentials","namespace":"shop"}})") }));
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        QSignalSpy failed(&dialog, &Ui::SecretDialog::loadFailed);
        QVERIFY(failed.wait(5000));
        QCOMPARE(dialog.errorText(),
            QStringLiteral(
                "secrets \"db-credentials\" is forbidden: User \"limited\" cannot get resource \"secrets\" in "
                "API group \"\" in the namespace \"shop\""));
        QVERIFY(dialog.view()->keys().isEmpty());
        QCOMPARE(cluster.failed.size(), 1);
    }
};

QTEST_MAIN(TestSecretDataView)
#include "tst_secretdataview.moc"
