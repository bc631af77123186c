// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../api/cannedhttpserver.h"
#include "core/api/apiclient.h"
#include "core/cluster/clusterconnection.h"
#include "core/metrics/metricspoller.h"
#include "core/metrics/metricsseries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Sextant::Core;
using namespace Sextant::Test;

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray status(int code, const QString &message)
{
    return json(QJsonObject { { QStringLiteral("kind"), QStringLiteral("Status") },
        { QStringLiteral("status"), QStringLiteral("Failure") }, { QStringLiteral("code"), code },
        { QStringLiteral("message"), message } });
}

QJsonObject usage(const QString &cpu, const QString &memory)
{
    return QJsonObject { { QStringLiteral("cpu"), cpu }, { QStringLiteral("memory"), memory } };
}

QByteArray nodeMetrics()
{
    QJsonArray items;
    items.append(QJsonObject {
        { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("name"), QStringLiteral("node-1") } } },
        { QStringLiteral("usage"), usage(QStringLiteral("1234567n"), QStringLiteral("12345Ki")) } });
    return json(QJsonObject {
        { QStringLiteral("kind"), QStringLiteral("NodeMetricsList") }, { QStringLiteral("items"), items } });
}

QJsonObject podItem(const QString &name, const QString &app, const QJsonArray &containers)
{
    return QJsonObject { { QStringLiteral("metadata"),
                             QJsonObject { { QStringLiteral("name"), name },
                                 { QStringLiteral("namespace"), QStringLiteral("shop") },
                                 { QStringLiteral("labels"), QJsonObject { { QStringLiteral("app"), app } } } } },
        { QStringLiteral("containers"), containers } };
}

QByteArray podMetrics()
{
    QJsonArray items;
    items.append(podItem(QStringLiteral("web-1"), QStringLiteral("web"),
        QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("app") },
                         { QStringLiteral("usage"), usage(QStringLiteral("250m"), QStringLiteral("128Mi")) } },
            QJsonObject { { QStringLiteral("name"), QStringLiteral("sidecar") },
                { QStringLiteral("usage"), usage(QStringLiteral("50m"), QStringLiteral("16Mi")) } } }));
    items.append(podItem(QStringLiteral("web-2"), QStringLiteral("web"),
        QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("app") },
            { QStringLiteral("usage"), usage(QStringLiteral("100m"), QStringLiteral("64Mi")) } } }));
    items.append(podItem(QStringLiteral("db-1"), QStringLiteral("db"),
        QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("db") },
            { QStringLiteral("usage"), usage(QStringLiteral("2"), QStringLiteral("1Gi")) } } }));
    return json(QJsonObject {
        { QStringLiteral("kind"), QStringLiteral("PodMetricsList") }, { QStringLiteral("items"), items } });
}

} // namespace

class TestMetricsPoller final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ApiClient> client(const CannedHttpServer &server)
    {
        RestConfig config;
        config.server = server.url();
        auto out = std::make_unique<ApiClient>(config, nullptr);
        out->setAuditLog(nullptr);
        out->setMaxRetries(0);
        return out;
    }

private Q_SLOTS:
    void series_ring_keepsNewestWithinCapacity()
    {
        MetricsSeries series(4, 1000000);
        for (int i = 1; i <= 10; ++i)
            series.add(MetricsSample { i * 10, i, i * 100 });
        const QList<MetricsSample> samples = series.samples();
        QCOMPARE(samples.size(), 4);
        QCOMPARE(samples.first().cpuMilli, 7);
        QCOMPARE(samples.last().cpuMilli, 10);
        QCOMPARE(series.latest().memoryBytes, 1000);
    }

    void series_olderThanRetention_notReturned()
    {
        MetricsSeries series(100, 3600 * 1000);
        series.add(MetricsSample { 0, 1, 1 });
        series.add(MetricsSample { 1800 * 1000, 2, 2 });
        series.add(MetricsSample { 3700 * 1000, 3, 3 }); // the first is now more than an hour old
        QCOMPARE(series.samples().size(), 2);
        QCOMPARE(series.samples().first().cpuMilli, 2);
    }

    void poll_available_pointsPerObjectAndAggregate()
    {
        CannedHttpServer server;
        server.setHandler([](const CannedRequest &request) {
            if (request.path() == QLatin1String("/apis/metrics.k8s.io/v1beta1/nodes"))
                return CannedResponse::json(200, nodeMetrics());
            if (request.path() == QLatin1String("/apis/metrics.k8s.io/v1beta1/namespaces/shop/pods"))
                return CannedResponse::json(200, podMetrics());
            return CannedResponse::json(404, status(404, QStringLiteral("not found")));
        });
        auto api = client(server);
        MetricsPoller poller(api.get());
        poller.setNamespace(QStringLiteral("shop"));
        qint64 now = 1000000;
        poller.setClock([&] { return now; });
        QSignalSpy pods(&poller, &MetricsPoller::podsUpdated);
        QSignalSpy nodes(&poller, &MetricsPoller::nodesUpdated);
        poller.pollNow();
        QTRY_COMPARE(pods.size(), 1);
        QTRY_COMPARE(nodes.size(), 1);
        now += 15000;
        poller.pollNow();
        QTRY_COMPARE(pods.size(), 2);
        QTRY_COMPARE(nodes.size(), 2);

        QCOMPARE(poller.nodeAvailability(), MetricsPoller::Availability::Available);
        QCOMPARE(poller.podAvailability(), MetricsPoller::Availability::Available);
        QCOMPARE(poller.nodeNames(), QStringList { QStringLiteral("node-1") });
        const MetricsSample node = poller.nodeSeries(QStringLiteral("node-1")).latest();
        QCOMPARE(node.cpuMilli, 2); // 1234567n rounds up to 2m
        QCOMPARE(node.memoryBytes, 12345 * 1024);

        const QList<MetricsSample> web1 = poller.podSeries(QStringLiteral("shop"), QStringLiteral("web-1")).samples();
        QCOMPARE(web1.size(), 2);
        QCOMPARE(web1.last().timeMs, 1015000);
        QCOMPARE(web1.last().cpuMilli, 300); // both containers
        QCOMPARE(web1.last().memoryBytes, 144 * 1024 * 1024);

        const QList<MetricsSample> web = poller.aggregate(QStringLiteral("shop"),
            QJsonObject {
                { QStringLiteral("matchLabels"), QJsonObject { { QStringLiteral("app"), QStringLiteral("web") } } } });
        QCOMPARE(web.size(), 2);
        QCOMPARE(web.first().cpuMilli, 400);
        QCOMPARE(web.first().memoryBytes, 208 * 1024 * 1024);
        QCOMPARE(poller.podKeys().size(), 3);
    }

    void poll_missingGroup_missingWithHowToEnable_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("expected");
        QTest::newRow("404 not registered") << 404 << int(MetricsPoller::Availability::Missing);
        QTest::newRow("503 apiservice down") << 503 << int(MetricsPoller::Availability::Missing);
        QTest::newRow("403 forbidden") << 403 << int(MetricsPoller::Availability::Forbidden);
        QTest::newRow("500 other") << 500 << int(MetricsPoller::Availability::Failed);
    }
    void poll_missingGroup_missingWithHowToEnable()
    {
        QFETCH(int, code);
        QFETCH(int, expected);
        CannedHttpServer server;
        server.setHandler([code](const CannedRequest &) {
            return CannedResponse::json(
                code, status(code, QStringLiteral("the server could not find the requested resource")));
        });
        auto api = client(server);
        MetricsPoller poller(api.get());
        QSignalSpy changed(&poller, &MetricsPoller::availabilityChanged);
        poller.pollNow();
        QTRY_COMPARE(int(poller.podAvailability()), expected);
        QTRY_COMPARE(int(poller.nodeAvailability()), expected);
        QVERIFY(changed.size() >= 2);
        if (expected == int(MetricsPoller::Availability::Missing)) {
            QVERIFY(poller.podMessage().contains(QLatin1String("https://github.com/kubernetes-sigs/metrics-server")));
            QVERIFY(poller.nodeMessage().contains(QLatin1String("metrics.k8s.io is not available")));
        }
        QVERIFY(!poller.podMessage().isEmpty());
        QVERIFY(poller.podKeys().isEmpty());
        QCOMPARE(server.requests.first().path().startsWith(QLatin1String("/apis/metrics.k8s.io/v1beta1/")), true);
    }

    void of_connection_oneSharedPoller()
    {
        ClusterConnection connection(QStringLiteral("broken"), ApiError {});
        MetricsPoller *poller = MetricsPoller::of(&connection);
        QVERIFY(poller);
        QCOMPARE(MetricsPoller::of(&connection), poller);
        QCOMPARE(poller->parent(), &connection);
        QVERIFY(!MetricsPoller::of(nullptr));
    }

    void start_pollsOnInterval()
    {
        CannedHttpServer server;
        server.setHandler([](const CannedRequest &) { return CannedResponse::json(200, podMetrics()); });
        auto api = client(server);
        MetricsPoller poller(api.get());
        poller.setPollNodes(false);
        poller.setInterval(1000);
        QSignalSpy pods(&poller, &MetricsPoller::podsUpdated);
        poller.start();
        QTRY_COMPARE_WITH_TIMEOUT(pods.size(), 2, 5000);
        poller.stop();
        QCOMPARE(server.requests.first().path(), QStringLiteral("/apis/metrics.k8s.io/v1beta1/pods"));
    }
};

QTEST_GUILESS_MAIN(TestMetricsPoller)
#include "tst_metricspoller.moc"
