// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/logs/loglinemodel.h"

#include <QIODevice>

#include <algorithm>

namespace Sextant::Core {

LogLineModel::LogLineModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void LogLineModel::setMaxLines(int maxLines)
{
    m_maxLines = std::max(1, maxLines);
    trim();
}

void LogLineModel::addLines(const LogLines &lines)
{
    if (lines.isEmpty())
        return;
    const LogLine *it = lines.constData();
    const LogLine *end = it + lines.size();
    // The batch is sorted: the lines older than our newest go into place one by one, the rest append.
    while (it != end && !m_lines.isEmpty() && it->timestampNs < m_lines.constLast().timestampNs) {
        insertOne(*it);
        ++it;
    }
    appendInOrder(it, end);
    trim();
}

void LogLineModel::appendInOrder(const LogLine *begin, const LogLine *end)
{
    if (begin == end)
        return;
    const int first = int(m_lines.size());
    beginInsertRows({}, first, first + int(end - begin) - 1);
    m_lines.reserve(m_lines.size() + (end - begin));
    for (const LogLine *it = begin; it != end; ++it) {
        note(*it);
        m_lines.append(*it);
    }
    endInsertRows();
}

void LogLineModel::insertOne(const LogLine &line)
{
    const auto position = std::upper_bound(m_lines.cbegin(), m_lines.cend(), line.timestampNs,
        [](qint64 ts, const LogLine &other) { return ts < other.timestampNs; });
    const int row = int(position - m_lines.cbegin());
    beginInsertRows({}, row, row);
    note(line);
    m_lines.insert(row, line);
    endInsertRows();
}

void LogLineModel::note(const LogLine &line)
{
    m_longest = std::max(m_longest, int(line.text.size()));
    if (!line.source.isEmpty() && !m_sourceIndex.contains(line.source)) {
        m_sourceIndex.insert(line.source, int(m_sourceIndex.size()));
        m_longestSource = std::max(m_longestSource, int(line.source.size()));
    }
}

void LogLineModel::trim()
{
    const int excess = int(m_lines.size()) - m_maxLines;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_lines.remove(0, excess);
    m_dropped += excess;
    endRemoveRows();
}

void LogLineModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_lines.squeeze();
    m_dropped = 0;
    m_longest = 0;
    endResetModel();
}

int LogLineModel::find(const QString &needle, int from, bool forward, Qt::CaseSensitivity cs) const
{
    const int count = int(m_lines.size());
    if (needle.isEmpty() || count == 0)
        return -1;
    from = std::clamp(from, -1, count);
    for (int step = 1; step <= count; ++step) {
        int row = forward ? from + step : from - step;
        row = ((row % count) + count) % count;
        if (m_lines.at(row).text.contains(needle, cs))
            return row;
    }
    return -1;
}

int LogLineModel::countMatches(const QString &needle, Qt::CaseSensitivity cs) const
{
    if (needle.isEmpty())
        return 0;
    return int(std::count_if(
        m_lines.cbegin(), m_lines.cend(), [&](const LogLine &line) { return line.text.contains(needle, cs); }));
}

QString LogLineModel::formatLine(int row, bool timestamps, bool sources) const
{
    const LogLine &line = m_lines.at(row);
    QString out;
    if (sources && !line.source.isEmpty())
        out += line.source + u' ';
    if (timestamps && line.timestampNs != 0)
        out += formatRfc3339Nano(line.timestampNs) + u' ';
    out += line.text;
    return out;
}

bool LogLineModel::writeTo(QIODevice *device, bool timestamps, bool sources) const
{
    QByteArray buffer;
    for (int row = 0; row < m_lines.size(); ++row) {
        buffer += formatLine(row, timestamps, sources).toUtf8();
        buffer += '\n';
        if (buffer.size() > 1 << 20) {
            if (device->write(buffer) != buffer.size())
                return false;
            buffer.clear();
        }
    }
    return device->write(buffer) == buffer.size();
}

int LogLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant LogLineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const LogLine &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return line.text;
    case TimestampRole:
        return line.timestampNs;
    case TimestampTextRole:
        return line.timestampNs != 0 ? formatRfc3339Nano(line.timestampNs) : QString();
    case SourceRole:
        return line.source;
    case SourceIndexRole:
        return m_sourceIndex.value(line.source, -1);
    default:
        return {};
    }
}

QHash<int, QByteArray> LogLineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TimestampRole, "timestamp");
    names.insert(TimestampTextRole, "timestampText");
    names.insert(TextRole, "text");
    names.insert(SourceRole, "source");
    names.insert(SourceIndexRole, "sourceIndex");
    return names;
}

} // namespace Sextant::Core
