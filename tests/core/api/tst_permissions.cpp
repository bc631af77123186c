// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "cannedhttpserver.h"
#include "core/api/permissions.h"

#include <QJsonDocument>
#include <QTest>

using namespace Sextant::Core;
using namespace Sextant::Test;

namespace {
const ResourceRef deployments { QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("deployments"), true };
}

class TestPermissions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void can_sendsAccessReviewAndCaches()
    {
        CannedHttpServer server;
        server.setHandler([](const CannedRequest &) {
            return CannedResponse::json(201,
                R"({"kind":"SelfSubjectAccessReview","status":{"allowed":false,"reason":"no RBAC policy matched"}})");
        });
        RestConfig config;
        config.server = server.url();
        ApiClient client(config, nullptr);
        client.setAuditLog(nullptr);
        Permissions permissions(&client);
        std::optional<AccessDecision> decision;
        permissions.can(QStringLiteral("delete"), deployments, QStringLiteral("ns"), QStringLiteral("web"),
            QStringLiteral("scale"), this, [&](const AccessDecision &d) { decision = d; });
        QTRY_VERIFY(decision);
        QVERIFY(!decision->allowed);
        QCOMPARE(decision->reason, QStringLiteral("no RBAC policy matched"));
        const CannedRequest &request = server.requests.at(0);
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path(), QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"));
        const QJsonObject attributes = QJsonDocument::fromJson(request.body)
                                           .object()
                                           .value(QLatin1String("spec"))
                                           .toObject()
                                           .value(QLatin1String("resourceAttributes"))
                                           .toObject();
        QCOMPARE(attributes.value(QLatin1String("verb")).toString(), QStringLiteral("delete"));
        QCOMPARE(attributes.value(QLatin1String("group")).toString(), QStringLiteral("apps"));
        QCOMPARE(attributes.value(QLatin1String("resource")).toString(), QStringLiteral("deployments"));
        QCOMPARE(attributes.value(QLatin1String("namespace")).toString(), QStringLiteral("ns"));
        QCOMPARE(attributes.value(QLatin1String("name")).toString(), QStringLiteral("web"));
        QCOMPARE(attributes.value(QLatin1String("subresource")).toString(), QStringLiteral("scale"));

        QVERIFY(permissions.cached(QStringLiteral("delete"), deployments, QStringLiteral("ns"), QStringLiteral("web"),
            QStringLiteral("scale")));
        decision.reset();
        permissions.can(QStringLiteral("delete"), deployments, QStringLiteral("ns"), QStringLiteral("web"),
            QStringLiteral("scale"), this, [&](const AccessDecision &d) { decision = d; });
        QTRY_VERIFY(decision);
        QCOMPARE(server.requests.size(), 1); // answered from the cache
        permissions.clearCache();
        QVERIFY(!permissions.cached(QStringLiteral("delete"), deployments, QStringLiteral("ns"), QStringLiteral("web"),
            QStringLiteral("scale")));
    }

    void rules_parsedAndMatched()
    {
        CannedHttpServer server;
        server.setHandler([](const CannedRequest &) {
            return CannedResponse::json(201, R"({"kind":"SelfSubjectRulesReview","status":{"incomplete":true,
 "resourceRules":[{"verbs":["get","list","watch"],"apiGroups":[""],"resources":["pods","pods/log"]},
                  {"verbs":["*"],"apiGroups":["apps"],"resources":["deployments"],"resourceNames":["only-this"]}]}})");
        });
        RestConfig config;
        config.server = server.url();
        ApiClient client(config, nullptr);
        Permissions permissions(&client);
        std::optional<RulesReview> review;
        permissions.rules(QStringLiteral("ns"), this, [&](const RulesReview &r) { review = r; });
        QTRY_VERIFY(review);
        QVERIFY(review->incomplete);
        QCOMPARE(review->resourceRules.size(), 2);
        QVERIFY(review->allows(QStringLiteral("list"), QString(), QStringLiteral("pods")));
        QVERIFY(!review->allows(QStringLiteral("delete"), QString(), QStringLiteral("pods")));
        QVERIFY(!review->allows(QStringLiteral("delete"), QStringLiteral("apps"), QStringLiteral("deployments")));
        QCOMPARE(QJsonDocument::fromJson(server.requests.at(0).body)
                     .object()
                     .value(QLatin1String("spec"))
                     .toObject()
                     .value(QLatin1String("namespace"))
                     .toString(),
            QStringLiteral("ns"));
    }

    void whoAmI_selfSubjectReview()
    {
        CannedHttpServer server;
        server.setHandler([](const CannedRequest &) {
            return CannedResponse::json(201, R"({"kind":"SelfSubjectReview","status":{"userInfo":{"username":"admin",
 "uid":"u-1","groups":["system:masters","system:authenticated"],"extra":{"scopes":["a","b"]}}}})");
        });
        RestConfig config;
        config.server = server.url();
        ApiClient client(config, nullptr);
        Permissions permissions(&client);
        std::optional<UserInfo> user;
        permissions.whoAmI(this, [&](const UserInfo &u) { user = u; });
        QTRY_VERIFY(user);
        QCOMPARE(user->username, QStringLiteral("admin"));
        QCOMPARE(user->groups.size(), 2);
        QCOMPARE(
            user->extra.value(QStringLiteral("scopes")), (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
        QCOMPARE(server.requests.at(0).path(), QStringLiteral("/apis/authentication.k8s.io/v1/selfsubjectreviews"));
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
