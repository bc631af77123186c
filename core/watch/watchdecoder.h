// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/watch/watchstreamparser.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace Sextant::Core {

// A watch event made ready for the store off the GUI thread: parsed,
// managedFields stripped, key and resourceVersion read out.
struct DecodedEvent {
    WatchEvent::Type type = WatchEvent::Type::Invalid;
    QJsonObject object;
    QString key;
    QString resourceVersion;
    qint64 receivedAtMs = 0; // wall clock when the chunk completing it reached us
};

// Decodes one watch stream on a worker thread, so that parsing 10 kB pods at
// 1,000 events/s never blocks the GUI thread. Chunks go in with feed();
// decoded events come back in order, on the owner's thread, through
// eventsDecoded(). afterPending() runs a step once every event fed before it
// was delivered (a stream's end must not overtake its last events).
// reset() starts a new stream and drops everything of the previous one;
// destroying the decoder drops what is still in flight, even mid-parse.
class WatchDecoder final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchDecoder)
public:
    // isSecret: also strip kubectl's last-applied-configuration (it holds the data).
    explicit WatchDecoder(bool isSecret, QObject *parent = nullptr);
    ~WatchDecoder() override;

    void feed(const QByteArray &chunk);
    void afterPending(std::function<void()> step);
    void reset();
    // Chunks and steps fed but not yet delivered back.
    int pendingItems() const { return m_pendingItems; }

    // The decoding itself, for tests and the synchronous path.
    static DecodedEvent decode(WatchEvent event, bool isSecret, qint64 receivedAtMs);

Q_SIGNALS:
    void eventsDecoded(const QList<Sextant::Core::DecodedEvent> &events);

private:
    struct Shared;
    void deliver(quint64 generation, int chunks, const QList<DecodedEvent> &events, std::function<void()> step);

    std::shared_ptr<Shared> m_shared;
    quint64 m_generation = 0;
    int m_pendingItems = 0;
};

} // namespace Sextant::Core

Q_DECLARE_METATYPE(Sextant::Core::DecodedEvent)
