// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/certs/tlspair.h"
#include "ui/wizards/resourcewizard.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QCheckBox;

namespace Sextant::Core {
class RegistryLogin;
}

namespace Sextant::Ui {

class KeyValueEditor;
class StoreComboBox;
class ValidatedField;

// A Secret of one of three types: Opaque (keys with hidden values, shown per
// key), TLS (certificate and key files, checked with OpenSSL before anything
// is sent: they parse, belong together and are valid now) or image registry
// credentials (kubernetes.io/dockerconfigjson exactly as kubectl builds it,
// with an optional Test login). Values stay in memory: never logged, never
// written to temporary files.
class SecretWizard final : public ResourceWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretWizard)
public:
    enum PageId { BasicPage, OpaquePage, TlsPage, RegistryPage, ReviewPageId };
    enum class Type { Opaque, Tls, Registry };
    static constexpr qint64 SizeLimit = 1024 * 1024;

    SecretWizard(Core::ClusterConnection *connection, const QString &namespaceName, QWidget *parent = nullptr);
    ~SecretWizard() override;

    QList<Core::PlannedObject> plannedObjects() const override;
    bool loadObjects(const QList<QJsonObject> &objects, QString *whyNot) override;

    Type type() const;
    void setType(Type type);

    ValidatedField *nameField() const { return m_name; }
    StoreComboBox *project() const { return m_project; }
    QComboBox *typeBox() const { return m_type; }
    KeyValueEditor *editor() const { return m_editor; }
    // TLS
    void setCertificateFile(const QString &path);
    void setKeyFile(const QString &path);
    const Core::TlsPairCheck &tlsCheck() const { return m_tlsCheck; }
    QLabel *tlsSummary() const { return m_tlsSummary; }
    // Registry
    ValidatedField *serverField() const { return m_server; }
    ValidatedField *usernameField() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *emailEdit() const { return m_email; }
    QPushButton *testLoginButton() const { return m_testLogin; }
    QLabel *loginStatus() const { return m_loginStatus; }
    Core::RegistryLogin *registryLogin() const { return m_login; }

private:
    QWizardPage *createBasicPage(const QString &namespaceName);
    QWizardPage *createOpaquePage();
    QWizardPage *createTlsPage();
    QWizardPage *createRegistryPage();
    QWidget *fileRow(QLineEdit *path, const QString &title, std::function<void(const QString &)> chosen);
    void loadPemFile(const QString &path, QByteArray *target, QLineEdit *pathEdit);
    void recheckTls();
    void startTestLogin();

    ValidatedField *m_name = nullptr;
    StoreComboBox *m_project = nullptr;
    QComboBox *m_type = nullptr;
    KeyValueEditor *m_editor = nullptr;
    QLineEdit *m_certificatePath = nullptr;
    QLineEdit *m_keyPath = nullptr;
    QByteArray m_certificatePem;
    QByteArray m_keyPem;
    QString m_tlsFileProblem;
    Core::TlsPairCheck m_tlsCheck;
    QLabel *m_tlsSummary = nullptr;
    QWizardPage *m_tlsPage = nullptr;
    ValidatedField *m_server = nullptr;
    ValidatedField *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_showPassword = nullptr;
    QLineEdit *m_email = nullptr;
    QPushButton *m_testLogin = nullptr;
    QLabel *m_loginStatus = nullptr;
    Core::RegistryLogin *m_login = nullptr;
};

} // namespace Sextant::Ui
