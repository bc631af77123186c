// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"
#include "core/api/requesthandle.h"
#include "core/api/resourceref.h"
#include "core/liveedit/threewaymerge.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace Sextant::Core {

class ApiClient;

// The object as a user edits it: without what the server maintains itself
// (managed fields, resourceVersion, uid, status...; see withoutServerNoise).
QJsonObject editableObject(const QJsonObject &object);

// Editing one live object, as `kubectl edit` but never overwriting a change
// made meanwhile: apply() PUTs the edit guarded by the resourceVersion the
// edit started from. On 409 Conflict it GETs the latest version: when only
// server-maintained parts changed (status), it applies again at once (up to
// 3 times); otherwise it merges three ways (base = where the edit started,
// mine = the edit, theirs = the latest) and mergeReady() offers the result,
// clean or with conflicts; the next apply() is guarded by the latest
// resourceVersion. Requests run only
// while this object lives; a new request cancels the one in flight.
class LiveEdit final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveEdit)
public:
    enum class State {
        Empty, // nothing loaded yet
        Loading,
        Ready, // base loaded or last apply succeeded
        Checking, // a dry run
        Applying,
        Merging, // 409: fetching the latest version
        MergeReady, // a merge is waiting for the user
    };
    Q_ENUM(State)

    LiveEdit(ApiClient *client, ResourceRef resource, QString namespaceName, QString name, QObject *parent = nullptr);
    ~LiveEdit() override;

    const ResourceRef &resource() const { return m_resource; }
    QString namespaceName() const { return m_namespace; }
    QString name() const { return m_name; }
    State state() const { return m_state; }
    bool isBusy() const;

    // GETs the object; it becomes the base (Reload). Discards a pending merge.
    void load();
    // Starts from an object already at hand (it must carry its resourceVersion).
    void start(const QJsonObject &object);

    // What the next apply() is compared with and guarded by.
    QJsonObject base() const { return m_base; }
    QString resourceVersion() const { return m_resourceVersion; }
    // The last full object the server returned (with status), for callers that show it.
    QJsonObject serverObject() const { return m_serverObject; }

    // The last merge after a conflict: base it started from, mine, theirs.
    const MergeResult &merge() const { return m_merge; }
    QJsonObject mergeBase() const { return m_mergeBase; }
    QJsonObject mine() const { return m_mine; }
    QJsonObject theirs() const { return m_base; }

    // PUTs edited (an editable object; see editableObject) with the base's
    // resourceVersion. Refuses a different name, namespace or kind.
    void apply(const QJsonObject &edited);
    // The same PUT with dryRun=All: the server validates and admits the edit
    // without saving it. A 409 there means only that someone changed the
    // object meanwhile; apply() merges then.
    void dryRun(const QJsonObject &edited);
    void cancel();

Q_SIGNALS:
    void stateChanged(Sextant::Core::LiveEdit::State state);
    void loaded(const QJsonObject &editable);
    void loadFailed(const Sextant::Core::ApiError &error);
    // The server accepted the edit; editable is its answer, the new base.
    void applied(const QJsonObject &editable);
    // Anything but a conflict (422 with causes, 403, network, object deleted meanwhile).
    void applyFailed(const Sextant::Core::ApiError &error);
    // error.kind is None when the server accepted the edit.
    void dryRunFinished(const Sextant::Core::ApiError &error);
    // 409 handled: the latest version is the new base; result.merged is what
    // to offer, result.conflicts what the user must decide.
    void mergeReady(const Sextant::Core::MergeResult &result);

private:
    void setState(State state);
    void takeServerObject(const QJsonObject &object);
    void fetchLatestAndMerge();
    QString identityProblem(const QJsonObject &edited) const;
    // Why edited cannot be sent (no connection, not loaded, renamed), or "".
    QString sendProblem(const QJsonObject &edited) const;
    // edited as a PUT body, guarded by the base's resourceVersion.
    QJsonObject requestBody(const QJsonObject &edited) const;

    QPointer<ApiClient> m_client;
    ResourceRef m_resource;
    QString m_namespace;
    QString m_name;
    State m_state = State::Empty;
    QJsonObject m_serverObject;
    QJsonObject m_base;
    QString m_resourceVersion;
    QJsonObject m_mine;
    QJsonObject m_mergeBase;
    MergeResult m_merge;
    static constexpr int MaxQuietRetries = 3;
    int m_quietRetries = 0;
    RequestHandle m_request;
};

} // namespace Sextant::Core
