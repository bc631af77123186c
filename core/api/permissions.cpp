// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/permissions.h"

#include "core/api/jsonstrings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace Sextant::Core {

namespace {

QString cacheKey(const QString &verb, const ResourceRef &ref, const QString &namespaceName, const QString &name,
    const QString &subresource)
{
    return QStringList { verb, ref.group, ref.resource, namespaceName, name, subresource }.join(QLatin1Char('\x1f'));
}

bool matches(const QStringList &patterns, const QString &value)
{
    return patterns.contains(QStringLiteral("*")) || patterns.contains(value);
}

RawRequest review(const QString &group, const QString &resource, const QString &kind, const QJsonObject &spec)
{
    RawRequest request;
    request.verb = "POST";
    request.path = QStringLiteral("/apis/") + group + QStringLiteral("/v1/") + resource;
    request.contentType = "application/json";
    request.body = QJsonDocument(QJsonObject { { QStringLiteral("kind"), kind },
                                     { QStringLiteral("apiVersion"), QString(group + QStringLiteral("/v1")) },
                                     { QStringLiteral("spec"), spec } })
                       .toJson(QJsonDocument::Compact);
    return request;
}

} // namespace

bool RulesReview::allows(const QString &verb, const QString &group, const QString &resource) const
{
    for (const ResourceRule &rule : resourceRules) {
        if (matches(rule.verbs, verb) && matches(rule.apiGroups, group) && matches(rule.resources, resource)
            && rule.resourceNames.isEmpty())
            return true;
    }
    return false;
}

Permissions::Permissions(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void Permissions::clearCache()
{
    m_cache.clear();
    m_rulesCache.clear();
}

std::optional<AccessDecision> Permissions::cached(const QString &verb, const ResourceRef &ref,
    const QString &namespaceName, const QString &name, const QString &subresource) const
{
    const auto it = m_cache.constFind(cacheKey(verb, ref, namespaceName, name, subresource));
    if (it == m_cache.cend() || it->time.secsTo(QDateTime::currentDateTimeUtc()) >= m_ttlSeconds)
        return std::nullopt;
    return it->decision;
}

RequestHandle Permissions::can(const QString &verb, const ResourceRef &ref, const QString &namespaceName,
    const QString &name, const QString &subresource, const QObject *context, Handler<AccessDecision> onDone,
    ErrorHandler onError)
{
    if (const auto decision = cached(verb, ref, namespaceName, name, subresource)) {
        // Still asynchronous, so callers see one behaviour.
        QTimer::singleShot(0, context ? context : this, [onDone, decision = *decision] { onDone(decision); });
        return {};
    }
    QJsonObject attributes { { QStringLiteral("verb"), verb }, { QStringLiteral("group"), ref.group },
        { QStringLiteral("version"), ref.version }, { QStringLiteral("resource"), ref.resource } };
    if (!namespaceName.isEmpty())
        attributes.insert(QStringLiteral("namespace"), namespaceName);
    if (!name.isEmpty())
        attributes.insert(QStringLiteral("name"), name);
    if (!subresource.isEmpty())
        attributes.insert(QStringLiteral("subresource"), subresource);
    const RawRequest request = review(QStringLiteral("authorization.k8s.io"),
        QStringLiteral("selfsubjectaccessreviews"), QStringLiteral("SelfSubjectAccessReview"),
        QJsonObject { { QStringLiteral("resourceAttributes"), attributes } });
    const QString key = cacheKey(verb, ref, namespaceName, name, subresource);
    QPointer<Permissions> self(this);
    return m_client->request(
        request, context,
        [self, key, onDone](const QJsonObject &answer) {
            const QJsonObject status = answer.value(QLatin1String("status")).toObject();
            AccessDecision decision;
            decision.allowed = status.value(QLatin1String("allowed")).toBool();
            decision.denied = status.value(QLatin1String("denied")).toBool();
            decision.reason = status.value(QLatin1String("reason")).toString();
            decision.evaluationError = status.value(QLatin1String("evaluationError")).toString();
            if (self)
                self->m_cache.insert(key, Entry { decision, QDateTime::currentDateTimeUtc() });
            onDone(decision);
        },
        std::move(onError));
}

RequestHandle Permissions::rules(
    const QString &namespaceName, const QObject *context, Handler<RulesReview> onDone, ErrorHandler onError)
{
    const auto it = m_rulesCache.constFind(namespaceName);
    if (it != m_rulesCache.cend() && it->second.secsTo(QDateTime::currentDateTimeUtc()) < m_ttlSeconds) {
        QTimer::singleShot(0, context ? context : this, [onDone, review = it->first] { onDone(review); });
        return {};
    }
    const RawRequest request = review(QStringLiteral("authorization.k8s.io"), QStringLiteral("selfsubjectrulesreviews"),
        QStringLiteral("SelfSubjectRulesReview"), QJsonObject { { QStringLiteral("namespace"), namespaceName } });
    QPointer<Permissions> self(this);
    return m_client->request(
        request, context,
        [self, namespaceName, onDone](const QJsonObject &answer) {
            const QJsonObject status = answer.value(QLatin1String("status")).toObject();
            RulesReview review;
            review.incomplete = status.value(QLatin1String("incomplete")).toBool();
            review.evaluationError = status.value(QLatin1String("evaluationError")).toString();
            const QJsonArray rules = status.value(QLatin1String("resourceRules")).toArray();
            for (const QJsonValue &value : rules) {
                const QJsonObject rule = value.toObject();
                review.resourceRules.append(ResourceRule { jsonStrings(rule.value(QLatin1String("verbs"))),
                    jsonStrings(rule.value(QLatin1String("apiGroups"))),
                    jsonStrings(rule.value(QLatin1String("resources"))),
                    jsonStrings(rule.value(QLatin1String("resourceNames"))) });
            }
            if (self)
                self->m_rulesCache.insert(namespaceName, { review, QDateTime::currentDateTimeUtc() });
            onDone(review);
        },
        std::move(onError));
}

RequestHandle Permissions::whoAmI(const QObject *context, Handler<UserInfo> onDone, ErrorHandler onError)
{
    RawRequest request = review(QStringLiteral("authentication.k8s.io"), QStringLiteral("selfsubjectreviews"),
        QStringLiteral("SelfSubjectReview"), QJsonObject {});
    return m_client->request(
        request, context,
        [onDone](const QJsonObject &answer) {
            const QJsonObject user
                = answer.value(QLatin1String("status")).toObject().value(QLatin1String("userInfo")).toObject();
            UserInfo info;
            info.username = user.value(QLatin1String("username")).toString();
            info.uid = user.value(QLatin1String("uid")).toString();
            info.groups = jsonStrings(user.value(QLatin1String("groups")));
            const QJsonObject extra = user.value(QLatin1String("extra")).toObject();
            for (auto it = extra.begin(); it != extra.end(); ++it)
                info.extra.insert(it.key(), jsonStrings(it.value()));
            onDone(info);
        },
        std::move(onError));
}

} // namespace Sextant::Core
