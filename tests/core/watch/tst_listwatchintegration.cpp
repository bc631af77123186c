// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
// Against a real control plane (kube-sim): list/watch, 403, CRUD, dry-run,
// server-side apply, discovery and permission checks. kubectl does the
// changes, as a user would from a terminal next to Sextant.
#include "core/api/apiclient.h"
#include "core/api/auditlog.h"
#include "core/api/discovery.h"
#include "core/api/permissions.h"
#include "core/watch/listwatch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Sextant::Core;

namespace {

const ResourceRef pods { QString(), QStringLiteral("v1"), QStringLiteral("pods"), true };
const ResourceRef configMaps { QString(), QStringLiteral("v1"), QStringLiteral("configmaps"), true };

QString kubeconfig()
{
    return qEnvironmentVariable("SEXTANT_KUBE_SIM_KUBECONFIG");
}

// Runs kubectl while the event loop keeps turning, so watches go on receiving.
struct Kubectl {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Kubectl kubectl(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 180000)
{
    QProcess process;
    process.start(QStringLiteral("kubectl"), QStringList { QStringLiteral("--kubeconfig"), kubeconfig() } + arguments);
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    Kubectl result;
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// The connection settings of a context, from `kubectl config view --raw --minify -o json`
// (keeps this test independent of the kubeconfig loader).
RestConfig restConfigFor(const QString &context)
{
    const Kubectl view = kubectl(
        { QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("--raw"), QStringLiteral("--minify"),
            QStringLiteral("--context"), context, QStringLiteral("-o"), QStringLiteral("json") });
    const QJsonObject root = QJsonDocument::fromJson(view.out).object();
    const QJsonObject cluster
        = root.value(QLatin1String("clusters")).toArray().at(0).toObject().value(QLatin1String("cluster")).toObject();
    const QJsonObject user
        = root.value(QLatin1String("users")).toArray().at(0).toObject().value(QLatin1String("user")).toObject();
    RestConfig config;
    config.contextName = context;
    config.userName = context;
    config.server = QUrl(cluster.value(QLatin1String("server")).toString());
    config.caData
        = QByteArray::fromBase64(cluster.value(QLatin1String("certificate-authority-data")).toString().toLatin1());
    config.clientCertData
        = QByteArray::fromBase64(user.value(QLatin1String("client-certificate-data")).toString().toLatin1());
    config.clientKeyData = QByteArray::fromBase64(user.value(QLatin1String("client-key-data")).toString().toLatin1());
    config.token = user.value(QLatin1String("token")).toString();
    return config;
}

QMap<QString, QString> kubectlPodVersions(const QString &namespaceName)
{
    const Kubectl get = kubectl({ QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), namespaceName,
        QStringLiteral("-o"), QStringLiteral("json") });
    QMap<QString, QString> versions;
    const QJsonArray items = QJsonDocument::fromJson(get.out).object().value(QLatin1String("items")).toArray();
    for (const QJsonValue &item : items)
        versions.insert(ObjectStore::keyOf(item.toObject()), ObjectStore::resourceVersionOf(item.toObject()));
    return versions;
}

QMap<QString, QString> storeVersions(const ObjectStore *store)
{
    QMap<QString, QString> versions;
    for (const QString &key : store->keys())
        versions.insert(key, ObjectStore::resourceVersionOf(store->object(key)));
    return versions;
}

QByteArray podManifests(const QString &namespaceName, int from, int to)
{
    QByteArray yaml;
    for (int i = from; i < to; ++i) {
        yaml += "---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: watched-" + QByteArray::number(i)
            + "\n  namespace: " + namespaceName.toUtf8() + "\n  labels:\n    batch: " + (i % 2 ? "odd" : "even")
            + "\nspec:\n  containers:\n  - name: app\n    image: registry.invalid/app:1\n";
    }
    return yaml;
}

} // namespace

class TestListWatchIntegration : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        // Integration tests never skip: without kube-sim they fail.
        QVERIFY2(!kubeconfig().isEmpty() && QFile::exists(kubeconfig()),
            "SEXTANT_KUBE_SIM_KUBECONFIG does not point at a running kube-sim");
    }

    void watch500Pods_storeEqualsKubectl_data()
    {
        QTest::addColumn<bool>("watchList");
        QTest::addColumn<int>("podCount");
        // 500 through the default path; fewer for the fallback path to keep the suite's time down.
        QTest::newRow("watchList") << true << 500;
        QTest::newRow("listThenWatch") << false << 200;
    }
    void watch500Pods_storeEqualsKubectl()
    {
        QFETCH(bool, watchList);
        QFETCH(int, podCount);
        const QString ns = QStringLiteral("sextant-watch-%1").arg(QRandomGenerator::global()->bounded(1000000));
        QCOMPARE(kubectl({ QStringLiteral("create"), QStringLiteral("namespace"), ns }).exitCode, 0);
        auto cleanup = qScopeGuard([ns] {
            kubectl({ QStringLiteral("delete"), QStringLiteral("namespace"), ns, QStringLiteral("--wait=false") });
        });

        ApiClient client(restConfigFor(QStringLiteral("admin")), nullptr);
        client.setAuditLog(nullptr);
        ListWatchOptions options;
        options.useWatchList = watchList;
        ListWatch watch(&client, pods, ns, options);
        QSignalSpy synced(watch.store(), &ObjectStore::synced);
        watch.start();
        QVERIFY(synced.wait(30000));
        QCOMPARE(watch.store()->size(), 0);
        QCOMPARE(watch.statistics().usedWatchList, watchList);

        // Five kubectl processes side by side: creation is latency-bound, not CPU-bound.
        const int Pods = podCount;
        constexpr int Writers = 5;
        std::vector<std::unique_ptr<QProcess>> writers;
        for (int w = 0; w < Writers; ++w) {
            auto process = std::make_unique<QProcess>();
            process->start(QStringLiteral("kubectl"),
                { QStringLiteral("--kubeconfig"), kubeconfig(), QStringLiteral("create"), QStringLiteral("-f"),
                    QStringLiteral("-") });
            process->write(podManifests(ns, w * Pods / Writers, (w + 1) * Pods / Writers));
            process->closeWriteChannel();
            writers.push_back(std::move(process));
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(
                    writers.begin(), writers.end(), [](const auto &p) { return p->state() == QProcess::NotRunning; });
            },
            300000));
        for (const auto &process : writers)
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        const Kubectl remove = kubectl(
            { QStringLiteral("delete"), QStringLiteral("pods"), QStringLiteral("-n"), ns, QStringLiteral("-l"),
                QStringLiteral("batch=odd"), QStringLiteral("--grace-period=0"), QStringLiteral("--wait=true") });
        QVERIFY2(remove.exitCode == 0, remove.err.constData());

        // kwok keeps updating pod status for a while: compare until both sides agree.
        QMap<QString, QString> expected;
        const bool equal = QTest::qWaitFor(
            [&] {
                expected = kubectlPodVersions(ns);
                watch.store()->flush();
                return expected.size() == Pods / 2 && storeVersions(watch.store()) == expected;
            },
            120000);
        if (!equal) {
            const auto actual = storeVersions(watch.store());
            qWarning("store %lld keys, kubectl %lld keys", qlonglong(actual.size()), qlonglong(expected.size()));
        }
        QVERIFY(equal);
        QCOMPARE(watch.statistics().lists, 1); // never relisted
        QVERIFY(!watch.store()
                     ->object(watch.store()->keys().first())
                     .value(QLatin1String("metadata"))
                     .toObject()
                     .contains(QLatin1String("managedFields")));
        std::printf("%s: %d watch events applied, %d watch requests\n", watchList ? "WatchList" : "list+watch",
            watch.statistics().eventsApplied, watch.statistics().watches);
    }

    void limitedContext_forbiddenIsPermissionError()
    {
        ApiClient client(restConfigFor(QStringLiteral("limited")), nullptr);
        ListWatch watch(&client, pods, QStringLiteral("default"));
        QSignalSpy denied(&watch, &ListWatch::permissionDenied);
        watch.start();
        QVERIFY(denied.wait(30000));
        const ApiError error = denied.at(0).at(0).value<ApiError>();
        QCOMPARE(error.httpStatus, 403);
        QCOMPARE(error.reason, QStringLiteral("Forbidden"));
        QVERIFY2(error.message.contains(QLatin1String("limited")), qPrintable(error.message));
        QCOMPARE(watch.store()->syncState(), ObjectStore::SyncState::Failed);
    }

    void crud_dryRun_serverSideApply_roundtrip()
    {
        ApiClient client(restConfigFor(QStringLiteral("admin")), nullptr);
        AuditLog audit(m_dir.filePath(QStringLiteral("audit.log")));
        client.setAuditLog(&audit);
        const QString ns = QStringLiteral("default");
        const QString name = QStringLiteral("sextant-crud-%1").arg(QRandomGenerator::global()->bounded(1000000));
        const QJsonObject configMap { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
            { QStringLiteral("kind"), QStringLiteral("ConfigMap") },
            { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("name"), name } } },
            { QStringLiteral("data"), QJsonObject { { QStringLiteral("k"), QStringLiteral("v1") } } } };
        QJsonObject result;
        ApiError error;
        bool finished = false;
        auto onDone = [&](const QJsonObject &object) {
            result = object;
            error = ApiError();
            finished = true;
        };
        auto onError = [&](const ApiError &e) {
            error = e;
            finished = true;
        };
        auto wait = [&] {
            const bool ok = QTest::qWaitFor([&] { return finished; }, 30000);
            finished = false;
            return ok;
        };

        client.create(configMaps, ns, configMap, WriteOptions { true }, this, onDone, onError);
        QVERIFY(wait());
        QCOMPARE(error.kind, ApiError::Kind::None);
        client.get(configMaps, ns, name, this, onDone, onError);
        QVERIFY(wait());
        QVERIFY2(error.isNotFound(), "dry-run must not persist");

        client.create(configMaps, ns, configMap, {}, this, onDone, onError);
        QVERIFY(wait());
        QCOMPARE(error.kind, ApiError::Kind::None);
        client.create(configMaps, ns, configMap, {}, this, onDone, onError);
        QVERIFY(wait());
        QCOMPARE(error.reason, QStringLiteral("AlreadyExists"));

        client.get(configMaps, ns, name, this, onDone, onError);
        QVERIFY(wait());
        QJsonObject updated = result;
        updated.insert(QStringLiteral("data"), QJsonObject { { QStringLiteral("k"), QStringLiteral("v2") } });
        client.update(configMaps, ns, updated, {}, this, onDone, onError);
        QVERIFY(wait());
        QCOMPARE(
            result.value(QLatin1String("data")).toObject().value(QLatin1String("k")).toString(), QStringLiteral("v2"));
        client.update(configMaps, ns, updated, {}, this, onDone, onError); // stale resourceVersion
        QVERIFY(wait());
        QVERIFY(error.isConflict());

        PatchOptions merge;
        client.patch(configMaps, ns, name, R"({"data":{"merged":"yes"}})", merge, this, onDone, onError);
        QVERIFY(wait());
        QCOMPARE(result.value(QLatin1String("data")).toObject().value(QLatin1String("merged")).toString(),
            QStringLiteral("yes"));

        PatchOptions json;
        json.type = PatchType::Json;
        client.patch(
            configMaps, ns, name, R"([{"op":"add","path":"/data/json","value":"1"}])", json, this, onDone, onError);
        QVERIFY(wait());
        QCOMPARE(result.value(QLatin1String("data")).toObject().value(QLatin1String("json")).toString(),
            QStringLiteral("1"));

        PatchOptions apply;
        apply.type = PatchType::Apply;
        const QByteArray applied = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name.toUtf8()
            + "\ndata:\n  applied: \"true\"\n  k: v3\n";
        client.patch(configMaps, ns, name, applied, apply, this, onDone, onError);
        QVERIFY(wait());
        // k is owned by the earlier update's manager: without force, a conflict.
        QVERIFY2(error.isConflict(), qPrintable(error.message));
        apply.force = true;
        client.patch(configMaps, ns, name, applied, apply, this, onDone, onError);
        QVERIFY(wait());
        QCOMPARE(error.kind, ApiError::Kind::None);
        QCOMPARE(
            result.value(QLatin1String("data")).toObject().value(QLatin1String("k")).toString(), QStringLiteral("v3"));
        bool managedBySextant = false;
        for (const QJsonValue &entry :
            result.value(QLatin1String("metadata")).toObject().value(QLatin1String("managedFields")).toArray())
            managedBySextant |= entry.toObject().value(QLatin1String("manager")).toString() == QLatin1String("sextant");
        QVERIFY(managedBySextant);

        DeleteOptions remove;
        remove.propagationPolicy = QStringLiteral("Background");
        remove.dryRun = true;
        client.remove(configMaps, ns, name, remove, this, onDone, onError);
        QVERIFY(wait());
        QCOMPARE(error.kind, ApiError::Kind::None);
        remove.dryRun = false;
        remove.preconditionUid = QStringLiteral("not-the-uid");
        client.remove(configMaps, ns, name, remove, this, onDone, onError);
        QVERIFY(wait());
        QVERIFY(error.isConflict()); // precondition failed
        remove.preconditionUid.clear();
        client.remove(configMaps, ns, name, remove, this, onDone, onError);
        QVERIFY(wait());
        QCOMPARE(error.kind, ApiError::Kind::None);
        client.get(configMaps, ns, name, this, onDone, onError);
        QVERIFY(wait());
        QVERIFY(error.isNotFound());

        // Dry runs are not audited; every real change is, once, without bodies.
        QFile log(audit.filePath());
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
        QStringList verbs;
        for (const QByteArray &line : lines)
            verbs.append(QJsonDocument::fromJson(line).object().value(QLatin1String("verb")).toString());
        QCOMPARE(verbs,
            (QStringList { QStringLiteral("create"), QStringLiteral("create"), QStringLiteral("update"),
                QStringLiteral("update"), QStringLiteral("patch"), QStringLiteral("patch"), QStringLiteral("apply"),
                QStringLiteral("apply"), QStringLiteral("delete"), QStringLiteral("delete") }));
        QVERIFY(!log.fileName().isEmpty());
    }

    void discoveryAndPermissions_realServer()
    {
        ApiClient admin(restConfigFor(QStringLiteral("admin")), nullptr);
        Discovery discovery(&admin);
        discovery.setCacheDirectory(m_dir.filePath(QStringLiteral("discovery")));
        QSignalSpy refreshed(&discovery, &Discovery::refreshed);
        discovery.refresh();
        QVERIFY(refreshed.wait(30000));
        QVERIFY(discovery.usedAggregatedDiscovery());
        QCOMPARE(discovery.find(QStringLiteral("po"))->resource, QStringLiteral("pods"));
        QCOMPARE(discovery.find(QStringLiteral("deploy"))->group, QStringLiteral("apps"));
        QVERIFY(discovery.find(QStringLiteral("pods"))->subresources.contains(QStringLiteral("log")));
        QVERIFY(
            !discovery.findKind(QStringLiteral("apps"), QStringLiteral("Deployment"))->ref().apiVersion().isEmpty());

        ApiClient limited(restConfigFor(QStringLiteral("limited")), nullptr);
        Permissions permissions(&limited);
        std::optional<AccessDecision> canList;
        std::optional<AccessDecision> canDelete;
        permissions.can(QStringLiteral("list"), configMaps, QStringLiteral("demo"), {}, {}, this,
            [&](const AccessDecision &d) { canList = d; });
        permissions.can(QStringLiteral("delete"), pods, QStringLiteral("default"), {}, {}, this,
            [&](const AccessDecision &d) { canDelete = d; });
        QTRY_VERIFY_WITH_TIMEOUT(canList && canDelete, 30000);
        QVERIFY(canList->allowed);
        QVERIFY(!canDelete->allowed);

        std::optional<RulesReview> rules;
        permissions.rules(QStringLiteral("demo"), this, [&](const RulesReview &r) { rules = r; });
        QTRY_VERIFY_WITH_TIMEOUT(rules, 30000);
        QVERIFY(rules->allows(QStringLiteral("list"), QString(), QStringLiteral("configmaps")));
        QVERIFY(!rules->allows(QStringLiteral("delete"), QString(), QStringLiteral("configmaps")));

        std::optional<UserInfo> user;
        permissions.whoAmI(this, [&](const UserInfo &u) { user = u; });
        QTRY_VERIFY_WITH_TIMEOUT(user, 30000);
        QVERIFY2(!user->username.isEmpty(), "SelfSubjectReview names the user");
        std::printf("limited is %s, groups %s\n", qPrintable(user->username), qPrintable(user->groups.join(u',')));
    }
};

QTEST_GUILESS_MAIN(TestListWatchIntegration)
#include "tst_listwatchintegration.moc"
