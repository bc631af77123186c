// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/doctor/accesssummary.h"

#include "core/auth/ansiescape.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <algorithm>

namespace Sextant::Core::AccessSummary {

namespace {

QString tr(const char *text)
{
    // lupdate files tr() calls in this namespace under its name.
    return QCoreApplication::translate("Sextant::Core::AccessSummary", text);
}

// Resources listed per verb group before "and N more".
constexpr int MaxResourcesShown = 6;

struct Rule {
    QStringList verbs;
    QStringList groups;
    QStringList resources;
    QStringList names;
};

QStringList cleaned(const QStringList &list)
{
    QStringList result;
    for (const QString &item : list) {
        result.append(stripControlCharacters(item));
    }
    return result;
}

QList<Rule> resourceRules(const RulesReview &review)
{
    QList<Rule> rules;
    for (const ResourceRule &rule : review.resourceRules) {
        rules.append(
            { cleaned(rule.verbs), cleaned(rule.apiGroups), cleaned(rule.resources), cleaned(rule.resourceNames) });
    }
    return rules;
}

const QString Any = QStringLiteral("*");

bool hasAny(const QStringList &list, std::initializer_list<const char *> wanted)
{
    if (list.contains(Any)) {
        return true;
    }
    return std::any_of(
        wanted.begin(), wanted.end(), [&list](const char *item) { return list.contains(QLatin1String(item)); });
}

// Every user may ask who they are and what they may do (system:basic-user):
// not worth listing.
bool isSelfReviewRule(const Rule &rule)
{
    const bool reviewGroups = std::all_of(rule.groups.cbegin(), rule.groups.cend(), [](const QString &group) {
        return group == QLatin1String("authorization.k8s.io") || group == QLatin1String("authentication.k8s.io");
    });
    const bool selfResources = std::all_of(rule.resources.cbegin(), rule.resources.cend(),
        [](const QString &resource) { return resource.startsWith(QLatin1String("self")); });
    return !rule.groups.isEmpty() && reviewGroups && selfResources;
}

bool isEverything(const Rule &rule)
{
    return rule.verbs.contains(Any) && rule.groups.contains(Any) && rule.resources.contains(Any)
        && rule.names.isEmpty();
}

// kubectl's order: reads first, then writes, then anything else alphabetically.
QStringList orderedVerbs(QStringList verbs)
{
    static const QStringList known = { QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch"),
        QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("patch"), QStringLiteral("delete"),
        QStringLiteral("deletecollection") };
    verbs.removeDuplicates();
    std::sort(verbs.begin(), verbs.end(), [](const QString &a, const QString &b) {
        const qsizetype ia = known.contains(a) ? known.indexOf(a) : known.size();
        const qsizetype ib = known.contains(b) ? known.indexOf(b) : known.size();
        return ia != ib ? ia < ib : a < b;
    });
    return verbs;
}

QString verbLabel(const QStringList &verbs)
{
    if (verbs.contains(Any)) {
        return tr("all verbs on");
    }
    return orderedVerbs(verbs).join(QLatin1Char('/'));
}

QStringList resourceLabels(const Rule &rule)
{
    QStringList labels;
    const QStringList groups = rule.groups.isEmpty() ? QStringList { QString() } : rule.groups;
    for (const QString &group : groups) {
        for (const QString &resource : rule.resources) {
            QString label;
            if (resource == Any) {
                label = group == Any  ? tr("all resources")
                    : group.isEmpty() ? tr("all core resources")
                                      : tr("all resources in %1").arg(group);
            } else {
                label = (group.isEmpty() || group == Any) ? resource : resource + QLatin1Char('.') + group;
            }
            if (!rule.names.isEmpty()) {
                label += QStringLiteral(" (%1)").arg(rule.names.join(QStringLiteral(", ")));
            }
            labels.append(label);
        }
    }
    return labels;
}

bool allowsSecretsRead(const Rule &rule)
{
    return hasAny(rule.verbs, { "get", "list" }) && (rule.groups.contains(QString()) || rule.groups.contains(Any))
        && hasAny(rule.resources, { "secrets" }) && rule.names.isEmpty();
}

} // namespace

QString describeUserInfo(const UserInfo &userInfo)
{
    const QString user = stripControlCharacters(userInfo.username);
    const QStringList groups = cleaned(userInfo.groups);
    if (groups.isEmpty()) {
        return tr("Authenticated as %1 (no groups)").arg(user);
    }
    return tr("Authenticated as %1 (groups: %2)").arg(user, groups.join(QStringLiteral(", ")));
}

bool grantsEverything(const RulesReview &review)
{
    const QList<Rule> rules = resourceRules(review);
    return std::any_of(rules.cbegin(), rules.cend(), isEverything);
}

QString describeRulesReview(const RulesReview &review, const QString &namespaceName)
{
    if (grantsEverything(review)) {
        return tr("In namespace %1: cluster-admin (all verbs on all resources)").arg(namespaceName);
    }

    // Group resources by their verb set, in the order the server listed them.
    QStringList verbGroups;
    QList<QStringList> resourcesByGroup;
    bool canWrite = false;
    bool canDelete = false;
    bool canReadSecrets = false;
    const QList<Rule> rules = resourceRules(review);
    for (const Rule &rule : rules) {
        if (isSelfReviewRule(rule) || rule.verbs.isEmpty() || rule.resources.isEmpty()) {
            continue;
        }
        canWrite = canWrite || hasAny(rule.verbs, { "create", "update", "patch", "delete", "deletecollection" });
        canDelete = canDelete || hasAny(rule.verbs, { "delete", "deletecollection" });
        canReadSecrets = canReadSecrets || allowsSecretsRead(rule);
        const QString verbs = verbLabel(rule.verbs);
        qsizetype index = verbGroups.indexOf(verbs);
        if (index < 0) {
            verbGroups.append(verbs);
            resourcesByGroup.append(QStringList());
            index = verbGroups.size() - 1;
        }
        for (const QString &label : resourceLabels(rule)) {
            if (!resourcesByGroup[index].contains(label)) {
                resourcesByGroup[index].append(label);
            }
        }
    }

    QStringList parts;
    for (qsizetype i = 0; i < verbGroups.size(); ++i) {
        const QStringList &resources = resourcesByGroup.at(i);
        QString shown = resources.mid(0, MaxResourcesShown).join(QStringLiteral(", "));
        if (resources.size() > MaxResourcesShown) {
            shown = tr("%1 and %2 more").arg(shown).arg(resources.size() - MaxResourcesShown);
        }
        parts.append(verbGroups.at(i) + QLatin1Char(' ') + shown);
    }
    if (parts.isEmpty()) {
        parts.append(tr("no access to any resource"));
    }
    if (!canWrite) {
        parts.append(tr("cannot create, change or delete anything"));
    } else if (!canDelete) {
        parts.append(tr("cannot delete anything"));
    }
    if (!canReadSecrets) {
        parts.append(tr("cannot read secrets"));
    }
    return tr("In namespace %1: %2").arg(namespaceName, parts.join(QStringLiteral("; ")));
}

} // namespace Sextant::Core::AccessSummary
