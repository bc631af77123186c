// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"
#include "core/api/requesthandle.h"
#include "core/apply/applyplan.h"
#include "core/apply/fieldconflict.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

namespace Sextant::Core {

class ApiClient;

// A manifest's objects sent to one cluster, one at a time, in plan order:
// a semantic diff (what `kubectl diff` does: a server-side apply dry run
// compared with the live object, both without server noise), a dry run, or
// a server-side apply as field manager "sextant". Goes on after a failure so
// every problem shows at once; cancel() stops it. Requests run with the run
// as context: nothing is called back after it is destroyed.
class ApplyRun final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplyRun)
public:
    enum class Mode {
        Diff,
        DryRun,
        Apply, // force=false: conflicts are reported, nothing of that object changes
        ForceApply, // force=true: takes ownership of conflicting fields
    };
    Q_ENUM(Mode)

    enum class Outcome {
        Pending,
        Running,
        Skipped, // the object cannot be sent (problem set in its ApplyObject)
        NotCheckable, // its namespace or CRD is created by an earlier object of this file
        NoChanges, // diff: the live object stays as it is
        WillChange, // diff: the live object changes (see diff)
        WillBeCreated, // diff: no live object yet
        Valid, // dry run passed
        Created,
        Configured,
        Unchanged,
        Conflict, // fields owned by other managers (see conflicts)
        Failed, // see error
        Cancelled,
    };
    Q_ENUM(Outcome)

    struct Result {
        Outcome outcome = Outcome::Pending;
        QString diff; // unified diff, live -> after apply (Diff mode)
        ApiError error; // Failed and Conflict: verbatim from the server
        QList<FieldConflict> conflicts;
    };

    ApplyRun(ApiClient *client, QList<ApplyObject> objects, QObject *parent = nullptr);
    ~ApplyRun() override;

    const QList<ApplyObject> &objects() const { return m_objects; }
    Result result(int index) const { return m_results.value(index); }
    Mode mode() const { return m_mode; }
    bool isRunning() const { return m_running; }
    // Indexes whose last outcome is outcome.
    QList<int> indexesWith(Outcome outcome) const;

    // Runs mode over the objects at only (all when empty), in plan order.
    // Outcomes of other objects stay as they were.
    void start(Mode mode, const QList<int> &only = {});
    void cancel();

    // "created", "no changes", "conflict"… for result lists.
    static QString outcomeText(Outcome outcome);

Q_SIGNALS:
    void objectStarted(int index);
    void objectFinished(int index);
    void finished(bool cancelled);

private:
    void next();
    void runDiff(int index);
    void runDryRun(int index);
    void runApply(int index, bool force);
    void dryRunPatch(int index, bool force, std::function<void(const QJsonObject &)> onDone,
        std::function<void(const ApiError &)> onError);
    void finish(int index, Result result);
    // A 404 because this file creates the namespace or CRD before the object.
    bool dependsOnEarlierObject(int index, const ApiError &error) const;
    // Its kind comes from a CRD this run applied before it.
    bool kindFromEarlierCrd(int index) const;
    QByteArray body(int index) const;

    ApiClient *m_client = nullptr;
    QList<ApplyObject> m_objects;
    QList<Result> m_results;
    QList<int> m_queue;
    Mode m_mode = Mode::Diff;
    RequestHandle m_request;
    int m_current = -1;
    // A CRD is served a moment after it is created: its objects are retried.
    QTimer *m_retry = nullptr;
    int m_attempts = 0;
    bool m_running = false;
};

} // namespace Sextant::Core
