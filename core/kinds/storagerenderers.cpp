// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/kinds/storagerenderers.h"

#include "core/kinds/renderhelpers.h"

namespace Sextant::Core {

using namespace RenderHelpers;

namespace {

// The beta annotation wins over spec.storageClassName, as helper.GetPersistentVolume(Claim)Class does.
QString storageClassOf(const QJsonObject &object)
{
    const QJsonObject annotations = RenderHelpers::object(RenderHelpers::object(object, "metadata"), "annotations");
    if (annotations.contains(QLatin1String("volume.beta.kubernetes.io/storage-class"))) {
        return string(annotations, "volume.beta.kubernetes.io/storage-class");
    }
    return string(RenderHelpers::object(object, "spec"), "storageClassName");
}

QString volumeAttributesClass(const QJsonObject &spec)
{
    return spec.contains(QLatin1String("volumeAttributesClassName")) ? string(spec, "volumeAttributesClassName")
                                                                     : QStringLiteral("<unset>");
}

QString phaseOf(const QJsonObject &object)
{
    return RenderHelpers::object(object, "metadata").contains(QLatin1String("deletionTimestamp"))
        ? QStringLiteral("Terminating")
        : string(RenderHelpers::object(object, "status"), "phase");
}

} // namespace

QList<ColumnSpec> PersistentVolumeClaimRenderer::columns() const
{
    return {
        nameColumn(),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Status"), true),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Volume")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Capacity")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Access modes")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Storage class")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Volume attributes class")),
        ageColumn(),
    };
}

RenderedRow PersistentVolumeClaimRenderer::render(const QJsonObject &claim) const
{
    const QJsonObject spec = object(claim, "spec");
    const QJsonObject status = object(claim, "status");
    const QString volume = string(spec, "volumeName");
    const QString phase = phaseOf(claim);
    // Capacity and modes come from the bound volume, so they stay empty until a volume is named.
    QString capacity;
    QString modes;
    if (!volume.isEmpty()) {
        capacity = string(object(status, "capacity"), "storage");
        if (capacity.isEmpty()) {
            capacity = QStringLiteral("0"); // a zero Quantity, as kubectl prints it
        }
        modes = accessModes(array(status, "accessModes"));
    }
    RenderedRow row;
    row.created = creationTime(claim);
    row.health = phase == QLatin1String("Bound") ? Health::Healthy
        : phase == QLatin1String("Lost")         ? Health::Failed
                                                 : Health::Progressing;
    row.cells = {
        objectName(claim),
        phase,
        volume,
        capacity,
        modes,
        storageClassOf(claim),
        volumeAttributesClass(spec),
        QVariant(),
    };
    return row;
}

QList<ColumnSpec> PersistentVolumeRenderer::columns() const
{
    return {
        nameColumn(),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Capacity")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Access modes")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Reclaim policy")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Status"), true),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Claim")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Storage class")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Volume attributes class")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Reason")),
        ageColumn(),
    };
}

RenderedRow PersistentVolumeRenderer::render(const QJsonObject &volume) const
{
    const QJsonObject spec = object(volume, "spec");
    QString claim;
    if (spec.contains(QLatin1String("claimRef"))) {
        const QJsonObject ref = object(spec, "claimRef");
        claim = string(ref, "namespace") + QLatin1Char('/') + string(ref, "name");
    }
    const QString capacity = string(object(spec, "capacity"), "storage");
    const QString phase = phaseOf(volume);
    RenderedRow row;
    row.created = creationTime(volume);
    row.health = phase == QLatin1String("Bound") || phase == QLatin1String("Available") ? Health::Healthy
        : phase == QLatin1String("Released")                                            ? Health::Warning
        : phase == QLatin1String("Failed")                                              ? Health::Failed
                                                                                        : Health::Progressing;
    row.cells = {
        objectName(volume),
        capacity.isEmpty() ? QStringLiteral("0") : capacity,
        accessModes(array(spec, "accessModes")),
        string(spec, "persistentVolumeReclaimPolicy"),
        phase,
        claim,
        storageClassOf(volume),
        volumeAttributesClass(spec),
        string(object(volume, "status"), "reason"),
        QVariant(),
    };
    return row;
}

QList<ColumnSpec> StorageClassRenderer::columns() const
{
    return {
        nameColumn(),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Provisioner")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Reclaim policy")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Volume binding mode")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Allow expansion")),
        ageColumn(),
    };
}

RenderedRow StorageClassRenderer::render(const QJsonObject &storageClass) const
{
    QString displayName = objectName(storageClass);
    if (annotation(storageClass, "storageclass.kubernetes.io/is-default-class") == QLatin1String("true")
        || annotation(storageClass, "storageclass.beta.kubernetes.io/is-default-class") == QLatin1String("true")) {
        displayName += QStringLiteral(" (default)");
    }
    const QString reclaim = string(storageClass, "reclaimPolicy");
    const QString binding = string(storageClass, "volumeBindingMode");
    RenderedRow row;
    row.created = creationTime(storageClass);
    row.cells = {
        displayName,
        string(storageClass, "provisioner"),
        reclaim.isEmpty() ? QStringLiteral("Delete") : reclaim,
        binding.isEmpty() ? QStringLiteral("Immediate") : binding,
        storageClass.value(QLatin1String("allowVolumeExpansion")).toBool() ? QStringLiteral("true")
                                                                           : QStringLiteral("false"),
        QVariant(),
    };
    return row;
}

} // namespace Sextant::Core
