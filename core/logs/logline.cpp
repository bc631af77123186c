// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/logs/logline.h"

#include "core/auth/ansiescape.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

namespace Sextant::Core {

namespace {

constexpr qint64 kNanosPerSecond = 1000000000LL;

// Reads exactly count digits at pos; -1 when they are not all digits.
int digits(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text.at(pos + i);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

std::optional<qint64> parseRfc3339Nano(QStringView text)
{
    // 2006-01-02T15:04:05[.fraction](Z|±hh:mm)
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || text.at(4) != u'-'
        || text.at(7) != u'-' || (text.at(10) != u'T' && text.at(10) != u't') || text.at(13) != u':'
        || text.at(16) != u':')
        return std::nullopt;
    qsizetype pos = 19;
    qint64 nanos = 0;
    if (pos < text.size() && text.at(pos) == u'.') {
        ++pos;
        int count = 0;
        while (pos < text.size() && text.at(pos) >= u'0' && text.at(pos) <= u'9') {
            if (count < 9) {
                nanos = nanos * 10 + (text.at(pos).unicode() - u'0');
                ++count;
            }
            ++pos;
        }
        if (count == 0)
            return std::nullopt;
        for (; count < 9; ++count)
            nanos *= 10;
    }
    int offsetSeconds = 0;
    if (pos < text.size() && (text.at(pos) == u'Z' || text.at(pos) == u'z')) {
        ++pos;
    } else if (pos < text.size() && (text.at(pos) == u'+' || text.at(pos) == u'-')) {
        const int hours = digits(text, pos + 1, 2);
        const int minutes = digits(text, pos + 4, 2);
        if (hours < 0 || minutes < 0 || text.at(pos + 3) != u':')
            return std::nullopt;
        offsetSeconds = (hours * 3600 + minutes * 60) * (text.at(pos) == u'-' ? -1 : 1);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != text.size())
        return std::nullopt;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const qint64 seconds = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch() - offsetSeconds;
    return seconds * kNanosPerSecond + nanos;
}

QString formatRfc3339Nano(qint64 timestampNs)
{
    qint64 seconds = timestampNs / kNanosPerSecond;
    qint64 nanos = timestampNs % kNanosPerSecond;
    if (nanos < 0) {
        nanos += kNanosPerSecond;
        --seconds;
    }
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u'.'
        + QString::number(nanos).rightJustified(9, u'0') + u'Z';
}

QString formatRfc3339Seconds(qint64 timestampNs)
{
    qint64 seconds = timestampNs / kNanosPerSecond;
    if (timestampNs % kNanosPerSecond < 0)
        --seconds;
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u'Z';
}

QString neutraliseLogText(const QString &text)
{
    // Fast path: most lines are plain printable text.
    for (const QChar c : text) {
        const ushort code = c.unicode();
        if ((code < 0x20 && code != u'\t') || (code >= 0x7f && code < 0xa0)
            || (code >= 0xad && c.category() == QChar::Other_Format))
            return stripControlCharacters(text);
    }
    return text;
}

} // namespace Sextant::Core
