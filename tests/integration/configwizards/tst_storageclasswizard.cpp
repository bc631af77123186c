// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "configwizardtest.h"
#include "ui/configwizards/keyvalueeditor.h"
#include "ui/configwizards/storageclasswizard.h"
#include "ui/wizards/validatedfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>

using namespace Sextant;

// The StorageClass wizard: provisioners of existing classes offered, the
// default mark with its warning, the fields kubectl reads back; and the
// limited user told on the first page that they may not create classes.
class TestStorageClassWizard final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        QVERIFY(m_admin.waitConnected());
        QVERIFY(m_limited.waitConnected());
        const QJsonArray classes = kubectlJson({ QStringLiteral("get"), QStringLiteral("storageclass") })
                                       .object()
                                       .value(QLatin1String("items"))
                                       .toArray();
        for (const QJsonValue &item : classes) {
            const QJsonObject object = item.toObject();
            m_provisioners.append(object.value(QLatin1String("provisioner")).toString());
            if (field(field(object, "metadata"), "annotations")
                    .value(QLatin1String(Ui::StorageClassWizard::DefaultAnnotation))
                    .toString()
                == QLatin1String("true")) {
                m_existingDefault = field(object, "metadata").value(QLatin1String("name")).toString();
            }
        }
        QVERIFY2(!m_existingDefault.isEmpty(), "kube-sim has a default storage class");
        m_name = uniqueTestName(QStringLiteral("it-fast"));
    }

    void cleanupTestCase()
    {
        // A second default must not outlive the test: other tests expect kube-sim's own.
        kubectl(
            { QStringLiteral("delete"), QStringLiteral("storageclass"), m_name, QStringLiteral("--ignore-not-found") });
    }

    void defaultClass_warnsAboutTheExistingDefault_andIsCreated()
    {
        Ui::StorageClassWizard wizard(m_admin.connection());
        QSignalSpy created(&wizard, &Ui::ResourceWizard::created);
        wizard.resize(900, 640);
        wizard.show();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.provisioner()->count() > 0, 20000);
        QCOMPARE(wizard.provisioner()->itemText(0), m_provisioners.first());
        QVERIFY(wizard.creationAllowed());
        QTest::keyClicks(wizard.nameField()->edit(), m_name);
        wizard.provisioner()->setCurrentText(QStringLiteral("csi.example.com"));
        wizard.reclaimPolicy()->setCurrentIndex(wizard.reclaimPolicy()->findData(QStringLiteral("Retain")));
        wizard.bindingMode()->setCurrentIndex(wizard.bindingMode()->findData(QStringLiteral("WaitForFirstConsumer")));
        wizard.allowExpansion()->setChecked(true);
        QVERIFY(wizard.defaultWarning()->isHidden());
        wizard.makeDefault()->setChecked(true);
        QVERIFY(!wizard.defaultWarning()->isHidden());
        QVERIFY2(
            wizard.defaultWarning()->text().contains(m_existingDefault), qPrintable(wizard.defaultWarning()->text()));
        saveScreenshot(&wizard, QStringLiteral("storageclass-basic"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        Ui::KeyValueEditor *parameters = wizard.parameters();
        parameters->addEntry({ QStringLiteral("type"), "ssd", false });
        parameters->addEntry({ QStringLiteral("csi.storage.k8s.io/fstype"), "ext4", false });
        saveScreenshot(&wizard, QStringLiteral("storageclass-parameters"));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.reviewPage()->isComplete(), 20000);
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(30000));

        const QJsonObject sc = kubectlGet(QStringLiteral("storageclass"), m_name);
        QCOMPARE(sc.value(QLatin1String("provisioner")).toString(), QStringLiteral("csi.example.com"));
        QCOMPARE(sc.value(QLatin1String("reclaimPolicy")).toString(), QStringLiteral("Retain"));
        QCOMPARE(sc.value(QLatin1String("volumeBindingMode")).toString(), QStringLiteral("WaitForFirstConsumer"));
        QCOMPARE(sc.value(QLatin1String("allowVolumeExpansion")).toBool(), true);
        QCOMPARE(field(field(sc, "metadata"), "annotations")
                     .value(QLatin1String(Ui::StorageClassWizard::DefaultAnnotation))
                     .toString(),
            QStringLiteral("true"));
        QCOMPARE(field(sc, "parameters"),
            (QJsonObject { { QStringLiteral("type"), QStringLiteral("ssd") },
                { QStringLiteral("csi.storage.k8s.io/fstype"), QStringLiteral("ext4") } }));
        kubectl({ QStringLiteral("delete"), QStringLiteral("storageclass"), m_name });
    }

    void limitedUser_isToldOnTheFirstPage()
    {
        Ui::StorageClassWizard wizard(m_limited.connection());
        wizard.resize(900, 640);
        wizard.show();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.creationAllowed(), 20000);
        QVERIFY(wizard.permissionNote()->isVisible());
        QVERIFY(wizard.permissionNote()->text().contains(QLatin1String("You may not create storage classes")));
        QTest::keyClicks(wizard.nameField()->edit(), QStringLiteral("anything"));
        wizard.provisioner()->setCurrentText(QStringLiteral("csi.example.com"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        saveScreenshot(&wizard, QStringLiteral("storageclass-forbidden"));
    }

private:
    KubeSimSession m_admin;
    KubeSimSession m_limited { QStringLiteral("limited") };
    QStringList m_provisioners;
    QString m_existingDefault;
    QString m_name;
};

QTEST_MAIN(TestStorageClassWizard)
#include "tst_storageclasswizard.moc"
