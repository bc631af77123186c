// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apiclient.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QStringList>

namespace Sextant::Core {

// SelfSubjectAccessReview's answer: may the current user do this?
struct AccessDecision {
    bool allowed = false;
    bool denied = false; // explicitly denied (allowed is false then too)
    QString reason; // from the authorizer, often empty
    QString evaluationError; // the authorizer could not decide everything
};

struct ResourceRule {
    QStringList verbs;
    QStringList apiGroups;
    QStringList resources; // "pods", "pods/log", "*"
    QStringList resourceNames;
};

// SelfSubjectRulesReview for one namespace. For UI hints only: it can be
// incomplete (webhook authorizers), so a missing rule does not mean "denied".
struct RulesReview {
    QList<ResourceRule> resourceRules;
    bool incomplete = false;
    QString evaluationError;

    bool allows(const QString &verb, const QString &group, const QString &resource) const;
};

// SelfSubjectReview (authentication.k8s.io/v1): who the server thinks we are.
struct UserInfo {
    QString username;
    QString uid;
    QStringList groups;
    QMap<QString, QStringList> extra;
};

// Permission checks for enabling, hiding or greying actions, with the
// reason. Answers are cached for a minute per (verb, resource, namespace,
// name, subresource); clearCache() after the user switched credentials.
class Permissions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Permissions)
public:
    explicit Permissions(ApiClient *client, QObject *parent = nullptr);

    RequestHandle can(const QString &verb, const ResourceRef &ref, const QString &namespaceName, const QString &name,
        const QString &subresource, const QObject *context, Handler<AccessDecision> onDone, ErrorHandler onError = {});
    // The cached answer, if a fresh one exists: lets views decide synchronously.
    std::optional<AccessDecision> cached(const QString &verb, const ResourceRef &ref, const QString &namespaceName,
        const QString &name = {}, const QString &subresource = {}) const;

    RequestHandle rules(
        const QString &namespaceName, const QObject *context, Handler<RulesReview> onDone, ErrorHandler onError = {});
    RequestHandle whoAmI(const QObject *context, Handler<UserInfo> onDone, ErrorHandler onError = {});

    void clearCache();
    void setCacheTtl(int seconds) { m_ttlSeconds = seconds; }

private:
    struct Entry {
        AccessDecision decision;
        QDateTime time;
    };
    ApiClient *m_client = nullptr;
    QHash<QString, Entry> m_cache;
    QHash<QString, std::pair<RulesReview, QDateTime>> m_rulesCache;
    int m_ttlSeconds = 60;
};

} // namespace Sextant::Core
