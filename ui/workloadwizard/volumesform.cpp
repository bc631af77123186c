// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/volumesform.h"

#include "ui/wizards/validatedfield.h"
#include "ui/workloadwizard/projectstores.h"

#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {
QJsonObject claimSpec(const QJsonObject &row)
{
    QJsonObject spec {
        { QStringLiteral("accessModes"), QJsonArray { row.value(QLatin1String("accessMode")) } },
        { QStringLiteral("resources"),
            QJsonObject { { QStringLiteral("requests"),
                QJsonObject { { QStringLiteral("storage"), row.value(QLatin1String("size")) } } } } },
    };
    if (!row.value(QLatin1String("storageClass")).toString().isEmpty()) {
        spec.insert(QStringLiteral("storageClassName"), row.value(QLatin1String("storageClass")));
    }
    return spec;
}

QJsonObject claimRow(const QString &name, const QJsonObject &spec)
{
    return {
        { QStringLiteral("name"), name },
        { QStringLiteral("type"), VolumeType::NewClaim },
        { QStringLiteral("storageClass"), spec.value(QLatin1String("storageClassName")) },
        { QStringLiteral("size"),
            spec.value(QLatin1String("resources"))
                .toObject()
                .value(QLatin1String("requests"))
                .toObject()
                .value(QLatin1String("storage")) },
        { QStringLiteral("accessMode"), spec.value(QLatin1String("accessModes")).toArray().at(0) },
    };
}
} // namespace

VolumesForm::VolumesForm(ProjectStores *stores, QWidget *parent)
    : QWidget(parent)
    , m_stores(stores)
    , m_volumes(
          new RowList([stores](QWidget *parent) { return new VolumeRow(stores, parent); }, tr("Add &volume"), this))
    , m_mounts(new RowList([](QWidget *parent) { return new MountRow(parent); }, tr("Add &mount"), this))
    , m_claimHint(new QLabel(this))
    , m_hostPathWarning(new QLabel(this))
{
    m_claimHint->setWordWrap(true);
    m_claimHint->hide();
    m_hostPathWarning->setWordWrap(true);
    m_hostPathWarning->setText(tr("A node path (hostPath) gives the pod access to the node's own filesystem: "
                                  "it can read and change files of the node and of other pods, and its data "
                                  "stays on that one node. Prefer a claim unless the pod must see the node."));
    m_hostPathWarning->setStyleSheet(QStringLiteral("color: #b35900;"));
    m_hostPathWarning->hide();
    auto *volumes = new QGroupBox(tr("Volumes"), this);
    auto *volumesLayout = new QVBoxLayout(volumes);
    volumesLayout->addWidget(m_volumes);
    volumesLayout->addWidget(m_claimHint);
    volumesLayout->addWidget(m_hostPathWarning);
    auto *mounts = new QGroupBox(tr("Mounts (container, volume, path, sub-path)"), this);
    auto *mountsLayout = new QVBoxLayout(mounts);
    mountsLayout->addWidget(m_mounts);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(volumes);
    layout->addWidget(mounts);
    layout->addStretch(1);

    connect(m_volumes, &RowList::changed, this, [this] {
        refreshChoices();
        Q_EMIT changed();
    });
    connect(m_mounts, &RowList::changed, this, &VolumesForm::changed);
    connect(m_mounts->addButton(), &QAbstractButton::clicked, this, &VolumesForm::refreshChoices);
    setKind(QStringLiteral("Deployment"));
}

void VolumesForm::setKind(const QString &kind)
{
    m_kind = kind;
    m_claimHint->setText(kind == QLatin1String("StatefulSet")
            ? tr("A new claim becomes a claim template: every pod gets its own volume, kept when the pod is replaced.")
            : tr("A new claim is created before the workload and shared by its pods (ReadWriteOnce: pods on one "
                 "node)."));
}

void VolumesForm::setContainerNames(const QStringList &names)
{
    m_containerNames = names;
    refreshChoices();
}

void VolumesForm::refreshChoices()
{
    QStringList volumeNames;
    bool hostPath = false;
    bool newClaim = false;
    for (const VolumeRow *row : m_volumes->rowsAs<VolumeRow>()) {
        volumeNames.append(row->name()->text());
        hostPath = hostPath || row->typeName() == VolumeType::HostPath;
        newClaim = newClaim || row->typeName() == VolumeType::NewClaim;
    }
    // Each note speaks of a volume type in use, not of every type there is.
    m_claimHint->setVisible(newClaim);
    m_hostPathWarning->setVisible(hostPath);
    for (MountRow *row : m_mounts->rowsAs<MountRow>()) {
        row->setChoices(m_containerNames, volumeNames);
    }
}

VolumeRow *VolumesForm::addVolume(const QString &name, const QString &type)
{
    auto *row = static_cast<VolumeRow *>(m_volumes->addRow());
    row->name()->setText(name);
    row->setType(type);
    return row;
}

MountRow *VolumesForm::addMount(const QString &container, const QString &volume, const QString &path)
{
    auto *row = static_cast<MountRow *>(m_mounts->addRow());
    refreshChoices();
    row->load(QJsonObject { { QStringLiteral("container"), container }, { QStringLiteral("volume"), volume },
        { QStringLiteral("mountPath"), path } });
    return row;
}

QString VolumesForm::claimNameOf(const QString &volume) const
{
    return m_workloadName + QLatin1Char('-') + volume;
}

bool VolumesForm::isValid() const
{
    if (!m_volumes->isValid() || !m_mounts->isValid()) {
        return false;
    }
    QStringList names;
    for (const VolumeRow *row : m_volumes->rowsAs<VolumeRow>()) {
        if (names.contains(row->name()->text())) {
            return false;
        }
        names.append(row->name()->text());
    }
    for (const MountRow *row : m_mounts->rowsAs<MountRow>()) {
        if (!names.contains(row->volume()->currentText())
            || (!m_containerNames.isEmpty() && !m_containerNames.contains(row->container()->currentText()))) {
            return false;
        }
    }
    return true;
}

QJsonObject VolumesForm::toJson() const
{
    const bool templates = m_kind == QLatin1String("StatefulSet");
    QJsonArray volumes;
    QJsonArray claimTemplates;
    QJsonArray claims;
    for (const QJsonValue &value : m_volumes->toJson()) {
        const QJsonObject row = value.toObject();
        const QString name = row.value(QLatin1String("name")).toString();
        const QString type = row.value(QLatin1String("type")).toString();
        const QString source = row.value(QLatin1String("source")).toString();
        if (type == VolumeType::NewClaim && templates) {
            claimTemplates.append(
                QJsonObject { { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("name"), name } } },
                    { QStringLiteral("spec"), claimSpec(row) } });
            continue; // the StatefulSet adds the pod volume itself
        }
        QJsonObject volume { { QStringLiteral("name"), name } };
        if (type == VolumeType::NewClaim || type == VolumeType::Claim) {
            const QString claimName = type == VolumeType::NewClaim ? claimNameOf(name) : source;
            volume.insert(
                QStringLiteral("persistentVolumeClaim"), QJsonObject { { QStringLiteral("claimName"), claimName } });
            if (type == VolumeType::NewClaim) {
                claims.append(QJsonObject {
                    { QStringLiteral("apiVersion"), QStringLiteral("v1") },
                    { QStringLiteral("kind"), QStringLiteral("PersistentVolumeClaim") },
                    { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("name"), claimName } } },
                    { QStringLiteral("spec"), claimSpec(row) },
                });
            }
        } else if (type == VolumeType::ConfigMap) {
            volume.insert(QStringLiteral("configMap"), QJsonObject { { QStringLiteral("name"), source } });
        } else if (type == VolumeType::Secret) {
            volume.insert(QStringLiteral("secret"), QJsonObject { { QStringLiteral("secretName"), source } });
        } else if (type == VolumeType::HostPath) {
            QJsonObject hostPath { { QStringLiteral("path"), row.value(QLatin1String("path")) } };
            if (!row.value(QLatin1String("hostPathType")).toString().isEmpty()) {
                hostPath.insert(QStringLiteral("type"), row.value(QLatin1String("hostPathType")));
            }
            volume.insert(QStringLiteral("hostPath"), hostPath);
        } else {
            volume.insert(QStringLiteral("emptyDir"), QJsonObject());
        }
        volumes.append(volume);
    }
    QJsonObject mounts;
    for (const QJsonValue &value : m_mounts->toJson()) {
        QJsonObject mount = value.toObject();
        const QString container = mount.take(QLatin1String("container")).toString();
        mount.insert(QStringLiteral("name"), mount.take(QLatin1String("volume")));
        QJsonArray list = mounts.value(container).toArray();
        list.append(mount);
        mounts.insert(container, list);
    }
    return {
        { QStringLiteral("volumes"), volumes },
        { QStringLiteral("volumeClaimTemplates"), claimTemplates },
        { QStringLiteral("claims"), claims },
        { QStringLiteral("mounts"), mounts },
    };
}

void VolumesForm::load(const QJsonObject &fragment)
{
    QHash<QString, QJsonObject> newClaims; // claim name -> claim
    for (const QJsonValue &claim : fragment.value(QLatin1String("claims")).toArray()) {
        newClaims.insert(
            claim.toObject().value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString(),
            claim.toObject());
    }
    QJsonArray rows;
    for (const QJsonValue &value : fragment.value(QLatin1String("volumes")).toArray()) {
        const QJsonObject volume = value.toObject();
        const QString name = volume.value(QLatin1String("name")).toString();
        QJsonObject row { { QStringLiteral("name"), name } };
        if (volume.contains(QLatin1String("persistentVolumeClaim"))) {
            const QString claimName = volume.value(QLatin1String("persistentVolumeClaim"))
                                          .toObject()
                                          .value(QLatin1String("claimName"))
                                          .toString();
            if (newClaims.contains(claimName)) {
                row = claimRow(name, newClaims.value(claimName).value(QLatin1String("spec")).toObject());
            } else {
                row.insert(QStringLiteral("type"), VolumeType::Claim);
                row.insert(QStringLiteral("source"), claimName);
            }
        } else if (volume.contains(QLatin1String("configMap"))) {
            row.insert(QStringLiteral("type"), VolumeType::ConfigMap);
            row.insert(QStringLiteral("source"),
                volume.value(QLatin1String("configMap")).toObject().value(QLatin1String("name")));
        } else if (volume.contains(QLatin1String("secret"))) {
            row.insert(QStringLiteral("type"), VolumeType::Secret);
            row.insert(QStringLiteral("source"),
                volume.value(QLatin1String("secret")).toObject().value(QLatin1String("secretName")));
        } else if (volume.contains(QLatin1String("emptyDir"))) {
            row.insert(QStringLiteral("type"), VolumeType::EmptyDir);
        } else if (volume.contains(QLatin1String("hostPath"))) {
            const QJsonObject hostPath = volume.value(QLatin1String("hostPath")).toObject();
            row.insert(QStringLiteral("type"), VolumeType::HostPath);
            row.insert(QStringLiteral("path"), hostPath.value(QLatin1String("path")));
            row.insert(QStringLiteral("hostPathType"), hostPath.value(QLatin1String("type")));
        } else {
            continue; // a kind of volume the form has no place for stays in the YAML only
        }
        rows.append(row);
    }
    for (const QJsonValue &value : fragment.value(QLatin1String("volumeClaimTemplates")).toArray()) {
        const QJsonObject claim = value.toObject();
        rows.append(claimRow(claim.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString(),
            claim.value(QLatin1String("spec")).toObject()));
    }
    m_volumes->load(rows);
    QJsonArray mountRows;
    const QJsonObject mounts = fragment.value(QLatin1String("mounts")).toObject();
    for (auto it = mounts.begin(); it != mounts.end(); ++it) {
        for (const QJsonValue &value : it.value().toArray()) {
            QJsonObject mount = value.toObject();
            mount.insert(QStringLiteral("container"), it.key());
            mount.insert(QStringLiteral("volume"), mount.take(QLatin1String("name")));
            mountRows.append(mount);
        }
    }
    m_mounts->load(mountRows);
    refreshChoices();
}

} // namespace Sextant::Ui
