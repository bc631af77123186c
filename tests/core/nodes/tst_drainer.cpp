// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../api/cannedhttpserver.h"
#include "core/api/apiclient.h"
#include "core/nodes/drainer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Sextant::Core;
using Sextant::Test::CannedHttpServer;
using Sextant::Test::CannedRequest;
using Sextant::Test::CannedResponse;

namespace {

// A normal string: moc misreads the apostrophe inside a raw string.
const QByteArray pdbRefusal
    = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
      "\"message\":\"Cannot evict pod as it would violate the pod's disruption budget.\","
      "\"reason\":\"TooManyRequests\",\"details\":{\"causes\":[{\"reason\":\"DisruptionBudget\","
      "\"message\":\"The disruption budget web-pdb needs 2 healthy pods and has 2 currently\"}]},"
      "\"code\":429}";

QByteArray pod(const char *ns, const char *name, const char *uid, const char *owner, const char *phase = "Running")
{
    QJsonObject metadata { { QStringLiteral("namespace"), QLatin1String(ns) },
        { QStringLiteral("name"), QLatin1String(name) }, { QStringLiteral("uid"), QLatin1String(uid) } };
    if (owner && *owner)
        metadata.insert(QStringLiteral("ownerReferences"),
            QJsonArray { QJsonObject { { QStringLiteral("kind"), QLatin1String(owner) },
                { QStringLiteral("name"), QStringLiteral("owner") }, { QStringLiteral("controller"), true } } });
    const QJsonObject object { { QStringLiteral("metadata"), metadata },
        { QStringLiteral("status"), QJsonObject { { QStringLiteral("phase"), QLatin1String(phase) } } } };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray podList(const QList<QByteArray> &pods)
{
    QJsonArray items;
    for (const QByteArray &pod : pods)
        items.append(QJsonDocument::fromJson(pod).object());
    return QJsonDocument(QJsonObject { { QStringLiteral("items"), items } }).toJson(QJsonDocument::Compact);
}

const QByteArray notFound = R"({"kind":"Status","status":"Failure","reason":"NotFound","code":404,"message":"gone"})";

struct FakeNode {
    QList<QByteArray> pods;
    int refusalsLeft = 0; // 429s before an eviction is accepted; < 0: always
    QByteArray podAfterEviction; // GET answer after eviction; empty = 404
    int cordonStatus = 200;
    bool daemonSetsGone = false;

    CannedResponse answer(const CannedRequest &request)
    {
        const QString path = request.path();
        if (request.method == "PATCH" && path == QLatin1String("/api/v1/nodes/n1")) {
            if (cordonStatus != 200)
                return CannedResponse::json(cordonStatus,
                    "{\"kind\":\"Status\",\"status\":\"Failure\",\"reason\":\"Forbidden\",\"code\":403,"
                    "\"message\":\"nodes \\\"n1\\\" is forbidden: User \\\"limited\\\" cannot patch resource "
                    "\\\"nodes\\\"\"}");
            return CannedResponse::json(200, R"({"metadata":{"name":"n1"},"spec":{"unschedulable":true}})");
        }
        if (request.method == "GET" && path == QLatin1String("/api/v1/pods"))
            return CannedResponse::json(200, podList(pods));
        if (request.method == "GET" && path.startsWith(QLatin1String("/apis/apps/v1/")))
            return daemonSetsGone ? CannedResponse::json(404, notFound)
                                  : CannedResponse::json(200, R"({"metadata":{"name":"owner"}})");
        if (request.method == "POST" && path.endsWith(QLatin1String("/eviction"))) {
            if (refusalsLeft != 0) {
                if (refusalsLeft > 0)
                    --refusalsLeft;
                return CannedResponse::json(429, pdbRefusal);
            }
            return CannedResponse::json(201, R"({"kind":"Status","status":"Success","code":201})");
        }
        if (request.method == "DELETE")
            return CannedResponse::json(200, R"({"metadata":{"name":"done"}})");
        if (request.method == "GET" && path.startsWith(QLatin1String("/api/v1/namespaces/")))
            return podAfterEviction.isEmpty() ? CannedResponse::json(404, notFound)
                                              : CannedResponse::json(200, podAfterEviction);
        return CannedResponse::json(500, "{}");
    }
};

int countRequests(const CannedHttpServer &server, const QByteArray &method, const QString &suffix)
{
    int count = 0;
    for (const CannedRequest &request : server.requests) {
        if (request.method == method && request.path().endsWith(suffix))
            ++count;
    }
    return count;
}

} // namespace

class TestDrainer final : public QObject {
    Q_OBJECT

    std::unique_ptr<ApiClient> makeClient(const QUrl &server)
    {
        RestConfig config;
        config.server = server;
        auto client = std::make_unique<ApiClient>(config, nullptr);
        client->setAuditLog(nullptr);
        return client;
    }

    DrainOptions fastOptions()
    {
        DrainOptions options;
        options.retryIntervalMs = 50;
        options.pollIntervalMs = 20;
        return options;
    }

private Q_SLOTS:
    void drain_blockedByBudgetThenAllowed_retriesUntilGone()
    {
        CannedHttpServer server;
        FakeNode node;
        node.pods = { pod("demo", "web-1", "u1", "ReplicaSet"), pod("monitoring", "exporter-1", "u2", "DaemonSet") };
        node.refusalsLeft = 2;
        server.setHandler([&node](const CannedRequest &request) { return node.answer(request); });
        auto client = makeClient(server.url());
        Drainer drainer(client.get(), QStringLiteral("n1"), fastOptions());
        QSignalSpy cordoned(&drainer, &Drainer::cordoned);
        QSignalSpy skipped(&drainer, &Drainer::podSkipped);
        QSignalSpy blocked(&drainer, &Drainer::podBlockedByPdb);
        QSignalSpy evicted(&drainer, &Drainer::podEvicted);
        QSignalSpy deleted(&drainer, &Drainer::podDeleted);
        QSignalSpy finished(&drainer, &Drainer::finished);

        drainer.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(cordoned.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(skipped.first().at(0).value<DrainPod>().name, QStringLiteral("exporter-1"));
        QCOMPARE(blocked.size(), 2);
        QCOMPARE(blocked.first().at(1).toString(), QStringLiteral("web-pdb"));
        QCOMPARE(blocked.first().at(2).toString(),
            QStringLiteral("Cannot evict pod as it would violate the pod's disruption budget. "
                           "The disruption budget web-pdb needs 2 healthy pods and has 2 currently"));
        QCOMPARE(evicted.size(), 1);
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(deleted.first().at(0).value<DrainPod>().key(), QStringLiteral("demo/web-1"));
        QVERIFY(!drainer.isRunning());

        // What went over the wire: kubectl's cordon, the node's pods, three eviction attempts.
        const CannedRequest &cordon = server.requests.first();
        QCOMPARE(cordon.headers.value("content-type"), QByteArray("application/strategic-merge-patch+json"));
        QCOMPARE(cordon.body, QByteArray(R"({"spec":{"unschedulable":true}})"));
        QCOMPARE(server.requests.at(1).queryValue(QStringLiteral("fieldSelector")), QStringLiteral("spec.nodeName=n1"));
        QCOMPARE(countRequests(server, "POST", QStringLiteral("/api/v1/namespaces/demo/pods/web-1/eviction")), 3);
        for (const CannedRequest &request : std::as_const(server.requests)) {
            if (request.method == "POST")
                QCOMPARE(QJsonDocument::fromJson(request.body).object().value(QLatin1String("kind")).toString(),
                    QStringLiteral("Eviction"));
        }
    }

    void drain_cancelWhileBlocked_stopsRetryingAndLeavesCordoned()
    {
        CannedHttpServer server;
        FakeNode node;
        node.pods = { pod("demo", "web-1", "u1", "ReplicaSet") };
        node.refusalsLeft = -1;
        server.setHandler([&node](const CannedRequest &request) { return node.answer(request); });
        auto client = makeClient(server.url());
        Drainer drainer(client.get(), QStringLiteral("n1"), fastOptions());
        QSignalSpy blocked(&drainer, &Drainer::podBlockedByPdb);
        QSignalSpy cancelled(&drainer, &Drainer::cancelled);
        QSignalSpy finished(&drainer, &Drainer::finished);

        drainer.start();
        QVERIFY(blocked.wait(5000));
        drainer.cancel();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(cancelled.first().at(0).toString().contains(QLatin1String("stays cordoned")));
        const int attempts = countRequests(server, "POST", QStringLiteral("/eviction"));
        QTest::qWait(300);
        QCOMPARE(countRequests(server, "POST", QStringLiteral("/eviction")), attempts);
        QCOMPARE(finished.size(), 0);
        // Nothing ever uncordons behind the user's back.
        QCOMPARE(countRequests(server, "PATCH", QStringLiteral("/nodes/n1")), 1);
    }

    void drain_unmanagedPodWithoutForce_evictsNothing()
    {
        CannedHttpServer server;
        FakeNode node;
        node.pods = { pod("demo", "web-1", "u1", "ReplicaSet"), pod("demo", "toolbox", "u3", "") };
        server.setHandler([&node](const CannedRequest &request) { return node.answer(request); });
        auto client = makeClient(server.url());
        Drainer drainer(client.get(), QStringLiteral("n1"), fastOptions());
        QSignalSpy refused(&drainer, &Drainer::podRefused);
        QSignalSpy finished(&drainer, &Drainer::finished);

        drainer.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(0).value<DrainPod>().name, QStringLiteral("toolbox"));
        QCOMPARE(countRequests(server, "POST", QStringLiteral("/eviction")), 0);
    }

    void drain_podRecreatedUnderSameName_countsAsGone()
    {
        CannedHttpServer server;
        FakeNode node;
        node.pods = { pod("data", "postgres-0", "old-uid", "StatefulSet") };
        node.podAfterEviction = pod("data", "postgres-0", "new-uid", "StatefulSet");
        server.setHandler([&node](const CannedRequest &request) { return node.answer(request); });
        auto client = makeClient(server.url());
        Drainer drainer(client.get(), QStringLiteral("n1"), fastOptions());
        QSignalSpy deleted(&drainer, &Drainer::podDeleted);
        QSignalSpy finished(&drainer, &Drainer::finished);

        drainer.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(countRequests(server, "GET", QStringLiteral("/pods/postgres-0")), 1);
    }

    void drain_completedPod_deletedWithUidPrecondition()
    {
        CannedHttpServer server;
        FakeNode node;
        node.pods = { pod("batch", "import-1", "job-uid", "Job", "Succeeded") };
        server.setHandler([&node](const CannedRequest &request) { return node.answer(request); });
        auto client = makeClient(server.url());
        DrainOptions options = fastOptions();
        options.gracePeriodSeconds = 7;
        Drainer drainer(client.get(), QStringLiteral("n1"), options);
        QSignalSpy finished(&drainer, &Drainer::finished);

        drainer.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(countRequests(server, "POST", QStringLiteral("/eviction")), 0);
        QCOMPARE(countRequests(server, "DELETE", QStringLiteral("/namespaces/batch/pods/import-1")), 1);
        for (const CannedRequest &request : std::as_const(server.requests)) {
            if (request.method != "DELETE")
                continue;
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            QCOMPARE(body.value(QLatin1String("gracePeriodSeconds")).toInt(), 7);
            QCOMPARE(body.value(QLatin1String("preconditions")).toObject().value(QLatin1String("uid")).toString(),
                QStringLiteral("job-uid"));
        }
    }

    void drain_timeoutWhileBlocked_failsPodAndFinishes()
    {
        CannedHttpServer server;
        FakeNode node;
        node.pods = { pod("demo", "web-1", "u1", "ReplicaSet") };
        node.refusalsLeft = -1;
        server.setHandler([&node](const CannedRequest &request) { return node.answer(request); });
        auto client = makeClient(server.url());
        DrainOptions options = fastOptions();
        options.timeoutSeconds = 1;
        Drainer drainer(client.get(), QStringLiteral("n1"), options);
        QSignalSpy failedPods(&drainer, &Drainer::podFailed);
        QSignalSpy finished(&drainer, &Drainer::finished);

        drainer.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(failedPods.size(), 1);
        QVERIFY(failedPods.first().at(1).value<ApiError>().message.contains(QLatin1String("timeout")));
    }

    void drain_orphanedDaemonSetPod_onlyWithForce_data()
    {
        QTest::addColumn<bool>("force");
        QTest::newRow("without force: refused") << false;
        QTest::newRow("with force: evicted") << true;
    }

    void drain_orphanedDaemonSetPod_onlyWithForce()
    {
        QFETCH(bool, force);
        CannedHttpServer server;
        FakeNode node;
        node.pods = { pod("monitoring", "exporter-1", "u2", "DaemonSet") };
        node.daemonSetsGone = true;
        server.setHandler([&node](const CannedRequest &request) { return node.answer(request); });
        auto client = makeClient(server.url());
        DrainOptions options = fastOptions();
        options.force = force;
        Drainer drainer(client.get(), QStringLiteral("n1"), options);
        QSignalSpy refused(&drainer, &Drainer::podRefused);
        QSignalSpy finished(&drainer, &Drainer::finished);

        drainer.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(
            countRequests(server, "GET", QStringLiteral("/apis/apps/v1/namespaces/monitoring/daemonsets/owner")), 1);
        QCOMPARE(finished.first().at(0).toBool(), force);
        QCOMPARE(refused.size(), force ? 0 : 1);
        QCOMPARE(countRequests(server, "POST", QStringLiteral("/eviction")), force ? 1 : 0);
    }

    void drain_cordonForbidden_failsWithServerMessage()
    {
        CannedHttpServer server;
        FakeNode node;
        node.cordonStatus = 403;
        server.setHandler([&node](const CannedRequest &request) { return node.answer(request); });
        auto client = makeClient(server.url());
        Drainer drainer(client.get(), QStringLiteral("n1"), fastOptions());
        QSignalSpy failed(&drainer, &Drainer::failed);
        QSignalSpy finished(&drainer, &Drainer::finished);

        drainer.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(1).value<ApiError>().message,
            QStringLiteral("nodes \"n1\" is forbidden: User \"limited\" cannot patch resource \"nodes\""));
        QCOMPARE(server.requests.size(), 1); // no pod was touched
    }
};

QTEST_GUILESS_MAIN(TestDrainer)
#include "tst_drainer.moc"
