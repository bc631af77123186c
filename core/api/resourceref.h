// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHashFunctions>
#include <QString>
#include <QUrl>

namespace Sextant::Core {

// One REST resource of one API group version, e.g. {"apps", "v1", "deployments", true}.
// The core group is group "".
struct ResourceRef {
    QString group;
    QString version;
    QString resource;
    bool namespaced = true;

    QString apiVersion() const { return group.isEmpty() ? version : group + QLatin1Char('/') + version; }
    bool isValid() const { return !version.isEmpty() && !resource.isEmpty(); }
    friend bool operator==(const ResourceRef &, const ResourceRef &) = default;
};

inline size_t qHash(const ResourceRef &ref, size_t seed = 0)
{
    return qHashMulti(seed, ref.group, ref.version, ref.resource, ref.namespaced);
}

// Builds the request path of a resource below the server's own path, each
// segment percent-encoded: /api/v1/namespaces/ns/pods/name/status or
// /apis/apps/v1/deployments. An empty namespace on a namespaced resource
// means all namespaces.
QString resourcePath(const ResourceRef &ref, const QString &namespaceName = {}, const QString &name = {},
    const QString &subresource = {});

// server + path, keeping the server's own path prefix (e.g. a Rancher proxy).
QUrl resourceUrl(const QUrl &server, const QString &encodedPath);

} // namespace Sextant::Core
