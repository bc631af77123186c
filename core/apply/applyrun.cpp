// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/apply/applyrun.h"

#include "core/actions/textdiff.h"
#include "core/api/apiclient.h"
#include "core/apply/servernoise.h"
#include "core/util/yamlwriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <optional>

Q_LOGGING_CATEGORY(lcApplyRun, "sextant.core.applyrun")

namespace Sextant::Core {

namespace {

QString resourceVersionOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString();
}

ApplyRun::Result withOutcome(ApplyRun::Outcome outcome)
{
    ApplyRun::Result result;
    result.outcome = outcome;
    return result;
}

QString comparable(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : toYaml(withoutServerNoise(object));
}

} // namespace

ApplyRun::ApplyRun(ApiClient *client, QList<ApplyObject> objects, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_objects(std::move(objects))
    , m_retry(new QTimer(this))
{
    m_results.resize(m_objects.size());
    m_retry->setSingleShot(true);
}

ApplyRun::~ApplyRun()
{
    m_request.cancel();
}

QList<int> ApplyRun::indexesWith(Outcome outcome) const
{
    QList<int> indexes;
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).outcome == outcome)
            indexes.append(i);
    }
    return indexes;
}

void ApplyRun::start(Mode mode, const QList<int> &only)
{
    cancel();
    m_mode = mode;
    m_queue.clear();
    for (int i = 0; i < m_objects.size(); ++i) {
        if (only.isEmpty() || only.contains(i)) {
            m_queue.append(i);
            m_results[i] = Result {};
        }
    }
    m_running = true;
    qCDebug(lcApplyRun) << "start" << mode << m_queue.size() << "objects";
    next();
}

void ApplyRun::cancel()
{
    if (!m_running)
        return;
    m_request.cancel();
    m_retry->stop();
    m_retry->disconnect();
    m_running = false;
    for (const int index : std::as_const(m_queue))
        m_results[index].outcome = Outcome::Cancelled;
    if (m_current >= 0) {
        m_results[m_current].outcome = Outcome::Cancelled;
        Q_EMIT objectFinished(m_current);
    }
    m_queue.clear();
    m_current = -1;
    Q_EMIT finished(true);
}

void ApplyRun::next()
{
    if (!m_running)
        return;
    if (m_queue.isEmpty()) {
        m_running = false;
        m_current = -1;
        Q_EMIT finished(false);
        return;
    }
    const int index = m_queue.takeFirst();
    m_current = index;
    if (!m_objects.at(index).isSendable()) {
        Result skipped;
        skipped.outcome = Outcome::Skipped;
        skipped.error.message = m_objects.at(index).problem;
        finish(index, skipped);
        return;
    }
    m_results[index].outcome = Outcome::Running;
    m_attempts = 0;
    Q_EMIT objectStarted(index);
    switch (m_mode) {
    case Mode::Diff:
        runDiff(index);
        break;
    case Mode::DryRun:
        runDryRun(index);
        break;
    case Mode::Apply:
        runApply(index, false);
        break;
    case Mode::ForceApply:
        runApply(index, true);
        break;
    }
}

void ApplyRun::finish(int index, Result result)
{
    m_results[index] = std::move(result);
    m_current = -1;
    Q_EMIT objectFinished(index);
    next();
}

QByteArray ApplyRun::body(int index) const
{
    // JSON is YAML: apply-patch+yaml takes it as is.
    return QJsonDocument(m_objects.at(index).object).toJson(QJsonDocument::Compact);
}

bool ApplyRun::kindFromEarlierCrd(int index) const
{
    const ApplyObject &object = m_objects.at(index);
    for (int i = 0; i < index; ++i) {
        const ApplyObject &earlier = m_objects.at(i);
        const QJsonObject spec = earlier.object.value(QLatin1String("spec")).toObject();
        if (earlier.kind() == QLatin1String("CustomResourceDefinition")
            && spec.value(QLatin1String("group")).toString() == object.resource.group
            && spec.value(QLatin1String("names")).toObject().value(QLatin1String("kind")).toString() == object.kind())
            return true;
    }
    return false;
}

bool ApplyRun::dependsOnEarlierObject(int index, const ApiError &error) const
{
    if (!error.isNotFound())
        return false;
    const ApplyObject &object = m_objects.at(index);
    for (int i = 0; i < index; ++i) {
        const ApplyObject &earlier = m_objects.at(i);
        if (earlier.kind() == QLatin1String("Namespace") && earlier.apiVersion() == QLatin1String("v1")
            && earlier.name() == object.namespaceName() && object.resource.namespaced)
            return true;
    }
    return kindFromEarlierCrd(index);
}

void ApplyRun::dryRunPatch(int index, bool force, std::function<void(const QJsonObject &)> onDone,
    std::function<void(const ApiError &)> onError)
{
    const ApplyObject &object = m_objects.at(index);
    PatchOptions options;
    options.type = PatchType::Apply;
    options.dryRun = true;
    options.force = force;
    m_request = m_client->patch(object.resource, object.resource.namespaced ? object.namespaceName() : QString(),
        object.name(), body(index), options, this, std::move(onDone), std::move(onError));
}

void ApplyRun::runDiff(int index)
{
    const ApplyObject &object = m_objects.at(index);
    const QString ns = object.resource.namespaced ? object.namespaceName() : QString();
    auto failed = [this, index](const ApiError &error) {
        Result result;
        result.outcome = dependsOnEarlierObject(index, error) ? Outcome::NotCheckable : Outcome::Failed;
        result.error = error;
        finish(index, result);
    };
    auto compare = [this, index, failed](const QJsonObject &live) {
        const QString name = m_objects.at(index).displayName();
        auto diffWith = [this, index, live, name](const QJsonObject &merged, Result result) {
            // The dry run answers from the live object as it is then; if a
            // controller wrote in between, its change is not ours: compare again.
            constexpr int diffAttempts = 3;
            if (!live.isEmpty() && resourceVersionOf(merged) != resourceVersionOf(live)
                && ++m_attempts < diffAttempts) {
                runDiff(index);
                return;
            }
            const QString before = comparable(live);
            const QString after = comparable(merged);
            result.diff = unifiedDiff(before, after, QStringLiteral("live/") + name, QStringLiteral("file/") + name);
            if (result.outcome == Outcome::Running)
                result.outcome = live.isEmpty() ? Outcome::WillBeCreated
                    : before == after           ? Outcome::NoChanges
                                                : Outcome::WillChange;
            finish(index, result);
        };
        dryRunPatch(
            index, false, [diffWith](const QJsonObject &merged) { diffWith(merged, withOutcome(Outcome::Running)); },
            [this, index, failed, diffWith](const ApiError &error) {
                if (!isFieldManagerConflict(error)) {
                    failed(error);
                    return;
                }
                // Show the conflict, and what taking ownership would change.
                Result conflict { Outcome::Conflict, {}, error, parseFieldConflicts(error) };
                dryRunPatch(
                    index, true, [diffWith, conflict](const QJsonObject &merged) { diffWith(merged, conflict); },
                    [this, index, conflict](const ApiError &) { finish(index, conflict); });
            });
    };
    m_request
        = m_client->get(object.resource, ns, object.name(), this, compare, [compare, failed](const ApiError &error) {
              if (error.isNotFound())
                  compare(QJsonObject());
              else
                  failed(error);
          });
}

void ApplyRun::runDryRun(int index)
{
    dryRunPatch(
        index, false, [this, index](const QJsonObject &) { finish(index, withOutcome(Outcome::Valid)); },
        [this, index](const ApiError &error) {
            Result result;
            result.error = error;
            if (isFieldManagerConflict(error)) {
                result.outcome = Outcome::Conflict;
                result.conflicts = parseFieldConflicts(error);
            } else {
                result.outcome = dependsOnEarlierObject(index, error) ? Outcome::NotCheckable : Outcome::Failed;
            }
            finish(index, result);
        });
}

void ApplyRun::runApply(int index, bool force)
{
    const ApplyObject &object = m_objects.at(index);
    const QString ns = object.resource.namespaced ? object.namespaceName() : QString();
    // live is empty when there is no object yet, nullopt when it cannot be read.
    auto apply = [this, index, force, ns](const std::optional<QJsonObject> &live) {
        const ApplyObject &object = m_objects.at(index);
        PatchOptions options;
        options.type = PatchType::Apply;
        options.force = force;
        m_request = m_client->patch(
            object.resource, ns, object.name(), body(index), options, this,
            [this, index, live](const QJsonObject &applied) {
                // Compared without status and server metadata: a controller's
                // status update in between is not our change.
                Outcome outcome = Outcome::Configured;
                if (live && live->isEmpty())
                    outcome = Outcome::Created;
                else if (live && comparable(*live) == comparable(applied))
                    outcome = Outcome::Unchanged;
                finish(index, withOutcome(outcome));
            },
            [this, index, force](const ApiError &error) {
                // Up to 10 s for a CRD created a moment ago to be served.
                constexpr int crdAttempts = 20;
                if (error.isNotFound() && kindFromEarlierCrd(index) && ++m_attempts < crdAttempts) {
                    m_retry->disconnect();
                    connect(m_retry, &QTimer::timeout, this, [this, index, force] { runApply(index, force); });
                    m_retry->start(500);
                    return;
                }
                Result result;
                result.error = error;
                result.outcome = isFieldManagerConflict(error) ? Outcome::Conflict : Outcome::Failed;
                result.conflicts = parseFieldConflicts(error);
                finish(index, result);
            });
    };
    // The live object first, to tell created, configured and unchanged apart.
    m_request = m_client->get(
        object.resource, ns, object.name(), this, [apply](const QJsonObject &live) { apply(live); },
        [this, index, apply](const ApiError &error) {
            if (error.isNotFound()) {
                apply(QJsonObject());
                return;
            }
            if (error.isForbidden()) {
                // Allowed to apply but not to read: the answer cannot say "unchanged".
                apply(std::nullopt);
                return;
            }
            Result failed = withOutcome(Outcome::Failed);
            failed.error = error;
            finish(index, failed);
        });
}

QString ApplyRun::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return tr("waiting");
    case Outcome::Running:
        return tr("in progress…");
    case Outcome::Skipped:
        return tr("not sent");
    case Outcome::NotCheckable:
        return tr("not checkable yet (created by this file first)");
    case Outcome::NoChanges:
        return tr("no changes");
    case Outcome::WillChange:
        return tr("will change");
    case Outcome::WillBeCreated:
        return tr("will be created");
    case Outcome::Valid:
        return tr("OK");
    case Outcome::Created:
        return tr("created");
    case Outcome::Configured:
        return tr("configured");
    case Outcome::Unchanged:
        return tr("unchanged");
    case Outcome::Conflict:
        return tr("conflict");
    case Outcome::Failed:
        return tr("failed");
    case Outcome::Cancelled:
        return tr("cancelled");
    }
    return {};
}

} // namespace Sextant::Core
