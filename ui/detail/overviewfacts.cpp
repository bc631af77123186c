// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/overviewfacts.h"

#include "core/kinds/kindregistry.h"
#include "core/relations/knownkinds.h"
#include "core/relations/labelselector.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Sextant::Ui {

namespace {

namespace Kinds = Core::KnownKinds;

QString tr(const char *text)
{
    return QCoreApplication::translate("Sextant::Ui", text);
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
// Numbers and bools as kubectl prints them; "" when absent.
QString scalar(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}
QString num(const QJsonObject &o, const char *key, const QString &fallback = QStringLiteral("0"))
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isUndefined() || v.isNull() ? fallback : scalar(v);
}
QString orNone(const QString &s)
{
    return s.isEmpty() ? tr("<none>") : s;
}
QDateTime time(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(str(o, key), Qt::ISODate);
}
QString ageOf(const QDateTime &t, const QDateTime &now)
{
    return t.isValid() ? Core::humanDuration(t.secsTo(now)) : QString();
}
// "5m (at 2026-11-27 19:00:00 UTC)".
QString timeFact(const QDateTime &t, const QDateTime &now)
{
    if (!t.isValid()) {
        return tr("<none>");
    }
    return tr("%1 ago (%2)").arg(ageOf(t, now), t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
}
QString joinStrings(const QJsonArray &a, const QString &separator = QStringLiteral(", "))
{
    QStringList parts;
    for (const QJsonValue &v : a) {
        parts.append(scalar(v));
    }
    return parts.join(separator);
}
QString selectorText(const QJsonValue &selector)
{
    const auto parsed = Core::LabelSelector::fromJson(selector);
    return parsed.hasValue() ? orNone(parsed->toString()) : parsed.error().message;
}
QString mapText(const QJsonObject &map)
{
    QStringList parts;
    for (auto it = map.begin(); it != map.end(); ++it) {
        parts.append(it.key() + u'=' + scalar(it.value()));
    }
    return orNone(parts.join(QStringLiteral(", ")));
}

using Facts = QList<QPair<QString, QString>>;

// Requests/limits of one container: "100m / 500m".
QString requestLimit(const QJsonObject &container, const char *resource)
{
    const QJsonObject resources = obj(container, "resources");
    const QString request = str(obj(resources, "requests"), resource);
    const QString limit = str(obj(resources, "limits"), resource);
    if (request.isEmpty() && limit.isEmpty()) {
        return QStringLiteral("–");
    }
    return (request.isEmpty() ? QStringLiteral("–") : request) + QLatin1String(" / ")
        + (limit.isEmpty() ? QStringLiteral("–") : limit);
}

// "Running", "Waiting: CrashLoopBackOff", "Terminated: Completed (exit 0)".
QPair<QString, Core::Health> containerState(const QJsonObject &status)
{
    const QJsonObject state = obj(status, "state");
    if (state.contains(QLatin1String("running"))) {
        return { tr("Running"),
            status.value(QLatin1String("ready")).toBool() ? Core::Health::Healthy : Core::Health::Progressing };
    }
    if (state.contains(QLatin1String("waiting"))) {
        const QString reason = str(obj(state, "waiting"), "reason");
        const bool bad = reason.contains(QLatin1String("BackOff")) || reason.contains(QLatin1String("Err"))
            || reason.contains(QLatin1String("Invalid"));
        return { reason.isEmpty() ? tr("Waiting") : tr("Waiting: %1").arg(reason),
            bad ? Core::Health::Failed : Core::Health::Progressing };
    }
    if (state.contains(QLatin1String("terminated"))) {
        const QJsonObject t = obj(state, "terminated");
        const int code = t.value(QLatin1String("exitCode")).toInt();
        const QString reason = str(t, "reason");
        return { tr("Terminated: %1 (exit %2)").arg(reason.isEmpty() ? tr("unknown") : reason).arg(code),
            code == 0 ? Core::Health::Healthy : Core::Health::Failed };
    }
    return { tr("Unknown"), Core::Health::Unknown };
}

OverviewSection containerSection(const QJsonObject &podSpec, const QJsonObject &podStatus, bool withState)
{
    OverviewSection section;
    section.title = tr("Containers");
    section.columns = withState
        ? QStringList { tr("Name"), tr("Image"), tr("State"), tr("Ready"), tr("Restarts"), tr("CPU request / limit"),
              tr("Memory request / limit") }
        : QStringList { tr("Name"), tr("Image"), tr("CPU request / limit"), tr("Memory request / limit") };
    const auto addList = [&](const char *specKey, const char *statusKey, bool init) {
        QHash<QString, QJsonObject> statuses;
        for (const QJsonValue &v : arr(podStatus, statusKey)) {
            statuses.insert(str(v.toObject(), "name"), v.toObject());
        }
        for (const QJsonValue &v : arr(podSpec, specKey)) {
            const QJsonObject c = v.toObject();
            const QString name = init ? tr("%1 (init)").arg(str(c, "name")) : str(c, "name");
            if (!withState) {
                section.rows.append({ name, str(c, "image"), requestLimit(c, "cpu"), requestLimit(c, "memory") });
                continue;
            }
            const QJsonObject status = statuses.value(str(c, "name"));
            const auto [state, health]
                = status.isEmpty() ? qMakePair(tr("Not started"), Core::Health::Unknown) : containerState(status);
            section.rows.append(
                { name, str(c, "image"), state, status.value(QLatin1String("ready")).toBool() ? tr("yes") : tr("no"),
                    num(status, "restartCount"), requestLimit(c, "cpu"), requestLimit(c, "memory") });
            section.rowHealth.append(health);
        }
    };
    addList("initContainers", "initContainerStatuses", true);
    addList("containers", "containerStatuses", false);
    return section;
}

void podFacts(Overview &o, const QJsonObject &pod, const QDateTime &now)
{
    const QJsonObject spec = obj(pod, "spec");
    const QJsonObject status = obj(pod, "status");
    QString phase = str(status, "phase");
    if (!str(status, "reason").isEmpty()) {
        phase += QLatin1String(" (") + str(status, "reason") + u')';
    }
    if (!str(obj(pod, "metadata"), "deletionTimestamp").isEmpty()) {
        phase = tr("Terminating");
    }
    int restarts = 0;
    for (const char *key : { "initContainerStatuses", "containerStatuses" }) {
        for (const QJsonValue &v : arr(status, key)) {
            restarts += v.toObject().value(QLatin1String("restartCount")).toInt();
        }
    }
    QStringList podIps;
    for (const QJsonValue &v : arr(status, "podIPs")) {
        podIps.append(str(v.toObject(), "ip"));
    }
    if (podIps.isEmpty() && !str(status, "podIP").isEmpty()) {
        podIps.append(str(status, "podIP"));
    }
    o.facts = {
        { tr("Phase"), orNone(phase) },
        { tr("Node"), orNone(str(spec, "nodeName")) },
        { tr("Pod IPs"), orNone(podIps.join(QStringLiteral(", "))) },
        { tr("Host IP"), orNone(str(status, "hostIP")) },
        { tr("QoS class"), orNone(str(status, "qosClass")) },
        { tr("Restarts"), QString::number(restarts) },
        { tr("Service account"), orNone(str(spec, "serviceAccountName")) },
        { tr("Started"), timeFact(time(status, "startTime"), now) },
    };
    for (const QJsonValue &v : arr(obj(pod, "metadata"), "ownerReferences")) {
        if (v.toObject().value(QLatin1String("controller")).toBool()) {
            o.facts.insert(2, { tr("Controlled by"), str(v.toObject(), "kind") + u'/' + str(v.toObject(), "name") });
        }
    }
    if (!str(spec, "priorityClassName").isEmpty()) {
        o.facts.append({ tr("Priority class"), str(spec, "priorityClassName") });
    }
    o.sections.append(containerSection(spec, status, true));
}

void workloadFacts(Overview &o, const Core::ResourceRef &resource, const QJsonObject &w)
{
    const QJsonObject spec = obj(w, "spec");
    const QJsonObject status = obj(w, "status");
    if (resource.resource == QLatin1String("daemonsets")) {
        o.facts = {
            { tr("Desired"), num(status, "desiredNumberScheduled") },
            { tr("Current"), num(status, "currentNumberScheduled") },
            { tr("Ready"), num(status, "numberReady") },
            { tr("Up to date"), num(status, "updatedNumberScheduled") },
            { tr("Available"), num(status, "numberAvailable") },
            { tr("Update strategy"), orNone(str(obj(spec, "updateStrategy"), "type")) },
        };
    } else {
        o.facts = {
            { tr("Replicas desired"), num(spec, "replicas", QStringLiteral("1")) },
            { tr("Ready"), num(status, "readyReplicas") },
            { tr("Up to date"), num(status, "updatedReplicas") },
            { tr("Available"), num(status, "availableReplicas") },
        };
        if (resource.resource == QLatin1String("deployments")) {
            const QJsonObject strategy = obj(spec, "strategy");
            QString text = str(strategy, "type");
            const QJsonObject rolling = obj(strategy, "rollingUpdate");
            if (!rolling.isEmpty()) {
                text += tr(" (max surge %1, max unavailable %2)")
                            .arg(scalar(rolling.value(QLatin1String("maxSurge"))),
                                scalar(rolling.value(QLatin1String("maxUnavailable"))));
            }
            o.facts.append({ tr("Strategy"), orNone(text) });
        } else if (resource.resource == QLatin1String("statefulsets")) {
            o.facts.append({ tr("Update strategy"), orNone(str(obj(spec, "updateStrategy"), "type")) });
            o.facts.append({ tr("Service"), orNone(str(spec, "serviceName")) });
        }
    }
    o.facts.append({ tr("Selector"), selectorText(spec.value(QLatin1String("selector"))) });
    o.sections.append(containerSection(obj(obj(spec, "template"), "spec"), {}, false));
}

void serviceFacts(Overview &o, const QJsonObject &service)
{
    const QJsonObject spec = obj(service, "spec");
    QStringList ingress;
    for (const QJsonValue &v : arr(obj(obj(service, "status"), "loadBalancer"), "ingress")) {
        const QJsonObject i = v.toObject();
        ingress.append(str(i, "ip").isEmpty() ? str(i, "hostname") : str(i, "ip"));
    }
    o.facts = {
        { tr("Type"), orNone(str(spec, "type")) },
        { tr("Cluster IPs"), orNone(joinStrings(arr(spec, "clusterIPs"))) },
        { tr("External IPs"), orNone(joinStrings(arr(spec, "externalIPs"))) },
        { tr("Load balancer"), orNone(ingress.join(QStringLiteral(", "))) },
        { tr("Selector"), mapText(obj(spec, "selector")) },
        { tr("Session affinity"), orNone(str(spec, "sessionAffinity")) },
    };
    if (!str(spec, "externalName").isEmpty()) {
        o.facts.append({ tr("External name"), str(spec, "externalName") });
    }
    OverviewSection ports { tr("Ports"), { tr("Name"), tr("Port"), tr("Target port"), tr("Node port"), tr("Protocol") },
        {}, {} };
    for (const QJsonValue &v : arr(spec, "ports")) {
        const QJsonObject p = v.toObject();
        ports.rows.append({ orNone(str(p, "name")), num(p, "port"), scalar(p.value(QLatin1String("targetPort"))),
            num(p, "nodePort", QString()), str(p, "protocol") });
    }
    if (!ports.rows.isEmpty()) {
        o.sections.append(ports);
    }
}

void nodeFacts(Overview &o, const QJsonObject &node)
{
    const QJsonObject spec = obj(node, "spec");
    const QJsonObject status = obj(node, "status");
    const QJsonObject info = obj(status, "nodeInfo");
    QStringList roles;
    const QJsonObject labels = obj(obj(node, "metadata"), "labels");
    const QLatin1String rolePrefix("node-role.kubernetes.io/");
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (it.key().startsWith(rolePrefix)) {
            roles.append(it.key().mid(rolePrefix.size()));
        }
    }
    QStringList addresses;
    for (const QJsonValue &v : arr(status, "addresses")) {
        addresses.append(str(v.toObject(), "type") + QLatin1String(": ") + str(v.toObject(), "address"));
    }
    QStringList taints;
    for (const QJsonValue &v : arr(spec, "taints")) {
        const QJsonObject t = v.toObject();
        taints.append(
            str(t, "key") + (str(t, "value").isEmpty() ? QString() : u'=' + str(t, "value")) + u':' + str(t, "effect"));
    }
    o.facts = {
        { tr("Roles"), orNone(roles.join(QStringLiteral(", "))) },
        { tr("Kubelet version"), orNone(str(info, "kubeletVersion")) },
        { tr("OS / architecture"), str(info, "operatingSystem") + u'/' + str(info, "architecture") },
        { tr("OS image"), orNone(str(info, "osImage")) },
        { tr("Kernel"), orNone(str(info, "kernelVersion")) },
        { tr("Container runtime"), orNone(str(info, "containerRuntimeVersion")) },
        { tr("Addresses"), orNone(addresses.join(QStringLiteral(", "))) },
        { tr("Pod CIDR"), orNone(str(spec, "podCIDR")) },
        { tr("Taints"), orNone(taints.join(QStringLiteral(", "))) },
        { tr("Unschedulable"), spec.value(QLatin1String("unschedulable")).toBool() ? tr("yes (cordoned)") : tr("no") },
    };
    OverviewSection resources { tr("Resources"), { tr("Resource"), tr("Capacity"), tr("Allocatable") }, {}, {} };
    const QJsonObject capacity = obj(status, "capacity");
    const QJsonObject allocatable = obj(status, "allocatable");
    for (const char *key : { "cpu", "memory", "pods", "ephemeral-storage" }) {
        if (capacity.contains(QLatin1String(key)) || allocatable.contains(QLatin1String(key))) {
            resources.rows.append({ QLatin1String(key), orNone(str(capacity, key)), orNone(str(allocatable, key)) });
        }
    }
    o.sections.append(resources);
}

void claimFacts(Overview &o, const QJsonObject &claim)
{
    const QJsonObject spec = obj(claim, "spec");
    const QJsonObject status = obj(claim, "status");
    o.facts = {
        { tr("Status"), orNone(str(status, "phase")) },
        { tr("Volume"), orNone(str(spec, "volumeName")) },
        { tr("Storage class"), orNone(str(spec, "storageClassName")) },
        { tr("Capacity"), orNone(str(obj(status, "capacity"), "storage")) },
        { tr("Requested"), orNone(str(obj(obj(spec, "resources"), "requests"), "storage")) },
        { tr("Access modes"), orNone(joinStrings(arr(spec, "accessModes"))) },
        { tr("Volume mode"), orNone(str(spec, "volumeMode")) },
    };
}

void volumeFacts(Overview &o, const QJsonObject &volume)
{
    const QJsonObject spec = obj(volume, "spec");
    const QJsonObject claim = obj(spec, "claimRef");
    QString source;
    if (spec.contains(QLatin1String("csi"))) {
        source = tr("CSI %1").arg(str(obj(spec, "csi"), "driver"));
    } else if (spec.contains(QLatin1String("hostPath"))) {
        source = tr("host path %1").arg(str(obj(spec, "hostPath"), "path"));
    } else if (spec.contains(QLatin1String("nfs"))) {
        source = tr("NFS %1:%2").arg(str(obj(spec, "nfs"), "server"), str(obj(spec, "nfs"), "path"));
    } else if (spec.contains(QLatin1String("local"))) {
        source = tr("local %1").arg(str(obj(spec, "local"), "path"));
    }
    o.facts = {
        { tr("Status"), orNone(str(obj(volume, "status"), "phase")) },
        { tr("Claim"), claim.isEmpty() ? tr("<none>") : str(claim, "namespace") + u'/' + str(claim, "name") },
        { tr("Storage class"), orNone(str(spec, "storageClassName")) },
        { tr("Capacity"), orNone(str(obj(spec, "capacity"), "storage")) },
        { tr("Access modes"), orNone(joinStrings(arr(spec, "accessModes"))) },
        { tr("Reclaim policy"), orNone(str(spec, "persistentVolumeReclaimPolicy")) },
        { tr("Volume mode"), orNone(str(spec, "volumeMode")) },
        { tr("Source"), orNone(source) },
    };
}

void storageClassFacts(Overview &o, const QJsonObject &sc)
{
    const QJsonObject annotations = obj(obj(sc, "metadata"), "annotations");
    const bool isDefault = str(annotations, "storageclass.kubernetes.io/is-default-class") == QLatin1String("true");
    o.facts = {
        { tr("Provisioner"), orNone(str(sc, "provisioner")) },
        { tr("Reclaim policy"), orNone(str(sc, "reclaimPolicy")) },
        { tr("Volume binding mode"), orNone(str(sc, "volumeBindingMode")) },
        { tr("Allow volume expansion"),
            sc.value(QLatin1String("allowVolumeExpansion")).toBool() ? tr("yes") : tr("no") },
        { tr("Default class"), isDefault ? tr("yes") : tr("no") },
        { tr("Parameters"), mapText(obj(sc, "parameters")) },
    };
}

void jobFacts(Overview &o, const QJsonObject &job, const QDateTime &now)
{
    const QJsonObject spec = obj(job, "spec");
    const QJsonObject status = obj(job, "status");
    const QDateTime start = time(status, "startTime");
    const QDateTime end = time(status, "completionTime");
    o.facts = {
        { tr("Completions"),
            tr("%1 of %2").arg(num(status, "succeeded"), num(spec, "completions", QStringLiteral("1"))) },
        { tr("Parallelism"), num(spec, "parallelism", QStringLiteral("1")) },
        { tr("Active / succeeded / failed"),
            QStringLiteral("%1 / %2 / %3")
                .arg(num(status, "active"), num(status, "succeeded"), num(status, "failed")) },
        { tr("Started"), timeFact(start, now) },
        { tr("Completed"), timeFact(end, now) },
        { tr("Duration"),
            start.isValid() ? Core::humanDuration(start.secsTo(end.isValid() ? end : now)) : tr("<none>") },
        { tr("Suspend"), spec.value(QLatin1String("suspend")).toBool() ? tr("yes") : tr("no") },
    };
    o.sections.append(containerSection(obj(obj(spec, "template"), "spec"), {}, false));
}

void cronJobFacts(Overview &o, const QJsonObject &cronJob, const QDateTime &now)
{
    const QJsonObject spec = obj(cronJob, "spec");
    const QJsonObject status = obj(cronJob, "status");
    o.facts = {
        { tr("Schedule"), orNone(str(spec, "schedule")) },
        { tr("Time zone"), orNone(str(spec, "timeZone")) },
        { tr("Suspend"), spec.value(QLatin1String("suspend")).toBool() ? tr("yes") : tr("no") },
        { tr("Concurrency policy"), orNone(str(spec, "concurrencyPolicy")) },
        { tr("Active jobs"), QString::number(arr(status, "active").size()) },
        { tr("Last schedule"), timeFact(time(status, "lastScheduleTime"), now) },
        { tr("Last success"), timeFact(time(status, "lastSuccessfulTime"), now) },
    };
    o.sections.append(containerSection(obj(obj(obj(obj(spec, "jobTemplate"), "spec"), "template"), "spec"), {}, false));
}

// Key names and sizes. For Secrets the size is of the decoded value; the value itself is never read out.
void keysFacts(Overview &o, const QJsonObject &object, bool secret)
{
    OverviewSection keys { tr("Keys"), { tr("Key"), tr("Size") }, {}, {} };
    const auto bytes = [](qsizetype n) { return n == 1 ? tr("1 byte") : tr("%1 bytes").arg(n); };
    const QJsonObject data = obj(object, "data");
    for (auto it = data.begin(); it != data.end(); ++it) {
        const QByteArray raw = it.value().toString().toUtf8();
        const qsizetype size = secret ? QByteArray::fromBase64(raw).size() : raw.size();
        keys.rows.append({ it.key(), bytes(size) });
    }
    const QJsonObject binary = obj(object, "binaryData");
    for (auto it = binary.begin(); it != binary.end(); ++it) {
        keys.rows.append(
            { it.key(), tr("%1 (binary)").arg(bytes(QByteArray::fromBase64(it.value().toString().toUtf8()).size())) });
    }
    if (secret) {
        o.facts = { { tr("Type"), orNone(str(object, "type")) } };
    }
    o.facts.append({ tr("Keys"), QString::number(keys.rows.size()) });
    o.facts.append({ tr("Immutable"), object.value(QLatin1String("immutable")).toBool() ? tr("yes") : tr("no") });
    o.sections.append(keys);
}

void autoscalerFacts(Overview &o, const QJsonObject &hpa)
{
    const QJsonObject spec = obj(hpa, "spec");
    const QJsonObject status = obj(hpa, "status");
    const QJsonObject target = obj(spec, "scaleTargetRef");
    o.facts = {
        { tr("Target"), str(target, "kind") + u'/' + str(target, "name") },
        { tr("Min / max replicas"),
            num(spec, "minReplicas", QStringLiteral("1")) + QLatin1String(" / ") + num(spec, "maxReplicas") },
        { tr("Current / desired replicas"),
            num(status, "currentReplicas") + QLatin1String(" / ") + num(status, "desiredReplicas") },
    };
    OverviewSection metrics { tr("Metrics"), { tr("Type"), tr("Name"), tr("Target") }, {}, {} };
    for (const QJsonValue &v : arr(spec, "metrics")) {
        const QJsonObject m = v.toObject();
        const QString type = str(m, "type");
        // "Resource" metrics keep their details under "resource", "ContainerResource" under "containerResource"...
        const QString sourceKey = type.isEmpty() ? QStringLiteral("resource") : type.left(1).toLower() + type.mid(1);
        const QJsonObject source = m.value(sourceKey).toObject();
        const QJsonObject t = obj(source, "target");
        QString targetText = scalar(t.value(QLatin1String("averageUtilization")));
        targetText = targetText.isEmpty() ? scalar(t.value(QLatin1String("averageValue"))) : targetText + u'%';
        if (targetText.isEmpty()) {
            targetText = scalar(t.value(QLatin1String("value")));
        }
        QString name = str(source, "name");
        if (name.isEmpty()) {
            name = str(obj(source, "metric"), "name");
        }
        metrics.rows.append({ type, name, targetText });
    }
    if (!metrics.rows.isEmpty()) {
        o.sections.append(metrics);
    }
}

void ingressFacts(Overview &o, const QJsonObject &ingress)
{
    const QJsonObject spec = obj(ingress, "spec");
    QStringList addresses;
    for (const QJsonValue &v : arr(obj(obj(ingress, "status"), "loadBalancer"), "ingress")) {
        addresses.append(str(v.toObject(), "ip").isEmpty() ? str(v.toObject(), "hostname") : str(v.toObject(), "ip"));
    }
    QStringList tlsHosts;
    for (const QJsonValue &v : arr(spec, "tls")) {
        tlsHosts.append(joinStrings(arr(v.toObject(), "hosts")));
    }
    o.facts = {
        { tr("Class"), orNone(str(spec, "ingressClassName")) },
        { tr("Addresses"), orNone(addresses.join(QStringLiteral(", "))) },
        { tr("TLS hosts"), orNone(tlsHosts.join(QStringLiteral(", "))) },
    };
    OverviewSection rules { tr("Rules"), { tr("Host"), tr("Path"), tr("Backend") }, {}, {} };
    const auto backend = [](const QJsonObject &b) {
        const QJsonObject service = obj(b, "service");
        const QJsonObject port = obj(service, "port");
        const QString portText = str(port, "name").isEmpty() ? num(port, "number", QString()) : str(port, "name");
        return service.isEmpty() ? str(obj(b, "resource"), "name") : str(service, "name") + u':' + portText;
    };
    for (const QJsonValue &rule : arr(spec, "rules")) {
        const QString host = str(rule.toObject(), "host");
        for (const QJsonValue &p : arr(obj(rule.toObject(), "http"), "paths")) {
            rules.rows.append({ host.isEmpty() ? QStringLiteral("*") : host, str(p.toObject(), "path"),
                backend(obj(p.toObject(), "backend")) });
        }
    }
    if (spec.contains(QLatin1String("defaultBackend"))) {
        rules.rows.append({ QStringLiteral("*"), tr("(default)"), backend(obj(spec, "defaultBackend")) });
    }
    o.sections.append(rules);
}

// Unknown kinds: the scalars directly under spec, in key order.
void genericFacts(Overview &o, const QJsonObject &object)
{
    const QJsonObject spec = obj(object, "spec");
    for (auto it = spec.begin(); it != spec.end(); ++it) {
        if (!it.value().isObject() && !it.value().isArray()) {
            o.facts.append({ it.key(), scalar(it.value()) });
        }
    }
    const QJsonValue phase = obj(object, "status").value(QLatin1String("phase"));
    if (phase.isString()) {
        o.facts.prepend({ tr("Phase"), phase.toString() });
    }
}

// Conditions whose "True" is bad news.
bool isNegativeCondition(const QString &type)
{
    return type.endsWith(QLatin1String("Pressure")) || type.contains(QLatin1String("Unavailable"))
        || type.contains(QLatin1String("Fail")) || type == QLatin1String("Stalled");
}

void conditionsSection(Overview &o, const QJsonObject &object, const QDateTime &now)
{
    const QJsonArray conditions = arr(obj(object, "status"), "conditions");
    if (conditions.isEmpty()) {
        return;
    }
    OverviewSection section { tr("Conditions"),
        { tr("Type"), tr("Status"), tr("Reason"), tr("Message"), tr("Last transition") }, {}, {} };
    for (const QJsonValue &v : conditions) {
        const QJsonObject c = v.toObject();
        const QString type = str(c, "type");
        const QString status = str(c, "status");
        QDateTime last = time(c, "lastTransitionTime");
        if (!last.isValid()) {
            last = time(c, "lastUpdateTime");
        }
        section.rows.append({ type, status, str(c, "reason"), str(c, "message"), ageOf(last, now) });
        Core::Health health = Core::Health::Unknown;
        if (status == QLatin1String("True")) {
            health = isNegativeCondition(type) ? Core::Health::Warning : Core::Health::Healthy;
        } else if (status == QLatin1String("False")) {
            health = isNegativeCondition(type) ? Core::Health::Healthy : Core::Health::Warning;
        }
        section.rowHealth.append(health);
    }
    o.sections.append(section);
}

} // namespace

Overview buildOverview(const Core::ResourceRef &resource, const QJsonObject &object, const QDateTime &now)
{
    Overview o;
    const QJsonObject metadata = obj(object, "metadata");
    o.kind = str(object, "kind");
    if (o.kind.isEmpty()) {
        o.kind = Kinds::kindOf(resource);
    }
    o.name = str(metadata, "name");
    o.namespaceName = str(metadata, "namespace");
    o.health = Core::KindRegistry::instance().renderer(resource.group, resource.resource)->render(object).health;
    o.age = ageOf(time(metadata, "creationTimestamp"), now);

    const QString r = resource.resource;
    const bool core = resource.group.isEmpty();
    if (core && r == QLatin1String("pods")) {
        podFacts(o, object, now);
    } else if (resource.group == QLatin1String("apps")
        && (r == QLatin1String("deployments") || r == QLatin1String("statefulsets") || r == QLatin1String("daemonsets")
            || r == QLatin1String("replicasets"))) {
        workloadFacts(o, resource, object);
    } else if (core && r == QLatin1String("services")) {
        serviceFacts(o, object);
    } else if (core && r == QLatin1String("nodes")) {
        nodeFacts(o, object);
    } else if (core && r == QLatin1String("persistentvolumeclaims")) {
        claimFacts(o, object);
    } else if (core && r == QLatin1String("persistentvolumes")) {
        volumeFacts(o, object);
    } else if (resource.group == QLatin1String("storage.k8s.io") && r == QLatin1String("storageclasses")) {
        storageClassFacts(o, object);
    } else if (resource.group == QLatin1String("batch") && r == QLatin1String("jobs")) {
        jobFacts(o, object, now);
    } else if (resource.group == QLatin1String("batch") && r == QLatin1String("cronjobs")) {
        cronJobFacts(o, object, now);
    } else if (core && (r == QLatin1String("configmaps") || r == QLatin1String("secrets"))) {
        keysFacts(o, object, r == QLatin1String("secrets"));
    } else if (resource.group == QLatin1String("autoscaling") && r == QLatin1String("horizontalpodautoscalers")) {
        autoscalerFacts(o, object);
    } else if (resource.group == QLatin1String("networking.k8s.io") && r == QLatin1String("ingresses")) {
        ingressFacts(o, object);
    } else {
        genericFacts(o, object);
    }
    conditionsSection(o, object, now);
    return o;
}

} // namespace Sextant::Ui
