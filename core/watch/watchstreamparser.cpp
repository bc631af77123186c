// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/watch/watchstreamparser.h"

#include <QJsonDocument>

namespace Sextant::Core {

WatchEvent WatchStreamParser::parseEvent(const QByteArray &line)
{
    WatchEvent event;
    const QJsonDocument document = QJsonDocument::fromJson(line);
    if (!document.isObject())
        return event;
    const QJsonObject root = document.object();
    const QString type = root.value(QLatin1String("type")).toString();
    if (type == QLatin1String("ADDED"))
        event.type = WatchEvent::Type::Added;
    else if (type == QLatin1String("MODIFIED"))
        event.type = WatchEvent::Type::Modified;
    else if (type == QLatin1String("DELETED"))
        event.type = WatchEvent::Type::Deleted;
    else if (type == QLatin1String("BOOKMARK"))
        event.type = WatchEvent::Type::Bookmark;
    else if (type == QLatin1String("ERROR"))
        event.type = WatchEvent::Type::Error;
    event.object = root.value(QLatin1String("object")).toObject();
    return event;
}

QList<WatchEvent> WatchStreamParser::feed(const QByteArray &chunk)
{
    QList<WatchEvent> events;
    const qsizetype searchFrom = m_buffer.size();
    m_buffer.append(chunk);
    qsizetype newline = m_buffer.indexOf('\n', searchFrom);
    if (newline < 0)
        return events;
    qsizetype start = 0;
    while (newline >= 0) {
        const QByteArray line = QByteArray::fromRawData(m_buffer.constData() + start, newline - start).trimmed();
        if (!line.isEmpty())
            events.append(parseEvent(line));
        start = newline + 1;
        newline = m_buffer.indexOf('\n', start);
    }
    m_buffer.remove(0, start);
    return events;
}

void WatchStreamParser::reset()
{
    m_buffer.clear();
}

} // namespace Sextant::Core
