// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"
#include "core/api/requesthandle.h"
#include "core/nodes/drainplan.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class QTimer;

namespace Sextant::Core {

class ApiClient;

// Drains one node as kubectl drain does: cordon, list the node's pods,
// decide per pod (DrainPlan), evict each through the eviction API (deleting
// finished ones), retry evictions a PodDisruptionBudget blocks every few
// seconds, and wait until each pod is gone (404, or a new uid under the same
// name). Cancel stops everything at once and leaves the node cordoned.
// Every step is reported per pod; API messages are passed on verbatim.
class Drainer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Drainer)
public:
    Drainer(ApiClient *client, const QString &nodeName, const DrainOptions &options, QObject *parent = nullptr);
    ~Drainer() override;

    QString nodeName() const { return m_nodeName; }
    DrainOptions options() const { return m_options; }
    bool isRunning() const { return m_running; }

    // Starts draining; a drainer runs once.
    void start();
    // Stops retries, polls and requests in flight. The node stays cordoned.
    void cancel();

Q_SIGNALS:
    void cordoned();
    // Every pod on the node with its planned action, before anything is evicted.
    void podsListed(const QList<Sextant::Core::DrainPod> &pods);
    void podPending(const Sextant::Core::DrainPod &pod); // to evict or delete, not started
    void podSkipped(const Sextant::Core::DrainPod &pod); // reason says why
    void podRefused(const Sextant::Core::DrainPod &pod); // needs an option; nothing is evicted then
    void podEvicting(const Sextant::Core::DrainPod &pod); // eviction or delete request sent
    void podEvicted(const Sextant::Core::DrainPod &pod); // the server accepted; waiting for it to go
    // A PodDisruptionBudget refused the eviction (429); retried until cancel or timeout.
    void podBlockedByPdb(const Sextant::Core::DrainPod &pod, const QString &budget, const QString &message);
    void podDeleted(const Sextant::Core::DrainPod &pod); // gone from the node
    void podFailed(const Sextant::Core::DrainPod &pod, const Sextant::Core::ApiError &error);

    // Cordoning or listing failed; finished(false, ...) follows.
    void failed(const QString &title, const Sextant::Core::ApiError &error);
    // The end, unless cancelled: drained is true when every pod to remove is gone.
    void finished(bool drained, const QString &summary);
    // The end after cancel(); summary says the node stays cordoned.
    void cancelled(const QString &summary);

private:
    struct Tracked {
        DrainPod pod;
        RequestHandle request;
        QTimer *timer = nullptr;
        bool done = false;
        bool gone = false;
    };

    void listPods();
    void checkDaemonSets(const QList<QJsonObject> &pods);
    void planAndRun(const QList<QJsonObject> &pods, const QSet<QString> &missingDaemonSets);
    void evict(const QString &key);
    void remove(const QString &key);
    void schedule(const QString &key, int milliseconds, void (Drainer::*step)(const QString &));
    void poll(const QString &key);
    void markGone(const QString &key);
    void markFailed(const QString &key, const ApiError &error);
    void finishIfDone();
    void onTimeout();
    void stopAll();
    void fail(const QString &title, const ApiError &error);

    ApiClient *m_client = nullptr;
    QString m_nodeName;
    DrainOptions m_options;
    bool m_running = false;
    bool m_started = false;
    RequestHandle m_request;
    QList<RequestHandle> m_lookups;
    QHash<QString, Tracked> m_pods; // by namespace/name
    QList<QString> m_order;
    QTimer *m_timeout = nullptr;
    int m_skipped = 0;
};

} // namespace Sextant::Core
