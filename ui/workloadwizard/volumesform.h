// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/workloadwizard/rowlist.h"
#include "ui/workloadwizard/volumerows.h"

#include <QJsonObject>
#include <QPointer>

class QLabel;

namespace Sextant::Ui {

class ProjectStores;

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
