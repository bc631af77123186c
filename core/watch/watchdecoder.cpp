// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/watch/watchdecoder.h"

#include "core/watch/objectstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMutex>
#include <QThreadPool>

namespace Sextant::Core {

namespace {

// Watch decoding gets its own pool, so a big list page parsing on the global
// pool never delays the events of a busy watch.
Q_GLOBAL_STATIC(QThreadPool, decodePool)

// A worker hands a batch back after this long even if more chunks are queued,
// so the first events of a burst are not held until the last one is parsed.
constexpr qint64 kMaxBatchMs = 5;

} // namespace

struct WatchDecoder::Shared {
    struct Item {
        QByteArray chunk;
        qint64 receivedAtMs = 0;
        std::function<void()> step; // set: an afterPending() marker, no bytes
    };

    // Guarded by mutex; owner is alive while destroyed is false.
    QMutex mutex;
    QList<Item> queue;
    quint64 generation = 0;
    bool running = false;
    bool destroyed = false;
    WatchDecoder *owner = nullptr;
    const bool isSecret;

    // Worker side only (one drain runs at a time).
    WatchStreamParser parser;
    quint64 parserGeneration = 0;

    explicit Shared(bool secret)
        : isSecret(secret)
    {
    }

    // Hands decoded events (and a step) to the owner's thread, unless the
    // stream was reset or the owner is gone.
    void post(quint64 itemGeneration, int items, QList<DecodedEvent> events, std::function<void()> step)
    {
        const QMutexLocker lock(&mutex);
        if (destroyed || itemGeneration != generation)
            return;
        WatchDecoder *target = owner;
        QMetaObject::invokeMethod(
            target,
            [target, itemGeneration, items, events = std::move(events), step = std::move(step)]() mutable {
                target->deliver(itemGeneration, items, events, std::move(step));
            },
            Qt::QueuedConnection);
    }

    static void drain(const std::shared_ptr<Shared> &self)
    {
        for (;;) {
            QList<Item> items;
            quint64 itemGeneration = 0;
            {
                const QMutexLocker lock(&self->mutex);
                if (self->destroyed || self->queue.isEmpty()) {
                    self->running = false;
                    return;
                }
                items.swap(self->queue);
                itemGeneration = self->generation; // reset() empties the queue: all items are of this one
            }
            if (itemGeneration != self->parserGeneration) {
                self->parser.reset();
                self->parserGeneration = itemGeneration;
            }
            QList<DecodedEvent> batch;
            int consumed = 0;
            QElapsedTimer batchClock;
            batchClock.start();
            for (Item &item : items) {
                ++consumed;
                if (item.step) {
                    self->post(
                        itemGeneration, std::exchange(consumed, 0), std::exchange(batch, {}), std::move(item.step));
                    batchClock.restart();
                    continue;
                }
                for (WatchEvent &event : self->parser.feed(item.chunk))
                    batch.append(decode(std::move(event), self->isSecret, item.receivedAtMs));
                if (!batch.isEmpty() && batchClock.elapsed() >= kMaxBatchMs) {
                    self->post(itemGeneration, std::exchange(consumed, 0), std::exchange(batch, {}), {});
                    batchClock.restart();
                }
            }
            if (consumed > 0)
                self->post(itemGeneration, consumed, std::move(batch), {});
        }
    }
};

WatchDecoder::WatchDecoder(bool isSecret, QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>(isSecret))
{
    qRegisterMetaType<Sextant::Core::DecodedEvent>();
    m_shared->owner = this;
}

WatchDecoder::~WatchDecoder()
{
    // A worker still parsing keeps m_shared alive and finds destroyed set.
    const QMutexLocker lock(&m_shared->mutex);
    m_shared->destroyed = true;
    m_shared->owner = nullptr;
    m_shared->queue.clear();
}

DecodedEvent WatchDecoder::decode(WatchEvent event, bool isSecret, qint64 receivedAtMs)
{
    DecodedEvent decoded;
    decoded.type = event.type;
    decoded.receivedAtMs = receivedAtMs;
    switch (event.type) {
    case WatchEvent::Type::Added:
    case WatchEvent::Type::Modified:
    case WatchEvent::Type::Deleted:
        decoded.object = ObjectStore::stripped(std::move(event.object), isSecret);
        decoded.key = ObjectStore::keyOf(decoded.object);
        decoded.resourceVersion = ObjectStore::resourceVersionOf(decoded.object);
        break;
    case WatchEvent::Type::Bookmark:
        decoded.resourceVersion = ObjectStore::resourceVersionOf(event.object);
        decoded.object = std::move(event.object);
        break;
    case WatchEvent::Type::Error:
    case WatchEvent::Type::Invalid:
        decoded.object = std::move(event.object);
        break;
    }
    return decoded;
}

void WatchDecoder::feed(const QByteArray &chunk)
{
    if (chunk.isEmpty())
        return;
    ++m_pendingItems;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QMutexLocker lock(&m_shared->mutex);
    m_shared->queue.append({ chunk, now, {} });
    if (!m_shared->running) {
        m_shared->running = true;
        decodePool()->start([shared = m_shared] { Shared::drain(shared); });
    }
}

void WatchDecoder::afterPending(std::function<void()> step)
{
    if (m_pendingItems == 0) {
        step();
        return;
    }
    ++m_pendingItems; // the marker counts as an item until it comes back
    const QMutexLocker lock(&m_shared->mutex);
    m_shared->queue.append({ {}, 0, std::move(step) });
    if (!m_shared->running) {
        m_shared->running = true;
        decodePool()->start([shared = m_shared] { Shared::drain(shared); });
    }
}

void WatchDecoder::reset()
{
    const QMutexLocker lock(&m_shared->mutex);
    ++m_shared->generation;
    m_shared->queue.clear();
    m_generation = m_shared->generation;
    m_pendingItems = 0;
}

void WatchDecoder::deliver(quint64 generation, int items, const QList<DecodedEvent> &events, std::function<void()> step)
{
    if (generation != m_generation)
        return; // posted just before a reset()
    m_pendingItems -= items;
    if (!events.isEmpty())
        Q_EMIT eventsDecoded(events);
    // The handler may have reset the stream (an ERROR event); its end is then moot.
    if (step && generation == m_generation)
        step();
}

} // namespace Sextant::Core
