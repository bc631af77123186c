// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/wizards/resourcewizard.h"

#include "core/cluster/clusterconnection.h"
#include "core/liveedit/liveedit.h"
#include "core/watch/objectstore.h"
#include "ui/wizards/reviewpage.h"
#include "ui/wizards/storecombobox.h"
#include "ui/wizards/validatedfield.h"
#include "ui/wizards/wizardheaderfit.h"

#include <QJsonArray>
#include <QLineEdit>

namespace Sextant::Ui {

namespace {
QString bindingKey(int objectIndex, const QString &path)
{
    return QString::number(objectIndex) + QLatin1Char('|') + path;
}

QString kindOf(const QJsonObject &object)
{
    return object.value(QLatin1String("kind")).toString();
}

// The n-th object of a kind in a list (0-based), or an empty object.
QJsonObject nthOfKind(const QList<QJsonObject> &objects, const QString &kind, int n)
{
    for (const QJsonObject &object : objects) {
        if (kindOf(object) == kind && n-- == 0) {
            return object;
        }
    }
    return {};
}

// A JSON merge patch (RFC 7386) that turns before into after: changed values
// set, removed keys null, objects recursed, arrays replaced whole.
QJsonObject mergeDiff(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject patch;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const QJsonValue old = before.value(it.key());
        if (old == it.value()) {
            continue;
        }
        if (old.isObject() && it.value().isObject()) {
            patch.insert(it.key(), mergeDiff(old.toObject(), it.value().toObject()));
        } else {
            patch.insert(it.key(), it.value());
        }
    }
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (!after.contains(it.key())) {
            patch.insert(it.key(), QJsonValue::Null);
        }
    }
    return patch;
}

QJsonObject applyMergePatch(QJsonObject target, const QJsonObject &patch)
{
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (it.value().isNull()) {
            target.remove(it.key());
        } else if (it.value().isObject() && target.value(it.key()).isObject()) {
            target.insert(it.key(), applyMergePatch(target.value(it.key()).toObject(), it.value().toObject()));
        } else {
            target.insert(it.key(), it.value());
        }
    }
    return target;
}

void removeKeys(QJsonObject *object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        object->remove(QLatin1String(key));
    }
}

// Removes keys from the map at object[key]; drops the map when it ends up empty.
void removeFromMap(QJsonObject *object, const char *mapKey, std::initializer_list<const char *> keys)
{
    QJsonObject map = object->value(QLatin1String(mapKey)).toObject();
    if (map.isEmpty()) {
        return;
    }
    removeKeys(&map, keys);
    if (map.isEmpty()) {
        object->remove(QLatin1String(mapKey));
    } else {
        object->insert(QLatin1String(mapKey), map);
    }
}

// What the cluster assigned to the original, which a copy must not claim.
void clearAssigned(const QString &kind, QJsonObject *object, QJsonObject *metadata)
{
    removeFromMap(metadata, "annotations",
        { "pv.kubernetes.io/bind-completed", "pv.kubernetes.io/bound-by-controller",
            "volume.beta.kubernetes.io/storage-provisioner", "volume.kubernetes.io/storage-provisioner",
            "volume.kubernetes.io/selected-node" });
    QJsonObject spec = object->value(QLatin1String("spec")).toObject();
    if (kind == QLatin1String("Service")) {
        // A headless service stays headless; any other gets new addresses.
        if (spec.value(QLatin1String("clusterIP")).toString() != QLatin1String("None")) {
            removeKeys(&spec, { "clusterIP", "clusterIPs" });
        }
        spec.remove(QLatin1String("healthCheckNodePort"));
        QJsonArray ports = spec.value(QLatin1String("ports")).toArray();
        for (auto port = ports.begin(); port != ports.end(); ++port) {
            QJsonObject value = port->toObject();
            value.remove(QLatin1String("nodePort"));
            *port = value;
        }
        if (!ports.isEmpty()) {
            spec.insert(QStringLiteral("ports"), ports);
        }
    } else if (kind == QLatin1String("PersistentVolumeClaim")) {
        spec.remove(QLatin1String("volumeName")); // else it claims the original's volume
    } else if (kind == QLatin1String("PersistentVolume")) {
        spec.remove(QLatin1String("claimRef"));
    } else if (kind == QLatin1String("Pod")) {
        spec.remove(QLatin1String("nodeName"));
    } else if (kind == QLatin1String("StorageClass")) {
        // Two defaults make PVCs without a class ambiguous: the copy starts as a plain class.
        removeFromMap(metadata, "annotations",
            { "storageclass.kubernetes.io/is-default-class", "storageclass.beta.kubernetes.io/is-default-class" });
    } else if (kind == QLatin1String("Job")) {
        // The job controller's selector and labels point at the original's pods.
        const std::initializer_list<const char *> jobLabels { "controller-uid", "batch.kubernetes.io/controller-uid",
            "job-name", "batch.kubernetes.io/job-name" };
        if (!spec.value(QLatin1String("manualSelector")).toBool()) {
            spec.remove(QLatin1String("selector"));
        }
        QJsonObject podTemplate = spec.value(QLatin1String("template")).toObject();
        QJsonObject templateMetadata = podTemplate.value(QLatin1String("metadata")).toObject();
        removeFromMap(&templateMetadata, "labels", jobLabels);
        podTemplate.insert(QStringLiteral("metadata"), templateMetadata);
        spec.insert(QStringLiteral("template"), podTemplate);
        removeFromMap(metadata, "labels", jobLabels);
    }
    if (object->contains(QLatin1String("spec"))) {
        object->insert(QStringLiteral("spec"), spec);
    }
}
} // namespace

ResourceWizard::ResourceWizard(Core::ClusterConnection *connection, QWidget *parent)
    : QWizard(parent)
    , m_connection(connection)
{
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    new WizardHeaderFit(this);
    setMinimumSize(760, 560);
}

void ResourceWizard::addReviewPage()
{
    m_review = new ReviewPage(this);
    addPage(m_review);
}

bool ResourceWizard::startFrom(const QList<QJsonObject> &objects, QString *whyNot, StartMode mode)
{
    if (objects.isEmpty()) {
        *whyNot = tr("There is no object to start from.");
        return false;
    }
    if (mode == StartMode::Edit && objects.size() != 1) {
        *whyNot = tr("Settings are edited one object at a time.");
        return false;
    }
    QList<QJsonObject> cleaned;
    for (const QJsonObject &object : objects) {
        cleaned.append(cleanedForCreation(object, mode));
    }
    QString note;
    const bool mapped = loadObjects(cleaned, &note);

    // Every given object needs a place among the planned ones, else it would
    // silently not be created.
    QHash<QString, int> planned;
    QList<QJsonObject> form;
    for (const Core::PlannedObject &object : plannedObjects()) {
        ++planned[object.kind()];
        form.append(object.object);
    }
    QHash<QString, int> given;
    for (const QJsonObject &object : std::as_const(cleaned)) {
        const QString kind = kindOf(object);
        if (++given[kind] > planned.value(kind)) {
            *whyNot = planned.value(kind) == 0
                ? tr("\"%1\" does not create %2 objects.").arg(windowTitle(), kind.isEmpty() ? tr("kind-less") : kind)
                : tr("\"%1\" creates %n %2 object(s), not more.", nullptr, planned.value(kind))
                      .arg(windowTitle(), kind);
            return false;
        }
    }
    m_startObjects = cleaned;
    m_startForm = form;
    m_startNote = mapped ? QString() : note;
    if (mode == StartMode::Edit) {
        return startEditing(objects.constFirst(), whyNot);
    }
    if (mode == StartMode::Duplicate) {
        const QString original
            = objects.constFirst().value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
        setWindowTitle(tr("%1 (copy of %2)").arg(windowTitle(), original));
    }
    return true;
}

bool ResourceWizard::startEditing(const QJsonObject &live, QString *whyNot)
{
    const QString kind = kindOf(live);
    const QJsonObject metadata = live.value(QLatin1String("metadata")).toObject();
    const QString name = metadata.value(QLatin1String("name")).toString();
    const QList<Core::PlannedObject> planned = plannedObjects();
    int index = -1;
    for (int i = 0; i < planned.size() && index < 0; ++i) {
        if (planned.at(i).kind() == kind) {
            index = i;
        }
    }
    if (index < 0 || !m_connection || !m_connection->client()) {
        *whyNot = tr("The cluster connection is gone.");
        return false;
    }
    m_liveEdit = new Core::LiveEdit(m_connection->client(), planned.at(index).resource,
        metadata.value(QLatin1String("namespace")).toString(), name, this);
    m_liveEdit->start(live);
    prepareForEditing();
    // Renaming would be creating another object: the name shows, locked.
    if (ValidatedField *nameField = m_bindings.value(bindingKey(index, QStringLiteral("metadata.name"))).field) {
        nameField->edit()->setReadOnly(true);
        nameField->setToolTip(tr("An existing object keeps its name. Duplicate it to make another."));
    }
    // Nor can it move to another project.
    const Core::ResourceRef namespaces { QString(), QStringLiteral("v1"), QStringLiteral("namespaces"), false };
    const Core::ObjectStore *projects = m_connection->store(namespaces);
    for (StoreComboBox *combo : findChildren<StoreComboBox *>()) {
        if (combo->store() == projects) {
            combo->setEnabled(false);
            combo->setToolTip(tr("An existing object stays in its project."));
        }
    }
    setWindowTitle(tr("Edit %1 %2").arg(kind, name));
    return true;
}

void ResourceWizard::rebaseEdit(const QJsonObject &object)
{
    QString note;
    const bool mapped = loadObjects({ object }, &note);
    m_startObjects = { object };
    m_startForm.clear();
    for (const Core::PlannedObject &planned : plannedObjects()) {
        m_startForm.append(planned.object);
    }
    m_startNote = mapped ? QString() : note;
}

QList<Core::PlannedObject> ResourceWizard::objectsToCreate() const
{
    QList<Core::PlannedObject> objects = plannedObjects();
    if (m_startObjects.isEmpty()) {
        return objects;
    }
    QHash<QString, int> seen;
    for (Core::PlannedObject &object : objects) {
        const QString kind = object.kind();
        const int n = seen[kind]++;
        const QJsonObject base = nthOfKind(m_startObjects, kind, n);
        const QJsonObject before = nthOfKind(m_startForm, kind, n);
        // Another apiVersion has another shape: the form's object alone is safer.
        if (base.isEmpty() || before.isEmpty()
            || base.value(QLatin1String("apiVersion")) != object.object.value(QLatin1String("apiVersion"))) {
            continue;
        }
        object.object = applyMergePatch(base, mergeDiff(before, object.object));
    }
    return objects;
}

QJsonObject ResourceWizard::cleanedForCreation(QJsonObject object, StartMode mode)
{
    if (mode == StartMode::Edit) {
        return Core::editableObject(object);
    }
    const QString kind = kindOf(object);
    QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    removeKeys(&metadata,
        { "uid", "resourceVersion", "creationTimestamp", "managedFields", "generation", "ownerReferences", "selfLink",
            "deletionTimestamp", "deletionGracePeriodSeconds" });
    removeFromMap(&metadata, "annotations",
        { "kubectl.kubernetes.io/last-applied-configuration", "deployment.kubernetes.io/revision" });
    object.remove(QLatin1String("status"));

    // The apiserver folds stringData into data (stringData wins); do it here
    // so the form sees one set of values.
    if (kind == QLatin1String("Secret") && object.contains(QLatin1String("stringData"))) {
        QJsonObject data = object.value(QLatin1String("data")).toObject();
        const QJsonObject stringData = object.value(QLatin1String("stringData")).toObject();
        for (auto it = stringData.constBegin(); it != stringData.constEnd(); ++it) {
            data.insert(it.key(), QString::fromLatin1(it.value().toString().toUtf8().toBase64()));
        }
        object.remove(QLatin1String("stringData"));
        object.insert(QStringLiteral("data"), data);
    }

    if (mode == StartMode::Duplicate) {
        const QString name = metadata.value(QLatin1String("name")).toString();
        if (!name.isEmpty()) {
            metadata.insert(QStringLiteral("name"), copyName(name, kind));
        }
        clearAssigned(kind, &object, &metadata);
    }
    object.insert(QStringLiteral("metadata"), metadata);
    return object;
}

QString ResourceWizard::copyName(const QString &name, const QString &kind)
{
    static const QString suffix = QStringLiteral("-copy");
    // Kinds whose names are DNS labels (a namespace, a service's DNS name).
    const bool label = kind == QLatin1String("Namespace") || kind == QLatin1String("Service");
    const qsizetype limit = label ? 63 : 253;
    QString base = name;
    if (base.size() + suffix.size() > limit) {
        base.truncate(limit - suffix.size());
        while (base.endsWith(QLatin1Char('-')) || base.endsWith(QLatin1Char('.'))) {
            base.chop(1);
        }
    }
    return base + suffix;
}

void ResourceWizard::bindField(int objectIndex, const QString &path, ValidatedField *field, int pageId)
{
    m_bindings.insert(bindingKey(objectIndex, path), { field, pageId });
}

int ResourceWizard::showServerErrors(int objectIndex, const Core::ApiError &error)
{
    int firstPage = -1;
    for (const Core::StatusCause &cause : error.causes) {
        const Binding binding = m_bindings.value(bindingKey(objectIndex, cause.field));
        if (!binding.field) {
            continue;
        }
        binding.field->setServerError(cause.message);
        if (firstPage < 0 || binding.pageId < firstPage) {
            firstPage = binding.pageId;
        }
    }
    return firstPage;
}

void ResourceWizard::returnToPage(int pageId)
{
    const QList<int> visited = visitedIds();
    if (!visited.contains(pageId)) {
        return;
    }
    while (currentId() != pageId && currentId() != visited.constFirst()) {
        back();
    }
}

} // namespace Sextant::Ui
