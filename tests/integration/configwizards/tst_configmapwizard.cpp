// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "configwizardtest.h"
#include "ui/configwizards/configmapwizard.h"
#include "ui/configwizards/keyvalueeditor.h"
#include "ui/wizards/storecombobox.h"
#include "ui/wizards/validatedfield.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTemporaryDir>

using namespace Sextant;

// The ConfigMap wizard against kube-sim: typed multi-line values, keys from a
// text and a binary file, key rules and the size limit before the server.
class TestConfigMapWizard final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        QVERIFY(m_session.waitConnected());
        QVERIFY(m_namespace.isCreated());
    }

    void textAndBinaryKeys_areCreatedAsKubectlSeesThem()
    {
        QTemporaryDir dir;
        QFile text(dir.filePath(QStringLiteral("nginx.conf")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("server {\n  listen 8080;\n}\n");
        text.close();
        QFile binary(dir.filePath(QStringLiteral("logo.bin")));
        QVERIFY(binary.open(QIODevice::WriteOnly));
        const QByteArray bytes("\x89PNG\r\n\x1a\n\xff\xfe\x00\x01", 12);
        binary.write(bytes);
        binary.close();

        Ui::ConfigMapWizard wizard(m_session.connection(), m_namespace.name());
        QSignalSpy created(&wizard, &Ui::ResourceWizard::created);
        wizard.resize(900, 640);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.project()->currentName(), m_namespace.name(), 20000);
        QTest::keyClicks(wizard.nameField()->edit(), QStringLiteral("shop-settings"));
        Ui::KeyValueEditor *editor = wizard.editor();
        QTest::keyClicks(editor->keyEdit(0), QStringLiteral("bad key"));
        QVERIFY(!editor->isValid());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY2(editor->problems().join(u' ').contains(QLatin1String("alphanumeric characters, '-', '_' or '.'")),
            qPrintable(editor->problems().join(u' ')));
        editor->keyEdit(0)->clear();
        QTest::keyClicks(editor->keyEdit(0), QStringLiteral("app.properties"));
        editor->valueEdit(0)->setPlainText(QStringLiteral("color=blue\nsize=large\n"));
        QVERIFY(editor->addFiles({ text.fileName(), binary.fileName() }).isEmpty());
        QCOMPARE(editor->rowCount(), 3);
        QVERIFY(editor->isValid());
        // A second key with the same name is refused before the server sees it.
        editor->addEntry({ QStringLiteral("nginx.conf"), "again", false });
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(editor->problems().join(u' ').contains(QLatin1String("more than once")));
        saveScreenshot(&wizard, QStringLiteral("configmap-duplicate-key"));
        editor->keyEdit(3)->setText(QStringLiteral("extra"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        saveScreenshot(&wizard, QStringLiteral("configmap-data"));

        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.reviewPage()->isComplete(), 20000);
        saveScreenshot(&wizard, QStringLiteral("configmap-review"));
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(30000));

        const QJsonObject configMap
            = kubectlGet(QStringLiteral("configmap"), QStringLiteral("shop-settings"), m_namespace.name());
        const QJsonObject data = field(configMap, "data");
        QCOMPARE(data.value(QLatin1String("app.properties")).toString(), QStringLiteral("color=blue\nsize=large\n"));
        QCOMPARE(data.value(QLatin1String("nginx.conf")).toString(), QStringLiteral("server {\n  listen 8080;\n}\n"));
        QCOMPARE(data.value(QLatin1String("extra")).toString(), QStringLiteral("again"));
        QCOMPARE(data.size(), 3);
        const QJsonObject binaryData = field(configMap, "binaryData");
        QCOMPARE(binaryData.size(), 1);
        QCOMPARE(QByteArray::fromBase64(binaryData.value(QLatin1String("logo.bin")).toString().toLatin1()), bytes);
    }

    void overOneMebibyte_refusedBeforeTheServer()
    {
        Ui::ConfigMapWizard wizard(m_session.connection(), m_namespace.name());
        wizard.resize(900, 640);
        wizard.show();
        QTest::keyClicks(wizard.nameField()->edit(), QStringLiteral("too-large"));
        wizard.editor()->addEntry(
            { QStringLiteral("blob"), QByteArray(Ui::ConfigMapWizard::SizeLimit + 1, 'x'), false });
        QVERIFY(!wizard.editor()->isValid());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        const QString problems = wizard.editor()->problems().join(u' ');
        QVERIFY2(problems.contains(QLocale().toString(qint64(1048577)) + QLatin1String(" bytes"))
                && problems.contains(QLatin1String("(1.0 MiB)")),
            qPrintable(problems));
        saveScreenshot(&wizard, QStringLiteral("configmap-too-large"));
    }

private:
    KubeSimSession m_session;
    ScratchNamespace m_namespace { QStringLiteral("it-configmap") };
};

QTEST_MAIN(TestConfigMapWizard)
#include "tst_configmapwizard.moc"
