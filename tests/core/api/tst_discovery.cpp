// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "cannedhttpserver.h"
#include "core/api/apiclient.h"
#include "core/api/discovery.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sextant::Core;
using namespace Sextant::Test;

namespace {

const QByteArray aggregatedCore = R"({"kind":"APIGroupDiscoveryList","apiVersion":"apidiscovery.k8s.io/v2","items":[
{"metadata":{"name":""},"versions":[{"version":"v1","resources":[
 {"resource":"pods","responseKind":{"group":"","version":"v1","kind":"Pod"},"scope":"Namespaced","singularResource":"pod",
  "verbs":["create","delete","get","list","patch","update","watch"],"shortNames":["po"],"categories":["all"],
  "subresources":[{"subresource":"log","verbs":["get"]},{"subresource":"status","verbs":["get","patch","update"]}]},
 {"resource":"nodes","responseKind":{"group":"","version":"v1","kind":"Node"},"scope":"Cluster","singularResource":"node",
  "verbs":["get","list","watch"],"shortNames":["no"]}]}]}]})";

const QByteArray aggregatedGroups = R"({"kind":"APIGroupDiscoveryList","apiVersion":"apidiscovery.k8s.io/v2","items":[
{"metadata":{"name":"apps"},"versions":[{"version":"v1","resources":[
 {"resource":"deployments","responseKind":{"group":"apps","version":"v1","kind":"Deployment"},"scope":"Namespaced",
  "singularResource":"deployment","verbs":["get","list"],"shortNames":["deploy"]}]}]},
{"metadata":{"name":"example.com"},"versions":[
 {"version":"v2","resources":[{"resource":"widgets","responseKind":{"group":"example.com","version":"v2","kind":"Widget"},
  "scope":"Namespaced","singularResource":"widget","verbs":["get","list","watch"],"shortNames":["wd"]}]},
 {"version":"v1","resources":[{"resource":"widgets","responseKind":{"group":"example.com","version":"v1","kind":"Widget"},
  "scope":"Namespaced","singularResource":"widget","verbs":["get","list"]}]}]}]})";

CannedResponse aggregatedAnswer(const CannedRequest &request)
{
    if (request.path() == QLatin1String("/api"))
        return CannedResponse::json(200, aggregatedCore);
    if (request.path() == QLatin1String("/apis"))
        return CannedResponse::json(200, aggregatedGroups);
    return CannedResponse::json(404, "{}");
}

CannedResponse legacyAnswer(const CannedRequest &request)
{
    const QString path = request.path();
    if (path == QLatin1String("/api"))
        return CannedResponse::json(200, R"({"kind":"APIVersions","versions":["v1"]})");
    if (path == QLatin1String("/apis"))
        return CannedResponse::json(200, R"({"kind":"APIGroupList","groups":[
 {"name":"apps","versions":[{"groupVersion":"apps/v1","version":"v1"}],"preferredVersion":{"groupVersion":"apps/v1","version":"v1"}},
 {"name":"metrics.k8s.io","versions":[{"groupVersion":"metrics.k8s.io/v1beta1","version":"v1beta1"}],"preferredVersion":{"groupVersion":"metrics.k8s.io/v1beta1","version":"v1beta1"}}]})");
    if (path == QLatin1String("/api/v1"))
        return CannedResponse::json(200, R"({"kind":"APIResourceList","groupVersion":"v1","resources":[
 {"name":"pods","singularName":"pod","namespaced":true,"kind":"Pod","verbs":["get","list","watch"],"shortNames":["po"]},
 {"name":"pods/log","singularName":"","namespaced":true,"kind":"Pod","verbs":["get"]}]})");
    if (path == QLatin1String("/apis/apps/v1"))
        return CannedResponse::json(200, R"({"kind":"APIResourceList","groupVersion":"apps/v1","resources":[
 {"name":"deployments","singularName":"deployment","namespaced":true,"kind":"Deployment","verbs":["get"],"shortNames":["deploy"]}]})");
    return CannedResponse::json(503, "service unavailable");
}

} // namespace

class TestDiscovery : public QObject {
    Q_OBJECT

    QTemporaryDir m_cache;

private Q_SLOTS:
    void aggregated_parsedWithScopeVerbsAndPreference()
    {
        CannedHttpServer server;
        server.setHandler(aggregatedAnswer);
        RestConfig config;
        config.server = server.url();
        ApiClient client(config, nullptr);
        Discovery discovery(&client);
        discovery.setCacheDirectory(m_cache.path());
        QSignalSpy refreshed(&discovery, &Discovery::refreshed);
        discovery.refresh();
        QVERIFY(refreshed.wait());
        QVERIFY(discovery.usedAggregatedDiscovery());
        QCOMPARE(server.requests.size(), 2);
        QVERIFY(server.requests[0].headers.value("accept").startsWith(
            "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList"));
        QCOMPARE(discovery.resources().size(), 5);

        const auto pods = discovery.find(QStringLiteral("po"));
        QVERIFY(pods);
        QCOMPARE(pods->kind, QStringLiteral("Pod"));
        QVERIFY(pods->namespaced);
        QCOMPARE(pods->subresources, (QStringList { QStringLiteral("log"), QStringLiteral("status") }));
        QVERIFY(pods->supports(QStringLiteral("watch")));
        const auto nodes = discovery.find(QStringLiteral("Node"));
        QVERIFY(nodes && !nodes->namespaced);
        QCOMPARE(discovery.find(QStringLiteral("deploy"))->group, QStringLiteral("apps"));
        QCOMPARE(discovery.find(QStringLiteral("deployments.apps"))->resource, QStringLiteral("deployments"));
        // CRD with two versions: the first listed is preferred.
        QCOMPARE(
            discovery.findKind(QStringLiteral("example.com"), QStringLiteral("Widget"))->version, QStringLiteral("v2"));
        QCOMPARE(discovery.find(QStringLiteral("wd"))->version, QStringLiteral("v2"));
        QVERIFY(!discovery.find(QStringLiteral("nope")));
    }

    void legacy_fallbackPerGroupVersion_failedGroupTolerated()
    {
        CannedHttpServer server;
        server.setHandler(legacyAnswer);
        RestConfig config;
        config.server = server.url();
        ApiClient client(config, nullptr);
        Discovery discovery(&client);
        discovery.setCacheDirectory(QString());
        QSignalSpy refreshed(&discovery, &Discovery::refreshed);
        discovery.refresh();
        QVERIFY(refreshed.wait());
        QVERIFY(!discovery.usedAggregatedDiscovery());
        QCOMPARE(discovery.resources().size(), 2);
        QCOMPARE(discovery.find(QStringLiteral("pods"))->subresources, QStringList { QStringLiteral("log") });
        QVERIFY(discovery.find(QStringLiteral("deploy"))->preferred);
        QCOMPARE(discovery.failedGroupVersions(), QStringList { QStringLiteral("metrics.k8s.io/v1beta1") });
    }

    void cache_newInstanceAnswersFromDisk()
    {
        CannedHttpServer server;
        server.setHandler(aggregatedAnswer);
        RestConfig config;
        config.server = server.url();
        ApiClient client(config, nullptr);
        {
            Discovery discovery(&client);
            discovery.setCacheDirectory(m_cache.path());
            QSignalSpy refreshed(&discovery, &Discovery::refreshed);
            discovery.refresh();
            QVERIFY(refreshed.wait());
            QVERIFY(QFile::exists(discovery.cacheFilePath()));
        }
        server.setHandler([](const CannedRequest &) { return CannedResponse::json(500, "{}"); });
        Discovery cached(&client);
        cached.setCacheDirectory(m_cache.path());
        QVERIFY(cached.isFromCache());
        QCOMPARE(cached.resources().size(), 5);
        QCOMPARE(cached.find(QStringLiteral("wd"))->version, QStringLiteral("v2"));
        // A failed refresh keeps the cached answer.
        QSignalSpy errors(&cached, &Discovery::errorOccurred);
        cached.refresh();
        QVERIFY(errors.wait());
        QTRY_VERIFY(!cached.isRefreshing());
        QCOMPARE(cached.resources().size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
