// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/workloadwizard/rowlist.h"

#include <QPointer>
#include <QString>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Sextant::Ui {

class LiveObjectCombo;
class ProjectStores;
class StoreComboBox;
class ValidatedField;

// The "type" of a VolumeRow's JSON.
namespace VolumeType {
inline const QString NewClaim = QStringLiteral("newClaim");
inline const QString Claim = QStringLiteral("claim");
inline const QString ConfigMap = QStringLiteral("configMap");
inline const QString Secret = QStringLiteral("secret");
inline const QString EmptyDir = QStringLiteral("emptyDir");
inline const QString HostPath = QStringLiteral("hostPath");
} // namespace VolumeType

// A volume of the pod: a new claim (storage class, size, access mode), an
// existing claim, a ConfigMap, a Secret, an empty directory or a path of the
// node (hostPath: path, type).
// JSON: {"name", "type": "newClaim"|"claim"|"configMap"|"secret"|"emptyDir"|"hostPath",
//        "source", "storageClass", "size", "accessMode", "path", "hostPathType"}.
class VolumeRow final : public FormRow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeRow)
public:
    VolumeRow(ProjectStores *stores, QWidget *parent = nullptr);

    ValidatedField *name() const { return m_name; }
    QComboBox *type() const { return m_type; }
    LiveObjectCombo *source() const { return m_source; }
    StoreComboBox *storageClass() const { return m_storageClass; }
    ValidatedField *size() const { return m_size; }
    QComboBox *accessMode() const { return m_accessMode; }
    ValidatedField *hostPath() const { return m_hostPath; }
    // Data: the hostPath type, empty for unset.
    QComboBox *hostPathType() const { return m_hostPathType; }
    void setType(const QString &type);
    QString typeName() const;

    QJsonValue toJson() const override;
    void load(const QJsonValue &value) override;
    bool isValid() const override;

private:
    void typeChanged();

    QPointer<ProjectStores> m_stores;
    ValidatedField *m_name = nullptr;
    QComboBox *m_type = nullptr;
    LiveObjectCombo *m_source = nullptr;
    QWidget *m_claimFields = nullptr;
    StoreComboBox *m_storageClass = nullptr;
    ValidatedField *m_size = nullptr;
    QComboBox *m_accessMode = nullptr;
    QWidget *m_hostFields = nullptr;
    ValidatedField *m_hostPath = nullptr;
    QComboBox *m_hostPathType = nullptr;
};

// Where a volume appears in a container.
// JSON: {"container", "volume", "mountPath", "readOnly", "subPath"}.
class MountRow final : public FormRow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MountRow)
public:
    explicit MountRow(QWidget *parent = nullptr);

    QComboBox *container() const { return m_container; }
    QComboBox *volume() const { return m_volume; }
    ValidatedField *path() const { return m_path; }
    QCheckBox *readOnly() const { return m_readOnly; }
    QLineEdit *subPath() const { return m_subPath; }
    void setChoices(const QStringList &containers, const QStringList &volumes);

    QJsonValue toJson() const override;
    void load(const QJsonValue &value) override;
    bool isValid() const override;

private:
    QComboBox *m_container = nullptr;
    QComboBox *m_volume = nullptr;
    ValidatedField *m_path = nullptr;
    QCheckBox *m_readOnly = nullptr;
    QLineEdit *m_subPath = nullptr;
};

} // namespace Sextant::Ui
