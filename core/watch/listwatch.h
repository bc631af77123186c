// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apiclient.h"
#include "core/watch/backoff.h"
#include "core/watch/objectstore.h"
#include "core/watch/watchdecoder.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Sextant::Core {

struct ListWatchOptions {
    QString labelSelector;
    QString fieldSelector;
    int pageSize = 500;
    bool useWatchList = true; // try sendInitialEvents first; falls back on 400/422
    int minWatchTimeoutSeconds = 300;
    int maxWatchTimeoutSeconds = 600;
    int inactivityTimeoutMs = 5 * 60 * 1000; // no byte at all, not even a bookmark: reconnect
    Backoff::Policy backoff;
};

// Keeps an ObjectStore equal to one resource in one namespace (or all), as
// client-go's reflector does: paged list (or WatchList), then a watch from
// the list's resourceVersion with bookmarks. 410 relists and diffs; dropped
// connections, 429 and 5xx back off and re-watch from the last
// resourceVersion without relisting; 403 stops with a permission error.
// Watch events are parsed off the GUI thread (WatchDecoder) and applied in
// order; a stream's end or error is handled only after its last event. List
// pages are parsed, and their items restored and stripped, on pool threads.
class ListWatch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListWatch)
public:
    struct Statistics {
        int lists = 0; // complete (re)lists, WatchList included
        int listPages = 0;
        int watches = 0; // watch requests started
        int eventsApplied = 0;
        int backoffs = 0;
        bool usedWatchList = false;
    };

    // namespaceName "" = all namespaces (or a cluster-scoped resource).
    ListWatch(ApiClient *client, const ResourceRef &ref, const QString &namespaceName,
        const ListWatchOptions &options = {}, QObject *parent = nullptr);
    ~ListWatch() override;

    ObjectStore *store() const { return m_store; }
    ResourceRef resource() const { return m_ref; }
    QString namespaceName() const { return m_namespace; }
    QString lastSyncResourceVersion() const { return m_lastSyncRv; }
    const Statistics &statistics() const { return m_stats; }
    bool isRunning() const { return m_running; }

    void start();
    void stop();

Q_SIGNALS:
    // 403 (or 401 twice): the watch stopped; the store keeps what it had.
    void permissionDenied(const Sextant::Core::ApiError &error);

private:
    void startWatchList();
    void startList(const QString &resourceVersion);
    void requestPage(const QString &continueToken);
    void onPage(const QJsonObject &page);
    void onListError(const ApiError &error);
    void startWatch();
    void openWatch(WatchOptions options);
    void onWatchData(const QByteArray &chunk);
    void onEventsDecoded(const QList<DecodedEvent> &events);
    void onWatchEnd();
    void onWatchError(const ApiError &error);
    void handleEvent(const DecodedEvent &event);
    void finishInitialEvents();
    void relist();
    void retryLater(const ApiError &error, bool relistAfter);
    bool stopOnFatal(const ApiError &error);
    void cancelRequest();
    QString relistResourceVersion() const;
    bool isSecretList() const;
    void onPageItems(const QList<QJsonObject> &items, const QJsonObject &metadata);
    static QList<QJsonObject> preparedItems(
        const QJsonObject &page, const QString &kind, const QString &apiVersion, bool isSecret);

    ApiClient *m_client = nullptr;
    ResourceRef m_ref;
    QString m_namespace;
    ListWatchOptions m_options;
    ObjectStore *m_store = nullptr;
    Backoff m_backoff;
    WatchDecoder m_decoder; // watch bytes are parsed on a worker thread
    RequestHandle m_request;
    QTimer m_retryTimer;
    QTimer m_watchdog;
    QElapsedTimer m_watchStarted;
    Statistics m_stats;

    bool m_running = false;
    bool m_watchListUnsupported = false;
    bool m_inInitialEvents = false;
    bool m_lastSyncRvUnavailable = false;
    bool m_lastErrorWasUnauthorized = false;
    int m_eventsThisWatch = 0;
    quint64 m_generation = 0; // bumps on every new request: late callbacks of old ones are ignored
    QString m_lastSyncRv;
    QString m_listRv;
    QString m_listKind;
    QString m_listApiVersion;
    QList<QJsonObject> m_listItems;
    QHash<QString, QJsonObject> m_initialObjects;
};

} // namespace Sextant::Core
