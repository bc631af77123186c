// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"
#include "core/api/requesthandle.h"
#include "core/api/resourceref.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace Sextant::Core {

class ApiClient;

// One object a wizard will create.
struct PlannedObject {
    ResourceRef resource;
    QJsonObject object; // complete, with metadata.name (and metadata.namespace when namespaced)

    QString namespaceName() const;
    QString name() const;
    QString kind() const;
};

// Creates a wizard's objects in order (a namespace before what goes in it).
// A dry run checks them with the server first; objects whose namespace is
// created by an earlier one cannot be dry-run yet and are reported as such.
// If a creation fails, the run stops, says which objects exist, and can
// remove them: nothing half-created is left silently.
class CreationRun final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreationRun)
public:
    enum class Step {
        Pending,
        Checked, // the dry run passed
        NotCheckable, // depends on an object not created yet
        Created,
        Failed,
        Removed,
    };
    Q_ENUM(Step)

    CreationRun(ApiClient *client, QList<PlannedObject> objects, QObject *parent = nullptr);

    const QList<PlannedObject> &objects() const { return m_objects; }
    Step step(int index) const { return m_steps.value(index, Step::Pending); }
    ApiError errorOf(int index) const { return m_errors.value(index); }
    QList<int> createdIndexes() const;
    bool isRunning() const { return m_running; }

    void dryRun();
    void create();
    // Deletes what this run created, newest first (after a failure, or when the user asks).
    void removeCreated();
    void cancel();

Q_SIGNALS:
    void stepChanged(int index, Sextant::Core::CreationRun::Step step);
    // ok: every object passed (dry run), was created (create) or removed (removeCreated).
    void dryRunFinished(bool ok);
    void createFinished(bool ok);
    void removeFinished(bool ok);

private:
    void dryRunNext(int index);
    void createNext(int index);
    void removeNext(QList<int> remaining, bool ok);
    void setStep(int index, Step step, const ApiError &error = {});
    bool namespaceCreatedEarlier(int index) const;

    ApiClient *m_client = nullptr;
    QList<PlannedObject> m_objects;
    QHash<int, Step> m_steps;
    QHash<int, ApiError> m_errors;
    RequestHandle m_request;
    bool m_running = false;
};

} // namespace Sextant::Core
