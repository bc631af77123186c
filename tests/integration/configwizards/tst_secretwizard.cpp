// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "configwizardtest.h"
#include "core/certs/registrylogin.h"
#include "ui/configwizards/keyvalueeditor.h"
#include "ui/configwizards/secretwizard.h"
#include "ui/wizards/storecombobox.h"
#include "ui/wizards/validatedfield.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolButton>

using namespace Sextant;

namespace {
bool openssl(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral("openssl"), args);
    return process.waitForFinished(60000) && process.exitCode() == 0;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray secretValue(const QJsonObject &secret, const QString &key)
{
    return QByteArray::fromBase64(field(secret, "data").value(key).toString().toLatin1());
}
} // namespace

// The Secret wizard's three types against kube-sim, kubectl as the witness.
class TestSecretWizard final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        QVERIFY(m_session.waitConnected());
        QVERIFY(m_namespace.isCreated());
        QVERIFY(m_dir.isValid());
        // Two pairs made with the openssl CLI, as a user would.
        for (const char *name : { "web", "other" }) {
            const QString base = m_dir.filePath(QLatin1String(name));
            QVERIFY(openssl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                base + QStringLiteral(".key"), QStringLiteral("-out"), base + QStringLiteral(".crt"),
                QStringLiteral("-days"), QStringLiteral("90"), QStringLiteral("-subj"),
                QStringLiteral("/CN=%1.example.com").arg(QLatin1String(name)), QStringLiteral("-addext"),
                QStringLiteral("subjectAltName=DNS:%1.example.com").arg(QLatin1String(name)) }));
        }
    }

    void opaque_maskedValuesRevealedPerKey_createdAsTyped()
    {
        Ui::SecretWizard wizard(m_session.connection(), m_namespace.name());
        QSignalSpy created(&wizard, &Ui::ResourceWizard::created);
        wizard.resize(900, 640);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.project()->currentName(), m_namespace.name(), 20000);
        QTest::keyClicks(wizard.nameField()->edit(), QStringLiteral("db-credentials"));
        saveScreenshot(&wizard, QStringLiteral("secret-type"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Ui::SecretWizard::OpaquePage));
        Ui::KeyValueEditor *editor = wizard.editor();
        QTest::keyClicks(editor->keyEdit(0), QStringLiteral("username"));
        QTest::keyClicks(editor->maskedEdit(0), QStringLiteral("shop"));
        editor->addEntry({ QStringLiteral("password"), "p@ss w0rd", false });
        editor->addEntry({ QStringLiteral("init.sql"), "CREATE USER shop;\nGRANT ALL TO shop;\n", false });
        QCOMPARE(editor->maskedEdit(1)->echoMode(), QLineEdit::Password);
        QVERIFY(!editor->isRevealed(1));
        editor->setRevealed(0, true);
        QVERIFY(editor->isRevealed(0));
        QVERIFY(editor->valueEdit(0)->isVisible());
        QCOMPARE(editor->valueEdit(0)->toPlainText(), QStringLiteral("shop"));
        QVERIFY(!editor->valueEdit(1)->isVisible());
        // A multi-line value can't be typed blind: Show to edit it.
        QVERIFY(editor->maskedEdit(2)->isReadOnly());
        saveScreenshot(&wizard, QStringLiteral("secret-opaque"));
        editor->setRevealed(0, false);
        QVERIFY(!editor->valueEdit(0)->isVisible());
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.reviewPage()->isComplete(), 20000);
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(30000));

        const QJsonObject secret
            = kubectlGet(QStringLiteral("secret"), QStringLiteral("db-credentials"), m_namespace.name());
        QCOMPARE(secret.value(QLatin1String("type")).toString(), QStringLiteral("Opaque"));
        QCOMPARE(field(secret, "data").size(), 3);
        QCOMPARE(secretValue(secret, QStringLiteral("username")), QByteArray("shop"));
        QCOMPARE(secretValue(secret, QStringLiteral("password")), QByteArray("p@ss w0rd"));
        QCOMPARE(
            secretValue(secret, QStringLiteral("init.sql")), QByteArray("CREATE USER shop;\nGRANT ALL TO shop;\n"));
    }

    void tls_mismatchedPairRefusedBeforeAnyRequest_matchingPairCreated()
    {
        Ui::SecretWizard wizard(m_session.connection(), m_namespace.name());
        QSignalSpy created(&wizard, &Ui::ResourceWizard::created);
        wizard.resize(900, 640);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.project()->currentName(), m_namespace.name(), 20000);
        QTest::keyClicks(wizard.nameField()->edit(), QStringLiteral("web-tls"));
        wizard.setType(Ui::SecretWizard::Type::Tls);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Ui::SecretWizard::TlsPage));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

        wizard.setCertificateFile(m_dir.filePath(QStringLiteral("web.crt")));
        wizard.setKeyFile(m_dir.filePath(QStringLiteral("other.key")));
        QCOMPARE(wizard.tlsCheck().problem, Core::TlsPairCheck::Problem::KeyMismatch);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard.tlsSummary()->text().contains(QLatin1String("does not belong")));
        QVERIFY(wizard.tlsSummary()->text().contains(QLatin1String("CN=web.example.com")));
        saveScreenshot(&wizard, QStringLiteral("secret-tls-mismatch"));
        // Next stays disabled, so no dry run or create request was made.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Ui::SecretWizard::TlsPage));
        QVERIFY(kubectl({ QStringLiteral("get"), QStringLiteral("secret"), QStringLiteral("web-tls"),
                            QStringLiteral("-n"), m_namespace.name() })
                    .exitCode
            != 0);

        wizard.setKeyFile(m_dir.filePath(QStringLiteral("web.key")));
        QVERIFY2(wizard.tlsCheck().isOk(), qPrintable(wizard.tlsCheck().message));
        QVERIFY(wizard.tlsSummary()->text().contains(QLatin1String("DNS:web.example.com")));
        QVERIFY(wizard.tlsSummary()->text().contains(QLatin1String("expires in")));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        saveScreenshot(&wizard, QStringLiteral("secret-tls"));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.reviewPage()->isComplete(), 20000);
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(30000));

        const QJsonObject secret = kubectlGet(QStringLiteral("secret"), QStringLiteral("web-tls"), m_namespace.name());
        QCOMPARE(secret.value(QLatin1String("type")).toString(), QStringLiteral("kubernetes.io/tls"));
        QCOMPARE(secretValue(secret, QStringLiteral("tls.crt")), readAll(m_dir.filePath(QStringLiteral("web.crt"))));
        QCOMPARE(secretValue(secret, QStringLiteral("tls.key")), readAll(m_dir.filePath(QStringLiteral("web.key"))));
    }

    void registry_equalsKubectlCreateSecretDockerRegistry()
    {
        Ui::SecretWizard wizard(m_session.connection(), m_namespace.name());
        QSignalSpy created(&wizard, &Ui::ResourceWizard::created);
        wizard.resize(900, 640);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.project()->currentName(), m_namespace.name(), 20000);
        QTest::keyClicks(wizard.nameField()->edit(), QStringLiteral("pull-secret"));
        wizard.setType(Ui::SecretWizard::Type::Registry);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Ui::SecretWizard::RegistryPage));
        QTest::keyClicks(wizard.serverField()->edit(), QStringLiteral("registry.example.com:5000"));
        QTest::keyClicks(wizard.usernameField()->edit(), QStringLiteral("deploy"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(wizard.passwordEdit(), QStringLiteral("s3cret&<pass>"));
        QTest::keyClicks(wizard.emailEdit(), QStringLiteral("ops@example.com"));
        QCOMPARE(wizard.passwordEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        // Test login against a port nobody listens on: a clear failure, no password in it.
        wizard.serverField()->setText(QStringLiteral("http://127.0.0.1:9"));
        QSignalSpy login(wizard.registryLogin(), &Core::RegistryLogin::finished);
        wizard.testLoginButton()->click();
        QVERIFY(login.wait(20000));
        QVERIFY(!login.first().at(0).toBool());
        QVERIFY(wizard.loginStatus()->text().contains(QLatin1String("Could not reach 127.0.0.1")));
        QVERIFY(!wizard.loginStatus()->text().contains(QLatin1String("s3cret")));
        saveScreenshot(&wizard, QStringLiteral("secret-registry"));
        wizard.serverField()->setText(QStringLiteral("registry.example.com:5000"));

        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.reviewPage()->isComplete(), 20000);
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(30000));

        QCOMPARE(
            kubectl({ QStringLiteral("create"), QStringLiteral("secret"), QStringLiteral("docker-registry"),
                        QStringLiteral("pull-secret-kubectl"), QStringLiteral("-n"), m_namespace.name(),
                        QStringLiteral("--docker-server=registry.example.com:5000"),
                        QStringLiteral("--docker-username=deploy"), QStringLiteral("--docker-password=s3cret&<pass>"),
                        QStringLiteral("--docker-email=ops@example.com") })
                .exitCode,
            0);
        const QJsonObject ours
            = kubectlGet(QStringLiteral("secret"), QStringLiteral("pull-secret"), m_namespace.name());
        const QJsonObject theirs
            = kubectlGet(QStringLiteral("secret"), QStringLiteral("pull-secret-kubectl"), m_namespace.name());
        QCOMPARE(ours.value(QLatin1String("type")).toString(), QStringLiteral("kubernetes.io/dockerconfigjson"));
        QCOMPARE(ours.value(QLatin1String("type")), theirs.value(QLatin1String("type")));
        QCOMPARE(field(ours, "data").keys(), QStringList { QStringLiteral(".dockerconfigjson") });
        QCOMPARE(field(ours, "data"), field(theirs, "data"));
    }

private:
    KubeSimSession m_session;
    ScratchNamespace m_namespace { QStringLiteral("it-secret") };
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSecretWizard)
#include "tst_secretwizard.moc"
