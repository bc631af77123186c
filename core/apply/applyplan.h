// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"
#include "core/api/discovery.h"
#include "core/api/resourceref.h"
#include "core/yaml/diagnostic.h"
#include "core/yaml/yamldocument.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Sextant::Core {

// One object of a manifest file as it will be sent to a cluster.
struct ApplyObject {
    QJsonObject object; // as written; metadata.namespace resolved (set or removed)
    ResourceRef resource; // invalid when the kind is unknown to the cluster
    QString problem; // why it cannot be sent (no kind, no name, unknown kind); "" = sendable
    // Where it came from, to put the server's answers on lines of the file.
    int document = 0;
    int firstLine = 1;
    QString pathPrefix; // "items[2]." for an item of a v1 List, else ""
    QHash<QString, YamlLocation> positions;

    QString apiVersion() const;
    QString kind() const;
    QString name() const;
    QString namespaceName() const;
    bool isSendable() const { return problem.isEmpty() && resource.isValid(); }
    // "Deployment demo/web", "Namespace shop": how kubectl names objects.
    QString displayName() const;
    // The line and column of a field path as the apiserver prints it
    // ("spec.replicas" or ".spec.replicas"); the nearest ancestor present,
    // else the object's first line.
    YamlPosition positionOf(const QString &fieldPath) const;
    // The error's causes as problems on the fields they name (the message on
    // the object's first line when no cause names a field).
    Diagnostics diagnosticsFor(const ApiError &error) const;
};

// The resource of (group, version, kind) on the cluster, if it serves it.
using ResourceLookup
    = std::function<std::optional<ApiResource>(const QString &group, const QString &version, const QString &kind)>;

// A lookup in a discovery result: the exact group version, else the kind's
// preferred version's scope (for the namespaced flag) with the asked version.
ResourceLookup lookupIn(const QList<ApiResource> &resources);

// The objects of a parsed manifest, ready for the cluster. v1 Lists are split
// into their items; empty documents are skipped; documents that did not parse
// are objects with a problem. Kinds unknown to lookup may be defined by a
// CustomResourceDefinition in the same file (then it decides the scope).
// Namespaced objects without a namespace go to defaultNamespace; cluster-
// scoped ones lose a namespace they name. Ordered as kubectl applies:
// Namespaces, then CustomResourceDefinitions, then the rest in file order.
QList<ApplyObject> planApply(
    const QList<YamlDocument> &documents, const ResourceLookup &lookup, const QString &defaultNamespace);

// Namespaces first (0), then CRDs (1), then everything else (2).
int applyOrderRank(const QString &apiVersion, const QString &kind);

} // namespace Sextant::Core
