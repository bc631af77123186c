// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/wizards/resourcewizard.h"

#include <QPointer>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Sextant::Core {
class ObjectStore;
}

namespace Sextant::Ui {

class FormPage;
class IngressBackendPicker;
class IngressRuleEditor;
class StoreComboBox;
class ValidatedField;

// An Ingress (KubeSphere's "app route"): its ingress class (the cluster's
// default marked and preselected), rules of host and paths sent to the
// project's live Services, an optional default backend for the requests no
// rule matches, and TLS hosts with a kubernetes.io/tls Secret of the project,
// or a new one made on the spot with the Secret wizard. It needs at least a
// rule or a default backend, as the apiserver does.
class IngressWizard final : public ResourceWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IngressWizard)
public:
    enum PageId { BasicPage, RulesPage, TlsPage, ReviewPageId };

    // One TLS entry: the hosts it covers ("a.example.com, b.example.com") and the Secret.
    struct TlsRow {
        ValidatedField *hosts = nullptr;
        QComboBox *secret = nullptr; // item data: the secret's name
        QPushButton *remove = nullptr;
    };

    IngressWizard(Core::ClusterConnection *connection, const QString &namespaceName, QWidget *parent = nullptr);

    QList<Core::PlannedObject> plannedObjects() const override;
    bool loadObjects(const QList<QJsonObject> &objects, QString *whyNot) override;

    ValidatedField *nameField() const { return m_name; }
    StoreComboBox *project() const { return m_project; }
    StoreComboBox *ingressClass() const { return m_class; }

    int ruleCount() const { return int(m_rules.size()); }
    IngressRuleEditor *rule(int index) const { return m_rules.value(index); }
    IngressRuleEditor *addRule();
    void removeRule(int index);
    QPushButton *addRuleButton() const { return m_addRule; }

    // The default backend (spec.defaultBackend): written only while the box is checked.
    QGroupBox *defaultBackendBox() const { return m_defaultBackendBox; }
    IngressBackendPicker *defaultBackend() const { return m_defaultBackend; }
    bool hasDefaultBackend() const;
    void setDefaultBackendEnabled(bool enabled);
    // Says why Next waits when there is neither a rule nor a default backend.
    QLabel *noRouteLabel() const { return m_noRoute; }

    int tlsCount() const { return int(m_tls.size()); }
    TlsRow tlsRow(int index) const { return m_tls.value(index); }
    int addTls(const QString &hosts = {}, const QString &secret = {});
    void removeTls(int index);
    QPushButton *addTlsButton() const { return m_addTls; }
    // Opens the Secret wizard for a TLS secret; the one it creates is chosen in the row.
    QPushButton *newSecretButton() const { return m_newSecret; }
    ResourceWizard *openSecretWizard(int tlsIndex);

private:
    QWizardPage *createBasicPage();
    QWizardPage *createRulesPage();
    QWizardPage *createTlsPage();
    void watchProject();
    void refillSecrets(QComboBox *box, const QString &keep = {});
    void rebind();
    void recheckPages();

    ValidatedField *m_name = nullptr;
    StoreComboBox *m_project = nullptr;
    StoreComboBox *m_class = nullptr;
    QVBoxLayout *m_rulesLayout = nullptr;
    QPushButton *m_addRule = nullptr;
    QList<IngressRuleEditor *> m_rules;
    QGroupBox *m_defaultBackendBox = nullptr;
    IngressBackendPicker *m_defaultBackend = nullptr;
    QLabel *m_noRoute = nullptr;
    QVBoxLayout *m_tlsLayout = nullptr;
    QPushButton *m_addTls = nullptr;
    QPushButton *m_newSecret = nullptr;
    QList<TlsRow> m_tls;
    QList<QWidget *> m_tlsWidgets;
    FormPage *m_rulesPage = nullptr;
    FormPage *m_tlsPage = nullptr;
    QString m_watchedProject;
    QPointer<Core::ObjectStore> m_services;
    QPointer<Core::ObjectStore> m_secrets;
};

} // namespace Sextant::Ui
