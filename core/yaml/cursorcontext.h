// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Sextant::Core {

// Where the cursor is in a YAML manifest being typed, found from indentation
// alone so that it works on text that does not parse yet.
struct CursorContext {
    // Path from the document root to the mapping that holds the cursor's key:
    // keys, and "[]" for "an item of this list". {"spec", "containers", "[]"}.
    QStringList segments;
    QString key; // the key on the cursor's line, if any (complete or being typed)
    QString prefix; // text typed before the cursor in the key, or in the value
    bool inValue = false; // the cursor is after "key:"
    int indent = 0; // 0-based column where keys of that mapping start
    QSet<QString> siblings; // keys already present in that mapping (the cursor's own excluded)
    QString apiVersion; // of the cursor's document, from its top-level lines
    QString kind;
};

// line and column are 1-based; column counts characters.
CursorContext cursorContext(const QByteArray &utf8, int line, int column);

// "spec.containers[].name" from segments and a key.
QString displayPath(const QStringList &segments, const QString &key = {});

} // namespace Sextant::Core
