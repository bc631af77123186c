// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/relations/knownkinds.h"
#include "core/relations/relations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Sextant::Core;

namespace {

QString nameOf(const QJsonObject &o)
{
    return o.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
}
QString namespaceOf(const QJsonObject &o)
{
    return o.value(QLatin1String("metadata")).toObject().value(QLatin1String("namespace")).toString();
}

// Objects captured together from kube-sim (tests/data/relations/<resource>.json), served like live stores.
class Cluster {
public:
    QList<QJsonObject> objects(const ResourceRef &resource, const QString &ns = {})
    {
        m_asked.append(resource.resource);
        if (!m_cache.contains(resource.resource)) {
            QFile file(QStringLiteral(SEXTANT_TEST_DATA_DIR "/relations/%1.json").arg(resource.resource));
            QList<QJsonObject> items;
            if (file.open(QIODevice::ReadOnly)) {
                for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).object().value(u"items").toArray()) {
                    items.append(v.toObject());
                }
            }
            m_cache.insert(resource.resource, items);
        }
        QList<QJsonObject> out;
        for (const QJsonObject &o : m_cache.value(resource.resource)) {
            if (ns.isEmpty() || namespaceOf(o) == ns) {
                out.append(o);
            }
        }
        return out;
    }
    QJsonObject object(const ResourceRef &resource, const QString &ns, const QString &name)
    {
        for (const QJsonObject &o : objects(resource, ns)) {
            if (nameOf(o) == name) {
                return o;
            }
        }
        return {};
    }
    RelationLookup lookup()
    {
        return [this](const ResourceRef &r, const QString &ns) { return objects(r, ns); };
    }
    QStringList asked() const { return m_asked; }

private:
    QHash<QString, QList<QJsonObject>> m_cache;
    QStringList m_asked;
};

QStringList names(const QList<Relation> &relations, const QString &role)
{
    QStringList out;
    for (const Relation &r : relations) {
        if (r.role == role) {
            out.append(r.namespaceName.isEmpty() ? r.name : r.namespaceName + u'/' + r.name);
        }
    }
    return out;
}

const Relation *find(const QList<Relation> &relations, const QString &role, const QString &name)
{
    for (const Relation &r : relations) {
        if (r.role == role && r.name == name) {
            return &r;
        }
    }
    return nullptr;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TestRelations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void deployment_listsReplicaSetsAndTheirPods();
    void deployment_listsAutoscalerAndConfigMaps();
    void pod_ownerNodeServiceAndMounts();
    void service_selectsPodsByLabels();
    void serviceWithoutSelector_selectsNothing();
    void node_listsPodsScheduledOnIt();
    void statefulSet_pods_claims_volumes_storageClass();
    void persistentVolume_claimAndClass();
    void storageClass_listsVolumesAndClaims();
    void autoscaler_pointsAtScaleTarget();
    void ingress_backendsAndClass();
    void cronJob_listsJobs_jobListsPods();
    void podReferences_envVolumesPullSecretsAccount();
    void secret_usersFound_secretsNeverLookedUp();
    void ownerOfUnknownKind_guessesResource();
    void ownerWithoutUid_matchesByKindAndName();
    void noLookup_stillListsReferences();
    void knownKinds_resourceAndKind_data();
    void knownKinds_resourceAndKind();
};

void TestRelations::deployment_listsReplicaSetsAndTheirPods()
{
    Cluster cluster;
    const QJsonObject web = cluster.object(KnownKinds::deployments(), QStringLiteral("demo"), QStringLiteral("web"));
    QVERIFY(!web.isEmpty());
    const QList<Relation> relations = findRelations(web, KnownKinds::deployments(), cluster.lookup());
    QCOMPARE(names(relations, QStringLiteral("ReplicaSets")), QStringList { QStringLiteral("demo/web-74c4586455") });
    // The pods the fixture says the replica set owns, found independently.
    QStringList expected;
    for (const QJsonObject &pod : cluster.objects(KnownKinds::pods(), QStringLiteral("demo"))) {
        const QJsonArray owners = pod.value(u"metadata").toObject().value(u"ownerReferences").toArray();
        if (!owners.isEmpty() && owners.at(0).toObject().value(u"name").toString() == u"web-74c4586455") {
            expected.append(QStringLiteral("demo/") + nameOf(pod));
        }
    }
    QCOMPARE(expected.size(), 2);
    QCOMPARE(names(relations, QStringLiteral("Controlled pods")), expected);
    const Relation *rs = find(relations, QStringLiteral("ReplicaSets"), QStringLiteral("web-74c4586455"));
    QVERIFY(rs);
    QCOMPARE(rs->kind, QStringLiteral("ReplicaSet"));
    QCOMPARE(rs->resource, KnownKinds::replicaSets());
    QCOMPARE(rs->health, Health::Healthy);
    // Roles keep a stable order: children before the references of the pod template.
    QCOMPARE(relations.first().role, QStringLiteral("ReplicaSets"));
}

void TestRelations::deployment_listsAutoscalerAndConfigMaps()
{
    Cluster cluster;
    const QJsonObject frontend
        = cluster.object(KnownKinds::deployments(), QStringLiteral("shop"), QStringLiteral("frontend"));
    const QList<Relation> relations = findRelations(frontend, KnownKinds::deployments(), cluster.lookup());
    QCOMPARE(names(relations, QStringLiteral("Autoscaler")), QStringList { QStringLiteral("shop/frontend") });
    QCOMPARE(names(relations, QStringLiteral("ConfigMap in environment")),
        QStringList { QStringLiteral("shop/frontend-config") });
    // The autoscaler may have scaled it: count the fixture's frontend pods independently.
    qsizetype pods = 0;
    for (const QJsonObject &pod : cluster.objects(KnownKinds::pods(), QStringLiteral("shop"))) {
        pods += nameOf(pod).startsWith(u"frontend-") ? 1 : 0;
    }
    QVERIFY(pods >= 3);
    QCOMPARE(names(relations, QStringLiteral("Controlled pods")).size(), pods);
}

void TestRelations::pod_ownerNodeServiceAndMounts()
{
    Cluster cluster;
    QJsonObject pod;
    for (const QJsonObject &candidate : cluster.objects(KnownKinds::pods(), QStringLiteral("demo"))) {
        if (nameOf(candidate).startsWith(u"web-74c4586455-")) {
            pod = candidate;
        }
    }
    QVERIFY(!pod.isEmpty());
    const QString nodeName = pod.value(u"spec").toObject().value(u"nodeName").toString();
    const QList<Relation> relations = findRelations(pod, KnownKinds::pods(), cluster.lookup());
    const Relation *owner = find(relations, QStringLiteral("Owner"), QStringLiteral("web-74c4586455"));
    QVERIFY(owner);
    QCOMPARE(owner->resource, KnownKinds::replicaSets());
    QCOMPARE(owner->namespaceName, QStringLiteral("demo"));
    QCOMPARE(owner->health, Health::Healthy);
    QCOMPARE(relations.first().role, QStringLiteral("Owner"));
    const Relation *node = find(relations, QStringLiteral("Node"), nodeName);
    QVERIFY(node);
    QCOMPARE(node->namespaceName, QString());
    QCOMPARE(node->resource, KnownKinds::nodes());
    QCOMPARE(node->health, Health::Healthy);
    QCOMPARE(names(relations, QStringLiteral("Selected by service")), QStringList { QStringLiteral("demo/web") });
    QCOMPARE(names(relations, QStringLiteral("ConfigMap in environment")),
        QStringList { QStringLiteral("demo/web-settings") });
    QCOMPARE(
        names(relations, QStringLiteral("Mounted ConfigMap")), QStringList { QStringLiteral("demo/kube-root-ca.crt") });
    QCOMPARE(names(relations, QStringLiteral("Service account")), QStringList { QStringLiteral("demo/default") });
}

void TestRelations::service_selectsPodsByLabels()
{
    Cluster cluster;
    const QJsonObject service
        = cluster.object(KnownKinds::services(), QStringLiteral("shop"), QStringLiteral("frontend"));
    QVERIFY(!service.isEmpty());
    const QList<Relation> relations = findRelations(service, KnownKinds::services(), cluster.lookup());
    const QJsonObject selector = service.value(u"spec").toObject().value(u"selector").toObject();
    QStringList expected;
    for (const QJsonObject &pod : cluster.objects(KnownKinds::pods(), QStringLiteral("shop"))) {
        const QJsonObject labels = pod.value(u"metadata").toObject().value(u"labels").toObject();
        bool all = true;
        for (auto it = selector.begin(); it != selector.end(); ++it) {
            all = all && labels.value(it.key()) == it.value();
        }
        if (all) {
            expected.append(QStringLiteral("shop/") + nameOf(pod));
        }
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(names(relations, QStringLiteral("Selected pods")), expected);
    QCOMPARE(names(relations, QStringLiteral("Ingress")), QStringList { QStringLiteral("shop/shop") });
}

void TestRelations::serviceWithoutSelector_selectsNothing()
{
    Cluster cluster;
    const QJsonObject kubernetes
        = cluster.object(KnownKinds::services(), QStringLiteral("default"), QStringLiteral("kubernetes"));
    QVERIFY(!kubernetes.isEmpty());
    QVERIFY(findRelations(kubernetes, KnownKinds::services(), cluster.lookup()).isEmpty());
}

void TestRelations::node_listsPodsScheduledOnIt()
{
    Cluster cluster;
    const QJsonObject node = cluster.object(KnownKinds::nodes(), {}, QStringLiteral("kube-sim-node-3"));
    QVERIFY(!node.isEmpty());
    const QList<Relation> relations = findRelations(node, KnownKinds::nodes(), cluster.lookup());
    QStringList expected;
    for (const QJsonObject &pod : cluster.objects(KnownKinds::pods())) {
        if (pod.value(u"spec").toObject().value(u"nodeName").toString() == u"kube-sim-node-3") {
            expected.append(namespaceOf(pod) + u'/' + nameOf(pod));
        }
    }
    expected.sort();
    QVERIFY(expected.size() >= 3);
    QCOMPARE(names(relations, QStringLiteral("Pods on this node")), expected);
    QCOMPARE(relations.size(), expected.size());
}

void TestRelations::statefulSet_pods_claims_volumes_storageClass()
{
    Cluster cluster;
    const QJsonObject postgres
        = cluster.object(KnownKinds::statefulSets(), QStringLiteral("data"), QStringLiteral("postgres"));
    const QList<Relation> relations = findRelations(postgres, KnownKinds::statefulSets(), cluster.lookup());
    QCOMPARE(names(relations, QStringLiteral("Controlled pods")),
        (QStringList {
            QStringLiteral("data/postgres-0"), QStringLiteral("data/postgres-1"), QStringLiteral("data/postgres-2") }));

    const QJsonObject claim = cluster.object(
        KnownKinds::persistentVolumeClaims(), QStringLiteral("data"), QStringLiteral("data-postgres-0"));
    const QList<Relation> claimRelations = findRelations(claim, KnownKinds::persistentVolumeClaims(), cluster.lookup());
    const QString volumeName = claim.value(u"spec").toObject().value(u"volumeName").toString();
    QVERIFY(volumeName.startsWith(u"pvc-"));
    QCOMPARE(names(claimRelations, QStringLiteral("Bound volume")), QStringList { volumeName });
    QCOMPARE(names(claimRelations, QStringLiteral("Storage class")), QStringList { QStringLiteral("standard") });
    QCOMPARE(names(claimRelations, QStringLiteral("Used by pods")), QStringList { QStringLiteral("data/postgres-0") });
    const Relation *volume = find(claimRelations, QStringLiteral("Bound volume"), volumeName);
    QVERIFY(volume);
    QCOMPARE(volume->health, Health::Healthy); // Bound

    const QJsonObject pod = cluster.object(KnownKinds::pods(), QStringLiteral("data"), QStringLiteral("postgres-0"));
    QCOMPARE(names(findRelations(pod, KnownKinds::pods(), cluster.lookup()), QStringLiteral("Claim")),
        QStringList { QStringLiteral("data/data-postgres-0") });
}

void TestRelations::persistentVolume_claimAndClass()
{
    Cluster cluster;
    const QString volumeName
        = cluster.object(KnownKinds::persistentVolumeClaims(), QStringLiteral("data"), QStringLiteral("backups"))
              .value(u"spec")
              .toObject()
              .value(u"volumeName")
              .toString();
    const QJsonObject volume = cluster.object(KnownKinds::persistentVolumes(), {}, volumeName);
    QVERIFY(!volume.isEmpty());
    const QList<Relation> relations = findRelations(volume, KnownKinds::persistentVolumes(), cluster.lookup());
    QCOMPARE(names(relations, QStringLiteral("Claim")), QStringList { QStringLiteral("data/backups") });
    QCOMPARE(names(relations, QStringLiteral("Storage class")), QStringList { QStringLiteral("standard") });
}

void TestRelations::storageClass_listsVolumesAndClaims()
{
    Cluster cluster;
    const QJsonObject standard = cluster.object(KnownKinds::storageClasses(), {}, QStringLiteral("standard"));
    const QList<Relation> relations = findRelations(standard, KnownKinds::storageClasses(), cluster.lookup());
    int claims = 0;
    for (const QJsonObject &c : cluster.objects(KnownKinds::persistentVolumeClaims())) {
        claims += c.value(u"spec").toObject().value(u"storageClassName").toString() == u"standard" ? 1 : 0;
    }
    QVERIFY(claims > 0);
    QCOMPARE(names(relations, QStringLiteral("Claims")).size(), claims);
    QCOMPARE(
        names(relations, QStringLiteral("Volumes")).size(), cluster.objects(KnownKinds::persistentVolumes()).size());
}

void TestRelations::autoscaler_pointsAtScaleTarget()
{
    Cluster cluster;
    const QJsonObject hpa
        = cluster.object(KnownKinds::horizontalPodAutoscalers(), QStringLiteral("shop"), QStringLiteral("frontend"));
    const QList<Relation> relations = findRelations(hpa, KnownKinds::horizontalPodAutoscalers(), cluster.lookup());
    QCOMPARE(relations.size(), 1);
    QCOMPARE(relations.first().role, QStringLiteral("Scale target"));
    QCOMPARE(relations.first().resource, KnownKinds::deployments());
    QCOMPARE(relations.first().kind, QStringLiteral("Deployment"));
    QCOMPARE(relations.first().namespaceName, QStringLiteral("shop"));
    QCOMPARE(relations.first().name, QStringLiteral("frontend"));
    QVERIFY(relations.first().health != Health::Unknown);
}

void TestRelations::ingress_backendsAndClass()
{
    Cluster cluster;
    const QJsonObject ingress = cluster.object(KnownKinds::ingresses(), QStringLiteral("shop"), QStringLiteral("shop"));
    const QList<Relation> relations = findRelations(ingress, KnownKinds::ingresses(), cluster.lookup());
    QCOMPARE(names(relations, QStringLiteral("Backend service")),
        (QStringList { QStringLiteral("shop/backend"), QStringLiteral("shop/frontend") }));
    QCOMPARE(names(relations, QStringLiteral("Ingress class")), QStringList { QStringLiteral("nginx") });
}

void TestRelations::cronJob_listsJobs_jobListsPods()
{
    Cluster cluster;
    const QJsonObject cronJob
        = cluster.object(KnownKinds::cronJobs(), QStringLiteral("batch"), QStringLiteral("nightly-report"));
    const QList<Relation> relations = findRelations(cronJob, KnownKinds::cronJobs(), cluster.lookup());
    QStringList expected;
    for (const QJsonObject &job : cluster.objects(KnownKinds::jobs(), QStringLiteral("batch"))) {
        if (nameOf(job).startsWith(u"nightly-report-")) {
            expected.append(QStringLiteral("batch/") + nameOf(job));
        }
    }
    QCOMPARE(expected.size(), 3);
    QCOMPARE(names(relations, QStringLiteral("Jobs")), expected);

    const QJsonObject job
        = cluster.object(KnownKinds::jobs(), QStringLiteral("batch"), QStringLiteral("import-catalog"));
    const QList<Relation> jobRelations = findRelations(job, KnownKinds::jobs(), cluster.lookup());
    QCOMPARE(names(jobRelations, QStringLiteral("Controlled pods")).size(), 3);
}

void TestRelations::podReferences_envVolumesPullSecretsAccount()
{
    const QJsonObject pod = json(R"({"metadata": {"name": "p", "namespace": "ns"},
        "spec": {"serviceAccountName": "robot", "nodeName": "n1",
          "imagePullSecrets": [{"name": "registry"}],
          "volumes": [{"name": "a", "configMap": {"name": "cm-vol"}}, {"name": "b", "secret": {"secretName": "s-vol"}},
                      {"name": "c", "persistentVolumeClaim": {"claimName": "claim"}},
                      {"name": "d", "projected": {"sources": [{"configMap": {"name": "cm-proj"}}, {"secret": {"name": "s-proj"}}]}}],
          "initContainers": [{"name": "i", "envFrom": [{"secretRef": {"name": "s-init"}}]}],
          "containers": [{"name": "c", "env": [
              {"name": "A", "valueFrom": {"configMapKeyRef": {"name": "cm-env", "key": "k"}}},
              {"name": "B", "valueFrom": {"secretKeyRef": {"name": "s-env", "key": "k"}}},
              {"name": "C", "value": "plain"}],
            "envFrom": [{"configMapRef": {"name": "cm-from"}}]}]}})");
    QStringList asked;
    const RelationLookup lookup = [&asked](const ResourceRef &r, const QString &) {
        asked.append(r.resource);
        return QList<QJsonObject> {};
    };
    const QList<Relation> relations = findRelations(pod, KnownKinds::pods(), lookup);
    QCOMPARE(names(relations, QStringLiteral("Node")), QStringList { QStringLiteral("n1") });
    QCOMPARE(names(relations, QStringLiteral("Claim")), QStringList { QStringLiteral("ns/claim") });
    QCOMPARE(names(relations, QStringLiteral("Mounted ConfigMap")),
        (QStringList { QStringLiteral("ns/cm-proj"), QStringLiteral("ns/cm-vol") }));
    QCOMPARE(names(relations, QStringLiteral("Mounted Secret")),
        (QStringList { QStringLiteral("ns/s-proj"), QStringLiteral("ns/s-vol") }));
    QCOMPARE(names(relations, QStringLiteral("ConfigMap in environment")),
        (QStringList { QStringLiteral("ns/cm-env"), QStringLiteral("ns/cm-from") }));
    QCOMPARE(names(relations, QStringLiteral("Secret in environment")),
        (QStringList { QStringLiteral("ns/s-env"), QStringLiteral("ns/s-init") }));
    QCOMPARE(names(relations, QStringLiteral("Image pull secret")), QStringList { QStringLiteral("ns/registry") });
    QCOMPARE(names(relations, QStringLiteral("Service account")), QStringList { QStringLiteral("ns/robot") });
    const Relation *secret = find(relations, QStringLiteral("Mounted Secret"), QStringLiteral("s-vol"));
    QVERIFY(secret);
    QCOMPARE(secret->resource, KnownKinds::secrets());
    QCOMPARE(secret->kind, QStringLiteral("Secret"));
    QVERIFY(!asked.contains(QStringLiteral("secrets")));
}

void TestRelations::secret_usersFound_secretsNeverLookedUp()
{
    Cluster cluster;
    const QJsonObject secret
        = json(R"({"metadata": {"name": "backend-db", "namespace": "shop"}, "data": {"k": "c2VjcmV0"}})");
    // The backend pods read this secret through env secretKeyRef (see the fixture).
    QString used;
    for (const QJsonObject &pod : cluster.objects(KnownKinds::pods(), QStringLiteral("shop"))) {
        for (const QJsonValue &c : pod.value(u"spec").toObject().value(u"containers").toArray()) {
            for (const QJsonValue &e : c.toObject().value(u"env").toArray()) {
                const QString n = e.toObject()
                                      .value(u"valueFrom")
                                      .toObject()
                                      .value(u"secretKeyRef")
                                      .toObject()
                                      .value(u"name")
                                      .toString();
                if (!n.isEmpty()) {
                    used = n;
                }
            }
        }
    }
    QVERIFY(!used.isEmpty());
    QJsonObject metadata = secret.value(u"metadata").toObject();
    metadata.insert(QStringLiteral("name"), used);
    QJsonObject real = secret;
    real.insert(QStringLiteral("metadata"), metadata);
    const QList<Relation> relations = findRelations(real, KnownKinds::secrets(), cluster.lookup());
    QCOMPARE(names(relations, QStringLiteral("Used by pods")).size(), 2);
    QVERIFY(!cluster.asked().contains(QStringLiteral("secrets")));
}

void TestRelations::ownerOfUnknownKind_guessesResource()
{
    const QJsonObject pod = json(R"({"metadata": {"name": "p", "namespace": "ns", "ownerReferences": [
        {"apiVersion": "example.com/v1beta1", "kind": "Policy", "name": "strict", "uid": "1"}]}, "spec": {}})");
    const QList<Relation> relations = findRelations(pod, KnownKinds::pods(), {});
    QCOMPARE(relations.size(), 1);
    QCOMPARE(relations.first().resource,
        (ResourceRef { QStringLiteral("example.com"), QStringLiteral("v1beta1"), QStringLiteral("policies"), true }));
    QCOMPARE(relations.first().kind, QStringLiteral("Policy"));
}

void TestRelations::ownerWithoutUid_matchesByKindAndName()
{
    const QJsonObject rs = json(R"({"kind": "ReplicaSet", "metadata": {"name": "rs", "namespace": "ns"}, "spec": {}})");
    const QList<QJsonObject> pods {
        json(R"({"metadata": {"name": "a", "namespace": "ns",
                                        "ownerReferences": [{"kind": "ReplicaSet", "name": "rs"}]}})"),
        json(
            R"({"metadata": {"name": "b", "namespace": "ns", "ownerReferences": [{"kind": "ReplicaSet", "name": "other"}]}})"),
        json(
            R"({"metadata": {"name": "c", "namespace": "other", "ownerReferences": [{"kind": "ReplicaSet", "name": "rs"}]}})")
    };
    const RelationLookup lookup = [&pods](const ResourceRef &r, const QString &) {
        return r == KnownKinds::pods() ? pods : QList<QJsonObject> {};
    };
    QCOMPARE(names(findRelations(rs, KnownKinds::replicaSets(), lookup), QStringLiteral("Controlled pods")),
        QStringList { QStringLiteral("ns/a") });
}

void TestRelations::noLookup_stillListsReferences()
{
    const QJsonObject claim = json(R"({"metadata": {"name": "c", "namespace": "ns"},
        "spec": {"volumeName": "pv1", "storageClassName": "fast"}})");
    const QList<Relation> relations = findRelations(claim, KnownKinds::persistentVolumeClaims(), {});
    QCOMPARE(relations.size(), 2);
    QCOMPARE(relations.at(0).role, QStringLiteral("Bound volume"));
    QCOMPARE(relations.at(0).health, Health::Unknown);
    QCOMPARE(relations.at(1).name, QStringLiteral("fast"));
}

void TestRelations::knownKinds_resourceAndKind_data()
{
    QTest::addColumn<QString>("apiVersion");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<bool>("known");
    QTest::newRow("deployment") << "apps/v1"
                                << "Deployment"
                                << "deployments" << true;
    QTest::newRow("pod") << "v1"
                         << "Pod"
                         << "pods" << true;
    QTest::newRow("ingress class") << "networking.k8s.io/v1"
                                   << "IngressClass"
                                   << "ingressclasses" << true;
    QTest::newRow("policy guess") << "x.io/v1"
                                  << "Policy"
                                  << "policies" << false;
    QTest::newRow("gateway guess") << "x.io/v1"
                                   << "Gateway"
                                   << "gateways" << false;
    QTest::newRow("class guess") << "x.io/v1"
                                 << "MachineClass"
                                 << "machineclasses" << false;
}

void TestRelations::knownKinds_resourceAndKind()
{
    QFETCH(QString, apiVersion);
    QFETCH(QString, kind);
    QFETCH(QString, resource);
    QFETCH(bool, known);
    bool isKnown = !known;
    const ResourceRef ref = KnownKinds::resourceOf(apiVersion, kind, true, &isKnown);
    QCOMPARE(ref.resource, resource);
    QCOMPARE(ref.apiVersion(), apiVersion);
    QCOMPARE(isKnown, known);
    QCOMPARE(KnownKinds::kindOf(ref), known ? kind : KnownKinds::kindOf(ref));
}

QTEST_GUILESS_MAIN(TestRelations)
#include "tst_relations.moc"
