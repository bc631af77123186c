// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "cannedhttpserver.h"
#include "core/api/apiclient.h"
#include "core/api/auditlog.h"
#include "core/api/statusparser.h"
#include "fakecredentialsource.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Sextant::Core;
using namespace Sextant::Test;

namespace {
const ResourceRef pods { QString(), QStringLiteral("v1"), QStringLiteral("pods"), true };
const ResourceRef deployments { QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("deployments"), true };
const ResourceRef nodes { QString(), QStringLiteral("v1"), QStringLiteral("nodes"), false };

QByteArray podJson(const QString &name)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("kind"), QStringLiteral("Pod") },
                             { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("name"), name } } } })
        .toJson(QJsonDocument::Compact);
}

QByteArray status(int code, const QString &reason, const QString &message, const QJsonObject &details = {})
{
    QJsonObject object { { QStringLiteral("kind"), QStringLiteral("Status") },
        { QStringLiteral("apiVersion"), QStringLiteral("v1") }, { QStringLiteral("status"), QStringLiteral("Failure") },
        { QStringLiteral("code"), code }, { QStringLiteral("reason"), reason },
        { QStringLiteral("message"), message } };
    if (!details.isEmpty())
        object.insert(QStringLiteral("details"), details);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Collects one request's outcome.
struct Outcome {
    int done = 0;
    int errors = 0;
    QJsonObject object;
    ApiError error;
    Handler<QJsonObject> onDone()
    {
        return [this](const QJsonObject &o) {
            ++done;
            object = o;
        };
    }
    ErrorHandler onError()
    {
        return [this](const ApiError &e) {
            ++errors;
            error = e;
        };
    }
    bool finished() const { return done + errors > 0; }
};
} // namespace

class TestApiClient : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ApiClient> makeClient(const QUrl &server, FakeCredentialSource **credentials = nullptr)
    {
        RestConfig config;
        config.server = server;
        config.contextName = QStringLiteral("test-context");
        config.userName = QStringLiteral("test-user");
        auto source = std::make_unique<FakeCredentialSource>();
        if (credentials)
            *credentials = source.get();
        auto client = std::make_unique<ApiClient>(config, std::move(source));
        client->setAuditLog(m_auditLog.get());
        return client;
    }

    std::unique_ptr<AuditLog> m_auditLog;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void init()
    {
        m_auditLog = std::make_unique<AuditLog>(m_dir.filePath(QStringLiteral("audit.log")));
        QFile::remove(m_auditLog->filePath());
    }

    void resourcePath_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<bool>("namespaced");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("subresource");
        QTest::addColumn<QString>("expected");
        QTest::newRow("corePodsInNamespace")
            << QString() << "pods" << true << "default" << QString() << QString() << "/api/v1/namespaces/default/pods";
        QTest::newRow("corePodsAllNamespaces")
            << QString() << "pods" << true << QString() << QString() << QString() << "/api/v1/pods";
        QTest::newRow("groupNamedStatus") << "apps"
                                          << "deployments" << true << "ns1"
                                          << "web"
                                          << "status"
                                          << "/apis/apps/v1/namespaces/ns1/deployments/web/status";
        QTest::newRow("clusterScopedIgnoresNamespace") << QString() << "nodes" << false << "ns1"
                                                       << "node-1" << QString() << "/api/v1/nodes/node-1";
        QTest::newRow("nameIsPercentEncoded")
            << QString() << "configmaps" << true << "a"
            << "x/y z?" << QString() << "/api/v1/namespaces/a/configmaps/x%2Fy%20z%3F";
    }
    void resourcePath()
    {
        QFETCH(QString, group);
        QFETCH(QString, resource);
        QFETCH(bool, namespaced);
        QFETCH(QString, ns);
        QFETCH(QString, name);
        QFETCH(QString, subresource);
        QFETCH(QString, expected);
        QCOMPARE(Sextant::Core::resourcePath(
                     ResourceRef { group, QStringLiteral("v1"), resource, namespaced }, ns, name, subresource),
            expected);
    }

    void resourceUrl_serverPathKept()
    {
        const QUrl url
            = resourceUrl(QUrl(QStringLiteral("https://h:6443/k8s/clusters/c-1/")), QStringLiteral("/api/v1/pods"));
        QCOMPARE(url.toString(), QStringLiteral("https://h:6443/k8s/clusters/c-1/api/v1/pods"));
    }

    void status_invalidWithCauses_parsed()
    {
        const QJsonObject details { { QStringLiteral("name"), QStringLiteral("web") },
            { QStringLiteral("causes"),
                QJsonArray { QJsonObject { { QStringLiteral("reason"), QStringLiteral("FieldValueInvalid") },
                                 { QStringLiteral("message"), QStringLiteral("Invalid value: \"\"") },
                                 { QStringLiteral("field"), QStringLiteral("spec.containers[0].image") } },
                    QJsonObject { { QStringLiteral("reason"), QStringLiteral("FieldValueRequired") },
                        { QStringLiteral("message"), QStringLiteral("Required value") },
                        { QStringLiteral("field"), QStringLiteral("metadata.name") } } } } };
        const ApiError error = errorFromResponse(
            422, status(422, QStringLiteral("Invalid"), QStringLiteral("Pod \"web\" is invalid"), details));
        QCOMPARE(error.kind, ApiError::Kind::Status);
        QVERIFY(error.isInvalid());
        QCOMPARE(error.reason, QStringLiteral("Invalid"));
        QCOMPARE(error.message, QStringLiteral("Pod \"web\" is invalid"));
        QCOMPARE(error.causes.size(), 2);
        QCOMPARE(error.causes[0].type, QStringLiteral("FieldValueInvalid"));
        QCOMPARE(error.causes[0].field, QStringLiteral("spec.containers[0].image"));
        QCOMPARE(error.causes[1].field, QStringLiteral("metadata.name"));
        QVERIFY(!error.retryAfterSeconds);
    }

    void status_nonStatusBody_messageNamesHttpCode()
    {
        const ApiError html = errorFromResponse(502, "<html><body>Bad gateway</body></html>");
        QCOMPARE(html.httpStatus, 502);
        QVERIFY2(html.message.contains(QLatin1String("502")), qPrintable(html.message));
        QVERIFY(!html.message.contains(QLatin1String("<html>")));
        const ApiError text = errorFromResponse(503, "upstream connect error");
        QVERIFY(text.message.contains(QLatin1String("503")));
        QVERIFY(text.message.contains(QLatin1String("upstream connect error")));
    }

    void status_retryAfter_fromHeaderOrDetails()
    {
        const ApiError fromDetails = errorFromResponse(429,
            status(429, QStringLiteral("TooManyRequests"), QStringLiteral("slow down"),
                QJsonObject { { QStringLiteral("retryAfterSeconds"), 3 } }));
        QCOMPARE(fromDetails.retryAfterSeconds.value_or(-1), 3);
        const ApiError fromHeader = errorFromResponse(503, "{}", "7");
        QCOMPARE(fromHeader.retryAfterSeconds.value_or(-1), 7);
        QVERIFY(!errorFromResponse(503, "{}", "Wed, 21 Oct 2015 07:28:00 GMT").retryAfterSeconds);
    }

    void get_success_returnsObjectAndSendsHeaders()
    {
        CannedHttpServer server;
        server.setHandler(
            [](const CannedRequest &) { return CannedResponse::json(200, podJson(QStringLiteral("p1"))); });
        auto client = makeClient(server.url());
        Outcome outcome;
        QObject context;
        client->get(
            pods, QStringLiteral("default"), QStringLiteral("p1"), &context, outcome.onDone(), outcome.onError());
        QTRY_VERIFY(outcome.finished());
        QCOMPARE(outcome.done, 1);
        QCOMPARE(outcome.object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString(),
            QStringLiteral("p1"));
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(server.requests[0].method, QByteArray("GET"));
        QCOMPARE(server.requests[0].path(), QStringLiteral("/api/v1/namespaces/default/pods/p1"));
        QVERIFY(server.requests[0].headers.value("user-agent").startsWith("sextant/"));
        QCOMPARE(server.requests[0].headers.value("accept"), QByteArray("application/json"));
        // Plain http: client-go attaches credentials to TLS transports only.
        QVERIFY(!server.requests[0].headers.contains("authorization"));
    }

    void list_queryParameters_encoded()
    {
        CannedHttpServer server;
        server.setHandler([](const CannedRequest &) { return CannedResponse::json(200, R"({"kind":"PodList"})"); });
        auto client = makeClient(server.url());
        Outcome outcome;
        ListOptions options;
        options.limit = 500;
        options.continueToken = QStringLiteral("abc+/=");
        options.labelSelector = QStringLiteral("app in (a,b),tier!=db");
        options.fieldSelector = QStringLiteral("status.phase=Running");
        options.resourceVersion = QStringLiteral("0");
        client->list(deployments, QString(), options, this, outcome.onDone(), outcome.onError());
        QTRY_VERIFY(outcome.finished());
        QCOMPARE(outcome.done, 1);
        const CannedRequest &request = server.requests.at(0);
        QCOMPARE(request.path(), QStringLiteral("/apis/apps/v1/deployments"));
        QCOMPARE(request.queryValue(QStringLiteral("limit")), QStringLiteral("500"));
        QVERIFY2(request.target.contains("continue=abc%2B%2F%3D"), request.target.constData());
        QCOMPARE(request.queryValue(QStringLiteral("continue")), QStringLiteral("abc+/="));
        QCOMPARE(request.queryValue(QStringLiteral("labelSelector")), QStringLiteral("app in (a,b),tier!=db"));
        QCOMPARE(request.queryValue(QStringLiteral("fieldSelector")), QStringLiteral("status.phase=Running"));
        QCOMPARE(request.queryValue(QStringLiteral("resourceVersion")), QStringLiteral("0"));
    }

    void create_audited_noBodyInLog()
    {
        CannedHttpServer server;
        server.setHandler([](const CannedRequest &r) { return CannedResponse::json(201, r.body); });
        auto client = makeClient(server.url());
        Outcome outcome;
        QJsonObject pod = QJsonDocument::fromJson(podJson(QStringLiteral("new-pod"))).object();
        pod.insert(QStringLiteral("data"), QStringLiteral("canary-secret-value"));
        client->create(pods, QStringLiteral("ns1"), pod, {}, this, outcome.onDone(), outcome.onError());
        QTRY_VERIFY(outcome.finished());
        QCOMPARE(outcome.done, 1);
        QCOMPARE(server.requests[0].method, QByteArray("POST"));
        QCOMPARE(server.requests[0].headers.value("content-type"), QByteArray("application/json"));
        QVERIFY(!server.requests[0].query().hasQueryItem(QStringLiteral("dryRun")));

        QFile log(m_auditLog->filePath());
        QVERIFY(log.open(QIODevice::ReadOnly));
        constexpr auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(log.permissions() & others, QFileDevice::Permissions());
        QVERIFY(log.permissions().testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QByteArray contents = log.readAll();
        QCOMPARE(contents.count('\n'), 1);
        QVERIFY(!contents.contains("canary-secret-value"));
        const QJsonObject line = QJsonDocument::fromJson(contents.trimmed()).object();
        QCOMPARE(line.value(QLatin1String("verb")).toString(), QStringLiteral("create"));
        QCOMPARE(line.value(QLatin1String("resource")).toString(), QStringLiteral("pods"));
        QCOMPARE(line.value(QLatin1String("namespace")).toString(), QStringLiteral("ns1"));
        QCOMPARE(line.value(QLatin1String("name")).toString(), QStringLiteral("new-pod"));
        QCOMPARE(line.value(QLatin1String("code")).toInt(), 201);
        QCOMPARE(line.value(QLatin1String("context")).toString(), QStringLiteral("test-context"));
        QCOMPARE(line.value(QLatin1String("user")).toString(), QStringLiteral("test-user"));
        QVERIFY(line.contains(QLatin1String("time")));
        QVERIFY(line.value(QLatin1String("server")).toString().startsWith(QLatin1String("http://127.0.0.1")));
    }

    void create_dryRun_queryAndNoAudit()
    {
        CannedHttpServer server;
        server.setHandler([](const CannedRequest &r) { return CannedResponse::json(201, r.body); });
        auto client = makeClient(server.url());
        Outcome outcome;
        client->create(pods, QStringLiteral("ns1"), QJsonDocument::fromJson(podJson(QStringLiteral("p"))).object(),
            WriteOptions { true }, this, outcome.onDone(), outcome.onError());
        QTRY_VERIFY(outcome.finished());
        QCOMPARE(server.requests[0].queryValue(QStringLiteral("dryRun")), QStringLiteral("All"));
        QVERIFY(!QFile::exists(m_auditLog->filePath()));
    }

    void patch_contentTypes_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("force");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("forceParam");
        QTest::newRow("merge") << int(PatchType::Merge) << false << QByteArray("application/merge-patch+json")
                               << QString();
        QTest::newRow("strategic") << int(PatchType::StrategicMerge) << false
                                   << QByteArray("application/strategic-merge-patch+json") << QString();
        QTest::newRow("json") << int(PatchType::Json) << false << QByteArray("application/json-patch+json")
                              << QString();
        QTest::newRow("applyNoForce") << int(PatchType::Apply) << false << QByteArray("application/apply-patch+yaml")
                                      << "false";
        QTest::newRow("applyForce") << int(PatchType::Apply) << true << QByteArray("application/apply-patch+yaml")
                                    << "true";
    }
    void patch_contentTypes()
    {
        QFETCH(int, type);
        QFETCH(bool, force);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, forceParam);
        CannedHttpServer server;
        server.setHandler(
            [](const CannedRequest &) { return CannedResponse::json(200, podJson(QStringLiteral("p"))); });
        auto client = makeClient(server.url());
        Outcome outcome;
        PatchOptions options;
        options.type = PatchType(type);
        options.force = force;
        client->patch(pods, QStringLiteral("ns"), QStringLiteral("p"), R"({"metadata":{"labels":{"a":"b"}}})", options,
            this, outcome.onDone(), outcome.onError());
        QTRY_VERIFY(outcome.finished());
        const CannedRequest &request = server.requests.at(0);
        QCOMPARE(request.method, QByteArray("PATCH"));
        QCOMPARE(request.headers.value("content-type"), contentType);
        QCOMPARE(request.queryValue(QStringLiteral("fieldManager")), QStringLiteral("sextant"));
        QCOMPARE(request.queryValue(QStringLiteral("force")), forceParam);
        QCOMPARE(request.body, QByteArray(R"({"metadata":{"labels":{"a":"b"}}})"));
    }

    void remove_deleteOptionsInBody()
    {
        CannedHttpServer server;
        server.setHandler(
            [](const CannedRequest &) { return CannedResponse::json(200, podJson(QStringLiteral("p"))); });
        auto client = makeClient(server.url());
        Outcome outcome;
        DeleteOptions options;
        options.propagationPolicy = QStringLiteral("Foreground");
        options.gracePeriodSeconds = 0;
        options.preconditionUid = QStringLiteral("uid-1");
        options.preconditionResourceVersion = QStringLiteral("42");
        options.dryRun = true;
        client->remove(deployments, QStringLiteral("ns"), QStringLiteral("web"), options, this, outcome.onDone(),
            outcome.onError());
        QTRY_VERIFY(outcome.finished());
        const CannedRequest &request = server.requests.at(0);
        QCOMPARE(request.method, QByteArray("DELETE"));
        QCOMPARE(request.path(), QStringLiteral("/apis/apps/v1/namespaces/ns/deployments/web"));
        QCOMPARE(request.queryValue(QStringLiteral("dryRun")), QStringLiteral("All"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(QLatin1String("propagationPolicy")).toString(), QStringLiteral("Foreground"));
        QCOMPARE(body.value(QLatin1String("gracePeriodSeconds")).toInt(-1), 0);
        QCOMPARE(body.value(QLatin1String("preconditions")).toObject().value(QLatin1String("uid")).toString(),
            QStringLiteral("uid-1"));
        QCOMPARE(
            body.value(QLatin1String("preconditions")).toObject().value(QLatin1String("resourceVersion")).toString(),
            QStringLiteral("42"));
    }

    // rest/request_test.go TestCheckRetryHandles429And5xx
    void checkRetry_handles429And5xxWithRetryAfter_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("headerNotDetails");
        QTest::newRow("429header") << 429 << true;
        QTest::newRow("503header") << 503 << true;
        QTest::newRow("500details") << 500 << false;
    }
    void checkRetry_handles429And5xxWithRetryAfter()
    {
        QFETCH(int, code);
        QFETCH(bool, headerNotDetails);
        CannedHttpServer server;
        int calls = 0;
        server.setHandler([&](const CannedRequest &) {
            if (++calls < 3) {
                CannedResponse response = CannedResponse::json(code,
                    status(code, QStringLiteral("TooManyRequests"), QStringLiteral("busy"),
                        headerNotDetails ? QJsonObject {}
                                         : QJsonObject { { QStringLiteral("retryAfterSeconds"), 0 } }));
                if (headerNotDetails)
                    response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("0")));
                return response;
            }
            return CannedResponse::json(200, podJson(QStringLiteral("p")));
        });
        auto client = makeClient(server.url());
        Outcome outcome;
        client->get(pods, QStringLiteral("ns"), QStringLiteral("p"), this, outcome.onDone(), outcome.onError());
        QTRY_VERIFY(outcome.finished());
        QCOMPARE(outcome.done, 1);
        QCOMPARE(calls, 3);
    }

    void checkRetry_5xxWithoutRetryAfter_notRetried()
    {
        CannedHttpServer server;
        server.setHandler([](const CannedRequest &) {
            return CannedResponse::json(500, status(500, QStringLiteral("InternalError"), QStringLiteral("boom")));
        });
        auto client = makeClient(server.url());
        Outcome outcome;
        client->get(pods, QStringLiteral("ns"), QStringLiteral("p"), this, outcome.onDone(), outcome.onError());
        QTRY_VERIFY(outcome.finished());
        QCOMPARE(outcome.errors, 1);
        QCOMPARE(outcome.error.httpStatus, 500);
        QCOMPARE(outcome.error.message, QStringLiteral("boom"));
        QCOMPARE(server.requests.size(), 1);
    }

    // rest/with_retry_test.go TestIsNextRetry: at most maxRetries retries
    void isNextRetry_stopsAfterMaxRetries()
    {
        CannedHttpServer server;
        server.setHandler([](const CannedRequest &) {
            CannedResponse response = CannedResponse::json(429, status(429, QStringLiteral("TooManyRequests"), {}));
            response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("0")));
            return response;
        });
        auto client = makeClient(server.url());
        Outcome outcome;
        client->get(pods, QStringLiteral("ns"), QStringLiteral("p"), this, outcome.onDone(), outcome.onError());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.finished(), 10000);
        QCOMPARE(outcome.errors, 1);
        QVERIFY(outcome.error.isTooManyRequests());
        QCOMPARE(server.requests.size(), 11); // first try + 10 retries
    }

    // rest/request_test.go TestRetryableConditions: after a dropped connection only GETs are
    // retried by us. Qt itself resends any request once when the server closes before answering,
    // so a POST reaches the server at most twice; a GET keeps being retried.
    void retryableConditions_connectionDrop_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::newRow("get") << QByteArray("GET");
        QTest::newRow("post") << QByteArray("POST");
    }
    void retryableConditions_connectionDrop()
    {
        QFETCH(QByteArray, verb);
        CannedHttpServer server;
        server.setHandler([](const CannedRequest &) {
            CannedResponse drop;
            drop.dropWithoutAnswer = true;
            return drop;
        });
        auto client = makeClient(server.url());
        client->setMaxRetries(2);
        Outcome outcome;
        RawRequest request;
        request.verb = verb;
        request.path = QStringLiteral("/api/v1/namespaces/ns/pods");
        request.body = verb == "POST" ? podJson(QStringLiteral("p")) : QByteArray();
        client->request(request, this, outcome.onDone(), outcome.onError());
        QTRY_VERIFY(outcome.finished());
        QCOMPARE(outcome.errors, 1);
        QCOMPARE(outcome.error.kind, ApiError::Kind::Network);
        if (verb == "POST")
            QVERIFY2(server.requests.size() <= 2, qPrintable(QString::number(server.requests.size())));
        else
            QVERIFY2(server.requests.size() >= 3, qPrintable(QString::number(server.requests.size())));
    }

    void unauthorized_invalidatesCredentialsAndReports()
    {
        CannedHttpServer server;
        server.setHandler([](const CannedRequest &) {
            return CannedResponse::json(
                401, status(401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized")));
        });
        FakeCredentialSource *credentials = nullptr;
        auto client = makeClient(server.url(), &credentials);
        Outcome outcome;
        client->get(pods, QStringLiteral("ns"), QStringLiteral("p"), this, outcome.onDone(), outcome.onError());
        QTRY_VERIFY(outcome.finished());
        QVERIFY(outcome.error.isUnauthorized());
        QCOMPARE(credentials->invalidations, 1);
        QCOMPARE(server.requests.size(), 1);
        // The next request asks for credentials again.
        Outcome second;
        client->get(pods, QStringLiteral("ns"), QStringLiteral("p"), this, second.onDone(), second.onError());
        QTRY_VERIFY(second.finished());
        QCOMPARE(credentials->gets, 2);
    }

    void credentialsFailure_reportedWithoutRequest()
    {
        CannedHttpServer server;
        FakeCredentialSource *credentials = nullptr;
        auto client = makeClient(server.url(), &credentials);
        ApiError failure;
        failure.kind = ApiError::Kind::Credentials;
        failure.message = QStringLiteral("plugin failed");
        credentials->failure = failure;
        Outcome outcome;
        client->get(pods, QStringLiteral("ns"), QStringLiteral("p"), this, outcome.onDone(), outcome.onError());
        QTRY_VERIFY(outcome.finished());
        QCOMPARE(outcome.error.kind, ApiError::Kind::Credentials);
        QCOMPARE(server.requests.size(), 0);
    }

    void requestHandle_cancel_noHandlerRuns()
    {
        CannedHttpServer server;
        server.setHandler([](const CannedRequest &) {
            CannedResponse slow = CannedResponse::stream({ "{", "}" }, 300);
            return slow;
        });
        auto client = makeClient(server.url());
        Outcome outcome;
        RequestHandle handle
            = client->get(pods, QStringLiteral("ns"), QStringLiteral("p"), this, outcome.onDone(), outcome.onError());
        RequestHandle copy = handle;
        QVERIFY(copy.isRunning());
        QTRY_COMPARE(server.requests.size(), 1);
        copy.cancel();
        QVERIFY(!handle.isRunning());
        QTest::qWait(600);
        QVERIFY(!outcome.finished());
        handle.cancel(); // after the end: a no-op
    }

    void requestHandle_cancelAfterCompletion_isNoOp()
    {
        CannedHttpServer server;
        server.setHandler(
            [](const CannedRequest &) { return CannedResponse::json(200, podJson(QStringLiteral("p"))); });
        auto client = makeClient(server.url());
        Outcome outcome;
        RequestHandle handle
            = client->get(pods, QStringLiteral("ns"), QStringLiteral("p"), this, outcome.onDone(), outcome.onError());
        QTRY_VERIFY(outcome.finished());
        QTRY_VERIFY(!handle.isRunning());
        handle.cancel();
        QCOMPARE(outcome.done, 1);
    }

    void contextDestroyed_callbackNotRun()
    {
        CannedHttpServer server;
        server.setHandler([](const CannedRequest &) { return CannedResponse::stream({ "{", "}" }, 200); });
        auto client = makeClient(server.url());
        Outcome outcome;
        auto *context = new QObject;
        RequestHandle handle = client->get(
            pods, QStringLiteral("ns"), QStringLiteral("p"), context, outcome.onDone(), outcome.onError());
        QTRY_COMPARE(server.requests.size(), 1);
        delete context;
        QTRY_VERIFY(!handle.isRunning());
        QTest::qWait(500);
        QVERIFY(!outcome.finished());
    }

    void watch_streamsChunksThenEnds()
    {
        CannedHttpServer server;
        server.setHandler([](const CannedRequest &) {
            return CannedResponse::stream({ "{\"type\":\"ADDED\",", "\"object\":{}}\n" }, 50);
        });
        auto client = makeClient(server.url());
        QByteArray received;
        bool ended = false;
        StreamHandlers handlers;
        handlers.onData = [&](const QByteArray &chunk) { received += chunk; };
        handlers.onEnd = [&] { ended = true; };
        handlers.onError = [](const ApiError &error) { QFAIL(qPrintable(error.message)); };
        WatchOptions options;
        options.resourceVersion = QStringLiteral("7");
        options.timeoutSeconds = 400;
        client->watch(pods, QString(), options, this, handlers);
        QTRY_VERIFY(ended);
        QCOMPARE(received, QByteArray("{\"type\":\"ADDED\",\"object\":{}}\n"));
        const CannedRequest &request = server.requests.at(0);
        QCOMPARE(request.path(), QStringLiteral("/api/v1/pods"));
        QCOMPARE(request.queryValue(QStringLiteral("watch")), QStringLiteral("1"));
        QCOMPARE(request.queryValue(QStringLiteral("resourceVersion")), QStringLiteral("7"));
        QCOMPARE(request.queryValue(QStringLiteral("allowWatchBookmarks")), QStringLiteral("true"));
        QCOMPARE(request.queryValue(QStringLiteral("timeoutSeconds")), QStringLiteral("400"));
    }

    void disableCompression_sendsIdentity()
    {
        CannedHttpServer server;
        server.setHandler([](const CannedRequest &) { return CannedResponse::json(200, "{}"); });
        RestConfig config;
        config.server = server.url();
        config.disableCompression = true;
        config.impersonateUser = QStringLiteral("jane");
        config.impersonateGroups = { QStringLiteral("devs") };
        ApiClient client(config, nullptr);
        client.setAuditLog(nullptr);
        Outcome outcome;
        client.get(nodes, QString(), QStringLiteral("n1"), this, outcome.onDone(), outcome.onError());
        QTRY_VERIFY(outcome.finished());
        QCOMPARE(server.requests[0].headers.value("accept-encoding"), QByteArray("identity"));
        QCOMPARE(server.requests[0].headers.value("impersonate-user"), QByteArray("jane"));
        QCOMPARE(server.requests[0].headers.value("impersonate-group"), QByteArray("devs"));
    }

    void unreachableServer_networkError()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            port = probe.serverPort();
        }
        RestConfig config;
        config.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        ApiClient client(config, nullptr);
        Outcome outcome;
        client.get(pods, QStringLiteral("ns"), QStringLiteral("p"), this, outcome.onDone(), outcome.onError());
        QTRY_VERIFY(outcome.finished());
        QCOMPARE(outcome.error.kind, ApiError::Kind::Network);
        QCOMPARE(outcome.error.httpStatus, 0);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
