// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/wizards/resourcewizard.h"

class QCheckBox;
class QComboBox;
class QLabel;

namespace Sextant::Ui {

class KeyValueEditor;
class ValidatedField;

// A StorageClass, for cluster admins: provisioner (those of the existing
// classes offered, any name accepted), its parameters, reclaim policy,
// binding mode, expansion, and the default mark (with a warning when another
// class is the default already). Says on the first page when the user may
// not create storage classes.
class StorageClassWizard final : public ResourceWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageClassWizard)
public:
    enum PageId { ClassPage, ParametersPage, ReviewPageId };
    static constexpr const char *DefaultAnnotation = "storageclass.kubernetes.io/is-default-class";

    explicit StorageClassWizard(Core::ClusterConnection *connection, QWidget *parent = nullptr);

    QList<Core::PlannedObject> plannedObjects() const override;
    bool loadObjects(const QList<QJsonObject> &objects, QString *whyNot) override;

    ValidatedField *nameField() const { return m_name; }
    QComboBox *provisioner() const { return m_provisioner; }
    QComboBox *reclaimPolicy() const { return m_reclaimPolicy; }
    QComboBox *bindingMode() const { return m_bindingMode; }
    QCheckBox *allowExpansion() const { return m_allowExpansion; }
    QCheckBox *makeDefault() const { return m_default; }
    QLabel *defaultWarning() const { return m_defaultWarning; }
    QLabel *permissionNote() const { return m_permission; }
    KeyValueEditor *parameters() const { return m_parameters; }
    // The classes marked default now (from the live store).
    QStringList currentDefaults() const;
    bool creationAllowed() const { return m_allowed; }

private:
    void refreshFromStore();
    void updateDefaultWarning();
    void checkPermission();

    ValidatedField *m_name = nullptr;
    QComboBox *m_provisioner = nullptr;
    QComboBox *m_reclaimPolicy = nullptr;
    QComboBox *m_bindingMode = nullptr;
    QCheckBox *m_allowExpansion = nullptr;
    QCheckBox *m_default = nullptr;
    QLabel *m_defaultWarning = nullptr;
    QLabel *m_permission = nullptr;
    KeyValueEditor *m_parameters = nullptr;
    QWizardPage *m_classPage = nullptr;
    QPointer<Core::ObjectStore> m_store;
    bool m_allowed = true; // until the server says otherwise
};

} // namespace Sextant::Ui
