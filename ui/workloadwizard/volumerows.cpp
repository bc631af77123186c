// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/volumerows.h"

#include "core/metadata/metadatavalidation.h"
#include "ui/wizards/storecombobox.h"
#include "ui/wizards/validatedfield.h"
#include "ui/workloadwizard/fieldrules.h"
#include "ui/workloadwizard/liveobjectcombo.h"
#include "ui/workloadwizard/projectstores.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLineEdit>

namespace Sextant::Ui {

namespace {
bool isDefaultClass(const QJsonObject &storageClass)
{
    const QJsonObject annotations
        = storageClass.value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations")).toObject();
    return annotations.value(QLatin1String("storageclass.kubernetes.io/is-default-class")).toString()
        == QLatin1String("true");
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
    m_type->addItem(tr("New claim"), VolumeType::NewClaim);
    m_type->addItem(tr("Existing claim"), VolumeType::Claim);
    m_type->addItem(tr("ConfigMap"), VolumeType::ConfigMap);
    m_type->addItem(tr("Secret"), VolumeType::Secret);
    m_type->addItem(tr("Empty directory"), VolumeType::EmptyDir);
    m_type->addItem(tr("Node path (hostPath)"), VolumeType::HostPath);
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
    m_claimFields->setVisible(type == VolumeType::NewClaim);
    m_hostFields->setVisible(type == VolumeType::HostPath);
    const bool picksObject = type == VolumeType::Claim || type == VolumeType::ConfigMap || type == VolumeType::Secret;
    m_source->setVisible(picksObject);
    if (m_stores && picksObject) {
        const Core::ResourceRef ref = type == VolumeType::Claim ? ProjectStores::Claims
            : type == VolumeType::Secret                        ? ProjectStores::Secrets
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
    if (type == VolumeType::NewClaim) {
        return m_size->isValid();
    }
    if (type == VolumeType::HostPath) {
        return m_hostPath->isValid();
    }
    return type == VolumeType::EmptyDir || !m_source->currentName().isEmpty();
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

} // namespace Sextant::Ui
