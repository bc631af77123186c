// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Sextant::Core {

// One line of a container's log, cleaned of control sequences. source names
// the pod/container it came from ("web-7d9f/app"); it is shared between the
// lines of one stream, so it costs a pointer per line.
struct LogLine {
    qint64 timestampNs = 0; // nanoseconds since the epoch, UTC; 0 when the line had none
    QString text;
    QString source;
};

using LogLines = QList<LogLine>;

// RFC 3339 with optional fraction, as the kubelet prefixes lines with
// timestamps=true ("2026-11-27T19:18:49.123456789Z", trailing zeros trimmed).
std::optional<qint64> parseRfc3339Nano(QStringView text);
// Always nine fraction digits, "Z".
QString formatRfc3339Nano(qint64 timestampNs);
// Whole seconds (rounded down), as sinceTime: the server compares at second precision.
QString formatRfc3339Seconds(qint64 timestampNs);

// Makes cluster text inert for the UI and any terminal it is copied to:
// colour/cursor sequences (CSI, OSC) removed, every other control character
// (ESC, C1, CR, BEL, backspace, bidi overrides) dropped; tabs kept.
QString neutraliseLogText(const QString &text);

} // namespace Sextant::Core

Q_DECLARE_METATYPE(Sextant::Core::LogLine)
