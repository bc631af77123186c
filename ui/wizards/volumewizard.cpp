// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/wizards/volumewizard.h"

#include "core/metadata/metadatavalidation.h"
#include "core/quantity/quantity.h"
#include "core/watch/objectstore.h"
#include "ui/wizards/formpage.h"
#include "ui/wizards/storecombobox.h"
#include "ui/wizards/validatedfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {
const Core::ResourceRef kClaims { QString(), QStringLiteral("v1"), QStringLiteral("persistentvolumeclaims"), true };
const Core::ResourceRef kNamespaces { QString(), QStringLiteral("v1"), QStringLiteral("namespaces"), false };
const Core::ResourceRef kStorageClasses { QStringLiteral("storage.k8s.io"), QStringLiteral("v1"),
    QStringLiteral("storageclasses"), false };
const QStringList kAccessModes { QStringLiteral("ReadWriteOnce"), QStringLiteral("ReadOnlyMany"),
    QStringLiteral("ReadWriteMany"), QStringLiteral("ReadWriteOncePod") };

bool isDefaultClass(const QJsonObject &storageClass)
{
    const QJsonObject annotations
        = storageClass.value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations")).toObject();
    for (const char *key :
        { "storageclass.kubernetes.io/is-default-class", "storageclass.beta.kubernetes.io/is-default-class" }) {
        if (annotations.value(QLatin1String(key)).toString() == QLatin1String("true")) {
            return true;
        }
    }
    return false;
}

QStringList sizeProblems(const QString &text)
{
    const std::optional<Core::Quantity> size = Core::Quantity::parse(text);
    if (!size) {
        return { QCoreApplication::translate("Sextant::Ui::VolumeWizard", "must be a size such as 10Gi or 500Mi") };
    }
    if (size->isZero() || size->milliValue() < 0) {
        return { QCoreApplication::translate("Sextant::Ui::VolumeWizard", "must be greater than zero") };
    }
    return {};
}
} // namespace

VolumeWizard::VolumeWizard(Core::ClusterConnection *connection, const QString &namespaceName, QWidget *parent)
    : ResourceWizard(connection, parent)
{
    setWindowTitle(tr("Create volume"));
    auto *page = new FormPage(tr("Persistent volume claim"),
        tr("Storage for a workload. The storage class decides where the volume comes from; the cluster's "
           "default class is preselected."));
    m_name = new ValidatedField(&Core::MetadataValidation::dns1123Subdomain, page);
    m_name->edit()->setAccessibleName(tr("Name"));
    m_name->edit()->setPlaceholderText(tr("e.g. postgres-data"));
    m_project = new StoreComboBox(page);
    m_project->setAccessibleName(tr("Project"));
    m_storageClass = new StoreComboBox(page);
    m_storageClass->setAccessibleName(tr("Storage class"));
    m_size = new ValidatedField(&sizeProblems, page);
    m_size->setText(QStringLiteral("10Gi"));
    m_size->edit()->setAccessibleName(tr("Size"));
    auto *modes = new QVBoxLayout;
    for (const QString &mode : kAccessModes) {
        auto *box = new QCheckBox(mode, page);
        box->setChecked(mode == kAccessModes.first());
        modes->addWidget(box);
        m_accessModes.insert(mode, box);
    }
    m_volumeMode = new QComboBox(page);
    m_volumeMode->addItems({ QStringLiteral("Filesystem"), QStringLiteral("Block") });
    m_volumeMode->setAccessibleName(tr("Volume mode"));

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Project:"), m_project);
    form->addRow(tr("&Storage class:"), m_storageClass);
    form->addRow(tr("Si&ze:"), m_size);
    form->addRow(tr("Access modes:"), modes);
    form->addRow(tr("&Volume mode:"), m_volumeMode);
    page->addField(m_name);
    page->addField(m_size);
    setPage(ClaimPage, page);
    addReviewPage();

    bindField(0, QStringLiteral("metadata.name"), m_name, ClaimPage);
    bindField(0, QStringLiteral("spec.resources[storage]"), m_size, ClaimPage);
    bindField(0, QStringLiteral("spec.resources.requests[storage]"), m_size, ClaimPage);

    if (connection) {
        m_project->setStore(connection->store(kNamespaces), {},
            [namespaceName](const QJsonObject &ns) { return Core::ObjectStore::keyOf(ns) == namespaceName; });
        m_storageClass->setStore(
            connection->store(kStorageClasses),
            [](const QJsonObject &sc) { return isDefaultClass(sc) ? tr(" (default)") : QString(); }, &isDefaultClass);
    }
}

QList<Core::PlannedObject> VolumeWizard::plannedObjects() const
{
    QJsonArray modes;
    for (const QString &mode : kAccessModes) {
        if (m_accessModes.value(mode)->isChecked()) {
            modes.append(mode);
        }
    }
    QJsonObject spec {
        { QStringLiteral("accessModes"), modes },
        { QStringLiteral("volumeMode"), m_volumeMode->currentText() },
        { QStringLiteral("resources"),
            QJsonObject {
                { QStringLiteral("requests"), QJsonObject { { QStringLiteral("storage"), m_size->text() } } } } },
    };
    if (!m_storageClass->currentName().isEmpty()) {
        spec.insert(QStringLiteral("storageClassName"), m_storageClass->currentName());
    }
    return { { kClaims,
        { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
            { QStringLiteral("kind"), QStringLiteral("PersistentVolumeClaim") },
            { QStringLiteral("metadata"),
                QJsonObject { { QStringLiteral("name"), m_name->text() },
                    { QStringLiteral("namespace"), m_project->currentName() } } },
            { QStringLiteral("spec"), spec } } } };
}

bool VolumeWizard::loadObjects(const QList<QJsonObject> &objects, QString *whyNot)
{
    Q_UNUSED(whyNot)
    const QJsonObject claim = objects.value(0);
    const QJsonObject metadata = claim.value(QLatin1String("metadata")).toObject();
    const QJsonObject spec = claim.value(QLatin1String("spec")).toObject();
    m_name->setText(metadata.value(QLatin1String("name")).toString());
    m_project->selectName(metadata.value(QLatin1String("namespace")).toString());
    m_storageClass->selectName(spec.value(QLatin1String("storageClassName")).toString());
    m_size->setText(spec.value(QLatin1String("resources"))
                        .toObject()
                        .value(QLatin1String("requests"))
                        .toObject()
                        .value(QLatin1String("storage"))
                        .toString());
    const QJsonArray modes = spec.value(QLatin1String("accessModes")).toArray();
    for (const QString &mode : kAccessModes) {
        m_accessModes.value(mode)->setChecked(modes.contains(mode));
    }
    m_volumeMode->setCurrentText(spec.value(QLatin1String("volumeMode")).toString(QStringLiteral("Filesystem")));
    return true;
}

} // namespace Sextant::Ui
