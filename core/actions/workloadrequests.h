// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/actions/revisionhistory.h"
#include "core/api/apiclient.h"

#include <QJsonObject>
#include <QList>

// The multi-request workload actions. Each reads what it needs fresh from
// the server, as kubectl does, and runs its handlers only while context lives.
namespace Sextant::Core::WorkloadRequests {

struct History {
    QJsonObject owner; // the Deployment / StatefulSet / DaemonSet as read now
    QList<Revision> revisions; // oldest first
};

// `kubectl rollout history`: the owner, then its ReplicaSets or ControllerRevisions.
void loadHistory(ApiClient *client, const ResourceRef &resource, const QString &namespaceName, const QString &name,
    const QObject *context, Handler<History> onDone, ErrorHandler onError);

// `kubectl rollout undo --to-revision=N`. onDone gets kubectl's outcome
// ("rolled back" or "skipped rollback (...)"); a refusal (paused deployment,
// unknown revision) arrives as an error whose message is kubectl's.
void rollback(ApiClient *client, const ResourceRef &resource, const QString &namespaceName, const QString &name,
    qint64 revision, const QObject *context, Handler<QString> onDone, ErrorHandler onError);

struct DeleteOutcome {
    QString namespaceName;
    QString name;
    bool deleted = false;
    ApiError error; // when not deleted
};

// Deletes each object (one request each, all at once); onDone gets one
// outcome per object in the given order once every answer is in.
void deleteObjects(ApiClient *client, const ResourceRef &resource, const QList<QJsonObject> &objects,
    const DeleteOptions &options, const QObject *context, Handler<QList<DeleteOutcome>> onDone);

// An error raised on our side with kubectl's wording (no HTTP answer behind it).
ApiError refusal(const QString &message);

} // namespace Sextant::Core::WorkloadRequests
