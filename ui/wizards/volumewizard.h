// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/wizards/resourcewizard.h"

class QCheckBox;
class QComboBox;

namespace Sextant::Ui {

class StoreComboBox;
class ValidatedField;

// A PersistentVolumeClaim: project, storage class (the default marked and
// preselected), size, access modes and volume mode.
class VolumeWizard final : public ResourceWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeWizard)
public:
    enum PageId { ClaimPage, ReviewPageId };

    VolumeWizard(Core::ClusterConnection *connection, const QString &namespaceName, QWidget *parent = nullptr);

    QList<Core::PlannedObject> plannedObjects() const override;
    bool loadObjects(const QList<QJsonObject> &objects, QString *whyNot) override;

    ValidatedField *nameField() const { return m_name; }
    StoreComboBox *project() const { return m_project; }
    StoreComboBox *storageClass() const { return m_storageClass; }
    ValidatedField *sizeField() const { return m_size; }
    QCheckBox *accessMode(const QString &mode) const { return m_accessModes.value(mode); }

private:
    ValidatedField *m_name = nullptr;
    StoreComboBox *m_project = nullptr;
    StoreComboBox *m_storageClass = nullptr;
    ValidatedField *m_size = nullptr;
    QHash<QString, QCheckBox *> m_accessModes;
    QComboBox *m_volumeMode = nullptr;
};

} // namespace Sextant::Ui
