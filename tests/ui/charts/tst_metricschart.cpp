// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../../core/api/cannedhttpserver.h"
#include "core/api/apiclient.h"
#include "core/metrics/metricspoller.h"
#include "ui/charts/capacitychart.h"
#include "ui/charts/metricschart.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Sextant;
using namespace Sextant::Ui;
using namespace Sextant::Test;

namespace {

QByteArray podMetrics(const QString &cpu)
{
    const QJsonObject item {
        { QStringLiteral("metadata"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("web-1") },
                { QStringLiteral("namespace"), QStringLiteral("shop") },
                { QStringLiteral("labels"), QJsonObject { { QStringLiteral("app"), QStringLiteral("web") } } } } },
        { QStringLiteral("containers"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("app") },
                { QStringLiteral("usage"),
                    QJsonObject {
                        { QStringLiteral("cpu"), cpu }, { QStringLiteral("memory"), QStringLiteral("300Mi") } } } } } }
    };
    return QJsonDocument(QJsonObject { { QStringLiteral("items"), QJsonArray { item } } }).toJson();
}

std::unique_ptr<Core::ApiClient> client(const CannedHttpServer &server)
{
    Core::RestConfig config;
    config.server = server.url();
    auto out = std::make_unique<Core::ApiClient>(config, nullptr);
    out->setAuditLog(nullptr);
    out->setMaxRetries(0);
    return out;
}

} // namespace

class TestMetricsChart final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pod_pointsArriveFromPoller_axesWithUnits()
    {
        CannedHttpServer server;
        int polls = 0;
        server.setHandler([&](const CannedRequest &) {
            ++polls;
            return CannedResponse::json(200, podMetrics(polls == 1 ? QStringLiteral("120m") : QStringLiteral("180m")));
        });
        auto api = client(server);
        Core::MetricsPoller poller(api.get());
        poller.setPollNodes(false);
        poller.setNamespace(QStringLiteral("shop"));
        qint64 now = 1795756729000;
        poller.setClock([&] { return now; });
        MetricsChart chart;
        chart.resize(600, 400);
        chart.setPoller(&poller);
        chart.showPod(QStringLiteral("shop"), QStringLiteral("web-1"));
        QVERIFY(chart.isShowingMessage()); // nothing polled yet
        QSignalSpy updated(&poller, &Core::MetricsPoller::podsUpdated);
        for (int i = 0; i < 3; ++i) {
            poller.pollNow();
            QTRY_COMPARE(updated.size(), i + 1);
            now += 15000;
        }
        QVERIFY(!chart.isShowingMessage());
        QCOMPARE(chart.pointCount(), 3);
        QCOMPARE(chart.cpuAxisTitle(), QStringLiteral("CPU (m)"));
        QCOMPARE(chart.memoryAxisTitle(), QStringLiteral("Memory (MiB)"));

        chart.showWorkload(QStringLiteral("shop"),
            QJsonObject {
                { QStringLiteral("matchLabels"), QJsonObject { { QStringLiteral("app"), QStringLiteral("web") } } } });
        QCOMPARE(chart.pointCount(), 3);
    }

    void fixedSamples_largeValues_coresAndGiB()
    {
        MetricsChart chart;
        chart.setSamples(
            { Core::MetricsSample { 1000, 2500, 3LL << 30 }, Core::MetricsSample { 16000, 1500, 2LL << 30 } });
        QCOMPARE(chart.pointCount(), 2);
        QCOMPARE(chart.cpuAxisTitle(), QStringLiteral("CPU (cores)"));
        QCOMPARE(chart.memoryAxisTitle(), QStringLiteral("Memory (GiB)"));
    }

    void missingApi_messageInsteadOfChart()
    {
        CannedHttpServer server;
        server.setHandler([](const CannedRequest &) {
            return CannedResponse::json(
                404, R"({"kind":"Status","code":404,"message":"the server could not find the requested resource"})");
        });
        auto api = client(server);
        Core::MetricsPoller poller(api.get());
        MetricsChart chart;
        chart.setPoller(&poller);
        chart.showNode(QStringLiteral("node-1"));
        poller.pollNow();
        QTRY_COMPARE(poller.nodeAvailability(), Core::MetricsPoller::Availability::Missing);
        QVERIFY(chart.isShowingMessage());
        QVERIFY(chart.message().contains(QLatin1String("metrics-server")));
        QVERIFY(chart.message().contains(QLatin1String("metrics.k8s.io is not available")));
    }

    void serverMessageWithMarkup_shownAsPlainText()
    {
        CannedHttpServer server;
        server.setHandler([](const CannedRequest &) {
            return CannedResponse::json(
                403, R"({"kind":"Status","code":403,"message":"<a href='x'>click</a><img src=y>"})");
        });
        auto api = client(server);
        Core::MetricsPoller poller(api.get());
        MetricsChart chart;
        chart.setPoller(&poller);
        chart.showPod(QStringLiteral("shop"), QStringLiteral("web-1"));
        poller.pollNow();
        QTRY_COMPARE(poller.podAvailability(), Core::MetricsPoller::Availability::Forbidden);
        auto *label = chart.findChild<QLabel *>(QStringLiteral("metricsMessageLabel"));
        QVERIFY(label);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY(label->text().contains(QLatin1String("<img src=y>")));
    }

    void darkPalette_darkTheme()
    {
        MetricsChart chart;
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(30, 30, 30));
        dark.setColor(QPalette::Base, QColor(20, 20, 20));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        chart.setPalette(dark);
        chart.setSamples({ Core::MetricsSample { 1000, 100, 1 << 20 } });
        const QImage image = chart.grab().toImage();
        // The chart's background follows the palette rather than the light default.
        QVERIFY(image.pixelColor(image.width() / 2, 3).lightness() < 128);
    }

    void capacity_valuesInCoresAndGiB()
    {
        CapacityChart chart;
        chart.setTitle(QStringLiteral("Cluster"));
        chart.setCpu(CapacityFigures { 24000, 23400, 5100, 9800, 2600.0 });
        chart.setMemory(
            CapacityFigures { 96.0 * (1 << 30), 94.0 * (1 << 30), 12.0 * (1 << 30), 20.0 * (1 << 30), std::nullopt });
        const QList<double> cpu = chart.cpuValues();
        QCOMPARE(cpu.size(), 5);
        QCOMPARE(cpu.at(0), 24.0);
        QCOMPARE(cpu.at(4), 2.6);
        QCOMPARE(chart.memoryValues().at(1), 94.0);
        QCOMPARE(chart.memoryValues().at(4), 0.0);
        if (const QString shots = qEnvironmentVariable("SEXTANT_SCREENSHOT_DIR"); !shots.isEmpty()) {
            chart.resize(1000, 420);
            QVERIFY(chart.grab().save(shots + QStringLiteral("/capacity-preview.png")));
        }
    }
};

QTEST_MAIN(TestMetricsChart)
#include "tst_metricschart.moc"
