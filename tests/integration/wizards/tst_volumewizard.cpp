// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../kubectl.h"
#include "../kubesimcluster.h"
#include "../screenshot.h"
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "ui/wizards/reviewpage.h"
#include "ui/wizards/storecombobox.h"
#include "ui/wizards/validatedfield.h"
#include "ui/wizards/volumewizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Sextant;

// The volume wizard picks the project and the default storage class from the
// live cluster and creates the claim kubectl then reads back.
class TestVolumeWizard final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        m_scratch = std::make_unique<ScratchNamespace>(QStringLiteral("it-volume"));
        QVERIFY(m_scratch->isCreated());
        m_namespace = m_scratch->name();
        m_manager = std::make_unique<Core::ClusterManager>(kubeSimManagerOptions());
        m_connection = connectKubeSim(*m_manager);
        QVERIFY(m_connection);
    }

    void cleanupTestCase() { m_scratch.reset(); }

    void claim_usesDefaultClass_andIsCreated()
    {
        Ui::VolumeWizard wizard(m_connection, m_namespace);
        QSignalSpy created(&wizard, &Ui::ResourceWizard::created);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.project()->currentName(), m_namespace, 20000);
        // kube-sim's provisioner class is the default: preselected and marked.
        const QJsonArray classes = kubectlJson({ QStringLiteral("get"), QStringLiteral("storageclass") })
                                       .object()
                                       .value(QLatin1String("items"))
                                       .toArray();
        QString defaultClass;
        for (const QJsonValue &item : classes) {
            const QJsonObject metadata = item.toObject().value(QLatin1String("metadata")).toObject();
            if (metadata.value(QLatin1String("annotations"))
                    .toObject()
                    .value(QLatin1String("storageclass.kubernetes.io/is-default-class"))
                    .toString()
                == QLatin1String("true")) {
                defaultClass = metadata.value(QLatin1String("name")).toString();
            }
        }
        QVERIFY2(!defaultClass.isEmpty(), "kube-sim has a default storage class");
        QTRY_COMPARE_WITH_TIMEOUT(wizard.storageClass()->currentName(), defaultClass, 20000);
        QVERIFY(wizard.storageClass()->currentText().endsWith(QLatin1String("(default)")));

        QTest::keyClicks(wizard.nameField()->edit(), QStringLiteral("data"));
        wizard.sizeField()->edit()->clear();
        QTest::keyClicks(wizard.sizeField()->edit(), QStringLiteral("0"));
        QVERIFY(!wizard.sizeField()->isValid());
        wizard.sizeField()->edit()->clear();
        QTest::keyClicks(wizard.sizeField()->edit(), QStringLiteral("2Gi"));
        wizard.accessMode(QStringLiteral("ReadWriteMany"))->setChecked(true);
        saveScreenshot(&wizard, QStringLiteral("volume-claim"));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.reviewPage()->isComplete(), 20000);
        saveScreenshot(&wizard, QStringLiteral("volume-review"));
        QCOMPARE(wizard.reviewPage()->results()->topLevelItem(0)->text(1), QStringLiteral("Accepted by the server"));
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(30000));

        const QJsonObject spec = kubectlJson(
            { QStringLiteral("get"), QStringLiteral("pvc"), QStringLiteral("data"), QStringLiteral("-n"), m_namespace })
                                     .object()
                                     .value(QLatin1String("spec"))
                                     .toObject();
        QCOMPARE(spec.value(QLatin1String("storageClassName")).toString(), defaultClass);
        QCOMPARE(spec.value(QLatin1String("resources"))
                     .toObject()
                     .value(QLatin1String("requests"))
                     .toObject()
                     .value(QLatin1String("storage"))
                     .toString(),
            QStringLiteral("2Gi"));
        QCOMPARE(spec.value(QLatin1String("accessModes")).toArray(),
            (QJsonArray { QStringLiteral("ReadWriteOnce"), QStringLiteral("ReadWriteMany") }));
    }

private:
    std::unique_ptr<Core::ClusterManager> m_manager;
    Core::ClusterConnection *m_connection = nullptr;
    QString m_namespace;
    std::unique_ptr<ScratchNamespace> m_scratch;
};

QTEST_MAIN(TestVolumeWizard)
#include "tst_volumewizard.moc"
