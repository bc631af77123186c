// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace Sextant::Core {

// Keys changed since the previous batch. Each key is in at most one list.
struct StoreDelta {
    QList<QString> added;
    QList<QString> updated;
    QList<QString> removed;
    bool isEmpty() const { return added.isEmpty() && updated.isEmpty() && removed.isEmpty(); }
};

// The objects of one list/watch, keyed "namespace/name" (or "name" when
// cluster-scoped), managedFields stripped. Changes are applied at once but
// announced in batches: one changed() per ~50 ms at most, coalesced so that
// add+delete vanishes, add+update stays added, update+delete is removed.
// Read object() from a changed() handler to see the batch's end state.
class ObjectStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectStore)
public:
    enum class SyncState {
        Listing, // the initial list (or a relist after 410) is loading
        Watching, // in sync, following the watch
        Reconnecting, // the watch broke; backing off, contents kept
        Failed, // stopped for good (e.g. 403); lastError() says why
        Stopped, // the owner stopped it
    };
    Q_ENUM(SyncState)

    explicit ObjectStore(QObject *parent = nullptr);

    int size() const { return int(m_objects.size()); }
    bool contains(const QString &key) const { return m_objects.contains(key); }
    QJsonObject object(const QString &key) const { return m_objects.value(key); }
    QList<QString> keys() const { return m_objects.keys(); }
    bool hasSynced() const { return m_synced; }
    SyncState syncState() const { return m_syncState; }
    ApiError lastError() const { return m_lastError; }

    // Feeding, for ListWatch and tests. Objects are stored as given: strip them first.
    // Returns false when nothing changed (same resourceVersion already stored).
    bool upsert(const QJsonObject &object);
    // The same with key and resourceVersion already read out (WatchDecoder does it off-thread).
    bool upsert(const QString &key, const QJsonObject &object, const QString &resourceVersion);
    bool remove(const QString &key);
    // Replaces the contents with a complete list as a diff: new keys added,
    // changed resourceVersions updated, vanished keys removed. Never a reset.
    void replace(const QList<QJsonObject> &objects);
    // The same for objects already keyed (a WatchList's initial events).
    void replace(const QHash<QString, QJsonObject> &objects);
    void markSynced();
    void setSyncState(SyncState state);
    void reportError(const ApiError &error);
    // Announces pending changes now instead of waiting for the timer.
    void flush();
    void setBatchInterval(int milliseconds) { m_batchTimer.setInterval(milliseconds); }

    // For benchmarks: remember when each object's latest version reached the
    // process (wall-clock ms), so event-to-paint latency can be measured.
    void setTracingReceiveTimes(bool on) { m_tracing = on; }
    bool isTracingReceiveTimes() const { return m_tracing; }
    void noteReceived(const QString &key, qint64 receivedAtMs) { m_receivedAt.insert(key, receivedAtMs); }
    qint64 receivedAt(const QString &key) const { return m_receivedAt.value(key); }

    // True while something follows this store's signals (a table, a picker, a page).
    bool hasListeners() const;
    // Forgets every object and the synced mark, quietly: for a store nobody
    // follows any more, whose watch stopped; a new list fills it again.
    void release();

    static QString keyOf(const QJsonObject &object);
    static QString resourceVersionOf(const QJsonObject &object);
    // managedFields always; kubectl's last-applied-configuration for Secrets (it holds their data).
    static QJsonObject stripped(QJsonObject object, bool isSecret);

Q_SIGNALS:
    void changed(const Sextant::Core::StoreDelta &delta);
    void synced();
    void syncStateChanged();
    void errorOccurred(const Sextant::Core::ApiError &error);

private:
    enum class Pending : quint8 { Added, Updated, Removed };
    void note(const QString &key, Pending change);
    void removeAllBut(const std::function<bool(const QString &key)> &keep);

    QHash<QString, QJsonObject> m_objects;
    QHash<QString, Pending> m_pending;
    QList<QString> m_pendingOrder;
    QTimer m_batchTimer;
    QHash<QString, qint64> m_receivedAt; // only while tracing
    bool m_tracing = false;
    bool m_synced = false;
    SyncState m_syncState = SyncState::Listing;
    ApiError m_lastError;
};

} // namespace Sextant::Core

Q_DECLARE_METATYPE(Sextant::Core::StoreDelta)
