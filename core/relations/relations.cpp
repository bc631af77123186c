// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/relations/relations.h"

#include "core/kinds/kindregistry.h"
#include "core/relations/knownkinds.h"
#include "core/relations/labelselector.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace Sextant::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sextant::Core", text);
}

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}
QJsonArray arr(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toArray();
}
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString nameOf(const QJsonObject &o)
{
    return str(obj(o, "metadata"), "name");
}
QString namespaceOf(const QJsonObject &o)
{
    return str(obj(o, "metadata"), "namespace");
}
QString uidOf(const QJsonObject &o)
{
    return str(obj(o, "metadata"), "uid");
}

bool sameResource(const ResourceRef &a, const ResourceRef &b)
{
    return a.group == b.group && a.resource == b.resource; // versions may differ
}

Health healthOf(const ResourceRef &resource, const QJsonObject &object)
{
    return KindRegistry::instance().renderer(resource.group, resource.resource)->render(object).health;
}

// Collects relations role by role, keeping the order roles were first used.
class Collector {
public:
    explicit Collector(const RelationLookup &lookup)
        : m_lookup(lookup)
    {
    }

    QList<QJsonObject> lookup(const ResourceRef &resource, const QString &namespaceName) const
    {
        if (!m_lookup || sameResource(resource, KnownKinds::secrets())) {
            return {};
        }
        return m_lookup(resource, namespaceName);
    }

    void addObject(const QString &role, const ResourceRef &resource, const QJsonObject &object)
    {
        add({ role, resource, KnownKinds::kindOf(resource), namespaceOf(object), nameOf(object),
            healthOf(resource, object) });
    }

    // A reference by name: looked up for its health when the kind is cheap to load.
    void addNamed(const QString &role, const ResourceRef &resource, const QString &namespaceName, const QString &name,
        bool lookUp = true)
    {
        if (name.isEmpty()) {
            return;
        }
        const QString ns = resource.namespaced ? namespaceName : QString();
        Relation relation { role, resource, KnownKinds::kindOf(resource), ns, name, Health::Unknown };
        if (lookUp) {
            for (const QJsonObject &candidate : lookup(resource, ns)) {
                if (nameOf(candidate) == name && namespaceOf(candidate) == ns) {
                    relation.health = healthOf(resource, candidate);
                    break;
                }
            }
        }
        add(relation);
    }

    void add(const Relation &relation)
    {
        const QString key = relation.role + u'\n' + relation.resource.group + u'/' + relation.resource.resource + u'\n'
            + relation.namespaceName + u'/' + relation.name;
        if (m_seen.contains(key)) {
            return;
        }
        m_seen.insert(key);
        if (!m_roles.contains(relation.role)) {
            m_roles.append(relation.role);
        }
        m_relations.append(relation);
    }

    QList<Relation> result() const
    {
        QList<Relation> sorted = m_relations;
        std::stable_sort(sorted.begin(), sorted.end(), [this](const Relation &a, const Relation &b) {
            const auto ra = m_roles.indexOf(a.role);
            const auto rb = m_roles.indexOf(b.role);
            if (ra != rb) {
                return ra < rb;
            }
            if (a.namespaceName != b.namespaceName) {
                return a.namespaceName < b.namespaceName;
            }
            return a.name < b.name;
        });
        return sorted;
    }

private:
    const RelationLookup &m_lookup;
    QList<Relation> m_relations;
    QStringList m_roles;
    QSet<QString> m_seen;
};

bool isOwnedBy(const QJsonObject &child, const QJsonObject &owner, const QString &ownerKind)
{
    const QString uid = uidOf(owner);
    const QString name = nameOf(owner);
    for (const QJsonValue &ref : arr(obj(child, "metadata"), "ownerReferences")) {
        const QJsonObject r = ref.toObject();
        if (!uid.isEmpty() && !str(r, "uid").isEmpty()) {
            if (str(r, "uid") == uid) {
                return true;
            }
        } else if (str(r, "kind") == ownerKind && str(r, "name") == name) {
            return true; // fixtures and dry runs may lack uids
        }
    }
    return false;
}

QList<QJsonObject> ownedBy(
    const Collector &c, const ResourceRef &childResource, const QJsonObject &owner, const QString &ownerKind)
{
    QList<QJsonObject> children;
    for (const QJsonObject &candidate : c.lookup(childResource, namespaceOf(owner))) {
        if (namespaceOf(candidate) == namespaceOf(owner) && isOwnedBy(candidate, owner, ownerKind)) {
            children.append(candidate);
        }
    }
    return children;
}

// What a pod spec refers to by name: claims, config maps, secrets, service account.
void addPodSpecReferences(Collector &c, const QJsonObject &podSpec, const QString &ns)
{
    const QString claimRole = tr("Claim");
    const QString configMapRole = tr("Mounted ConfigMap");
    const QString secretRole = tr("Mounted Secret");
    for (const QJsonValue &v : arr(podSpec, "volumes")) {
        const QJsonObject volume = v.toObject();
        c.addNamed(claimRole, KnownKinds::persistentVolumeClaims(), ns,
            str(obj(volume, "persistentVolumeClaim"), "claimName"));
        c.addNamed(configMapRole, KnownKinds::configMaps(), ns, str(obj(volume, "configMap"), "name"), false);
        c.addNamed(secretRole, KnownKinds::secrets(), ns, str(obj(volume, "secret"), "secretName"), false);
        for (const QJsonValue &s : arr(obj(volume, "projected"), "sources")) {
            c.addNamed(configMapRole, KnownKinds::configMaps(), ns, str(obj(s.toObject(), "configMap"), "name"), false);
            c.addNamed(secretRole, KnownKinds::secrets(), ns, str(obj(s.toObject(), "secret"), "name"), false);
        }
    }
    const QString envConfigMapRole = tr("ConfigMap in environment");
    const QString envSecretRole = tr("Secret in environment");
    for (const char *list : { "initContainers", "containers", "ephemeralContainers" }) {
        for (const QJsonValue &cv : arr(podSpec, list)) {
            const QJsonObject container = cv.toObject();
            for (const QJsonValue &ev : arr(container, "env")) {
                const QJsonObject from = obj(ev.toObject(), "valueFrom");
                c.addNamed(
                    envConfigMapRole, KnownKinds::configMaps(), ns, str(obj(from, "configMapKeyRef"), "name"), false);
                c.addNamed(envSecretRole, KnownKinds::secrets(), ns, str(obj(from, "secretKeyRef"), "name"), false);
            }
            for (const QJsonValue &ev : arr(container, "envFrom")) {
                c.addNamed(envConfigMapRole, KnownKinds::configMaps(), ns,
                    str(obj(ev.toObject(), "configMapRef"), "name"), false);
                c.addNamed(
                    envSecretRole, KnownKinds::secrets(), ns, str(obj(ev.toObject(), "secretRef"), "name"), false);
            }
        }
    }
    for (const QJsonValue &s : arr(podSpec, "imagePullSecrets")) {
        c.addNamed(tr("Image pull secret"), KnownKinds::secrets(), ns, str(s.toObject(), "name"), false);
    }
    QString account = str(podSpec, "serviceAccountName");
    if (account.isEmpty()) {
        account = str(podSpec, "serviceAccount");
    }
    c.addNamed(tr("Service account"), KnownKinds::serviceAccounts(), ns, account, false);
}

// Does this pod spec use the named object of that kind?
bool podSpecUses(const QJsonObject &podSpec, const ResourceRef &resource, const QString &name)
{
    Collector probe(RelationLookup {});
    addPodSpecReferences(probe, podSpec, QString());
    const QList<Relation> refs = probe.result();
    return std::any_of(refs.cbegin(), refs.cend(), [&](const Relation &r) {
        return r.resource.group == resource.group && r.resource.resource == resource.resource && r.name == name;
    });
}

QJsonObject podTemplateSpec(const QJsonObject &workload, const ResourceRef &resource)
{
    if (sameResource(resource, KnownKinds::cronJobs())) {
        return obj(obj(obj(obj(obj(workload, "spec"), "jobTemplate"), "spec"), "template"), "spec");
    }
    return obj(obj(obj(workload, "spec"), "template"), "spec");
}

bool isWorkload(const ResourceRef &r)
{
    return sameResource(r, KnownKinds::deployments()) || sameResource(r, KnownKinds::replicaSets())
        || sameResource(r, KnownKinds::statefulSets()) || sameResource(r, KnownKinds::daemonSets())
        || sameResource(r, KnownKinds::jobs()) || sameResource(r, KnownKinds::cronJobs());
}

void addOwners(Collector &c, const QJsonObject &object, const ResourceRef &resource)
{
    const QString ns = namespaceOf(object);
    for (const QJsonValue &v : arr(obj(object, "metadata"), "ownerReferences")) {
        const QJsonObject ref = v.toObject();
        const ResourceRef ownerResource
            = KnownKinds::resourceOf(str(ref, "apiVersion"), str(ref, "kind"), resource.namespaced);
        c.addNamed(tr("Owner"), ownerResource, ns, str(ref, "name"));
    }
}

void addPodsOwnedBy(Collector &c, const QJsonObject &owner, const QString &ownerKind, const QString &role)
{
    for (const QJsonObject &pod : ownedBy(c, KnownKinds::pods(), owner, ownerKind)) {
        c.addObject(role, KnownKinds::pods(), pod);
    }
}

void addAutoscalers(Collector &c, const QJsonObject &object, const ResourceRef &resource)
{
    const QString kind = KnownKinds::kindOf(resource);
    for (const QJsonObject &hpa : c.lookup(KnownKinds::horizontalPodAutoscalers(), namespaceOf(object))) {
        const QJsonObject target = obj(obj(hpa, "spec"), "scaleTargetRef");
        if (str(target, "kind") == kind && str(target, "name") == nameOf(object)
            && namespaceOf(hpa) == namespaceOf(object)) {
            c.addObject(tr("Autoscaler"), KnownKinds::horizontalPodAutoscalers(), hpa);
        }
    }
}

void addWorkloadRelations(Collector &c, const QJsonObject &object, const ResourceRef &resource)
{
    if (sameResource(resource, KnownKinds::deployments())) {
        const QList<QJsonObject> sets = ownedBy(c, KnownKinds::replicaSets(), object, QStringLiteral("Deployment"));
        for (const QJsonObject &rs : sets) {
            c.addObject(tr("ReplicaSets"), KnownKinds::replicaSets(), rs);
        }
        for (const QJsonObject &rs : sets) {
            addPodsOwnedBy(c, rs, QStringLiteral("ReplicaSet"), tr("Controlled pods"));
        }
    } else if (sameResource(resource, KnownKinds::cronJobs())) {
        for (const QJsonObject &job : ownedBy(c, KnownKinds::jobs(), object, QStringLiteral("CronJob"))) {
            c.addObject(tr("Jobs"), KnownKinds::jobs(), job);
        }
    } else {
        addPodsOwnedBy(c, object, KnownKinds::kindOf(resource), tr("Controlled pods"));
    }
    if (!sameResource(resource, KnownKinds::replicaSets()) && !sameResource(resource, KnownKinds::jobs())) {
        addAutoscalers(c, object, resource);
    }
    addPodSpecReferences(c, podTemplateSpec(object, resource), namespaceOf(object));
}

void addPodRelations(Collector &c, const QJsonObject &pod)
{
    const QString ns = namespaceOf(pod);
    const QJsonObject spec = obj(pod, "spec");
    c.addNamed(tr("Node"), KnownKinds::nodes(), QString(), str(spec, "nodeName"));
    addPodSpecReferences(c, spec, ns);
    const QJsonObject labels = obj(obj(pod, "metadata"), "labels");
    for (const QJsonObject &service : c.lookup(KnownKinds::services(), ns)) {
        const QJsonObject selector = obj(obj(service, "spec"), "selector");
        if (namespaceOf(service) == ns && !selector.isEmpty()
            && LabelSelector::fromMatchLabels(selector).matches(labels)) {
            c.addObject(tr("Selected by service"), KnownKinds::services(), service);
        }
    }
}

void addServiceRelations(Collector &c, const QJsonObject &service)
{
    const QJsonObject selector = obj(obj(service, "spec"), "selector");
    if (selector.isEmpty()) {
        return; // no selector: endpoints are managed by hand, nothing is selected
    }
    const LabelSelector matcher = LabelSelector::fromMatchLabels(selector);
    for (const QJsonObject &pod : c.lookup(KnownKinds::pods(), namespaceOf(service))) {
        if (namespaceOf(pod) == namespaceOf(service) && matcher.matchesObject(pod)) {
            c.addObject(tr("Selected pods"), KnownKinds::pods(), pod);
        }
    }
    for (const QJsonObject &ingress : c.lookup(KnownKinds::ingresses(), namespaceOf(service))) {
        const QJsonObject spec = obj(ingress, "spec");
        QStringList names { str(obj(obj(spec, "defaultBackend"), "service"), "name") };
        for (const QJsonValue &rule : arr(spec, "rules")) {
            for (const QJsonValue &path : arr(obj(rule.toObject(), "http"), "paths")) {
                names.append(str(obj(obj(path.toObject(), "backend"), "service"), "name"));
            }
        }
        if (namespaceOf(ingress) == namespaceOf(service) && names.contains(nameOf(service))) {
            c.addObject(tr("Ingress"), KnownKinds::ingresses(), ingress);
        }
    }
}

void addNodeRelations(Collector &c, const QJsonObject &node)
{
    for (const QJsonObject &pod : c.lookup(KnownKinds::pods(), QString())) {
        if (str(obj(pod, "spec"), "nodeName") == nameOf(node)) {
            c.addObject(tr("Pods on this node"), KnownKinds::pods(), pod);
        }
    }
}

void addClaimRelations(Collector &c, const QJsonObject &claim)
{
    const QJsonObject spec = obj(claim, "spec");
    c.addNamed(tr("Bound volume"), KnownKinds::persistentVolumes(), QString(), str(spec, "volumeName"));
    c.addNamed(tr("Storage class"), KnownKinds::storageClasses(), QString(), str(spec, "storageClassName"));
    const QString ns = namespaceOf(claim);
    for (const QJsonObject &pod : c.lookup(KnownKinds::pods(), ns)) {
        if (namespaceOf(pod) == ns
            && podSpecUses(obj(pod, "spec"), KnownKinds::persistentVolumeClaims(), nameOf(claim))) {
            c.addObject(tr("Used by pods"), KnownKinds::pods(), pod);
        }
    }
}

void addVolumeRelations(Collector &c, const QJsonObject &volume)
{
    const QJsonObject spec = obj(volume, "spec");
    const QJsonObject claimRef = obj(spec, "claimRef");
    c.addNamed(tr("Claim"), KnownKinds::persistentVolumeClaims(), str(claimRef, "namespace"), str(claimRef, "name"));
    c.addNamed(tr("Storage class"), KnownKinds::storageClasses(), QString(), str(spec, "storageClassName"));
}

void addStorageClassRelations(Collector &c, const QJsonObject &storageClass)
{
    for (const QJsonObject &volume : c.lookup(KnownKinds::persistentVolumes(), QString())) {
        if (str(obj(volume, "spec"), "storageClassName") == nameOf(storageClass)) {
            c.addObject(tr("Volumes"), KnownKinds::persistentVolumes(), volume);
        }
    }
    for (const QJsonObject &claim : c.lookup(KnownKinds::persistentVolumeClaims(), QString())) {
        if (str(obj(claim, "spec"), "storageClassName") == nameOf(storageClass)) {
            c.addObject(tr("Claims"), KnownKinds::persistentVolumeClaims(), claim);
        }
    }
}

void addAutoscalerRelations(Collector &c, const QJsonObject &hpa)
{
    const QJsonObject target = obj(obj(hpa, "spec"), "scaleTargetRef");
    const ResourceRef resource = KnownKinds::resourceOf(str(target, "apiVersion"), str(target, "kind"));
    c.addNamed(tr("Scale target"), resource, namespaceOf(hpa), str(target, "name"));
}

void addIngressRelations(Collector &c, const QJsonObject &ingress)
{
    const QString ns = namespaceOf(ingress);
    const QJsonObject spec = obj(ingress, "spec");
    const QString role = tr("Backend service");
    c.addNamed(role, KnownKinds::services(), ns, str(obj(obj(spec, "defaultBackend"), "service"), "name"));
    for (const QJsonValue &rule : arr(spec, "rules")) {
        for (const QJsonValue &path : arr(obj(rule.toObject(), "http"), "paths")) {
            c.addNamed(role, KnownKinds::services(), ns, str(obj(obj(path.toObject(), "backend"), "service"), "name"));
        }
    }
    QString ingressClass = str(spec, "ingressClassName");
    if (ingressClass.isEmpty()) {
        ingressClass = str(obj(obj(ingress, "metadata"), "annotations"), "kubernetes.io/ingress.class");
    }
    c.addNamed(tr("Ingress class"), KnownKinds::ingressClasses(), QString(), ingressClass);
    for (const QJsonValue &tls : arr(spec, "tls")) {
        c.addNamed(tr("TLS secret"), KnownKinds::secrets(), ns, str(tls.toObject(), "secretName"), false);
    }
}

// ConfigMaps, Secrets, claims and service accounts: the pods that use them.
void addUsersOf(Collector &c, const QJsonObject &object, const ResourceRef &resource)
{
    const QString ns = namespaceOf(object);
    for (const QJsonObject &pod : c.lookup(KnownKinds::pods(), ns)) {
        if (namespaceOf(pod) == ns && podSpecUses(obj(pod, "spec"), resource, nameOf(object))) {
            c.addObject(tr("Used by pods"), KnownKinds::pods(), pod);
        }
    }
}

} // namespace

QList<Relation> findRelations(const QJsonObject &object, const ResourceRef &resource, const RelationLookup &lookup)
{
    Collector c(lookup);
    addOwners(c, object, resource);
    if (sameResource(resource, KnownKinds::pods())) {
        addPodRelations(c, object);
    } else if (isWorkload(resource)) {
        addWorkloadRelations(c, object, resource);
    } else if (sameResource(resource, KnownKinds::services())) {
        addServiceRelations(c, object);
    } else if (sameResource(resource, KnownKinds::nodes())) {
        addNodeRelations(c, object);
    } else if (sameResource(resource, KnownKinds::persistentVolumeClaims())) {
        addClaimRelations(c, object);
    } else if (sameResource(resource, KnownKinds::persistentVolumes())) {
        addVolumeRelations(c, object);
    } else if (sameResource(resource, KnownKinds::storageClasses())) {
        addStorageClassRelations(c, object);
    } else if (sameResource(resource, KnownKinds::horizontalPodAutoscalers())) {
        addAutoscalerRelations(c, object);
    } else if (sameResource(resource, KnownKinds::ingresses())) {
        addIngressRelations(c, object);
    } else if (sameResource(resource, KnownKinds::configMaps()) || sameResource(resource, KnownKinds::secrets())
        || sameResource(resource, KnownKinds::serviceAccounts())) {
        addUsersOf(c, object, resource);
    }
    return c.result();
}

} // namespace Sextant::Core
