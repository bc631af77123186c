// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/logs/logline.h"

#include <QAbstractListModel>
#include <QHash>

class QIODevice;

namespace Sextant::Core {

// The lines a log view shows, in time order, at most maxLines (oldest
// dropped first). Lines arrive in sorted batches; a batch older than the
// newest line (a slow pod in a merged view) is merged into place.
class LogLineModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogLineModel)
public:
    static constexpr int kDefaultMaxLines = 100000;

    enum Role {
        TimestampRole = Qt::UserRole + 1, // qint64 ns since the epoch
        TimestampTextRole, // RFC 3339, nine fraction digits
        TextRole,
        SourceRole, // pod or pod/container
        SourceIndexRole, // stable small number per source, for a colour
    };

    explicit LogLineModel(QObject *parent = nullptr);

    void setMaxLines(int maxLines);
    int maxLines() const { return m_maxLines; }
    // Lines dropped to stay under maxLines since the last clear().
    qint64 droppedLines() const { return m_dropped; }
    // The longest text, in characters: the view's width without wrapping.
    int longestLine() const { return m_longest; }
    // The longest source tag, in characters: the tag column's width.
    int longestSource() const { return m_longestSource; }

    void addLines(const LogLines &lines);
    void clear();

    const LogLine &lineAt(int row) const { return m_lines.at(row); }
    int sourceIndex(const QString &source) const { return m_sourceIndex.value(source, -1); }

    // The next row after from (or before it, backwards) whose text contains
    // needle, wrapping around; -1 when none does.
    int find(const QString &needle, int from, bool forward, Qt::CaseSensitivity cs = Qt::CaseInsensitive) const;
    int countMatches(const QString &needle, Qt::CaseSensitivity cs = Qt::CaseInsensitive) const;

    // What is loaded, one line each: "[source ]timestamp text"; false on a write error.
    bool writeTo(QIODevice *device, bool timestamps, bool sources) const;
    QString formatLine(int row, bool timestamps, bool sources) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void appendInOrder(const LogLine *begin, const LogLine *end);
    void insertOne(const LogLine &line);
    void note(const LogLine &line);
    void trim();

    QList<LogLine> m_lines;
    QHash<QString, int> m_sourceIndex;
    int m_maxLines = kDefaultMaxLines;
    qint64 m_dropped = 0;
    int m_longest = 0;
    int m_longestSource = 0;
};

} // namespace Sextant::Core
