// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../kubectl.h"
#include "../kubesimcluster.h"
#include "../screenshot.h"
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "ui/wizards/projectwizard.h"
#include "ui/wizards/reviewpage.h"
#include "ui/wizards/validatedfield.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Sextant;

namespace {
QJsonObject get(const QString &kind, const QString &name, const QString &ns = {})
{
    QStringList args { QStringLiteral("get"), kind, name };
    if (!ns.isEmpty()) {
        args += { QStringLiteral("-n"), ns };
    }
    return kubectlJson(args).object();
}

} // namespace

// The project wizard driven like a user against kube-sim: typed fields,
// Next, the dry run, Create; kubectl checks the objects field by field.
class TestProjectWizard final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        m_manager = std::make_unique<Core::ClusterManager>(kubeSimManagerOptions());
        m_connection = connectKubeSim(*m_manager);
        QVERIFY(m_connection);
        m_project = QStringLiteral("it-project-%1").arg(QRandomGenerator::global()->bounded(100000, 999999));
    }

    void cleanupTestCase()
    {
        for (const QString &ns : QStringList { m_project, m_project + QStringLiteral("-q") }) {
            kubectl({ QStringLiteral("delete"), QStringLiteral("namespace"), ns, QStringLiteral("--wait=false"),
                QStringLiteral("--ignore-not-found") });
        }
    }

    void invalidName_showsReason_andBlocksNext()
    {
        Ui::ProjectWizard wizard(m_connection);
        wizard.show();
        QTest::keyClicks(wizard.nameField()->edit(), QStringLiteral("Shop_Staging"));
        QVERIFY(!wizard.nameField()->isValid());
        saveScreenshot(&wizard, QStringLiteral("project-invalid-name"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        const QLabel *message = wizard.nameField()->findChild<QLabel *>();
        QVERIFY(message && message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("RFC 1123 label")), qPrintable(message->text()));
        wizard.nameField()->edit()->clear();
        QTest::keyClicks(wizard.nameField()->edit(), QStringLiteral("shop-staging"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    void fullProject_isCreated_asTyped()
    {
        Ui::ProjectWizard wizard(m_connection);
        QSignalSpy created(&wizard, &Ui::ResourceWizard::created);
        wizard.show();
        QTest::keyClicks(wizard.nameField()->edit(), m_project);
        wizard.next();
        wizard.quotaEnabled()->setChecked(true);
        QTest::keyClicks(wizard.quotaField(QStringLiteral("requests.cpu"))->edit(), QStringLiteral("4"));
        QTest::keyClicks(wizard.quotaField(QStringLiteral("limits.memory"))->edit(), QStringLiteral("16Gi"));
        QTest::keyClicks(wizard.quotaField(QStringLiteral("pods"))->edit(), QStringLiteral("50"));
        saveScreenshot(&wizard, QStringLiteral("project-quota"));
        wizard.next();
        wizard.limitsEnabled()->setChecked(true);
        QTest::keyClicks(wizard.limitField(QStringLiteral("defaultRequest.cpu"))->edit(), QStringLiteral("100m"));
        QTest::keyClicks(wizard.limitField(QStringLiteral("default.memory"))->edit(), QStringLiteral("512Mi"));
        wizard.next();
        wizard.addMember(QStringLiteral("User"), QStringLiteral("alice@example.com"), QStringLiteral("admin"));
        wizard.addMember(QStringLiteral("ServiceAccount"), QStringLiteral("ci"), QStringLiteral("edit"));
        saveScreenshot(&wizard, QStringLiteral("project-members"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Ui::ProjectWizard::ReviewPageId));
        Ui::ReviewPage *review = wizard.reviewPage();
        QVERIFY(review->yamlEdit()->toPlainText().contains(QStringLiteral("kind: ResourceQuota")));
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);
        QCOMPARE(review->results()->topLevelItemCount(), 5);
        saveScreenshot(&wizard, QStringLiteral("project-review"));

        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(30000));
        QVERIFY(!wizard.isVisible());

        const QJsonObject hard = get(QStringLiteral("resourcequota"), QStringLiteral("quota"), m_project)
                                     .value(QLatin1String("spec"))
                                     .toObject()
                                     .value(QLatin1String("hard"))
                                     .toObject();
        QCOMPARE(hard.value(QLatin1String("requests.cpu")).toString(), QStringLiteral("4"));
        QCOMPARE(hard.value(QLatin1String("limits.memory")).toString(), QStringLiteral("16Gi"));
        QCOMPARE(hard.value(QLatin1String("pods")).toString(), QStringLiteral("50"));
        const QJsonObject limit = get(QStringLiteral("limitrange"), QStringLiteral("default-limits"), m_project)
                                      .value(QLatin1String("spec"))
                                      .toObject()
                                      .value(QLatin1String("limits"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(limit.value(QLatin1String("defaultRequest")).toObject().value(QLatin1String("cpu")).toString(),
            QStringLiteral("100m"));
        QCOMPARE(limit.value(QLatin1String("default")).toObject().value(QLatin1String("memory")).toString(),
            QStringLiteral("512Mi"));
        const QJsonObject admin
            = get(QStringLiteral("rolebinding"), QStringLiteral("admin-user-alice-example-com"), m_project);
        QCOMPARE(admin.value(QLatin1String("roleRef")).toObject().value(QLatin1String("name")).toString(),
            QStringLiteral("admin"));
        QCOMPARE(admin.value(QLatin1String("subjects")).toArray().first().toObject().value(QLatin1String("name")),
            QStringLiteral("alice@example.com"));
        const QJsonObject ci = get(QStringLiteral("rolebinding"), QStringLiteral("edit-serviceaccount-ci"), m_project);
        QCOMPARE(ci.value(QLatin1String("subjects")).toArray().first().toObject().value(QLatin1String("namespace")),
            m_project);
    }

    void yamlEdit_flowsBackToForm_andIsCreatedAsTyped()
    {
        const QString ns = m_project + QStringLiteral("-q");
        Ui::ProjectWizard wizard(m_connection);
        QSignalSpy created(&wizard, &Ui::ResourceWizard::created);
        wizard.show();
        QTest::keyClicks(wizard.nameField()->edit(), ns);
        while (wizard.currentId() != int(Ui::ProjectWizard::ReviewPageId)) {
            wizard.next();
        }
        Ui::ReviewPage *review = wizard.reviewPage();
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);
        // A label the form has no field for, and a description it has.
        QString yaml = review->yamlEdit()->toPlainText();
        yaml.replace(QStringLiteral("  name: ") + ns,
            QStringLiteral("  name: ") + ns
                + QStringLiteral("\n  labels:\n    team: payments\n  annotations:\n    kubesphere.io/description: Card "
                                 "payments"));
        review->yamlEdit()->setPlainText(yaml);
        QVERIFY(!review->isComplete());
        wizard.button(QWizard::CustomButton1)->click(); // Check again
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(30000));
        const QJsonObject metadata = get(QStringLiteral("namespace"), ns).value(QLatin1String("metadata")).toObject();
        QCOMPARE(metadata.value(QLatin1String("labels")).toObject().value(QLatin1String("team")).toString(),
            QStringLiteral("payments"));
        QCOMPARE(metadata.value(QLatin1String("annotations"))
                     .toObject()
                     .value(QLatin1String("kubesphere.io/description"))
                     .toString(),
            QStringLiteral("Card payments"));
    }

private:
    std::unique_ptr<Core::ClusterManager> m_manager;
    Core::ClusterConnection *m_connection = nullptr;
    QString m_project;
};

QTEST_MAIN(TestProjectWizard)
#include "tst_projectwizard.moc"
