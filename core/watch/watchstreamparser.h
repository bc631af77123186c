// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Sextant::Core {

// One event of a watch stream: {"type": ..., "object": {...}}.
struct WatchEvent {
    enum class Type { Added, Modified, Deleted, Bookmark, Error, Invalid };
    Type type = Type::Invalid;
    QJsonObject object;
};

// Splits a watch response (newline-delimited JSON) into events as bytes
// arrive; a line cut between two chunks waits for its end.
class WatchStreamParser {
public:
    // Appends bytes and returns every event completed by them.
    QList<WatchEvent> feed(const QByteArray &chunk);
    void reset();
    qsizetype pendingBytes() const { return m_buffer.size(); }

    static WatchEvent parseEvent(const QByteArray &line);

private:
    QByteArray m_buffer;
};

} // namespace Sextant::Core
