// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/logs/loglinesplitter.h"

namespace Sextant::Core {

LogLineSplitter::LogLineSplitter(qsizetype maxLineBytes)
    : m_maxLineBytes(maxLineBytes)
{
}

LogLines LogLineSplitter::feed(const QByteArray &chunk, const QString &source)
{
    LogLines lines;
    m_pending.append(chunk);
    qsizetype start = 0;
    while (true) {
        const qsizetype newline = m_pending.indexOf('\n', start);
        if (newline < 0)
            break;
        lines.append(take(QByteArrayView(m_pending).sliced(start, newline - start), source));
        start = newline + 1;
    }
    m_pending.remove(0, start);
    while (m_pending.size() > m_maxLineBytes) {
        // Cut before a UTF-8 continuation byte so neither half is mangled.
        qsizetype cut = m_maxLineBytes;
        while (cut > 1 && (quint8(m_pending.at(cut)) & 0xC0) == 0x80)
            --cut;
        lines.append(take(QByteArrayView(m_pending).first(cut), source));
        m_pending.remove(0, cut);
    }
    return lines;
}

LogLines LogLineSplitter::finish(const QString &source)
{
    LogLines lines;
    if (!m_pending.isEmpty())
        lines.append(take(m_pending, source));
    m_pending.clear();
    return lines;
}

LogLine LogLineSplitter::take(QByteArrayView raw, const QString &source)
{
    LogLine line = parseLine(raw, source);
    if (line.timestampNs == 0)
        line.timestampNs = m_lastTimestampNs;
    else
        m_lastTimestampNs = line.timestampNs;
    return line;
}

LogLine LogLineSplitter::parseLine(QByteArrayView raw, const QString &source)
{
    LogLine line;
    line.source = source;
    if (raw.endsWith('\r'))
        raw.chop(1);
    const qsizetype space = raw.indexOf(' ');
    if (space >= 20 && space <= 40) {
        const QString stamp = QString::fromLatin1(raw.first(space));
        if (const std::optional<qint64> ns = parseRfc3339Nano(stamp)) {
            line.timestampNs = *ns;
            line.text = neutraliseLogText(QString::fromUtf8(raw.sliced(space + 1)));
            return line;
        }
    }
    line.text = neutraliseLogText(QString::fromUtf8(raw));
    return line;
}

} // namespace Sextant::Core
