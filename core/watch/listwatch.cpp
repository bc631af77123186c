// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/watch/listwatch.h"

#include "core/api/statusparser.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcListWatch, "sextant.core.listwatch")

namespace Sextant::Core {

namespace {

bool isExpired(const ApiError &error)
{
    return error.httpStatus == 410 || error.reason == QLatin1String("Expired") || error.reason == QLatin1String("Gone");
}

// "Too large resource version": the server is behind us; relist from scratch.
bool isTooLargeResourceVersion(const ApiError &error)
{
    return error.httpStatus == 504 && error.message.contains(QLatin1String("Too large resource version"));
}

} // namespace

ListWatch::ListWatch(ApiClient *client, const ResourceRef &ref, const QString &namespaceName,
    const ListWatchOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_ref(ref)
    , m_namespace(ref.namespaced ? namespaceName : QString())
    , m_options(options)
    , m_store(new ObjectStore(this))
    , m_backoff(options.backoff)
    , m_decoder(isSecretList())
{
    connect(&m_decoder, &WatchDecoder::eventsDecoded, this, &ListWatch::onEventsDecoded);
    m_retryTimer.setSingleShot(true);
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(options.inactivityTimeoutMs);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        qCDebug(lcListWatch) << m_ref.resource << "watch silent too long; reconnecting";
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.message = tr("The watch of %1 received nothing for %2 s; reconnecting.")
                            .arg(m_ref.resource)
                            .arg(m_options.inactivityTimeoutMs / 1000);
        cancelRequest();
        retryLater(error, false);
    });
}

ListWatch::~ListWatch()
{
    m_running = false;
    cancelRequest();
}

void ListWatch::start()
{
    if (m_running)
        return;
    m_running = true;
    m_lastErrorWasUnauthorized = false;
    relist();
}

void ListWatch::stop()
{
    m_running = false;
    cancelRequest();
    m_retryTimer.stop();
    m_store->flush();
    m_store->setSyncState(ObjectStore::SyncState::Stopped);
}

void ListWatch::cancelRequest()
{
    ++m_generation;
    m_request.cancel();
    m_decoder.reset(); // events still being parsed belong to the cancelled request
    m_watchdog.stop();
}

QString ListWatch::relistResourceVersion() const
{
    // client-go relistResourceVersion(): "" after the last RV expired, "0" (watch cache) at first.
    if (m_lastSyncRvUnavailable)
        return QString();
    if (m_lastSyncRv.isEmpty())
        return QStringLiteral("0");
    return m_lastSyncRv;
}

bool ListWatch::isSecretList() const
{
    return m_ref.group.isEmpty() && m_ref.resource == QLatin1String("secrets");
}

void ListWatch::relist()
{
    if (!m_running)
        return;
    cancelRequest();
    m_store->setSyncState(ObjectStore::SyncState::Listing);
    if (m_options.useWatchList && !m_watchListUnsupported)
        startWatchList();
    else
        startList(relistResourceVersion());
}

// ---- paged list ----

void ListWatch::startList(const QString &resourceVersion)
{
    m_listRv = resourceVersion;
    m_listItems.clear();
    requestPage(QString());
}

void ListWatch::requestPage(const QString &continueToken)
{
    cancelRequest();
    ListOptions options;
    options.limit = m_options.pageSize;
    options.continueToken = continueToken;
    options.labelSelector = m_options.labelSelector;
    options.fieldSelector = m_options.fieldSelector;
    if (continueToken.isEmpty()) // later pages read the first page's snapshot
        options.resourceVersion = m_listRv;
    const quint64 generation = m_generation;
    m_request = m_client->list(
        m_ref, m_namespace, options, this,
        [this, generation](const QJsonObject &page) {
            if (generation == m_generation)
                onPage(page);
        },
        [this, generation](const ApiError &error) {
            if (generation == m_generation)
                onListError(error);
        });
}

void ListWatch::onPage(const QJsonObject &page)
{
    ++m_stats.listPages;
    if (m_listItems.isEmpty()) {
        const QString listKind = page.value(QLatin1String("kind")).toString();
        m_listKind = listKind.endsWith(QLatin1String("List")) ? listKind.chopped(4) : QString();
        m_listApiVersion = page.value(QLatin1String("apiVersion")).toString();
    }
    const QJsonObject metadata = page.value(QLatin1String("metadata")).toObject();
    // Restoring and stripping thousands of items (and freeing the page) is
    // work for a pool thread, as the page's parsing was.
    const quint64 generation = m_generation;
    auto *prepared = new QFutureWatcher<QList<QJsonObject>>(this);
    connect(prepared, &QFutureWatcherBase::finished, this, [this, prepared, generation, metadata] {
        prepared->deleteLater();
        if (generation == m_generation)
            onPageItems(prepared->result(), metadata);
    });
    prepared->setFuture(QtConcurrent::run(preparedItems, page, m_listKind, m_listApiVersion, isSecretList()));
}

QList<QJsonObject> ListWatch::preparedItems(
    const QJsonObject &page, const QString &kind, const QString &apiVersion, bool isSecret)
{
    const QJsonArray items = page.value(QLatin1String("items")).toArray();
    QList<QJsonObject> prepared;
    prepared.reserve(items.size());
    for (const QJsonValue &value : items) {
        QJsonObject object = value.toObject();
        // List items come without kind/apiVersion; restore them for editors and YAML views.
        if (!kind.isEmpty() && !object.contains(QLatin1String("kind"))) {
            object.insert(QStringLiteral("kind"), kind);
            object.insert(QStringLiteral("apiVersion"), apiVersion);
        }
        prepared.append(ObjectStore::stripped(std::move(object), isSecret));
    }
    return prepared;
}

void ListWatch::onPageItems(const QList<QJsonObject> &items, const QJsonObject &metadata)
{
    m_listItems += items;
    const QString continueToken = metadata.value(QLatin1String("continue")).toString();
    if (!continueToken.isEmpty()) {
        requestPage(continueToken);
        return;
    }
    ++m_stats.lists;
    m_store->replace(m_listItems);
    m_listItems.clear();
    m_listItems.squeeze();
    m_lastSyncRv = metadata.value(QLatin1String("resourceVersion")).toString();
    m_lastSyncRvUnavailable = false;
    m_lastErrorWasUnauthorized = false;
    m_store->markSynced();
    m_store->flush();
    startWatch();
}

void ListWatch::onListError(const ApiError &error)
{
    m_listItems.clear();
    if (stopOnFatal(error))
        return;
    if ((isExpired(error) || isTooLargeResourceVersion(error)) && !m_listRv.isEmpty()) {
        // The RV (or a continue token) expired: a consistent read from etcd instead.
        qCDebug(lcListWatch) << m_ref.resource << "list RV expired; full relist";
        m_lastSyncRvUnavailable = true;
        startList(QString());
        return;
    }
    retryLater(error, true);
}

// ---- WatchList: the initial state streamed as events ----

void ListWatch::startWatchList()
{
    cancelRequest();
    m_inInitialEvents = true;
    m_initialObjects.clear();
    m_eventsThisWatch = 0;
    WatchOptions options;
    options.sendInitialEvents = true;
    options.resourceVersionMatch = QStringLiteral("NotOlderThan");
    options.resourceVersion = m_lastSyncRvUnavailable ? QString() : m_lastSyncRv;
    openWatch(options);
}

// What every watch request shares: selectors, bookmarks, a random timeout as
// client-go picks it, the watchdog, and handlers that ignore a superseded watch.
void ListWatch::openWatch(WatchOptions options)
{
    options.allowBookmarks = true;
    options.labelSelector = m_options.labelSelector;
    options.fieldSelector = m_options.fieldSelector;
    options.timeoutSeconds
        = QRandomGenerator::global()->bounded(m_options.minWatchTimeoutSeconds, m_options.maxWatchTimeoutSeconds + 1);
    ++m_stats.watches;
    const quint64 generation = m_generation;
    m_watchStarted.start();
    m_watchdog.start();
    StreamHandlers handlers;
    handlers.onData = [this, generation](const QByteArray &chunk) {
        if (generation == m_generation) {
            onWatchData(chunk);
        }
    };
    // The end and errors wait for the events still being decoded before them.
    handlers.onEnd = [this, generation] {
        if (generation == m_generation) {
            m_decoder.afterPending([this, generation] {
                if (generation == m_generation)
                    onWatchEnd();
            });
        }
    };
    handlers.onError = [this, generation](const ApiError &error) {
        if (generation == m_generation) {
            m_decoder.afterPending([this, generation, error] {
                if (generation == m_generation)
                    onWatchError(error);
            });
        }
    };
    m_request = m_client->watch(m_ref, m_namespace, options, this, std::move(handlers));
}

void ListWatch::finishInitialEvents()
{
    m_inInitialEvents = false;
    ++m_stats.lists;
    m_stats.usedWatchList = true;
    m_store->replace(m_initialObjects);
    m_initialObjects.clear();
    m_lastSyncRvUnavailable = false;
    m_lastErrorWasUnauthorized = false;
    m_store->markSynced();
    m_store->flush();
    m_store->setSyncState(ObjectStore::SyncState::Watching);
}

// ---- watch ----

void ListWatch::startWatch()
{
    cancelRequest();
    m_inInitialEvents = false;
    m_eventsThisWatch = 0;
    WatchOptions options;
    options.resourceVersion = m_lastSyncRv;
    openWatch(options);
    m_store->setSyncState(ObjectStore::SyncState::Watching);
}

void ListWatch::onWatchData(const QByteArray &chunk)
{
    m_watchdog.start();
    m_decoder.feed(chunk);
}

void ListWatch::onEventsDecoded(const QList<DecodedEvent> &events)
{
    const quint64 generation = m_generation;
    for (const DecodedEvent &event : events) {
        handleEvent(event);
        if (generation != m_generation)
            return; // the event ended this watch (ERROR, initial-events end handled inline)
    }
}

void ListWatch::handleEvent(const DecodedEvent &event)
{
    ++m_eventsThisWatch;
    const QString &rv = event.resourceVersion;
    switch (event.type) {
    case WatchEvent::Type::Added:
    case WatchEvent::Type::Modified:
        if (m_inInitialEvents) {
            m_initialObjects.insert(event.key, event.object);
        } else if (m_store->upsert(event.key, event.object, rv)) {
            ++m_stats.eventsApplied;
            if (m_store->isTracingReceiveTimes())
                m_store->noteReceived(event.key, event.receivedAtMs);
        }
        break;
    case WatchEvent::Type::Deleted:
        if (m_inInitialEvents)
            m_initialObjects.remove(event.key);
        else if (m_store->remove(event.key))
            ++m_stats.eventsApplied;
        break;
    case WatchEvent::Type::Bookmark: {
        if (!rv.isEmpty())
            m_lastSyncRv = rv;
        const QJsonObject annotations
            = event.object.value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations")).toObject();
        if (m_inInitialEvents
            && annotations.value(QLatin1String("k8s.io/initial-events-end")).toString() == QLatin1String("true"))
            finishInitialEvents();
        return;
    }
    case WatchEvent::Type::Error: {
        const ApiError error = errorFromStatus(event.object);
        cancelRequest();
        if (stopOnFatal(error))
            return;
        if (isExpired(error)) {
            qCDebug(lcListWatch) << m_ref.resource << "watch expired; relisting from" << m_lastSyncRv;
            if (m_inInitialEvents)
                m_lastSyncRvUnavailable = true;
            relist();
            return;
        }
        retryLater(error, m_inInitialEvents);
        return;
    }
    case WatchEvent::Type::Invalid: {
        ApiError error;
        error.kind = ApiError::Kind::Protocol;
        error.message = tr("The watch of %1 sent an unreadable event; reconnecting.").arg(m_ref.resource);
        cancelRequest();
        retryLater(error, m_inInitialEvents);
        return;
    }
    }
    if (!rv.isEmpty() && !m_inInitialEvents)
        m_lastSyncRv = rv;
}

void ListWatch::onWatchEnd()
{
    m_watchdog.stop();
    const bool wasInitial = m_inInitialEvents;
    // client-go: a watch that closed within a second without any event is an error.
    if (wasInitial || (m_eventsThisWatch == 0 && m_watchStarted.elapsed() < 1000)) {
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.message = tr("The watch of %1 closed early; reconnecting.").arg(m_ref.resource);
        ++m_generation;
        retryLater(error, wasInitial);
        return;
    }
    startWatch(); // normal timeout: re-watch from the last RV at once
}

void ListWatch::onWatchError(const ApiError &error)
{
    m_watchdog.stop();
    ++m_generation;
    if (stopOnFatal(error))
        return;
    if (m_inInitialEvents && (error.httpStatus == 400 || error.httpStatus == 422)) {
        qCDebug(lcListWatch) << m_ref.resource << "WatchList refused; falling back to list+watch";
        m_watchListUnsupported = true;
        m_inInitialEvents = false;
        startList(relistResourceVersion());
        return;
    }
    if (isExpired(error) || isTooLargeResourceVersion(error)) {
        if (m_inInitialEvents)
            m_lastSyncRvUnavailable = true;
        relist();
        return;
    }
    retryLater(error, m_inInitialEvents);
}

bool ListWatch::stopOnFatal(const ApiError &error)
{
    const bool unauthorizedAgain = error.isUnauthorized() && m_lastErrorWasUnauthorized;
    m_lastErrorWasUnauthorized = error.isUnauthorized();
    if (!error.isForbidden() && !unauthorizedAgain && error.kind != ApiError::Kind::Tls
        && error.kind != ApiError::Kind::Configuration)
        return false;
    qCDebug(lcListWatch) << m_ref.resource << "stopping:" << error.httpStatus << error.reason;
    m_running = false;
    cancelRequest();
    m_retryTimer.stop();
    m_store->flush();
    m_store->reportError(error);
    m_store->setSyncState(ObjectStore::SyncState::Failed);
    if (error.isForbidden() || error.isUnauthorized())
        Q_EMIT permissionDenied(error);
    return true;
}

void ListWatch::retryLater(const ApiError &error, bool relistAfter)
{
    if (!m_running)
        return;
    ++m_stats.backoffs;
    m_store->flush();
    m_store->reportError(error);
    m_store->setSyncState(
        m_store->hasSynced() ? ObjectStore::SyncState::Reconnecting : ObjectStore::SyncState::Listing);
    int delay = m_backoff.next();
    if (error.retryAfterSeconds)
        delay = std::max(delay, *error.retryAfterSeconds * 1000);
    qCDebug(lcListWatch) << m_ref.resource << "retrying in" << delay << "ms:" << error.message;
    m_retryTimer.disconnect(this);
    const bool needsList = relistAfter || !m_store->hasSynced() || m_lastSyncRv.isEmpty();
    connect(&m_retryTimer, &QTimer::timeout, this, [this, needsList] {
        if (!m_running)
            return;
        if (needsList)
            relist();
        else
            startWatch(); // from the last RV: no relist after a dropped connection
    });
    m_retryTimer.start(delay);
}

} // namespace Sextant::Core
