// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Private to core/kubeconfig: yaml-cpp behind a wall. Nothing here throws;
// every yaml-cpp call is wrapped. Hostile input is bounded: document size,
// nodes visited (aliases count each time they are walked, which defuses
// "billion laughs"), and nesting depth of our own recursive walks.

#include "core/api/apierror.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <yaml-cpp/yaml.h>

namespace Sextant::Core::KubeconfigYaml {

inline constexpr qint64 MaxDocumentBytes = 16 * 1024 * 1024;
// Real kubeconfigs with hundreds of contexts stay under 20,000 nodes.
inline constexpr qint64 MaxNodesVisited = 250'000;
inline constexpr int MaxDepth = 100;

// Counts nodes visited by one walk; shared by all converters of one document.
struct Budget {
    qint64 nodes = 0;
    bool exhausted = false;
    // Returns false once the budget is spent or depth is too large.
    bool visit(int depth)
    {
        if (exhausted || ++nodes > MaxNodesVisited || depth > MaxDepth) {
            exhausted = true;
        }
        return !exhausted;
    }
};

ApiError configurationError(const QString &message);

// Reads a file of at most MaxDocumentBytes. Missing files are an error here;
// callers that skip missing files check first.
Result<QByteArray> readLimited(const QString &fileName);

// Reads a referenced file (CA, client cert, token) of at most MaxDocumentBytes.
// On failure *reason reads like Go's os error: "open /x/ca.crt: no such file or directory".
bool readReferencedFile(const QString &path, QByteArray *out, QString *reason);

// Parses the first YAML document. Messages name fileName and the line, never content.
Result<YAML::Node> load(const QByteArray &data, const QString &fileName);

// YAML -> JSON with YAML 1.1 plain-scalar typing (as sigs.k8s.io/yaml), under budget.
// Returns false when the budget ran out.
bool toJson(const YAML::Node &node, Budget &budget, int depth, QJsonValue *out);

// Re-emits a node tree, keeping quoted scalars quoted and explicit tags, so a
// value like "0123" stays a string. Comments and anchors are not preserved
// (aliases are expanded under budget), as with kubectl's own writes.
Result<QByteArray> emit(const YAML::Node &root, const QString &fileName);

} // namespace Sextant::Core::KubeconfigYaml
