// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// YAML -> JSON with positions, for manifests typed by people and files from
// anywhere. Hostile input is bounded before yaml-cpp 0.7.0 sees it (size,
// UTF-8, flow nesting) and while it parses (documents that make no progress,
// the lone-',' LoadAll hang; alias expansion; duplicate keys, which yaml-cpp
// keeps silently). Nothing here throws.

#include "core/yaml/diagnostic.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>

namespace Sextant::Core {

struct YamlLimits {
    // Files up to 20 MB stay editable and validated; 50 MB scalars are refused.
    qint64 maxBytes = 24 * 1024 * 1024;
    // yaml-cpp's own DepthGuard throws at 500; we refuse first, with a position.
    int maxDepth = 500;
    // Nodes an alias may add, beyond this many and 10x the document's own nodes:
    // "billion laughs" stops here, as go-yaml's "excessive aliasing".
    qint64 maxAliasExpansion = 100'000;
    qint64 maxDocuments = 500'000;
};

// 1-based line and column in characters; 0 = unknown.
struct YamlPosition {
    int line = 0;
    int column = 0;
    bool isValid() const { return line > 0; }
};

struct YamlLocation {
    YamlPosition key; // where the key of this field starts (invalid for roots and list items)
    YamlPosition value; // where its value starts
};

struct YamlDocument {
    int index = 0;
    int firstLine = 1; // first line of the document's text (its "---" line, if any)
    int lastLine = 1;
    bool parsed = false; // false: syntax error or limit hit; value is partial or null
    QJsonValue value;
    // Field path -> position, e.g. "spec.template.spec.containers[0].image".
    // Paths inside alias expansions are absent: location() falls back to the
    // nearest ancestor present.
    QHash<QString, YamlLocation> positions;

    YamlLocation location(const QString &path) const;
};

struct YamlParseResult {
    QList<YamlDocument> documents;
    Diagnostics diagnostics; // syntax errors, limits, duplicate keys
    bool hasErrors() const;
};

// Parses a multi-document stream. Each document (split at "---" lines, as the
// YAML spec allows at column 0 only) is parsed on its own, so an error in one
// leaves the others usable. Plain scalars resolve as YAML 1.1 (sigs.k8s.io/yaml,
// so what kubectl sends); duplicate keys are errors and the last one wins.
YamlParseResult parseYaml(const QByteArray &utf8, const YamlLimits &limits = {});

// The same, one document at a time: each goes to sink as soon as it is parsed,
// so a caller that does not keep them holds one document in memory, not the
// whole file's. Returns the diagnostics of all documents.
using YamlDocumentSink = std::function<void(YamlDocument &&document)>;
Diagnostics parseYamlDocuments(const QByteArray &utf8, const YamlDocumentSink &sink, const YamlLimits &limits = {});

// Field paths as the apiserver prints them: "spec.containers[0].image",
// keys that would be ambiguous in brackets: "metadata.labels[app.kubernetes.io/name]".
QString appendPathKey(const QString &path, const QString &key);
QString appendPathIndex(const QString &path, qsizetype index);

// 1-based line and character column of a byte offset in utf8 (which must be
// valid UTF-8 up to offset).
YamlPosition positionOfOffset(const QByteArray &utf8, qsizetype offset);

// Offset of the first byte that is not valid UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray &data);

} // namespace Sextant::Core
