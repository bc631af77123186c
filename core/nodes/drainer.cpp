// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/nodes/drainer.h"

#include "core/api/apiclient.h"
#include "core/nodes/nodepatches.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimer>

#include <memory>

Q_LOGGING_CATEGORY(lcDrainer, "sextant.core.drainer")

namespace Sextant::Core {

namespace {

ResourceRef daemonSetsResource()
{
    return { QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("daemonsets"), true };
}

// The eviction API names the budget in its cause: "The disruption budget web needs 2 healthy pods ...".
QString budgetName(const ApiError &error)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^The disruption budget (\S+))"));
    for (const StatusCause &cause : error.causes) {
        const QRegularExpressionMatch match = pattern.match(cause.message);
        if (match.hasMatch())
            return match.captured(1);
    }
    return {};
}

// Status message plus the causes' messages, all verbatim.
QString fullMessage(const ApiError &error)
{
    QStringList parts { error.message };
    for (const StatusCause &cause : error.causes) {
        if (!cause.message.isEmpty() && !parts.contains(cause.message))
            parts.append(cause.message);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

Drainer::Drainer(ApiClient *client, const QString &nodeName, const DrainOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_nodeName(nodeName)
    , m_options(options)
{
}

Drainer::~Drainer()
{
    stopAll();
}

void Drainer::start()
{
    if (m_started || !m_client)
        return;
    m_started = true;
    m_running = true;
    qCDebug(lcDrainer) << "draining" << m_nodeName;
    if (m_options.timeoutSeconds > 0) {
        m_timeout = new QTimer(this);
        m_timeout->setSingleShot(true);
        connect(m_timeout, &QTimer::timeout, this, &Drainer::onTimeout);
        m_timeout->start(m_options.timeoutSeconds * 1000);
    }
    PatchOptions patch;
    patch.type = PatchType::StrategicMerge;
    m_request = m_client->patch(
        NodePatches::nodesResource(), {}, m_nodeName, NodePatches::cordon(true), patch, this,
        [this](const QJsonObject &) {
            Q_EMIT cordoned();
            listPods();
        },
        [this](const ApiError &error) {
            if (!error.isCancelled())
                fail(tr("Could not cordon node %1").arg(m_nodeName), error);
        });
}

void Drainer::listPods()
{
    ListOptions options;
    options.fieldSelector = QStringLiteral("spec.nodeName=") + m_nodeName;
    m_request = m_client->list(
        NodePatches::podsResource(), {}, options, this,
        [this](const QJsonObject &list) {
            QList<QJsonObject> pods;
            const QJsonArray items = list.value(QLatin1String("items")).toArray();
            for (const QJsonValue &item : items)
                pods.append(item.toObject());
            checkDaemonSets(pods);
        },
        [this](const ApiError &error) {
            if (!error.isCancelled())
                fail(tr("Could not list the pods on node %1").arg(m_nodeName), error);
        });
}

void Drainer::checkDaemonSets(const QList<QJsonObject> &pods)
{
    const QSet<QString> daemonSets = DrainPlan::daemonSetsOf(pods);
    if (daemonSets.isEmpty()) {
        planAndRun(pods, {});
        return;
    }
    // Like kubectl: a DaemonSet pod whose DaemonSet is gone is an orphan, evicted only with force.
    struct Lookup {
        int remaining = 0;
        QSet<QString> missing;
    };
    auto lookup = std::make_shared<Lookup>();
    lookup->remaining = int(daemonSets.size());
    for (const QString &key : daemonSets) {
        const QString namespaceName = key.section(QLatin1Char('/'), 0, 0);
        const QString name = key.section(QLatin1Char('/'), 1);
        const auto answered = [this, lookup, pods] {
            if (--lookup->remaining == 0)
                planAndRun(pods, lookup->missing);
        };
        m_lookups.append(m_client->get(
            daemonSetsResource(), namespaceName, name, this, [answered](const QJsonObject &) { answered(); },
            [answered, lookup, key](const ApiError &error) {
                if (error.isCancelled())
                    return;
                if (error.isNotFound())
                    lookup->missing.insert(key);
                answered();
            }));
    }
}

void Drainer::planAndRun(const QList<QJsonObject> &pods, const QSet<QString> &missingDaemonSets)
{
    m_lookups.clear();
    const QList<DrainPod> plan = DrainPlan::plan(pods, m_options, missingDaemonSets);
    Q_EMIT podsListed(plan);

    QList<DrainPod> refused;
    for (const DrainPod &pod : plan) {
        if (pod.action == DrainPod::Action::Refuse)
            refused.append(pod);
    }
    for (const DrainPod &pod : plan) {
        if (pod.action == DrainPod::Action::Skip) {
            ++m_skipped;
            Q_EMIT podSkipped(pod);
        }
    }
    if (!refused.isEmpty()) {
        // kubectl evicts nothing while any pod needs an option: no half-drained surprises.
        for (const DrainPod &pod : std::as_const(refused))
            Q_EMIT podRefused(pod);
        m_running = false;
        if (m_timeout)
            m_timeout->stop();
        Q_EMIT finished(false,
            tr("Nothing was evicted: %n pod(s) need an option to be removed. Node %1 stays cordoned.", nullptr,
                int(refused.size()))
                .arg(m_nodeName));
        return;
    }

    for (const DrainPod &pod : plan) {
        if (pod.action != DrainPod::Action::Evict && pod.action != DrainPod::Action::Delete)
            continue;
        Tracked tracked;
        tracked.pod = pod;
        m_pods.insert(pod.key(), tracked);
        m_order.append(pod.key());
        Q_EMIT podPending(pod);
    }
    if (m_order.isEmpty()) {
        finishIfDone();
        return;
    }
    const QList<QString> keys = m_order;
    for (const QString &key : keys) {
        if (!m_running)
            return;
        if (m_pods.value(key).pod.action == DrainPod::Action::Delete)
            remove(key);
        else
            evict(key);
    }
}

void Drainer::evict(const QString &key)
{
    auto it = m_pods.find(key);
    if (it == m_pods.end() || it->done || !m_running)
        return;
    const DrainPod pod = it->pod;
    Q_EMIT podEvicting(pod);

    RawRequest request;
    request.verb = "POST";
    request.path = resourcePath(NodePatches::podsResource(), pod.namespaceName, pod.name, QStringLiteral("eviction"));
    request.body = NodePatches::eviction(pod.namespaceName, pod.name, m_options.gracePeriodSeconds);
    request.contentType = "application/json";
    request.audited = true;
    request.auditVerb = QStringLiteral("evict");
    request.auditResource = NodePatches::podsResource();
    request.auditNamespace = pod.namespaceName;
    request.auditName = pod.name;
    it->request = m_client->request(
        request, this,
        [this, key, pod](const QJsonObject &) {
            Q_EMIT podEvicted(pod);
            schedule(key, m_options.pollIntervalMs, &Drainer::poll);
        },
        [this, key, pod](const ApiError &error) {
            if (error.isCancelled())
                return;
            if (error.isNotFound()) {
                markGone(key);
            } else if (error.isTooManyRequests()) {
                Q_EMIT podBlockedByPdb(pod, budgetName(error), fullMessage(error));
                schedule(key, m_options.retryIntervalMs, &Drainer::evict);
            } else {
                markFailed(key, error);
            }
        });
}

void Drainer::remove(const QString &key)
{
    auto it = m_pods.find(key);
    if (it == m_pods.end() || it->done || !m_running)
        return;
    const DrainPod pod = it->pod;
    Q_EMIT podEvicting(pod);
    DeleteOptions options;
    options.gracePeriodSeconds = m_options.gracePeriodSeconds;
    options.preconditionUid = pod.uid; // never delete a namesake created meanwhile
    it->request = m_client->remove(
        NodePatches::podsResource(), pod.namespaceName, pod.name, options, this,
        [this, key, pod](const QJsonObject &) {
            Q_EMIT podEvicted(pod);
            schedule(key, m_options.pollIntervalMs, &Drainer::poll);
        },
        [this, key](const ApiError &error) {
            if (error.isCancelled())
                return;
            // 409: the uid precondition failed, the pod we saw is gone already.
            if (error.isNotFound() || error.isConflict())
                markGone(key);
            else
                markFailed(key, error);
        });
}

void Drainer::schedule(const QString &key, int milliseconds, void (Drainer::*step)(const QString &))
{
    auto it = m_pods.find(key);
    if (it == m_pods.end() || it->done || !m_running)
        return;
    if (!it->timer) {
        it->timer = new QTimer(this);
        it->timer->setSingleShot(true);
    }
    it->timer->disconnect();
    connect(it->timer, &QTimer::timeout, this, [this, key, step] { (this->*step)(key); });
    it->timer->start(milliseconds);
}

void Drainer::poll(const QString &key)
{
    auto it = m_pods.find(key);
    if (it == m_pods.end() || it->done || !m_running)
        return;
    const DrainPod pod = it->pod;
    it->request = m_client->get(
        NodePatches::podsResource(), pod.namespaceName, pod.name, this,
        [this, key, pod](const QJsonObject &object) {
            // A controller may recreate the name at once: another uid is another pod.
            const QString uid
                = object.value(QLatin1String("metadata")).toObject().value(QLatin1String("uid")).toString();
            if (uid != pod.uid)
                markGone(key);
            else
                schedule(key, m_options.pollIntervalMs, &Drainer::poll);
        },
        [this, key](const ApiError &error) {
            if (error.isCancelled())
                return;
            if (error.isNotFound())
                markGone(key);
            else if (error.kind == ApiError::Kind::Network)
                schedule(key, m_options.pollIntervalMs, &Drainer::poll);
            else
                markFailed(key, error);
        });
}

void Drainer::markGone(const QString &key)
{
    auto it = m_pods.find(key);
    if (it == m_pods.end() || it->done)
        return;
    it->done = true;
    it->gone = true;
    if (it->timer)
        it->timer->stop();
    Q_EMIT podDeleted(it->pod);
    finishIfDone();
}

void Drainer::markFailed(const QString &key, const ApiError &error)
{
    auto it = m_pods.find(key);
    if (it == m_pods.end() || it->done)
        return;
    it->done = true;
    if (it->timer)
        it->timer->stop();
    Q_EMIT podFailed(it->pod, error);
    finishIfDone();
}

void Drainer::finishIfDone()
{
    if (!m_running)
        return;
    int gone = 0;
    int failedCount = 0;
    for (const Tracked &tracked : std::as_const(m_pods)) {
        if (!tracked.done)
            return;
        if (tracked.gone)
            ++gone;
        else
            ++failedCount;
    }
    m_running = false;
    if (m_timeout)
        m_timeout->stop();
    if (failedCount == 0) {
        Q_EMIT finished(true,
            tr("Node %1 drained: %n pod(s) removed", nullptr, gone).arg(m_nodeName)
                + (m_skipped > 0 ? tr(", %n left in place (DaemonSet or mirror pods).", nullptr, m_skipped)
                                 : QStringLiteral(".")));
    } else {
        Q_EMIT finished(false,
            tr("Node %1 was not drained: %n pod(s) could not be removed. The node stays cordoned.", nullptr,
                failedCount)
                .arg(m_nodeName));
    }
}

void Drainer::onTimeout()
{
    if (!m_running)
        return;
    ApiError error;
    error.kind = ApiError::Kind::Network;
    error.message = tr("Gave up after the drain timeout of %n second(s).", nullptr, m_options.timeoutSeconds);
    if (m_order.isEmpty()) {
        stopAll();
        fail(tr("Could not drain node %1").arg(m_nodeName), error);
        return;
    }
    const QList<QString> keys = m_order;
    for (const QString &key : keys) {
        auto it = m_pods.find(key);
        if (it != m_pods.end() && !it->done) {
            it->request.cancel();
            markFailed(key, error);
        }
    }
}

void Drainer::cancel()
{
    if (!m_running)
        return;
    stopAll();
    m_running = false;
    qCDebug(lcDrainer) << "drain cancelled" << m_nodeName;
    Q_EMIT cancelled(
        tr("Drain of node %1 cancelled. The node stays cordoned; pods already evicted stay evicted.").arg(m_nodeName));
}

void Drainer::stopAll()
{
    m_request.cancel();
    for (RequestHandle &lookup : m_lookups)
        lookup.cancel();
    m_lookups.clear();
    for (Tracked &tracked : m_pods) {
        tracked.request.cancel();
        if (tracked.timer)
            tracked.timer->stop();
    }
    if (m_timeout)
        m_timeout->stop();
}

void Drainer::fail(const QString &title, const ApiError &error)
{
    m_running = false;
    if (m_timeout)
        m_timeout->stop();
    Q_EMIT failed(title, error);
    Q_EMIT finished(false, title + QStringLiteral(": ") + error.message);
}

} // namespace Sextant::Core
