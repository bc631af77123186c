// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/logs/logline.h"

#include <QByteArray>

namespace Sextant::Core {

// Turns the chunks of a timestamps=true log stream into lines: a chunk may
// end mid-line (even mid-UTF-8 sequence), so the tail waits for the next
// one. A line longer than maxLineBytes is cut there, so a container that
// never writes a newline cannot grow the buffer without bound.
class LogLineSplitter {
public:
    static constexpr qsizetype kDefaultMaxLineBytes = 256 * 1024;

    explicit LogLineSplitter(qsizetype maxLineBytes = kDefaultMaxLineBytes);

    // Complete lines in this chunk plus what was pending.
    LogLines feed(const QByteArray &chunk, const QString &source = {});
    // The pending partial line, as a line (the stream ended without a newline).
    LogLines finish(const QString &source = {});
    void reset() { m_pending.clear(); }
    qsizetype pendingBytes() const { return m_pending.size(); }

    // "TIMESTAMP text" -> a cleaned line; without a parsable timestamp the whole text is kept.
    static LogLine parseLine(QByteArrayView raw, const QString &source = {});

private:
    // A line without a timestamp (the rest of a cut line) takes the previous one's, so it sorts with it.
    LogLine take(QByteArrayView raw, const QString &source);

    QByteArray m_pending;
    qint64 m_lastTimestampNs = 0;
    qsizetype m_maxLineBytes = kDefaultMaxLineBytes;
};

} // namespace Sextant::Core
