// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0

// Plain-language summaries of SelfSubjectReview and SelfSubjectRulesReview,
// from answers recorded against kube-sim (admin, limited) and small hand-made ones.

#include "core/doctor/accesssummary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Sextant::Core;

namespace {

QJsonObject json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(text, &error).object();
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    }
    return object;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        list.append(item.toString());
    }
    return list;
}

// A SelfSubjectRulesReview status as Permissions::rules() delivers it.
RulesReview rules(const QByteArray &status)
{
    const QJsonObject object = json(status);
    RulesReview review;
    review.incomplete = object.value(QLatin1String("incomplete")).toBool();
    for (const QJsonValue &value : object.value(QLatin1String("resourceRules")).toArray()) {
        const QJsonObject rule = value.toObject();
        review.resourceRules.append(
            { strings(rule.value(QLatin1String("verbs"))), strings(rule.value(QLatin1String("apiGroups"))),
                strings(rule.value(QLatin1String("resources"))), strings(rule.value(QLatin1String("resourceNames"))) });
    }
    return review;
}

UserInfo user(const QByteArray &userInfo)
{
    const QJsonObject object = json(userInfo);
    UserInfo info;
    info.username = object.value(QLatin1String("username")).toString();
    info.groups = strings(object.value(QLatin1String("groups")));
    return info;
}

// kubectl create -f ssrr.json as admin (system:masters), namespace demo.
const QByteArray AdminRules = R"({"incomplete": false,
 "nonResourceRules": [{"nonResourceURLs": ["*"], "verbs": ["*"]}],
 "resourceRules": [{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]},
  {"apiGroups": ["authorization.k8s.io"], "resources": ["selfsubjectaccessreviews", "selfsubjectrulesreviews"], "verbs": ["create"]},
  {"apiGroups": ["authentication.k8s.io"], "resources": ["selfsubjectreviews"], "verbs": ["create"]}]})";

// The same as kube-sim's `limited` user (Role kube-sim-limited in demo), shortened.
const QByteArray LimitedRules = R"({"incomplete": false,
 "resourceRules": [
  {"apiGroups": ["authorization.k8s.io"], "resources": ["selfsubjectaccessreviews", "selfsubjectrulesreviews"], "verbs": ["create"]},
  {"apiGroups": ["authentication.k8s.io"], "resources": ["selfsubjectreviews"], "verbs": ["create"]},
  {"apiGroups": [""], "resources": ["pods", "pods/log", "pods/status", "services", "endpoints", "configmaps", "persistentvolumeclaims", "serviceaccounts"], "verbs": ["get", "list", "watch"]},
  {"apiGroups": ["apps"], "resources": ["deployments", "replicasets"], "verbs": ["watch", "get", "list"]},
  {"apiGroups": ["shop.sextant.io"], "resources": ["*"], "verbs": ["get", "list", "watch"]}]})";

} // namespace

class TestAccessSummary : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void describeUserInfo_withGroups_listsThem()
    {
        const UserInfo info
            = user(R"({"username":"admin","groups":["system:masters","system:authenticated"],"extra":{"x":["y"]}})");
        QCOMPARE(AccessSummary::describeUserInfo(info),
            QStringLiteral("Authenticated as admin (groups: system:masters, system:authenticated)"));
    }

    void describeUserInfo_noGroups_saysSo()
    {
        QCOMPARE(AccessSummary::describeUserInfo(user(R"({"username":"bob"})")),
            QStringLiteral("Authenticated as bob (no groups)"));
    }

    void describeUserInfo_controlCharacters_stripped()
    {
        const QString text = AccessSummary::describeUserInfo(user("{\"username\":\"eve\\u001b[2J\"}"));
        QVERIFY(!text.contains(QChar(0x1b)));
        QVERIFY(text.startsWith(QLatin1String("Authenticated as eve")));
    }

    void describeRulesReview_clusterAdmin_saysAllVerbsOnAllResources()
    {
        const RulesReview status = rules(AdminRules);
        QVERIFY(AccessSummary::grantsEverything(status));
        QCOMPARE(AccessSummary::describeRulesReview(status, QStringLiteral("demo")),
            QStringLiteral("In namespace demo: cluster-admin (all verbs on all resources)"));
    }

    void describeRulesReview_readOnlyUser_groupsByVerbsAndSaysWhatIsMissing()
    {
        const RulesReview status = rules(LimitedRules);
        QVERIFY(!AccessSummary::grantsEverything(status));
        const QString text = AccessSummary::describeRulesReview(status, QStringLiteral("demo"));
        // One group: the verbs are the same set, in kubectl's order, whatever the server's order.
        QCOMPARE(text,
            QStringLiteral("In namespace demo: get/list/watch pods, pods/log, pods/status, services, endpoints, "
                           "configmaps and 5 more; cannot create, change or delete anything; cannot read secrets"));
        QVERIFY(!text.contains(QLatin1String("selfsubject")));
    }

    void describeRulesReview_cases_data()
    {
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<QString>("expected");

        QTest::newRow("writerWithoutDelete") << QByteArray(
            R"({"resourceRules":[{"verbs":["get","create","patch"],"apiGroups":["apps"],"resources":["deployments"]}]})")
                                             << "In namespace ns: get/create/patch deployments.apps; cannot delete "
                                                "anything; cannot read secrets";
        QTest::newRow("secretsReader") << QByteArray(
            R"({"resourceRules":[{"verbs":["get","list"],"apiGroups":[""],"resources":["secrets"]}]})")
                                       << "In namespace ns: get/list secrets; cannot create, change or delete anything";
        QTest::newRow("namedSecretOnlyIsNotAllSecrets") << QByteArray(
            R"({"resourceRules":[{"verbs":["get"],"apiGroups":[""],"resources":["secrets"],"resourceNames":["tls"]}]})")
                                                        << "In namespace ns: get secrets (tls); cannot create, change "
                                                           "or delete anything; cannot read secrets";
        QTest::newRow("allVerbsOnOneResource")
            << QByteArray(R"({"resourceRules":[{"verbs":["*"],"apiGroups":[""],"resources":["configmaps"]}]})")
            << "In namespace ns: all verbs on configmaps; cannot read secrets";
        QTest::newRow("wildcardResourcesInGroup")
            << QByteArray(
                   R"({"resourceRules":[{"verbs":["delete"],"apiGroups":["shop.sextant.io"],"resources":["*"]}]})")
            << "In namespace ns: delete all resources in shop.sextant.io; cannot read secrets";
        QTest::newRow("onlySelfReviews") << QByteArray(
            R"({"resourceRules":[{"verbs":["create"],"apiGroups":["authentication.k8s.io"],"resources":["selfsubjectreviews"]}]})")
                                         << "In namespace ns: no access to any resource; cannot create, change or "
                                            "delete anything; cannot read secrets";
        QTest::newRow("noRulesAtAll") << QByteArray(R"({})")
                                      << "In namespace ns: no access to any resource; cannot create, change or delete "
                                         "anything; cannot read secrets";
    }

    void describeRulesReview_cases()
    {
        QFETCH(QByteArray, status);
        QFETCH(QString, expected);
        QCOMPARE(AccessSummary::describeRulesReview(rules(status), QStringLiteral("ns")), expected);
    }
};

QTEST_GUILESS_MAIN(TestAccessSummary)
#include "tst_accesssummary.moc"
