// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/wizards/resourcewizard.h"

namespace Sextant::Ui {

class KeyValueEditor;
class StoreComboBox;
class ValidatedField;

// A ConfigMap: name, project and its keys. Values are multi-line text; keys
// added from files that are not UTF-8 go to binaryData. The 1 MiB limit is
// shown as the values grow, before the server would refuse.
class ConfigMapWizard final : public ResourceWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigMapWizard)
public:
    enum PageId { DataPage, ReviewPageId };
    static constexpr qint64 SizeLimit = 1024 * 1024; // apiserver's MaxSecretSize, also for ConfigMaps

    ConfigMapWizard(Core::ClusterConnection *connection, const QString &namespaceName, QWidget *parent = nullptr);

    QList<Core::PlannedObject> plannedObjects() const override;
    bool loadObjects(const QList<QJsonObject> &objects, QString *whyNot) override;

    ValidatedField *nameField() const { return m_name; }
    StoreComboBox *project() const { return m_project; }
    KeyValueEditor *editor() const { return m_editor; }

private:
    ValidatedField *m_name = nullptr;
    StoreComboBox *m_project = nullptr;
    KeyValueEditor *m_editor = nullptr;
};

} // namespace Sextant::Ui
