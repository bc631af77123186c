// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/watch/objectstore.h"

#include <QMetaMethod>
#include <QSet>

namespace Sextant::Core {

ObjectStore::ObjectStore(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Sextant::Core::StoreDelta>();
    qRegisterMetaType<Sextant::Core::ApiError>();
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(50);
    connect(&m_batchTimer, &QTimer::timeout, this, &ObjectStore::flush);
}

bool ObjectStore::hasListeners() const
{
    return isSignalConnected(QMetaMethod::fromSignal(&ObjectStore::changed))
        || isSignalConnected(QMetaMethod::fromSignal(&ObjectStore::synced))
        || isSignalConnected(QMetaMethod::fromSignal(&ObjectStore::syncStateChanged))
        || isSignalConnected(QMetaMethod::fromSignal(&ObjectStore::errorOccurred));
}

void ObjectStore::release()
{
    m_batchTimer.stop();
    m_objects = {};
    m_pending = {};
    m_pendingOrder = {};
    m_receivedAt = {};
    m_synced = false;
}

QString ObjectStore::keyOf(const QJsonObject &object)
{
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    const QString name = metadata.value(QLatin1String("name")).toString();
    const QString namespaceName = metadata.value(QLatin1String("namespace")).toString();
    return namespaceName.isEmpty() ? name : namespaceName + QLatin1Char('/') + name;
}

QString ObjectStore::resourceVersionOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString();
}

QJsonObject ObjectStore::stripped(QJsonObject object, bool isSecret)
{
    auto metadataIt = object.find(QLatin1String("metadata"));
    if (metadataIt == object.end())
        return object;
    QJsonObject metadata = metadataIt->toObject();
    bool changedMetadata = metadata.contains(QLatin1String("managedFields"));
    metadata.remove(QLatin1String("managedFields"));
    if (isSecret) {
        QJsonObject annotations = metadata.value(QLatin1String("annotations")).toObject();
        if (annotations.contains(QLatin1String("kubectl.kubernetes.io/last-applied-configuration"))) {
            annotations.remove(QLatin1String("kubectl.kubernetes.io/last-applied-configuration"));
            metadata.insert(QLatin1String("annotations"), annotations);
            changedMetadata = true;
        }
    }
    if (changedMetadata)
        *metadataIt = metadata;
    return object;
}

void ObjectStore::note(const QString &key, Pending change)
{
    auto it = m_pending.find(key);
    if (it == m_pending.end()) {
        m_pending.insert(key, change);
        m_pendingOrder.append(key);
    } else {
        switch (*it) {
        case Pending::Added:
            if (change == Pending::Removed)
                m_pending.erase(it); // never seen by anyone: it vanishes
            break; // added + updated stays added
        case Pending::Updated:
            if (change == Pending::Removed)
                *it = Pending::Removed;
            break;
        case Pending::Removed:
            // Deleted and re-created within one batch: readers had it before and have it after.
            if (change == Pending::Added)
                *it = Pending::Updated;
            break;
        }
    }
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

bool ObjectStore::upsert(const QJsonObject &object)
{
    return upsert(keyOf(object), object, resourceVersionOf(object));
}

bool ObjectStore::upsert(const QString &key, const QJsonObject &object, const QString &resourceVersion)
{
    auto it = m_objects.find(key);
    if (it == m_objects.end()) {
        m_objects.insert(key, object);
        note(key, Pending::Added);
        return true;
    }
    if (!resourceVersion.isEmpty() && resourceVersion == resourceVersionOf(*it))
        return false; // already applied: a re-delivered event must not count twice
    *it = object;
    note(key, Pending::Updated);
    return true;
}

bool ObjectStore::remove(const QString &key)
{
    if (!m_objects.remove(key))
        return false;
    m_receivedAt.remove(key);
    note(key, Pending::Removed);
    return true;
}

void ObjectStore::replace(const QList<QJsonObject> &objects)
{
    QSet<QString> present;
    present.reserve(objects.size());
    m_objects.reserve(objects.size());
    for (const QJsonObject &object : objects) {
        const QString key = keyOf(object);
        present.insert(key);
        upsert(key, object, resourceVersionOf(object));
    }
    removeAllBut([&present](const QString &key) { return present.contains(key); });
}

void ObjectStore::replace(const QHash<QString, QJsonObject> &objects)
{
    m_objects.reserve(objects.size());
    for (auto it = objects.cbegin(); it != objects.cend(); ++it)
        upsert(it.key(), it.value(), resourceVersionOf(it.value()));
    removeAllBut([&objects](const QString &key) { return objects.contains(key); });
}

void ObjectStore::removeAllBut(const std::function<bool(const QString &key)> &keep)
{
    QList<QString> vanished;
    for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it) {
        if (!keep(it.key()))
            vanished.append(it.key());
    }
    for (const QString &key : std::as_const(vanished))
        remove(key);
}

void ObjectStore::markSynced()
{
    if (m_synced)
        return;
    flush();
    m_synced = true;
    Q_EMIT synced();
}

void ObjectStore::setSyncState(SyncState state)
{
    if (m_syncState == state)
        return;
    m_syncState = state;
    Q_EMIT syncStateChanged();
}

void ObjectStore::reportError(const ApiError &error)
{
    m_lastError = error;
    Q_EMIT errorOccurred(error);
}

void ObjectStore::flush()
{
    m_batchTimer.stop();
    if (m_pending.isEmpty()) {
        m_pendingOrder.clear();
        return;
    }
    StoreDelta delta;
    for (const QString &key : std::as_const(m_pendingOrder)) {
        const auto it = m_pending.constFind(key);
        if (it == m_pending.cend())
            continue; // dropped (add+delete) or already taken (key listed twice)
        switch (*it) {
        case Pending::Added:
            delta.added.append(key);
            break;
        case Pending::Updated:
            delta.updated.append(key);
            break;
        case Pending::Removed:
            delta.removed.append(key);
            break;
        }
        m_pending.erase(it);
    }
    m_pendingOrder.clear();
    m_pending.clear();
    if (!delta.isEmpty())
        Q_EMIT changed(delta);
}

} // namespace Sextant::Core
