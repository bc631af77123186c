// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/wizards/resourcewizard.h"

class QCheckBox;
class QLineEdit;
class QTableWidget;

namespace Sextant::Ui {

class ValidatedField;

// A project as KubeSphere makes one: a namespace with a display name and
// description, optionally a ResourceQuota and default container limits
// (LimitRange), and members bound to admin, edit or view.
class ProjectWizard final : public ResourceWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectWizard)
public:
    enum PageId { BasicPage, QuotaPage, LimitsPage, MembersPage, ReviewPageId };

    explicit ProjectWizard(Core::ClusterConnection *connection, QWidget *parent = nullptr);

    QList<Core::PlannedObject> plannedObjects() const override;
    bool loadObjects(const QList<QJsonObject> &objects, QString *whyNot) override;

    ValidatedField *nameField() const { return m_name; }
    QCheckBox *quotaEnabled() const { return m_quotaEnabled; }
    ValidatedField *quotaField(const QString &resource) const { return m_quota.value(resource); }
    QCheckBox *limitsEnabled() const { return m_limitsEnabled; }
    ValidatedField *limitField(const QString &key) const { return m_limits.value(key); }
    QTableWidget *members() const { return m_members; }
    void addMember(const QString &kind, const QString &name, const QString &role);

private:
    QWizardPage *createBasicPage();
    QWizardPage *createQuotaPage();
    QWizardPage *createLimitsPage();
    QWizardPage *createMembersPage();

    ValidatedField *m_name = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_description = nullptr;
    QCheckBox *m_quotaEnabled = nullptr;
    QHash<QString, ValidatedField *> m_quota; // "requests.cpu", ..., "pods"
    QCheckBox *m_limitsEnabled = nullptr;
    QHash<QString, ValidatedField *> m_limits; // "defaultRequest.cpu", "default.memory", ...
    QTableWidget *m_members = nullptr;
};

} // namespace Sextant::Ui
