// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/actions/workloadrequests.h"

#include "core/actions/workloadpatches.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>

#include <memory>

Q_LOGGING_CATEGORY(lcWorkloadRequests, "sextant.core.workloadrequests")

namespace Sextant::Core::WorkloadRequests {

namespace {

QList<QJsonObject> itemsOf(const QJsonObject &list)
{
    QList<QJsonObject> items;
    const QJsonArray array = list.value(QLatin1String("items")).toArray();
    for (const QJsonValue &item : array)
        items.append(item.toObject());
    return items;
}

ResourceRef historyResource(const ResourceRef &owner)
{
    if (WorkloadPatches::isDeployment(owner))
        return { QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("replicasets"), true };
    return { QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("controllerrevisions"), true };
}

} // namespace

ApiError refusal(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Status;
    error.message = message;
    return error;
}

void loadHistory(ApiClient *client, const ResourceRef &resource, const QString &namespaceName, const QString &name,
    const QObject *context, Handler<History> onDone, ErrorHandler onError)
{
    QPointer<ApiClient> guard(client);
    client->get(
        resource, namespaceName, name, context,
        [guard, resource, namespaceName, context, onDone, onError](const QJsonObject &owner) {
            if (!guard)
                return;
            ListOptions options;
            options.labelSelector = RevisionHistory::selectorQuery(
                owner.value(QLatin1String("spec")).toObject().value(QLatin1String("selector")).toObject());
            guard->list(
                historyResource(resource), namespaceName, options, context,
                [resource, owner, onDone](const QJsonObject &list) {
                    History history;
                    history.owner = owner;
                    history.revisions = WorkloadPatches::isDeployment(resource)
                        ? RevisionHistory::fromReplicaSets(owner, itemsOf(list))
                        : RevisionHistory::fromControllerRevisions(owner, itemsOf(list));
                    onDone(history);
                },
                onError);
        },
        onError);
}

void rollback(ApiClient *client, const ResourceRef &resource, const QString &namespaceName, const QString &name,
    qint64 revision, const QObject *context, Handler<QString> onDone, ErrorHandler onError)
{
    QPointer<ApiClient> guard(client);
    loadHistory(
        client, resource, namespaceName, name, context,
        [guard, resource, namespaceName, name, revision, context, onDone, onError](const History &history) {
            if (!guard)
                return;
            const auto found = std::find_if(history.revisions.begin(), history.revisions.end(),
                [revision](const Revision &candidate) { return candidate.number == revision; });
            if (found == history.revisions.end()) {
                onError(refusal(
                    QCoreApplication::translate("Sextant::Core", "unable to find specified revision %1 in history")
                        .arg(revision)));
                return;
            }
            const RollbackPlan plan = WorkloadPatches::isDeployment(resource)
                ? RevisionHistory::deploymentRollback(history.owner, *found)
                : RevisionHistory::controllerRevisionRollback(history.owner, *found);
            if (plan.outcome == RollbackPlan::Outcome::Refused) {
                onError(refusal(plan.message));
                return;
            }
            if (plan.outcome == RollbackPlan::Outcome::AlreadyCurrent) {
                onDone(plan.message);
                return;
            }
            qCInfo(lcWorkloadRequests) << "rolling back" << resource.resource << namespaceName << name << "to revision"
                                       << revision;
            PatchOptions options;
            options.type = plan.patchType;
            guard->patch(
                resource, namespaceName, name, plan.patch, options, context,
                [onDone](const QJsonObject &) { onDone(QCoreApplication::translate("Sextant::Core", "rolled back")); },
                onError);
        },
        onError);
}

void deleteObjects(ApiClient *client, const ResourceRef &resource, const QList<QJsonObject> &objects,
    const DeleteOptions &options, const QObject *context, Handler<QList<DeleteOutcome>> onDone)
{
    struct State {
        QList<DeleteOutcome> outcomes;
        qsizetype pending = 0;
        Handler<QList<DeleteOutcome>> onDone;
    };
    auto state = std::make_shared<State>();
    state->onDone = std::move(onDone);
    for (const QJsonObject &object : objects) {
        const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
        state->outcomes.append({ metadata.value(QLatin1String("namespace")).toString(),
            metadata.value(QLatin1String("name")).toString(), false, {} });
    }
    state->pending = state->outcomes.size();
    if (state->pending == 0) {
        state->onDone(state->outcomes);
        return;
    }
    for (qsizetype i = 0; i < state->outcomes.size(); ++i) {
        const DeleteOutcome &outcome = state->outcomes.at(i);
        const auto finish = [state] {
            if (--state->pending == 0)
                state->onDone(state->outcomes);
        };
        client->remove(
            resource, outcome.namespaceName, outcome.name, options, context,
            [state, i, finish](const QJsonObject &) {
                state->outcomes[i].deleted = true;
                finish();
            },
            [state, i, finish](const ApiError &error) {
                state->outcomes[i].error = error;
                finish();
            });
    }
}

} // namespace Sextant::Core::WorkloadRequests
