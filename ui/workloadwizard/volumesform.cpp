// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/volumesform.h"

#include "core/metadata/metadatavalidation.h"
#include "ui/wizards/storecombobox.h"
#include "ui/wizards/validatedfield.h"
#include "ui/workloadwizard/fieldrules.h"
#include "ui/workloadwizard/liveobjectcombo.h"
#include "ui/workloadwizard/projectstores.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {
const QString kNewClaim = QStringLiteral("newClaim");
const QString kClaim = QStringLiteral("claim");
const QString kConfigMap = QStringLiteral("configMap");
const QString kSecret = QStringLiteral("secret");
const QString kEmptyDir = QStringLiteral("emptyDir");
const QString kHostPath = QStringLiteral("hostPath");

bool isDefaultClass(const QJsonObject &storageClass)
{
    const QJsonObject annotations
        = storageClass.value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations")).toObject();
    return annotations.value(QLatin1String("storageclass.kubernetes.io/is-default-class")).toString()
        == QLatin1String("true");
}

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
        { QStringLiteral("type"), kNewClaim },
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

VolumeRow::VolumeRow(ProjectStores *stores, QWidget *parent)
    : FormRow(parent)
    , m_stores(stores)
    , m_name(new ValidatedField(&Core::MetadataValidation::dns1123Label, this))
    , m_type(new QComboBox(this))
    , m_source(new LiveObjectCombo(this))
    , m_claimFields(new QWidget(this))
    , m_storageClass(new StoreComboBox(m_claimFields))
    , m_size(new ValidatedField(&FieldRules::positiveQuantity, m_claimFields))
    , m_accessMode(new QComboBox(m_claimFields))
    , m_hostFields(new QWidget(this))
    , m_hostPath(new ValidatedField(&FieldRules::hostPath, m_hostFields))
    , m_hostPathType(new QComboBox(m_hostFields))
{
    m_name->edit()->setPlaceholderText(tr("volume name"));
    m_name->edit()->setAccessibleName(tr("Volume name"));
    m_type->addItem(tr("New claim"), kNewClaim);
    m_type->addItem(tr("Existing claim"), kClaim);
    m_type->addItem(tr("ConfigMap"), kConfigMap);
    m_type->addItem(tr("Secret"), kSecret);
    m_type->addItem(tr("Empty directory"), kEmptyDir);
    m_type->addItem(tr("Node path (hostPath)"), kHostPath);
    m_type->setAccessibleName(tr("Volume type"));
    m_source->setAccessibleName(tr("Source"));
    m_storageClass->setAccessibleName(tr("Storage class"));
    m_size->setText(QStringLiteral("1Gi"));
    m_size->edit()->setAccessibleName(tr("Size"));
    m_size->edit()->setMaximumWidth(90);
    m_accessMode->addItems({ QStringLiteral("ReadWriteOnce"), QStringLiteral("ReadWriteMany"),
        QStringLiteral("ReadOnlyMany"), QStringLiteral("ReadWriteOncePod") });
    m_accessMode->setAccessibleName(tr("Access mode"));
    m_hostPath->edit()->setPlaceholderText(tr("path on the node, e.g. /var/log"));
    m_hostPath->edit()->setAccessibleName(tr("Node path"));
    m_hostPathType->addItem(tr("Any (no check)"), QString());
    for (const char *type :
        { "DirectoryOrCreate", "Directory", "FileOrCreate", "File", "Socket", "CharDevice", "BlockDevice" }) {
        m_hostPathType->addItem(QLatin1String(type), QLatin1String(type));
    }
    m_hostPathType->setAccessibleName(tr("Node path type"));
    auto *host = new QHBoxLayout(m_hostFields);
    host->setContentsMargins(0, 0, 0, 0);
    host->addWidget(m_hostPath, 3, Qt::AlignTop);
    host->addWidget(m_hostPathType, 1, Qt::AlignTop);
    auto *claim = new QHBoxLayout(m_claimFields);
    claim->setContentsMargins(0, 0, 0, 0);
    claim->addWidget(m_storageClass, 2, Qt::AlignTop);
    claim->addWidget(m_size, 1, Qt::AlignTop);
    claim->addWidget(m_accessMode, 1, Qt::AlignTop);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // What a type needs shows in one place, so names and types line up across rows of any type.
    auto *details = new QWidget(this);
    auto *detailsLayout = new QHBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_source, 1, Qt::AlignTop);
    detailsLayout->addWidget(m_claimFields, 1, Qt::AlignTop);
    detailsLayout->addWidget(m_hostFields, 1, Qt::AlignTop);
    layout->addWidget(m_name, 2, Qt::AlignTop);
    layout->addWidget(m_type, 1, Qt::AlignTop);
    layout->addWidget(details, 5, Qt::AlignTop);

    connect(m_name, &ValidatedField::validityChanged, this, &FormRow::changed);
    connect(m_type, &QComboBox::currentIndexChanged, this, &VolumeRow::typeChanged);
    connect(m_source, &QComboBox::currentIndexChanged, this, &FormRow::changed);
    connect(m_size, &ValidatedField::validityChanged, this, &FormRow::changed);
    connect(m_hostPath, &ValidatedField::validityChanged, this, &FormRow::changed);
    connect(m_hostPathType, &QComboBox::currentIndexChanged, this, &FormRow::changed);
    if (m_stores) {
        connect(m_stores, &ProjectStores::namespaceChanged, this, &VolumeRow::typeChanged);
        m_storageClass->setStore(
            m_stores->store(ProjectStores::StorageClasses),
            [](const QJsonObject &sc) { return isDefaultClass(sc) ? tr(" (default)") : QString(); }, &isDefaultClass);
    }
    typeChanged();
}

void VolumeRow::setType(const QString &type)
{
    m_type->setCurrentIndex(m_type->findData(type));
}

QString VolumeRow::typeName() const
{
    return m_type->currentData().toString();
}

void VolumeRow::typeChanged()
{
    const QString type = m_type->currentData().toString();
    m_claimFields->setVisible(type == kNewClaim);
    m_hostFields->setVisible(type == kHostPath);
    const bool picksObject = type == kClaim || type == kConfigMap || type == kSecret;
    m_source->setVisible(picksObject);
    if (m_stores && picksObject) {
        const Core::ResourceRef ref = type == kClaim ? ProjectStores::Claims
            : type == kSecret                        ? ProjectStores::Secrets
                                                     : ProjectStores::ConfigMaps;
        m_source->setStore(m_stores->store(ref));
    }
    Q_EMIT changed();
}

QJsonValue VolumeRow::toJson() const
{
    return QJsonObject {
        { QStringLiteral("name"), m_name->text() },
        { QStringLiteral("type"), m_type->currentData().toString() },
        { QStringLiteral("source"), m_source->currentName() },
        { QStringLiteral("storageClass"), m_storageClass->currentName() },
        { QStringLiteral("size"), m_size->text() },
        { QStringLiteral("accessMode"), m_accessMode->currentText() },
        { QStringLiteral("path"), m_hostPath->text() },
        { QStringLiteral("hostPathType"), m_hostPathType->currentData().toString() },
    };
}

void VolumeRow::load(const QJsonValue &value)
{
    const QJsonObject row = value.toObject();
    m_name->setText(row.value(QLatin1String("name")).toString());
    m_source->selectName(row.value(QLatin1String("source")).toString());
    setType(row.value(QLatin1String("type")).toString());
    if (row.contains(QLatin1String("storageClass"))) {
        m_storageClass->selectName(row.value(QLatin1String("storageClass")).toString());
    }
    if (row.contains(QLatin1String("size"))) {
        m_size->setText(row.value(QLatin1String("size")).toString());
    }
    if (row.contains(QLatin1String("accessMode"))) {
        m_accessMode->setCurrentText(row.value(QLatin1String("accessMode")).toString());
    }
    m_hostPath->setText(row.value(QLatin1String("path")).toString());
    const QString hostPathType = row.value(QLatin1String("hostPathType")).toString();
    if (m_hostPathType->findData(hostPathType) < 0) {
        m_hostPathType->addItem(hostPathType, hostPathType); // the server names it; kept as given
    }
    m_hostPathType->setCurrentIndex(m_hostPathType->findData(hostPathType));
}

bool VolumeRow::isValid() const
{
    const QString type = m_type->currentData().toString();
    if (!m_name->isValid()) {
        return false;
    }
    if (type == kNewClaim) {
        return m_size->isValid();
    }
    if (type == kHostPath) {
        return m_hostPath->isValid();
    }
    return type == kEmptyDir || !m_source->currentName().isEmpty();
}

MountRow::MountRow(QWidget *parent)
    : FormRow(parent)
    , m_container(new QComboBox(this))
    , m_volume(new QComboBox(this))
    , m_path(new ValidatedField(&FieldRules::absolutePath, this))
    , m_readOnly(new QCheckBox(tr("Read-only"), this))
    , m_subPath(new QLineEdit(this))
{
    m_container->setAccessibleName(tr("Container"));
    m_volume->setAccessibleName(tr("Volume"));
    m_path->edit()->setPlaceholderText(tr("/data"));
    m_path->edit()->setAccessibleName(tr("Mount path"));
    m_subPath->setPlaceholderText(tr("sub-path (optional)"));
    m_subPath->setAccessibleName(tr("Sub-path"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_container, 2, Qt::AlignTop);
    layout->addWidget(m_volume, 2, Qt::AlignTop);
    layout->addWidget(m_path, 3, Qt::AlignTop);
    layout->addWidget(m_subPath, 2, Qt::AlignTop);
    layout->addWidget(m_readOnly, 0, Qt::AlignTop);
    connect(m_container, &QComboBox::currentTextChanged, this, &FormRow::changed);
    connect(m_volume, &QComboBox::currentTextChanged, this, &FormRow::changed);
    connect(m_path, &ValidatedField::validityChanged, this, &FormRow::changed);
    connect(m_readOnly, &QCheckBox::toggled, this, &FormRow::changed);
    connect(m_subPath, &QLineEdit::textChanged, this, &FormRow::changed);
}

void MountRow::setChoices(const QStringList &containers, const QStringList &volumes)
{
    for (const auto &[box, items] : { std::pair { m_container, containers }, std::pair { m_volume, volumes } }) {
        const QString keep = box->currentText();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItems(items);
        if (!keep.isEmpty() && !items.contains(keep)) {
            box->addItem(keep); // named in YAML, or renamed since: kept, and flagged by isValid()
        }
        box->setCurrentText(keep.isEmpty() ? items.value(0) : keep);
    }
}

QJsonValue MountRow::toJson() const
{
    QJsonObject mount {
        { QStringLiteral("container"), m_container->currentText() },
        { QStringLiteral("volume"), m_volume->currentText() },
        { QStringLiteral("mountPath"), m_path->text() },
    };
    if (m_readOnly->isChecked()) {
        mount.insert(QStringLiteral("readOnly"), true);
    }
    if (!m_subPath->text().trimmed().isEmpty()) {
        mount.insert(QStringLiteral("subPath"), m_subPath->text().trimmed());
    }
    return mount;
}

void MountRow::load(const QJsonValue &value)
{
    const QJsonObject mount = value.toObject();
    for (const auto &[box, key] :
        { std::pair { m_container, QStringLiteral("container") }, std::pair { m_volume, QStringLiteral("volume") } }) {
        const QString text = mount.value(key).toString();
        if (box->findText(text) < 0) {
            box->addItem(text);
        }
        box->setCurrentText(text);
    }
    m_path->setText(mount.value(QLatin1String("mountPath")).toString());
    m_readOnly->setChecked(mount.value(QLatin1String("readOnly")).toBool());
    m_subPath->setText(mount.value(QLatin1String("subPath")).toString());
}

bool MountRow::isValid() const
{
    return m_path->isValid() && !m_container->currentText().isEmpty() && !m_volume->currentText().isEmpty();
}

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
    m_hostPathWarning->setWordWrap(true);
    m_hostPathWarning->setText(tr("A node path (hostPath) gives the pod access to the node's own filesystem: "
                                  "it can read and change files of the node and of other pods, and its data "
                                  "stays on that one node. Prefer a claim unless the pod must see the node."));
    m_hostPathWarning->setStyleSheet(QStringLiteral("color: #b35900;"));
    m_hostPathWarning->hide();
    auto *volumes = new QGroupBox(tr("Volumes"), this);
    auto *volumesLayout = new QVBoxLayout(volumes);
    volumesLayout->addWidget(m_claimHint);
    volumesLayout->addWidget(m_volumes);
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
    for (const VolumeRow *row : m_volumes->rowsAs<VolumeRow>()) {
        volumeNames.append(row->name()->text());
        hostPath = hostPath || row->typeName() == kHostPath;
    }
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
        if (type == kNewClaim && templates) {
            claimTemplates.append(
                QJsonObject { { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("name"), name } } },
                    { QStringLiteral("spec"), claimSpec(row) } });
            continue; // the StatefulSet adds the pod volume itself
        }
        QJsonObject volume { { QStringLiteral("name"), name } };
        if (type == kNewClaim || type == kClaim) {
            const QString claimName = type == kNewClaim ? claimNameOf(name) : source;
            volume.insert(
                QStringLiteral("persistentVolumeClaim"), QJsonObject { { QStringLiteral("claimName"), claimName } });
            if (type == kNewClaim) {
                claims.append(QJsonObject {
                    { QStringLiteral("apiVersion"), QStringLiteral("v1") },
                    { QStringLiteral("kind"), QStringLiteral("PersistentVolumeClaim") },
                    { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("name"), claimName } } },
                    { QStringLiteral("spec"), claimSpec(row) },
                });
            }
        } else if (type == kConfigMap) {
            volume.insert(QStringLiteral("configMap"), QJsonObject { { QStringLiteral("name"), source } });
        } else if (type == kSecret) {
            volume.insert(QStringLiteral("secret"), QJsonObject { { QStringLiteral("secretName"), source } });
        } else if (type == kHostPath) {
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
                row.insert(QStringLiteral("type"), kClaim);
                row.insert(QStringLiteral("source"), claimName);
            }
        } else if (volume.contains(QLatin1String("configMap"))) {
            row.insert(QStringLiteral("type"), kConfigMap);
            row.insert(QStringLiteral("source"),
                volume.value(QLatin1String("configMap")).toObject().value(QLatin1String("name")));
        } else if (volume.contains(QLatin1String("secret"))) {
            row.insert(QStringLiteral("type"), kSecret);
            row.insert(QStringLiteral("source"),
                volume.value(QLatin1String("secret")).toObject().value(QLatin1String("secretName")));
        } else if (volume.contains(QLatin1String("emptyDir"))) {
            row.insert(QStringLiteral("type"), kEmptyDir);
        } else if (volume.contains(QLatin1String("hostPath"))) {
            const QJsonObject hostPath = volume.value(QLatin1String("hostPath")).toObject();
            row.insert(QStringLiteral("type"), kHostPath);
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
