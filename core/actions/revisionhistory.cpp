// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/actions/revisionhistory.h"

#include "core/kinds/renderhelpers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Sextant::Core::RevisionHistory {

namespace {

const QLatin1String revisionAnnotation("deployment.kubernetes.io/revision");
const QLatin1String hashLabel("pod-template-hash");
const QLatin1String changeCauseAnnotation("kubernetes.io/change-cause");

QJsonObject metadataOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata")).toObject();
}

QJsonObject withoutHashLabel(QJsonObject podTemplate)
{
    QJsonObject metadata = podTemplate.value(QLatin1String("metadata")).toObject();
    QJsonObject labels = metadata.value(QLatin1String("labels")).toObject();
    if (!labels.contains(hashLabel))
        return podTemplate;
    labels.remove(hashLabel);
    if (labels.isEmpty())
        metadata.remove(QLatin1String("labels"));
    else
        metadata.insert(QStringLiteral("labels"), labels);
    podTemplate.insert(QStringLiteral("metadata"), metadata);
    return podTemplate;
}

// Go serialises an empty ObjectMeta as {"creationTimestamp": null}; the
// server drops it. Neither is a difference.
QJsonObject normalised(QJsonObject podTemplate)
{
    QJsonObject metadata = podTemplate.value(QLatin1String("metadata")).toObject();
    metadata.remove(QLatin1String("creationTimestamp"));
    if (metadata.isEmpty())
        podTemplate.remove(QLatin1String("metadata"));
    else
        podTemplate.insert(QStringLiteral("metadata"), metadata);
    podTemplate.remove(QLatin1String("$patch"));
    return podTemplate;
}

QStringList imagesOf(const QJsonObject &podTemplate)
{
    QStringList images;
    const QJsonArray containers
        = podTemplate.value(QLatin1String("spec")).toObject().value(QLatin1String("containers")).toArray();
    for (const QJsonValue &container : containers)
        images.append(container.toObject().value(QLatin1String("image")).toString());
    return images;
}

Revision revisionFrom(const QJsonObject &source, qint64 number, const QJsonObject &podTemplate)
{
    const QJsonObject metadata = metadataOf(source);
    Revision revision;
    revision.number = number;
    revision.name = metadata.value(QLatin1String("name")).toString();
    revision.created
        = QDateTime::fromString(metadata.value(QLatin1String("creationTimestamp")).toString(), Qt::ISODate);
    revision.changeCause
        = metadata.value(QLatin1String("annotations")).toObject().value(changeCauseAnnotation).toString();
    revision.podTemplate = normalised(withoutHashLabel(podTemplate));
    revision.images = imagesOf(revision.podTemplate);
    revision.source = source;
    return revision;
}

void sortAndMarkCurrent(QList<Revision> &revisions, const QJsonObject &ownerTemplate)
{
    std::sort(
        revisions.begin(), revisions.end(), [](const Revision &a, const Revision &b) { return a.number < b.number; });
    // The newest revision matching the owner's template is current; the
    // controller renumbers a revision it returns to, so that is the newest.
    for (auto it = revisions.rbegin(); it != revisions.rend(); ++it) {
        if (sameTemplate(it->podTemplate, ownerTemplate)) {
            it->current = true;
            return;
        }
    }
}

QJsonObject templateOf(const QJsonObject &owner)
{
    return owner.value(QLatin1String("spec")).toObject().value(QLatin1String("template")).toObject();
}

RollbackPlan skipped(qint64 number)
{
    RollbackPlan plan;
    plan.outcome = RollbackPlan::Outcome::AlreadyCurrent;
    plan.message = QCoreApplication::translate(
        "Sextant::Core", "skipped rollback (current template already matches revision %1)")
                       .arg(number);
    return plan;
}

} // namespace

bool isControlledBy(const QJsonObject &object, const QJsonObject &owner)
{
    const QString uid = metadataOf(owner).value(QLatin1String("uid")).toString();
    const QJsonArray owners = metadataOf(object).value(QLatin1String("ownerReferences")).toArray();
    return std::any_of(owners.begin(), owners.end(), [&uid](const QJsonValue &value) {
        const QJsonObject reference = value.toObject();
        return reference.value(QLatin1String("controller")).toBool()
            && reference.value(QLatin1String("uid")).toString() == uid && !uid.isEmpty();
    });
}

QString selectorQuery(const QJsonObject &labelSelector)
{
    if (labelSelector.isEmpty())
        return {};
    const QString formatted = RenderHelpers::formatLabelSelector(labelSelector);
    return formatted == QLatin1String("<none>") ? QString() : formatted;
}

bool sameTemplate(const QJsonObject &a, const QJsonObject &b)
{
    return normalised(withoutHashLabel(a)) == normalised(withoutHashLabel(b));
}

QList<Revision> fromReplicaSets(const QJsonObject &deployment, const QList<QJsonObject> &replicaSets)
{
    QList<Revision> revisions;
    for (const QJsonObject &replicaSet : replicaSets) {
        if (!isControlledBy(replicaSet, deployment))
            continue;
        bool ok = false;
        const qint64 number = metadataOf(replicaSet)
                                  .value(QLatin1String("annotations"))
                                  .toObject()
                                  .value(revisionAnnotation)
                                  .toString()
                                  .toLongLong(&ok);
        if (ok)
            revisions.append(revisionFrom(replicaSet, number, templateOf(replicaSet)));
    }
    sortAndMarkCurrent(revisions, templateOf(deployment));
    return revisions;
}

QList<Revision> fromControllerRevisions(const QJsonObject &owner, const QList<QJsonObject> &controllerRevisions)
{
    QList<Revision> revisions;
    for (const QJsonObject &history : controllerRevisions) {
        if (!isControlledBy(history, owner))
            continue;
        const QJsonObject data = history.value(QLatin1String("data")).toObject();
        revisions.append(revisionFrom(history, static_cast<qint64>(history.value(QLatin1String("revision")).toDouble()),
            data.value(QLatin1String("spec")).toObject().value(QLatin1String("template")).toObject()));
    }
    sortAndMarkCurrent(revisions, templateOf(owner));
    return revisions;
}

RollbackPlan deploymentRollback(const QJsonObject &deployment, const Revision &revision)
{
    if (deployment.value(QLatin1String("spec")).toObject().value(QLatin1String("paused")).toBool()) {
        RollbackPlan plan;
        plan.message = QCoreApplication::translate("Sextant::Core",
            "you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again");
        return plan;
    }
    if (sameTemplate(revision.podTemplate, templateOf(deployment)))
        return skipped(revision.number);

    // Annotations: the deployment's bookkeeping ones stay, the rest come from the ReplicaSet.
    static const QLatin1String skip[] = { QLatin1String("kubectl.kubernetes.io/last-applied-configuration"),
        QLatin1String("deployment.kubernetes.io/revision"), QLatin1String("deployment.kubernetes.io/revision-history"),
        QLatin1String("deployment.kubernetes.io/desired-replicas"),
        QLatin1String("deployment.kubernetes.io/max-replicas"), QLatin1String("deprecated.deployment.rollback.to") };
    const auto skipped
        = [](const QString &key) { return std::find(std::begin(skip), std::end(skip), key) != std::end(skip); };
    QJsonObject annotations;
    const QJsonObject current = metadataOf(deployment).value(QLatin1String("annotations")).toObject();
    for (auto it = current.begin(); it != current.end(); ++it) {
        if (skipped(it.key()))
            annotations.insert(it.key(), it.value());
    }
    const QJsonObject fromReplicaSet = metadataOf(revision.source).value(QLatin1String("annotations")).toObject();
    for (auto it = fromReplicaSet.begin(); it != fromReplicaSet.end(); ++it) {
        if (!skipped(it.key()))
            annotations.insert(it.key(), it.value());
    }

    const QJsonArray operations {
        QJsonObject { { QStringLiteral("op"), QStringLiteral("test") },
            { QStringLiteral("path"), QStringLiteral("/metadata/resourceVersion") },
            { QStringLiteral("value"), metadataOf(deployment).value(QLatin1String("resourceVersion")) } },
        QJsonObject { { QStringLiteral("op"), QStringLiteral("replace") },
            { QStringLiteral("path"), QStringLiteral("/spec/template") },
            { QStringLiteral("value"), revision.podTemplate } },
        QJsonObject { { QStringLiteral("op"), QStringLiteral("replace") },
            { QStringLiteral("path"), QStringLiteral("/metadata/annotations") },
            { QStringLiteral("value"), annotations } },
    };
    RollbackPlan plan;
    plan.outcome = RollbackPlan::Outcome::Patch;
    plan.patchType = PatchType::Json;
    plan.patch = QJsonDocument(operations).toJson(QJsonDocument::Compact);
    return plan;
}

RollbackPlan controllerRevisionRollback(const QJsonObject &owner, const Revision &revision)
{
    if (sameTemplate(revision.podTemplate, templateOf(owner)))
        return skipped(revision.number);
    RollbackPlan plan;
    plan.outcome = RollbackPlan::Outcome::Patch;
    plan.patchType = PatchType::StrategicMerge;
    plan.patch = QJsonDocument(revision.source.value(QLatin1String("data")).toObject()).toJson(QJsonDocument::Compact);
    return plan;
}

} // namespace Sextant::Core::RevisionHistory
