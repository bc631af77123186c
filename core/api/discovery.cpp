// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/discovery.h"

#include "core/api/apiclient.h"
#include "core/api/jsonstrings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcDiscovery, "sextant.core.discovery")

namespace Sextant::Core {

namespace {

// Aggregated discovery first (v2, then v2beta1 for 1.26–1.29); plain JSON means legacy.
constexpr QByteArrayView AggregatedAccept = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"
                                            "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,"
                                            "application/json";

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QJsonObject ApiResource::toJson() const
{
    return QJsonObject { { QStringLiteral("group"), group }, { QStringLiteral("version"), version },
        { QStringLiteral("resource"), resource }, { QStringLiteral("kind"), kind },
        { QStringLiteral("singular"), singular }, { QStringLiteral("namespaced"), namespaced },
        { QStringLiteral("preferred"), preferred }, { QStringLiteral("verbs"), toArray(verbs) },
        { QStringLiteral("shortNames"), toArray(shortNames) }, { QStringLiteral("categories"), toArray(categories) },
        { QStringLiteral("subresources"), toArray(subresources) } };
}

ApiResource ApiResource::fromJson(const QJsonObject &object)
{
    ApiResource resource;
    resource.group = object.value(QLatin1String("group")).toString();
    resource.version = object.value(QLatin1String("version")).toString();
    resource.resource = object.value(QLatin1String("resource")).toString();
    resource.kind = object.value(QLatin1String("kind")).toString();
    resource.singular = object.value(QLatin1String("singular")).toString();
    resource.namespaced = object.value(QLatin1String("namespaced")).toBool();
    resource.preferred = object.value(QLatin1String("preferred")).toBool();
    resource.verbs = jsonStrings(object.value(QLatin1String("verbs")));
    resource.shortNames = jsonStrings(object.value(QLatin1String("shortNames")));
    resource.categories = jsonStrings(object.value(QLatin1String("categories")));
    resource.subresources = jsonStrings(object.value(QLatin1String("subresources")));
    return resource;
}

Discovery::Discovery(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cacheDirectory(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/discovery"))
{
    loadCache();
}

void Discovery::setCacheDirectory(const QString &directory)
{
    m_cacheDirectory = directory;
    if (m_resources.isEmpty())
        loadCache();
}

QString Discovery::cacheFilePath() const
{
    if (m_cacheDirectory.isEmpty())
        return QString();
    const QByteArray hash = QCryptographicHash::hash(
        m_client->server().toString(QUrl::RemoveUserInfo).toUtf8(), QCryptographicHash::Sha256)
                                .toHex();
    return m_cacheDirectory + QLatin1Char('/') + QString::fromLatin1(hash) + QStringLiteral(".json");
}

void Discovery::loadCache()
{
    const QString path = cacheFilePath();
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QLatin1String("server")).toString() != m_client->server().toString(QUrl::RemoveUserInfo))
        return;
    QList<ApiResource> resources;
    const QJsonArray array = root.value(QLatin1String("resources")).toArray();
    for (const QJsonValue &value : array)
        resources.append(ApiResource::fromJson(value.toObject()));
    m_resources = resources;
    m_lastRefreshed = QDateTime::fromString(root.value(QLatin1String("time")).toString(), Qt::ISODate);
    m_fromCache = true;
}

void Discovery::saveCache() const
{
    const QString path = cacheFilePath();
    if (path.isEmpty())
        return;
    QDir().mkpath(m_cacheDirectory);
    QJsonArray array;
    for (const ApiResource &resource : m_resources)
        array.append(resource.toJson());
    const QJsonObject root { { QStringLiteral("server"), m_client->server().toString(QUrl::RemoveUserInfo) },
        { QStringLiteral("time"), m_lastRefreshed.toString(Qt::ISODate) }, { QStringLiteral("resources"), array } };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!file.commit())
        qCWarning(lcDiscovery) << "cannot write discovery cache" << path;
}

void Discovery::refresh()
{
    if (m_pending > 0)
        return;
    m_incoming.clear();
    m_failedGroupVersions.clear();
    m_failed = false;
    m_aggregated = true;
    for (const QLatin1String root : { QLatin1String("/api"), QLatin1String("/apis") }) {
        ++m_pending;
        RawRequest request;
        request.path = root;
        request.accept = AggregatedAccept.toByteArray();
        m_client->request(
            request, this, [this, root](const QJsonObject &answer) { onRoot(root, answer); },
            [this](const ApiError &error) { fail(error); });
    }
}

void Discovery::onRoot(const QString &root, const QJsonObject &answer)
{
    if (answer.value(QLatin1String("kind")).toString() == QLatin1String("APIGroupDiscoveryList")) {
        parseAggregated(answer);
    } else if (root == QLatin1String("/api")) {
        m_aggregated = false;
        for (const QString &version : jsonStrings(answer.value(QLatin1String("versions"))))
            requestGroupVersion(QString(), version, version == QLatin1String("v1"));
    } else {
        m_aggregated = false;
        const QJsonArray groups = answer.value(QLatin1String("groups")).toArray();
        for (const QJsonValue &value : groups) {
            const QJsonObject group = value.toObject();
            const QString name = group.value(QLatin1String("name")).toString();
            const QString preferred
                = group.value(QLatin1String("preferredVersion")).toObject().value(QLatin1String("version")).toString();
            const QJsonArray versions = group.value(QLatin1String("versions")).toArray();
            for (const QJsonValue &version : versions) {
                const QString v = version.toObject().value(QLatin1String("version")).toString();
                requestGroupVersion(name, v, v == preferred);
            }
        }
    }
    done();
}

void Discovery::parseAggregated(const QJsonObject &list)
{
    const QJsonArray items = list.value(QLatin1String("items")).toArray();
    for (const QJsonValue &itemValue : items) {
        const QJsonObject item = itemValue.toObject();
        const QString group = item.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
        const QJsonArray versions = item.value(QLatin1String("versions")).toArray();
        for (qsizetype v = 0; v < versions.size(); ++v) { // listed in preference order
            const QJsonObject version = versions.at(v).toObject();
            const QJsonArray resources = version.value(QLatin1String("resources")).toArray();
            for (const QJsonValue &resourceValue : resources) {
                const QJsonObject object = resourceValue.toObject();
                ApiResource resource;
                resource.group = group;
                resource.version = version.value(QLatin1String("version")).toString();
                resource.resource = object.value(QLatin1String("resource")).toString();
                resource.kind
                    = object.value(QLatin1String("responseKind")).toObject().value(QLatin1String("kind")).toString();
                resource.singular = object.value(QLatin1String("singularResource")).toString();
                resource.namespaced = object.value(QLatin1String("scope")).toString() == QLatin1String("Namespaced");
                resource.preferred = v == 0;
                resource.verbs = jsonStrings(object.value(QLatin1String("verbs")));
                resource.shortNames = jsonStrings(object.value(QLatin1String("shortNames")));
                resource.categories = jsonStrings(object.value(QLatin1String("categories")));
                const QJsonArray subresources = object.value(QLatin1String("subresources")).toArray();
                for (const QJsonValue &sub : subresources)
                    resource.subresources.append(sub.toObject().value(QLatin1String("subresource")).toString());
                m_incoming.append(resource);
            }
        }
    }
}

void Discovery::requestGroupVersion(const QString &group, const QString &version, bool preferred)
{
    ++m_pending;
    RawRequest request;
    request.path = group.isEmpty() ? QString(QStringLiteral("/api/") + version)
                                   : QString(QStringLiteral("/apis/") + group + QLatin1Char('/') + version);
    m_client->request(
        request, this,
        [this, group, version, preferred](const QJsonObject &list) {
            parseLegacyResourceList(group, version, preferred, list);
            done();
        },
        [this, group, version](const ApiError &error) {
            // One broken aggregated API (metrics-server down) must not hide the rest, as in client-go.
            qCDebug(lcDiscovery) << "discovery of" << group << version << "failed:" << error.message;
            m_failedGroupVersions.append(group.isEmpty() ? version : QString(group + QLatin1Char('/') + version));
            done();
        });
}

void Discovery::parseLegacyResourceList(
    const QString &group, const QString &version, bool preferred, const QJsonObject &list)
{
    const QJsonArray resources = list.value(QLatin1String("resources")).toArray();
    QHash<QString, qsizetype> byName;
    QList<QPair<QString, QString>> subresources;
    for (const QJsonValue &value : resources) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(QLatin1String("name")).toString();
        if (name.contains(QLatin1Char('/'))) {
            subresources.append({ name.section(QLatin1Char('/'), 0, 0), name.section(QLatin1Char('/'), 1) });
            continue;
        }
        ApiResource resource;
        resource.group = group;
        resource.version = version;
        resource.resource = name;
        resource.kind = object.value(QLatin1String("kind")).toString();
        resource.singular = object.value(QLatin1String("singularName")).toString();
        resource.namespaced = object.value(QLatin1String("namespaced")).toBool();
        resource.preferred = preferred;
        resource.verbs = jsonStrings(object.value(QLatin1String("verbs")));
        resource.shortNames = jsonStrings(object.value(QLatin1String("shortNames")));
        resource.categories = jsonStrings(object.value(QLatin1String("categories")));
        byName.insert(name, m_incoming.size());
        m_incoming.append(resource);
    }
    for (const auto &[parent, sub] : std::as_const(subresources)) {
        if (const auto it = byName.constFind(parent); it != byName.cend())
            m_incoming[*it].subresources.append(sub);
    }
}

void Discovery::fail(const ApiError &error)
{
    m_failed = true;
    Q_EMIT errorOccurred(error);
    done();
}

void Discovery::done()
{
    if (--m_pending > 0)
        return;
    if (m_failed)
        return; // keep what we had (cache) rather than half an answer
    m_resources = m_incoming;
    m_incoming.clear();
    m_lastRefreshed = QDateTime::currentDateTimeUtc();
    m_fromCache = false;
    saveCache();
    Q_EMIT refreshed();
}

std::optional<ApiResource> Discovery::findKind(const QString &group, const QString &kind) const
{
    std::optional<ApiResource> fallback;
    for (const ApiResource &resource : m_resources) {
        if (resource.group != group || resource.kind != kind)
            continue;
        if (resource.preferred)
            return resource;
        if (!fallback)
            fallback = resource;
    }
    return fallback;
}

std::optional<ApiResource> Discovery::find(const QString &name) const
{
    const QString lower = name.toLower();
    const QString resourcePart = lower.section(QLatin1Char('.'), 0, 0);
    const QString groupPart = lower.contains(QLatin1Char('.')) ? lower.section(QLatin1Char('.'), 1) : QString();
    std::optional<ApiResource> fallback;
    for (const ApiResource &resource : m_resources) {
        if (!groupPart.isEmpty() && resource.group != groupPart)
            continue;
        const bool matches = resource.resource == resourcePart || resource.singular == resourcePart
            || resource.kind.toLower() == resourcePart || resource.shortNames.contains(resourcePart);
        if (!matches)
            continue;
        // Core and preferred versions win, as kubectl's RESTMapper priority does.
        if (resource.preferred && resource.group.isEmpty())
            return resource;
        if (!fallback || (resource.preferred && !fallback->preferred))
            fallback = resource;
    }
    return fallback;
}

} // namespace Sextant::Core
