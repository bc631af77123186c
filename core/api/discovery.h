// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"
#include "core/api/resourceref.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace Sextant::Core {

class ApiClient;

// One resource of one group version as discovery reports it.
struct ApiResource {
    QString group;
    QString version;
    QString resource; // plural, e.g. deployments
    QString kind;
    QString singular;
    bool namespaced = false;
    bool preferred = false; // of the group's preferred version
    QStringList verbs;
    QStringList shortNames;
    QStringList categories;
    QStringList subresources; // e.g. status, scale, log

    ResourceRef ref() const { return ResourceRef { group, version, resource, namespaced }; }
    bool supports(const QString &verb) const { return verbs.contains(verb); }
    QJsonObject toJson() const;
    static ApiResource fromJson(const QJsonObject &object);
};

// API groups and resources of one cluster, CRDs included: aggregated
// discovery (apidiscovery.k8s.io/v2) where served, else the legacy
// /api + /apis + one request per group version. Cached in memory and on disk
// (CacheLocation/discovery/<sha256 of server>.json): a new instance answers
// from the disk cache at once and refresh() brings it up to date.
class Discovery final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Discovery)
public:
    explicit Discovery(ApiClient *client, QObject *parent = nullptr);

    QList<ApiResource> resources() const { return m_resources; }
    bool isEmpty() const { return m_resources.isEmpty(); }
    bool isFromCache() const { return m_fromCache; }
    QDateTime lastRefreshed() const { return m_lastRefreshed; }
    bool usedAggregatedDiscovery() const { return m_aggregated; }
    // Group versions whose discovery failed on the last refresh (e.g. an unavailable metrics API).
    QStringList failedGroupVersions() const { return m_failedGroupVersions; }

    // The preferred version of a kind, e.g. ("apps", "Deployment"). Group "" is core.
    std::optional<ApiResource> findKind(const QString &group, const QString &kind) const;
    // kubectl-style: "po", "pods", "pod", "Pod", "deployments.apps", "deploy". Preferred versions first.
    std::optional<ApiResource> find(const QString &name) const;

    void refresh();
    bool isRefreshing() const { return m_pending > 0; }

    QString cacheFilePath() const;
    // Tests point the disk cache elsewhere; "" disables it.
    void setCacheDirectory(const QString &directory);

Q_SIGNALS:
    void refreshed();
    void errorOccurred(const Sextant::Core::ApiError &error);

private:
    void onRoot(const QString &root, const QJsonObject &answer);
    void requestGroupVersion(const QString &group, const QString &version, bool preferred);
    void parseAggregated(const QJsonObject &list);
    void parseLegacyResourceList(const QString &group, const QString &version, bool preferred, const QJsonObject &list);
    void fail(const ApiError &error);
    void done();
    void loadCache();
    void saveCache() const;

    ApiClient *m_client = nullptr;
    QString m_cacheDirectory;
    QList<ApiResource> m_resources;
    QList<ApiResource> m_incoming;
    QStringList m_failedGroupVersions;
    QDateTime m_lastRefreshed;
    int m_pending = 0;
    bool m_failed = false;
    bool m_aggregated = true;
    bool m_fromCache = false;
};

} // namespace Sextant::Core
