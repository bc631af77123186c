// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/workloadwizard/rowlist.h"

#include <QJsonObject>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Sextant::Ui {

class LiveObjectCombo;
class ProjectStores;
class StoreComboBox;
class ValidatedField;

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

// The pod's volumes and each container's mounts. New claims become
// PersistentVolumeClaims created first ("<workload>-<volume>"), or for a
// StatefulSet volumeClaimTemplates (one claim per pod).
// JSON: {"volumes": [pod volumes], "volumeClaimTemplates": [...],
//        "claims": [PersistentVolumeClaim objects without namespace],
//        "mounts": {"<container>": [volumeMounts]}}; load() takes the same.
class VolumesForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumesForm)
public:
    explicit VolumesForm(ProjectStores *stores, QWidget *parent = nullptr);

    void setKind(const QString &kind);
    void setWorkloadName(const QString &name) { m_workloadName = name; }
    void setContainerNames(const QStringList &names);

    void load(const QJsonObject &fragment);
    QJsonObject toJson() const;
    bool isValid() const;

    RowList *volumes() const { return m_volumes; }
    RowList *mounts() const { return m_mounts; }
    VolumeRow *addVolume(const QString &name, const QString &type);
    MountRow *addMount(const QString &container, const QString &volume, const QString &path);
    QString claimNameOf(const QString &volume) const;
    // Shown while a volume is a hostPath.
    QLabel *hostPathWarning() const { return m_hostPathWarning; }

Q_SIGNALS:
    void changed();

private:
    void refreshChoices();

    QPointer<ProjectStores> m_stores;
    RowList *m_volumes = nullptr;
    RowList *m_mounts = nullptr;
    QLabel *m_claimHint = nullptr;
    QLabel *m_hostPathWarning = nullptr;
    QString m_kind;
    QString m_workloadName;
    QStringList m_containerNames;
};

} // namespace Sextant::Ui
