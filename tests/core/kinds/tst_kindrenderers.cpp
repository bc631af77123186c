// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/kinds/clusterrenderers.h"
#include "core/kinds/configrenderers.h"
#include "core/kinds/kindregistry.h"
#include "core/kinds/networkrenderers.h"
#include "core/kinds/storagerenderers.h"
#include "core/kinds/workloadrenderers.h"
#include "jsonliteral.h"

#include <QJsonDocument>
#include <QTest>

using namespace Sextant::Core;

namespace {

QStringList texts(const RenderedRow &row)
{
    QStringList out;
    for (const QVariant &cell : row.cells) {
        out.append(cell.toString());
    }
    return out;
}

} // namespace

// Cases kube-sim cannot produce (it assigns load balancer addresses, keeps nodes
// Ready, completes jobs at once) and the health each kind reports; kubectl parity
// of the captured objects is tst_kubectlparity's job.
class TestKindRenderers final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void service_data()
    {
        QTest::addColumn<QJsonObject>("service");
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<int>("health");

        QTest::newRow("load balancer without address is pending")
            << json(R"({"metadata":{"name":"lb"},
            "spec":{"type":"LoadBalancer","clusterIPs":["10.0.0.5"],"ports":[{"port":443,"nodePort":30443,"protocol":"TCP"}]},
            "status":{"loadBalancer":{}}})")
            << QStringList { "lb", "LoadBalancer", "10.0.0.5", "<pending>", "443:30443/TCP", "" }
            << int(Health::Progressing);
        QTest::newRow("load balancer addresses sorted, hostnames after IPs")
            << json(R"({"metadata":{"name":"lb"},
            "spec":{"type":"LoadBalancer","clusterIPs":["10.0.0.5"],"ports":[{"port":80,"nodePort":31000,"protocol":"TCP"}]},
            "status":{"loadBalancer":{"ingress":[{"ip":"198.51.100.9"},{"hostname":"lb.example.com"},{"ip":"198.51.100.10"}]}}})")
            << QStringList { "lb", "LoadBalancer", "10.0.0.5", "198.51.100.10,198.51.100.9,lb.example.com",
                   "80:31000/TCP", "" }
            << int(Health::Healthy);
        QTest::newRow("node ports and protocols")
            << json(R"({"metadata":{"name":"np"},
            "spec":{"type":"NodePort","clusterIPs":["10.0.0.6"],"ports":[
              {"port":80,"nodePort":30080,"protocol":"TCP"},{"port":53,"nodePort":30053,"protocol":"UDP"},{"port":9000,"protocol":"SCTP"}]}})")
            << QStringList { "np", "NodePort", "10.0.0.6", "<none>", "80:30080/TCP,53:30053/UDP,9000/SCTP", "" }
            << int(Health::Healthy);
        QTest::newRow("external name without ports")
            << json(R"({"metadata":{"name":"ext"},
            "spec":{"type":"ExternalName","externalName":"db.example.com"}})")
            << QStringList { "ext", "ExternalName", "<none>", "db.example.com", "<none>", "" } << int(Health::Healthy);
        QTest::newRow("headless") << json(R"({"metadata":{"name":"h"},
            "spec":{"type":"ClusterIP","clusterIP":"None","clusterIPs":["None"],"ports":[{"port":5432,"protocol":"TCP"}]}})")
                                  << QStringList { "h", "ClusterIP", "None", "<none>", "5432/TCP", "" }
                                  << int(Health::Healthy);
    }

    void service()
    {
        QFETCH(QJsonObject, service);
        QFETCH(QStringList, cells);
        QFETCH(int, health);
        const RenderedRow row = ServiceRenderer().render(service);
        QCOMPARE(texts(row), cells);
        QCOMPARE(int(row.health), health);
    }

    void job_data()
    {
        QTest::addColumn<QJsonObject>("job");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("completions");
        QTest::addColumn<QString>("duration");
        QTest::addColumn<int>("health");

        QTest::newRow("complete: duration from start to completion") << json(R"({"metadata":{"name":"j"},
            "spec":{"completions":3,"parallelism":3},
            "status":{"succeeded":3,"startTime":"2026-11-01T10:00:00Z","completionTime":"2026-11-01T10:01:05Z",
              "conditions":[{"type":"SuccessCriteriaMet","status":"True"},{"type":"Complete","status":"True"}]}})")
                                                                     << "Complete"
                                                                     << "3/3"
                                                                     << "65s" << int(Health::Healthy);
        QTest::newRow("failed wins over suspended") << json(R"({"metadata":{"name":"j"},
            "spec":{"completions":1},
            "status":{"failed":1,"startTime":"2026-11-01T10:00:00Z","completionTime":"2026-11-01T10:20:00Z",
              "conditions":[{"type":"Suspended","status":"True"},{"type":"Failed","status":"True"}]}})")
                                                    << "Failed"
                                                    << "0/1"
                                                    << "20m" << int(Health::Failed);
        QTest::newRow("suspended, never started") << json(R"({"metadata":{"name":"j"},
            "spec":{"completions":1,"suspend":true},"status":{"conditions":[{"type":"Suspended","status":"True"}]}})")
                                                  << "Suspended"
                                                  << "0/1"
                                                  << "" << int(Health::Warning);
        QTest::newRow("suspended condition false is running") << json(R"({"metadata":{"name":"j"},
            "spec":{"parallelism":2},"status":{"succeeded":1,"conditions":[{"type":"Suspended","status":"False"}]}})")
                                                              << "Running"
                                                              << "1/1 of 2"
                                                              << "" << int(Health::Progressing);
        QTest::newRow("failure target before failed") << json(R"({"metadata":{"name":"j"},
            "spec":{"completions":2},"status":{"conditions":[{"type":"FailureTarget","status":"True"}]}})")
                                                      << "FailureTarget"
                                                      << "0/2"
                                                      << "" << int(Health::Failed);
        QTest::newRow("deleting") << json(R"({"metadata":{"name":"j","deletionTimestamp":"2026-11-01T10:00:00Z"},
            "spec":{"completions":1},"status":{}})")
                                  << "Terminating"
                                  << "0/1"
                                  << "" << int(Health::Progressing);
    }

    void job()
    {
        QFETCH(QJsonObject, job);
        QFETCH(QString, status);
        QFETCH(QString, completions);
        QFETCH(QString, duration);
        QFETCH(int, health);
        const RenderedRow row = JobRenderer().render(job);
        QCOMPARE(row.cells.value(1).toString(), status);
        QCOMPARE(row.cells.value(2).toString(), completions);
        QCOMPARE(row.cells.value(3).toString(), duration);
        QCOMPARE(int(row.health), health);
    }

    void job_running_durationSinceStart()
    {
        QJsonObject job = json(R"({"metadata":{"name":"j"},"spec":{"completions":1},"status":{"active":1}})");
        QJsonObject status = job.value(QLatin1String("status")).toObject();
        const QDateTime start(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
        status.insert(QStringLiteral("startTime"), start.toString(Qt::ISODate));
        job.insert(QStringLiteral("status"), status);
        const RenderedRow row = JobRenderer().render(job);
        QCOMPARE(row.cells.value(1).toString(), QStringLiteral("Running"));
        // The model ages a running job's duration from its start (ColumnSpec::Type::Since).
        QCOMPARE(JobRenderer().columns().at(3).type, ColumnSpec::Type::Since);
        QCOMPARE(row.cells.value(3).toDateTime(), start);
    }

    void cronJob_unsetFields()
    {
        const RenderedRow row
            = CronJobRenderer().render(json(R"({"metadata":{"name":"c"},"spec":{"schedule":"@hourly"},"status":{}})"));
        QCOMPARE(texts(row), (QStringList { "c", "@hourly", "<none>", "<unset>", "0", "<none>", "" }));
        QCOMPARE(row.health, Health::Healthy);
    }

    void cronJob_suspended_isWarning()
    {
        const RenderedRow row = CronJobRenderer().render(json(R"({"metadata":{"name":"c"},
            "spec":{"schedule":"@hourly","suspend":true,"timeZone":"Etc/UTC"},"status":{"active":[{"name":"c-1"}]}})"));
        QCOMPARE(row.cells.value(2).toString(), QStringLiteral("Etc/UTC"));
        QCOMPARE(row.cells.value(3).toString(), QStringLiteral("True"));
        QCOMPARE(row.cells.value(4).toLongLong(), 1);
        QCOMPARE(row.health, Health::Warning);
    }

    void deployment_data()
    {
        QTest::addColumn<QJsonObject>("deployment");
        QTest::addColumn<QString>("ready");
        QTest::addColumn<int>("health");

        QTest::newRow("all available") << json(R"({"metadata":{"name":"d","generation":2},"spec":{"replicas":3},
            "status":{"observedGeneration":2,"replicas":3,"updatedReplicas":3,"readyReplicas":3,"availableReplicas":3}})")
                                       << "3/3" << int(Health::Healthy);
        QTest::newRow("new generation not yet observed")
            << json(R"({"metadata":{"name":"d","generation":3},"spec":{"replicas":3},
            "status":{"observedGeneration":2,"replicas":3,"updatedReplicas":3,"readyReplicas":3,"availableReplicas":3}})")
            << "3/3" << int(Health::Progressing);
        QTest::newRow("rolling: old pods still there")
            << json(R"({"metadata":{"name":"d","generation":2},"spec":{"replicas":3},
            "status":{"observedGeneration":2,"replicas":4,"updatedReplicas":2,"readyReplicas":3,"availableReplicas":3}})")
            << "3/3" << int(Health::Progressing);
        QTest::newRow("paused") << json(R"({"metadata":{"name":"d","generation":2},"spec":{"replicas":3,"paused":true},
            "status":{"observedGeneration":2,"replicas":3,"updatedReplicas":1,"readyReplicas":3,"availableReplicas":3}})")
                                << "3/3" << int(Health::Warning);
        QTest::newRow("progress deadline exceeded")
            << json(R"({"metadata":{"name":"d","generation":2},"spec":{"replicas":3},
            "status":{"observedGeneration":2,"replicas":4,"updatedReplicas":1,"readyReplicas":3,"availableReplicas":3,
              "conditions":[{"type":"Progressing","status":"False","reason":"ProgressDeadlineExceeded"}]}})")
            << "3/3" << int(Health::Failed);
        QTest::newRow("rolled out but unavailable")
            << json(R"({"metadata":{"name":"d","generation":2},"spec":{"replicas":2},
            "status":{"observedGeneration":2,"replicas":2,"updatedReplicas":2,"readyReplicas":0,"availableReplicas":0,
              "unavailableReplicas":2,"conditions":[{"type":"Available","status":"False","reason":"MinimumReplicasUnavailable"}]}})")
            << "0/2" << int(Health::Warning);
        QTest::newRow("scaled to zero") << json(R"({"metadata":{"name":"d","generation":1},"spec":{"replicas":0},
            "status":{"observedGeneration":1}})")
                                        << "0/0" << int(Health::Healthy);
    }

    void deployment()
    {
        QFETCH(QJsonObject, deployment);
        QFETCH(QString, ready);
        QFETCH(int, health);
        const RenderedRow row = DeploymentRenderer().render(deployment);
        QCOMPARE(row.cells.value(1).toString(), ready);
        QCOMPARE(int(row.health), health);
    }

    void node_data()
    {
        QTest::addColumn<QJsonObject>("node");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("roles");
        QTest::addColumn<int>("health");

        QTest::newRow("ready") << json(
            R"({"metadata":{"name":"n","labels":{"node-role.kubernetes.io/control-plane":""}},
            "status":{"conditions":[{"type":"MemoryPressure","status":"False"},{"type":"Ready","status":"True"}]}})")
                               << "Ready"
                               << "control-plane" << int(Health::Healthy);
        QTest::newRow("cordoned") << json(
            R"({"metadata":{"name":"n","labels":{"node-role.kubernetes.io/worker":"","kubernetes.io/role":"gpu"}},
            "spec":{"unschedulable":true},"status":{"conditions":[{"type":"Ready","status":"True"}]}})")
                                  << "Ready,SchedulingDisabled"
                                  << "gpu,worker" << int(Health::Warning);
        QTest::newRow("not ready") << json(R"({"metadata":{"name":"n"},
            "status":{"conditions":[{"type":"Ready","status":"False"}]}})")
                                   << "NotReady"
                                   << "<none>" << int(Health::Failed);
        QTest::newRow("ready unknown") << json(R"({"metadata":{"name":"n"},
            "status":{"conditions":[{"type":"Ready","status":"Unknown"}]}})")
                                       << "NotReady"
                                       << "<none>" << int(Health::Failed);
        QTest::newRow("no ready condition, cordoned")
            << json(R"({"metadata":{"name":"n"},"spec":{"unschedulable":true},"status":{}})")
            << "Unknown,SchedulingDisabled"
            << "<none>" << int(Health::Failed);
    }

    void node()
    {
        QFETCH(QJsonObject, node);
        QFETCH(QString, status);
        QFETCH(QString, roles);
        QFETCH(int, health);
        const RenderedRow row = NodeRenderer().render(node);
        QCOMPARE(row.cells.value(1).toString(), status);
        QCOMPARE(row.cells.value(2).toString(), roles);
        QCOMPARE(int(row.health), health);
    }

    void event_lastSeen_data()
    {
        QTest::addColumn<QJsonObject>("event");
        QTest::addColumn<QDateTime>("lastSeen");

        const QDateTime t1(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
        QTest::newRow("series wins") << json(R"({"eventTime":"2026-11-01T09:00:00.000000Z",
            "lastTimestamp":"2026-11-01T09:30:00Z","series":{"count":4,"lastObservedTime":"2026-11-01T10:00:00.000000Z"}})")
                                     << t1;
        QTest::newRow("lastTimestamp") << json(
            R"({"firstTimestamp":"2026-11-01T09:00:00Z","lastTimestamp":"2026-11-01T10:00:00Z"})")
                                       << t1;
        QTest::newRow("firstTimestamp when last is null")
            << json(R"({"firstTimestamp":"2026-11-01T10:00:00Z","lastTimestamp":null})") << t1;
        QTest::newRow("eventTime only") << json(
            R"({"eventTime":"2026-11-01T10:00:00.123456Z","firstTimestamp":null,"lastTimestamp":null})")
                                        << t1.addMSecs(123);
    }

    void event_lastSeen()
    {
        QFETCH(QJsonObject, event);
        QFETCH(QDateTime, lastSeen);
        QCOMPARE(EventRenderer::lastSeen(event), lastSeen);
        QCOMPARE(EventRenderer().render(event).created, lastSeen); // the Last seen column ticks from it
    }

    void event_warning()
    {
        const RenderedRow row = EventRenderer().render(json(R"({"type":"Warning","reason":"BackOff",
            "involvedObject":{"kind":"Pod","name":"web-1"},"message":"  Back-off restarting failed container\n",
            "lastTimestamp":"2026-11-01T10:00:00Z"})"));
        QCOMPARE(texts(row),
            (QStringList { "", "Warning", "BackOff", "pod/web-1", "Back-off restarting failed container" }));
        QCOMPARE(row.health, Health::Warning);
        QCOMPARE(EventRenderer().columns().first().type, ColumnSpec::Type::Age);
    }

    void event_eventsApiGroup_readsRegardingAndNote()
    {
        const KindRenderer *renderer
            = KindRegistry::instance().renderer(QStringLiteral("events.k8s.io"), QStringLiteral("events"));
        const RenderedRow row = renderer->render(json(R"({"type":"Normal","reason":"ScalingReplicaSet",
            "regarding":{"kind":"Deployment","name":"web"},"note":"Scaled up replica set web-1 from 1 to 2",
            "deprecatedLastTimestamp":"2026-11-01T10:00:00Z","eventTime":null})"));
        QCOMPARE(texts(row),
            (QStringList {
                "", "Normal", "ScalingReplicaSet", "deployment/web", "Scaled up replica set web-1 from 1 to 2" }));
        QCOMPARE(row.created, QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(row.health, Health::Healthy);
    }

    void storageClass_defaultName_data()
    {
        QTest::addColumn<QJsonObject>("storageClass");
        QTest::addColumn<QStringList>("cells");

        QTest::newRow("default") << json(
            R"({"metadata":{"name":"fast","annotations":{"storageclass.kubernetes.io/is-default-class":"true"}},
            "provisioner":"csi.example.com","reclaimPolicy":"Retain","volumeBindingMode":"WaitForFirstConsumer","allowVolumeExpansion":true})")
                                 << QStringList { "fast (default)", "csi.example.com", "Retain", "WaitForFirstConsumer",
                                        "true", "" };
        QTest::newRow("annotation false, fields unset")
            << json(
                   R"({"metadata":{"name":"slow","annotations":{"storageclass.kubernetes.io/is-default-class":"false"}},
            "provisioner":"csi.example.com"})")
            << QStringList { "slow", "csi.example.com", "Delete", "Immediate", "false", "" };
    }

    void storageClass_defaultName()
    {
        QFETCH(QJsonObject, storageClass);
        QFETCH(QStringList, cells);
        QCOMPARE(texts(StorageClassRenderer().render(storageClass)), cells);
    }

    void persistentVolumeClaim_data()
    {
        QTest::addColumn<QJsonObject>("claim");
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<int>("health");

        QTest::newRow("pending: no capacity even with a request") << json(R"({"metadata":{"name":"c"},
            "spec":{"storageClassName":"slow","resources":{"requests":{"storage":"1Gi"}},"accessModes":["ReadWriteOnce"]},
            "status":{"phase":"Pending"}})") << QStringList { "c", "Pending", "", "", "", "slow", "<unset>", "" }
                                                                  << int(Health::Progressing);
        QTest::newRow("bound: modes in kubectl's order, beta class annotation wins")
            << json(R"({"metadata":{"name":"c",
              "annotations":{"volume.beta.kubernetes.io/storage-class":"legacy"}},
            "spec":{"storageClassName":"fast","volumeName":"pv-1","volumeAttributesClassName":"gold"},
            "status":{"phase":"Bound","capacity":{"storage":"10Gi"},"accessModes":["ReadWriteOncePod","ReadOnlyMany","ReadWriteOnce"]}})")
            << QStringList { "c", "Bound", "pv-1", "10Gi", "RWO,ROX,RWOP", "legacy", "gold", "" }
            << int(Health::Healthy);
        QTest::newRow("lost") << json(
            R"({"metadata":{"name":"c"},"spec":{"volumeName":"pv-1"},"status":{"phase":"Lost"}})")
                              << QStringList { "c", "Lost", "pv-1", "0", "", "", "<unset>", "" } << int(Health::Failed);
        QTest::newRow("deleting") << json(R"({"metadata":{"name":"c","deletionTimestamp":"2026-11-01T10:00:00Z"},
            "spec":{},"status":{"phase":"Bound"}})")
                                  << QStringList { "c", "Terminating", "", "", "", "", "<unset>", "" }
                                  << int(Health::Progressing);
    }

    void persistentVolumeClaim()
    {
        QFETCH(QJsonObject, claim);
        QFETCH(QStringList, cells);
        QFETCH(int, health);
        const RenderedRow row = PersistentVolumeClaimRenderer().render(claim);
        QCOMPARE(texts(row), cells);
        QCOMPARE(int(row.health), health);
    }

    void persistentVolume_released_isWarning()
    {
        const RenderedRow row = PersistentVolumeRenderer().render(json(R"({"metadata":{"name":"pv"},
            "spec":{"capacity":{"storage":"5Gi"},"accessModes":["ReadWriteMany"],"persistentVolumeReclaimPolicy":"Retain",
              "claimRef":{"namespace":"ns","name":"c"},"storageClassName":"fast"},
            "status":{"phase":"Released","reason":"ClaimDeleted"}})"));
        QCOMPARE(texts(row),
            (QStringList { "pv", "5Gi", "RWX", "Retain", "Released", "ns/c", "fast", "<unset>", "ClaimDeleted", "" }));
        QCOMPARE(row.health, Health::Warning);
    }

    void secret_neverShowsValues()
    {
        const RenderedRow row = SecretRenderer().render(json(R"({"metadata":{"name":"s"},"type":"Opaque",
            "data":{"password":"aHVudGVyMg==","user":"YWRtaW4="}})"));
        QCOMPARE(texts(row), (QStringList { "s", "Opaque", "2", "" }));
        for (const QVariant &cell : row.cells) {
            QVERIFY(!cell.toString().contains(QLatin1String("aHVudGVyMg")));
        }
    }

    void endpointSlice_manyAddresses()
    {
        const RenderedRow row = EndpointSliceRenderer().render(json(R"({"metadata":{"name":"e"},"addressType":"IPv4",
            "ports":[{"port":80},{"name":"metrics"},{}],
            "endpoints":[{"addresses":["10.0.0.1","10.0.0.2"]},{"addresses":["10.0.0.3"]},{"addresses":["10.0.0.4","10.0.0.5"]}]})"));
        QCOMPARE(
            texts(row), (QStringList { "e", "IPv4", "80,metrics,*", "10.0.0.1,10.0.0.2,10.0.0.3 + 2 more...", "" }));
    }

    void ingress_addressAndDefaults()
    {
        const RenderedRow row = IngressRenderer().render(json(R"({"metadata":{"name":"i"},
            "spec":{"rules":[{"http":{}}]},"status":{"loadBalancer":{"ingress":[{"hostname":"lb.example.com"}]}}})"));
        QCOMPARE(texts(row), (QStringList { "i", "<none>", "*", "lb.example.com", "80", "" }));
        QCOMPARE(row.health, Health::Healthy);
    }

    void capabilities_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<int>("expected");

        const int base = int(Capability::Delete | Capability::EditLabels);
        QTest::newRow("deployments") << "apps"
                                     << "deployments" << (base | int(Capability::Scale | Capability::Restart));
        QTest::newRow("statefulsets") << "apps"
                                      << "statefulsets" << (base | int(Capability::Scale | Capability::Restart));
        QTest::newRow("daemonsets") << "apps"
                                    << "daemonsets" << (base | int(Capability::Restart));
        QTest::newRow("replicasets") << "apps"
                                     << "replicasets" << (base | int(Capability::Scale));
        QTest::newRow("jobs") << "batch"
                              << "jobs" << (base | int(Capability::Logs));
        QTest::newRow("cronjobs") << "batch"
                                  << "cronjobs" << base;
        QTest::newRow("nodes") << ""
                               << "nodes" << (base | int(Capability::Drain | Capability::Cordon));
        QTest::newRow("services") << ""
                                  << "services" << base;
        QTest::newRow("secrets") << ""
                                 << "secrets" << base;
    }

    void capabilities()
    {
        QFETCH(QString, group);
        QFETCH(QString, resource);
        QFETCH(int, expected);
        QCOMPARE(int(KindRegistry::instance().renderer(group, resource)->capabilities()), expected);
    }

    void columns_oneCellEach_andOneHealthColumnAtMost()
    {
        const std::pair<const char *, const char *> kinds[] = {
            { "apps", "deployments" },
            { "apps", "statefulsets" },
            { "apps", "daemonsets" },
            { "apps", "replicasets" },
            { "batch", "jobs" },
            { "batch", "cronjobs" },
            { "autoscaling", "horizontalpodautoscalers" },
            { "", "services" },
            { "discovery.k8s.io", "endpointslices" },
            { "networking.k8s.io", "ingresses" },
            { "networking.k8s.io", "ingressclasses" },
            { "networking.k8s.io", "networkpolicies" },
            { "", "configmaps" },
            { "", "secrets" },
            { "", "serviceaccounts" },
            { "", "persistentvolumeclaims" },
            { "", "persistentvolumes" },
            { "storage.k8s.io", "storageclasses" },
            { "", "nodes" },
            { "", "events" },
            { "rbac.authorization.k8s.io", "roles" },
            { "rbac.authorization.k8s.io", "clusterroles" },
            { "rbac.authorization.k8s.io", "rolebindings" },
            { "rbac.authorization.k8s.io", "clusterrolebindings" },
        };
        for (const auto &[group, resource] : kinds) {
            const KindRenderer *renderer
                = KindRegistry::instance().renderer(QLatin1String(group), QLatin1String(resource));
            const QList<ColumnSpec> columns = renderer->columns();
            // An empty object must not crash and still yields one cell per column.
            QCOMPARE(renderer->render(QJsonObject()).cells.size(), columns.size());
            int healthColumns = 0;
            for (const ColumnSpec &c : columns) {
                healthColumns += c.showsHealth ? 1 : 0;
                QVERIFY(c.title);
            }
            QVERIFY2(healthColumns <= 1, resource);
        }
    }
};

QTEST_GUILESS_MAIN(TestKindRenderers)
#include "tst_kindrenderers.moc"
