// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/configwizards/secretwizard.h"

#include "core/certs/dockerconfigjson.h"
#include "core/certs/registrylogin.h"
#include "core/metadata/metadatavalidation.h"
#include "core/watch/objectstore.h"
#include "core/yaml/yamldocument.h"
#include "ui/configwizards/configwizardsupport.h"
#include "ui/configwizards/keyvalueeditor.h"
#include "ui/wizards/formpage.h"
#include "ui/wizards/storecombobox.h"
#include "ui/wizards/validatedfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {
const Core::ResourceRef kSecrets { QString(), QStringLiteral("v1"), QStringLiteral("secrets"), true };
const QString kOpaque = QStringLiteral("Opaque");
const QString kTlsType = QStringLiteral("kubernetes.io/tls");
const QString kRegistryType = QStringLiteral("kubernetes.io/dockerconfigjson");
const QString kDockerConfigKey = QStringLiteral(".dockerconfigjson");
// A PEM certificate chain or key is a few KiB; anything this large is another file.
constexpr qint64 kMaxPemFile = 1024 * 1024;

QStringList requiredProblems(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        return { QCoreApplication::translate("Sextant::Ui::SecretWizard", "required") };
    }
    return {};
}

QStringList serverProblems(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        return { QCoreApplication::translate("Sextant::Ui::SecretWizard", "required") };
    }
    if (text.contains(QLatin1Char(' '))) {
        return { QCoreApplication::translate("Sextant::Ui::SecretWizard", "must not contain spaces") };
    }
    return {};
}

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray decoded(const QJsonObject &data, const QString &key)
{
    return QByteArray::fromBase64(data.value(key).toString().toLatin1());
}

void colour(QLabel *label, bool problem)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
        problem ? ConfigWizardSupport::problemColour() : label->parentWidget()->palette().color(QPalette::WindowText));
    label->setPalette(palette);
}
} // namespace

SecretWizard::SecretWizard(Core::ClusterConnection *connection, const QString &namespaceName, QWidget *parent)
    : ResourceWizard(connection, parent)
    , m_login(new Core::RegistryLogin(this))
{
    setWindowTitle(tr("Create secret"));
    setPage(BasicPage, createBasicPage(namespaceName));
    setPage(OpaquePage, createOpaquePage());
    setPage(TlsPage, createTlsPage());
    setPage(RegistryPage, createRegistryPage());
    addReviewPage();
    bindField(0, QStringLiteral("metadata.name"), m_name, BasicPage);
    connect(m_login, &Core::RegistryLogin::finished, this, [this](bool ok, const QString &message) {
        m_testLogin->setEnabled(true);
        m_loginStatus->setText(message);
        colour(m_loginStatus, !ok);
    });
}

SecretWizard::~SecretWizard() = default;

QWizardPage *SecretWizard::createBasicPage(const QString &namespaceName)
{
    auto *page = new FormPage(tr("Secret"),
        tr("Passwords, keys and certificates for workloads. Values are sent to the cluster only when you "
           "press Create, and never written to disk or logs by Sextant."));
    m_name = new ValidatedField(&Core::MetadataValidation::dns1123Subdomain, page);
    m_name->edit()->setAccessibleName(tr("Name"));
    m_name->edit()->setPlaceholderText(tr("e.g. shop-db-password"));
    m_project = new StoreComboBox(page);
    m_project->setAccessibleName(tr("Project"));
    m_type = new QComboBox(page);
    m_type->setAccessibleName(tr("Type"));
    m_type->addItem(tr("Opaque (keys and values)"), kOpaque);
    m_type->addItem(tr("TLS certificate and key"), kTlsType);
    m_type->addItem(tr("Image registry credentials"), kRegistryType);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Project:"), m_project);
    form->addRow(tr("&Type:"), m_type);
    page->addField(m_name);
    page->setNextId([this] {
        switch (type()) {
        case Type::Tls:
            return int(TlsPage);
        case Type::Registry:
            return int(RegistryPage);
        case Type::Opaque:
            break;
        }
        return int(OpaquePage);
    });
    if (connection()) {
        m_project->setStore(connection()->store(ConfigWizardSupport::namespaces()), {},
            [namespaceName](const QJsonObject &ns) { return Core::ObjectStore::keyOf(ns) == namespaceName; });
    }
    return page;
}

QWizardPage *SecretWizard::createOpaquePage()
{
    auto *page = new FormPage(tr("Keys and values"),
        tr("Each value is hidden as you type; Show reveals one key at a time. Files (Add from files) "
           "may hold any bytes."));
    m_editor = new KeyValueEditor(KeyValueEditor::Mode::Masked, page);
    m_editor->setKeyValidator(&ConfigWizardSupport::configKeyProblems);
    m_editor->setSizeLimit(SizeLimit);
    m_editor->addEntry({});
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_editor, 1);
    page->addCheck([this] { return m_editor->isValid() && !m_editor->entries().isEmpty(); });
    connect(m_editor, &KeyValueEditor::changed, page, &QWizardPage::completeChanged);
    page->setNextId([] { return int(ReviewPageId); });
    return page;
}

QWidget *SecretWizard::fileRow(QLineEdit *path, const QString &title, std::function<void(const QString &)> chosen)
{
    auto *row = new QWidget;
    auto *browse = new QPushButton(tr("Browse…"), row);
    browse->setAccessibleName(title);
    connect(browse, &QPushButton::clicked, this, [this, title, chosen] {
        auto *dialog = new QFileDialog(this, title);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setNameFilters({ tr("PEM files (*.pem *.crt *.cer *.key)"), tr("All files (*)") });
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, chosen);
        dialog->open();
    });
    connect(path, &QLineEdit::editingFinished, this, [path, chosen] {
        if (!path->text().isEmpty()) {
            chosen(path->text());
        }
    });
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(path, 1);
    layout->addWidget(browse);
    return row;
}

QWizardPage *SecretWizard::createTlsPage()
{
    auto *page = new FormPage(tr("TLS certificate and key"),
        tr("PEM files, e.g. from your certificate authority or openssl. They are checked here first: the key must "
           "belong to the certificate, and the certificate must be valid now."));
    m_tlsPage = page;
    m_certificatePath = new QLineEdit(page);
    m_certificatePath->setAccessibleName(tr("Certificate file"));
    m_certificatePath->setPlaceholderText(tr("tls.crt: the certificate, optionally followed by its chain"));
    m_keyPath = new QLineEdit(page);
    m_keyPath->setAccessibleName(tr("Private key file"));
    m_keyPath->setPlaceholderText(tr("tls.key: the unencrypted private key"));
    m_tlsSummary = new QLabel(page);
    m_tlsSummary->setTextFormat(Qt::PlainText);
    m_tlsSummary->setWordWrap(true);
    m_tlsSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tlsSummary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *form = new QFormLayout;
    form->addRow(tr("&Certificate:"),
        fileRow(m_certificatePath, tr("Choose the certificate"),
            [this](const QString &path) { setCertificateFile(path); }));
    form->addRow(tr("Private &key:"),
        fileRow(m_keyPath, tr("Choose the private key"), [this](const QString &path) { setKeyFile(path); }));
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_tlsSummary);
    layout->addStretch(1);
    page->addCheck([this] { return m_tlsFileProblem.isEmpty() && m_tlsCheck.isOk() && !m_keyPem.isEmpty(); });
    page->setNextId([] { return int(ReviewPageId); });
    recheckTls();
    return page;
}

QWizardPage *SecretWizard::createRegistryPage()
{
    auto *page = new FormPage(tr("Image registry credentials"),
        tr("For pulling images from a private registry (imagePullSecrets). Stored as kubectl create secret "
           "docker-registry stores it."));
    m_server = new ValidatedField(&serverProblems, page);
    m_server->edit()->setAccessibleName(tr("Registry server"));
    m_server->edit()->setPlaceholderText(tr("e.g. registry.example.com:5000 or https://index.docker.io/v1/"));
    m_username = new ValidatedField(&requiredProblems, page);
    m_username->edit()->setAccessibleName(tr("Username"));
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_showPassword = new QCheckBox(tr("Sho&w"));
    connect(m_showPassword, &QCheckBox::toggled, this,
        [this](bool shown) { m_password->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    // A widget, not a layout, so the form label's mnemonic has a buddy.
    auto *passwordWidget = new QWidget(page);
    auto *passwordRow = new QHBoxLayout(passwordWidget);
    passwordRow->setContentsMargins(0, 0, 0, 0);
    passwordWidget->setFocusProxy(m_password);
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_showPassword);
    m_email = new QLineEdit(page);
    m_email->setAccessibleName(tr("Email"));
    m_email->setPlaceholderText(tr("optional"));
    m_testLogin = new QPushButton(tr("&Test login"), page);
    m_testLogin->setToolTip(tr("Logs in to the registry (Docker Registry API v2) with these credentials."));
    connect(m_testLogin, &QPushButton::clicked, this, &SecretWizard::startTestLogin);
    m_loginStatus = new QLabel(page);
    m_loginStatus->setTextFormat(Qt::PlainText);
    m_loginStatus->setWordWrap(true);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testLogin);
    testRow->addWidget(m_loginStatus, 1);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), passwordWidget);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(QString(), testRow);
    page->addField(m_server);
    page->addField(m_username);
    page->addCheck([this] { return !m_password->text().isEmpty(); });
    connect(m_password, &QLineEdit::textChanged, page, &QWizardPage::completeChanged);
    // New credentials make an earlier verdict stale.
    for (QLineEdit *edit : { m_server->edit(), m_username->edit(), m_password }) {
        connect(edit, &QLineEdit::textEdited, m_loginStatus, &QLabel::clear);
    }
    page->setNextId([] { return int(ReviewPageId); });
    return page;
}

SecretWizard::Type SecretWizard::type() const
{
    const QString type = m_type->currentData().toString();
    if (type == kTlsType) {
        return Type::Tls;
    }
    if (type == kRegistryType) {
        return Type::Registry;
    }
    return Type::Opaque;
}

void SecretWizard::setType(Type type)
{
    m_type->setCurrentIndex(type == Type::Tls ? 1 : (type == Type::Registry ? 2 : 0));
}

void SecretWizard::setCertificateFile(const QString &path)
{
    loadPemFile(path, &m_certificatePem, m_certificatePath);
}

void SecretWizard::setKeyFile(const QString &path)
{
    loadPemFile(path, &m_keyPem, m_keyPath);
}

void SecretWizard::loadPemFile(const QString &path, QByteArray *target, QLineEdit *pathEdit)
{
    pathEdit->setText(path);
    target->clear();
    m_tlsFileProblem.clear();
    const QFileInfo info(path);
    QFile file(path);
    if (info.size() > kMaxPemFile) {
        m_tlsFileProblem = tr("%1 is too large for a PEM certificate or key.").arg(info.fileName());
    } else if (!file.open(QIODevice::ReadOnly)) {
        m_tlsFileProblem = tr("%1 can't be read: %2").arg(info.fileName(), file.errorString());
    } else {
        *target = file.readAll();
    }
    recheckTls();
}

void SecretWizard::recheckTls()
{
    if (!m_tlsFileProblem.isEmpty()) {
        m_tlsCheck = {};
        m_tlsCheck.problem = Core::TlsPairCheck::Problem::CertificateUnreadable;
        m_tlsSummary->setText(m_tlsFileProblem);
        colour(m_tlsSummary, true);
    } else if (m_certificatePem.isEmpty() && m_keyPem.isEmpty()) {
        m_tlsCheck = {};
        m_tlsCheck.problem = Core::TlsPairCheck::Problem::CertificateUnreadable;
        m_tlsSummary->setText(tr("Choose the certificate and its private key."));
        colour(m_tlsSummary, false);
    } else {
        m_tlsCheck = m_keyPem.isEmpty() ? Core::TlsPair::inspectCertificate(m_certificatePem)
                                        : Core::TlsPair::check(m_certificatePem, m_keyPem);
        const Core::CertificateSummary &certificate = m_tlsCheck.certificate;
        QStringList lines;
        if (!certificate.subject.isEmpty() || certificate.notAfter.isValid()) {
            lines.append(tr("Subject: %1").arg(certificate.subject));
            lines.append(tr("Alternative names: %1")
                             .arg(certificate.subjectAltNames.isEmpty()
                                     ? tr("none")
                                     : certificate.subjectAltNames.join(QStringLiteral(", "))));
            const qint64 days = QDateTime::currentDateTimeUtc().daysTo(certificate.notAfter);
            lines.append(tr("Valid from %1 until %2 (%3)")
                             .arg(certificate.notBefore.toString(QStringLiteral("yyyy-MM-dd")),
                                 certificate.notAfter.toString(QStringLiteral("yyyy-MM-dd")),
                                 days >= 0 ? tr("expires in %n day(s)", nullptr, int(days)) : tr("expired")));
            lines.append(tr("Issuer: %1").arg(certificate.issuer));
            if (certificate.chainLength > 1) {
                lines.append(tr("Chain: %n certificate(s) after the first", nullptr, certificate.chainLength - 1));
            }
        }
        if (!m_tlsCheck.isOk()) {
            lines.prepend(m_tlsCheck.message);
        } else if (m_keyPem.isEmpty()) {
            lines.prepend(tr("Now choose the private key."));
        } else {
            lines.prepend(tr("The key belongs to the certificate."));
        }
        m_tlsSummary->setText(lines.join(QLatin1Char('\n')));
        colour(m_tlsSummary, !m_tlsCheck.isOk());
    }
    if (m_tlsPage) {
        Q_EMIT m_tlsPage->completeChanged();
    }
}

void SecretWizard::startTestLogin()
{
    m_testLogin->setEnabled(false);
    m_loginStatus->setText(tr("Logging in…"));
    colour(m_loginStatus, false);
    m_login->test({ m_server->text().trimmed(), m_username->text(), m_password->text(), m_email->text().trimmed() });
}

QList<Core::PlannedObject> SecretWizard::plannedObjects() const
{
    QJsonObject data;
    switch (type()) {
    case Type::Opaque:
        for (const KeyValueEditor::Entry &entry : m_editor->entries()) {
            data.insert(entry.key, base64(entry.value));
        }
        break;
    case Type::Tls:
        data.insert(QStringLiteral("tls.crt"), base64(m_certificatePem));
        data.insert(QStringLiteral("tls.key"), base64(m_keyPem));
        break;
    case Type::Registry:
        data.insert(kDockerConfigKey,
            base64(Core::DockerConfigJson::build(
                { m_server->text().trimmed(), m_username->text(), m_password->text(), m_email->text().trimmed() })));
        break;
    }
    QJsonObject object { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
        { QStringLiteral("kind"), QStringLiteral("Secret") },
        { QStringLiteral("metadata"),
            QJsonObject { { QStringLiteral("name"), m_name->text() },
                { QStringLiteral("namespace"), m_project->currentName() } } },
        { QStringLiteral("type"), m_type->currentData().toString() } };
    if (!data.isEmpty()) {
        object.insert(QStringLiteral("data"), data);
    }
    return { { kSecrets, object } };
}

bool SecretWizard::loadObjects(const QList<QJsonObject> &objects, QString *whyNot)
{
    for (const QJsonObject &object : objects) {
        if (object.value(QLatin1String("kind")).toString() != QLatin1String("Secret")) {
            continue;
        }
        const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
        m_name->setText(metadata.value(QLatin1String("name")).toString());
        m_project->selectName(metadata.value(QLatin1String("namespace")).toString());
        const QString type = object.value(QLatin1String("type")).toString(kOpaque);
        const QJsonObject data = object.value(QLatin1String("data")).toObject();
        if (type == kTlsType) {
            setType(Type::Tls);
            m_tlsFileProblem.clear();
            m_certificatePem = decoded(data, QStringLiteral("tls.crt"));
            m_keyPem = decoded(data, QStringLiteral("tls.key"));
            m_certificatePath->setText(tr("(from the secret)"));
            m_keyPath->setText(tr("(from the secret)"));
            recheckTls();
            return true;
        }
        if (type == kRegistryType) {
            setType(Type::Registry);
            Core::RegistryCredentials credentials;
            if (Core::DockerConfigJson::read(decoded(data, kDockerConfigKey), &credentials)) {
                m_server->setText(credentials.server);
                m_username->setText(credentials.username);
                m_password->setText(credentials.password);
                m_email->setText(credentials.email);
            }
            return true;
        }
        setType(Type::Opaque);
        QList<KeyValueEditor::Entry> entries;
        for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
            const QByteArray value = QByteArray::fromBase64(it.value().toString().toLatin1());
            entries.append({ it.key(), value, Core::firstInvalidUtf8(value) >= 0 });
        }
        m_editor->setEntries(entries);
        if (type != kOpaque) {
            *whyNot = tr("the type %1 (kept as it is)").arg(type);
            return false;
        }
        return true;
    }
    return true;
}

} // namespace Sextant::Ui
