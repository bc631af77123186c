// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/overview/clustersummary.h"

#include "core/kinds/kindrenderer.h"

#include <QJsonArray>

#include <algorithm>

namespace Sextant::Ui::Summary {

using Core::Quantity;

namespace {

QJsonObject sub(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 num(const QJsonObject &o, const char *key, qint64 fallback = 0)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? v.toInteger() : fallback;
}

Quantity containerResource(const QJsonObject &container, const QString &kind, const QString &resource)
{
    return Quantity::parseOrZero(sub(container, "resources").value(kind).toObject().value(resource).toString());
}

} // namespace

bool nodeIsReady(const QJsonObject &node)
{
    for (const QJsonValue &c : sub(node, "status").value(QLatin1String("conditions")).toArray()) {
        const QJsonObject condition = c.toObject();
        if (str(condition, "type") == QLatin1String("Ready")) {
            return str(condition, "status") == QLatin1String("True");
        }
    }
    return false;
}

bool podHoldsResources(const QJsonObject &pod)
{
    const QString phase = str(sub(pod, "status"), "phase");
    return !str(sub(pod, "spec"), "nodeName").isEmpty() && phase != QLatin1String("Succeeded")
        && phase != QLatin1String("Failed");
}

Quantity podResource(const QJsonObject &pod, const QString &kind, const QString &resource)
{
    const QJsonObject spec = sub(pod, "spec");
    Quantity sum;
    for (const QJsonValue &c : spec.value(QLatin1String("containers")).toArray()) {
        sum += containerResource(c.toObject(), kind, resource);
    }
    // Sidecars (restartable init containers) run alongside the app containers;
    // a plain init container needs its resources plus the sidecars started before it.
    Quantity sidecars;
    Quantity largestInit;
    for (const QJsonValue &c : spec.value(QLatin1String("initContainers")).toArray()) {
        const QJsonObject container = c.toObject();
        const Quantity value = containerResource(container, kind, resource);
        if (str(container, "restartPolicy") == QLatin1String("Always")) {
            sidecars += value;
        } else if (largestInit < sidecars + value) {
            largestInit = sidecars + value;
        }
    }
    sum += sidecars;
    Quantity effective = sum < largestInit ? largestInit : sum;
    effective += Quantity::parseOrZero(sub(spec, "overhead").value(resource).toString());
    return effective;
}

bool deploymentAvailable(const QJsonObject &deployment)
{
    const qint64 desired = num(sub(deployment, "spec"), "replicas", 1);
    return num(sub(deployment, "status"), "availableReplicas") >= desired;
}

bool statefulSetAvailable(const QJsonObject &statefulSet)
{
    const qint64 desired = num(sub(statefulSet, "spec"), "replicas", 1);
    return num(sub(statefulSet, "status"), "readyReplicas") >= desired;
}

bool daemonSetAvailable(const QJsonObject &daemonSet)
{
    const QJsonObject status = sub(daemonSet, "status");
    return num(status, "numberAvailable") >= num(status, "desiredNumberScheduled");
}

Core::ResourceRef resourceOfKind(const QString &apiVersion, const QString &kind, bool namespaced)
{
    const QString group
        = apiVersion.contains(QLatin1Char('/')) ? apiVersion.section(QLatin1Char('/'), 0, 0) : QString();
    const QString version
        = apiVersion.contains(QLatin1Char('/')) ? apiVersion.section(QLatin1Char('/'), 1) : apiVersion;
    static const QMap<QString, QString> plurals = {
        { QStringLiteral("Endpoints"), QStringLiteral("endpoints") },
        { QStringLiteral("Ingress"), QStringLiteral("ingresses") },
        { QStringLiteral("IngressClass"), QStringLiteral("ingressclasses") },
        { QStringLiteral("StorageClass"), QStringLiteral("storageclasses") },
        { QStringLiteral("NetworkPolicy"), QStringLiteral("networkpolicies") },
        { QStringLiteral("PodSecurityPolicy"), QStringLiteral("podsecuritypolicies") },
    };
    QString plural = plurals.value(kind);
    if (plural.isEmpty()) {
        plural = kind.toLower();
        if (plural.endsWith(QLatin1Char('s'))) {
            plural += QStringLiteral("es");
        } else if (plural.endsWith(QLatin1Char('y')) && !plural.endsWith(QLatin1String("ey"))) {
            plural = plural.chopped(1) + QStringLiteral("ies");
        } else {
            plural += QLatin1Char('s');
        }
    }
    return { group, version.isEmpty() ? QStringLiteral("v1") : version, plural, namespaced };
}

QDateTime eventTime(const QJsonObject &event)
{
    for (const char *key : { "lastTimestamp", "eventTime" }) {
        const QDateTime time = QDateTime::fromString(str(event, key), Qt::ISODateWithMs);
        if (time.isValid()) {
            return time;
        }
    }
    const QDateTime series = QDateTime::fromString(str(sub(event, "series"), "lastObservedTime"), Qt::ISODateWithMs);
    return series.isValid() ? series : Core::creationTime(event);
}

ClusterSummary summarize(const Input &input)
{
    ClusterSummary s;
    const QString cpu = QStringLiteral("cpu");
    const QString memory = QStringLiteral("memory");
    for (const QJsonObject &node : input.nodes) {
        ++s.nodes;
        if (nodeIsReady(node)) {
            ++s.nodesReady;
        } else {
            s.notReadyNodes.append(Core::objectName(node));
        }
        const QJsonObject status = sub(node, "status");
        const QJsonObject capacity = sub(status, "capacity");
        const QJsonObject allocatable = sub(status, "allocatable");
        s.cpu.capacity += Quantity::parseOrZero(capacity.value(cpu).toString());
        s.cpu.allocatable += Quantity::parseOrZero(allocatable.value(cpu).toString());
        s.memory.capacity += Quantity::parseOrZero(capacity.value(memory).toString());
        s.memory.allocatable += Quantity::parseOrZero(allocatable.value(memory).toString());
        s.podCapacity += Quantity::parseOrZero(str(allocatable, "pods"));
    }
    s.notReadyNodes.sort();

    const QString requests = QStringLiteral("requests");
    const QString limits = QStringLiteral("limits");
    for (const QJsonObject &pod : input.pods) {
        ++s.pods;
        const QString phase = str(sub(pod, "status"), "phase");
        ++s.podsByPhase[phase.isEmpty() ? QStringLiteral("Unknown") : phase];
        if (!podHoldsResources(pod)) {
            continue;
        }
        s.cpu.requests += podResource(pod, requests, cpu);
        s.cpu.limits += podResource(pod, limits, cpu);
        s.memory.requests += podResource(pod, requests, memory);
        s.memory.limits += podResource(pod, limits, memory);
    }

    const auto count = [](const QList<QJsonObject> &objects, bool (*available)(const QJsonObject &)) {
        WorkloadCounts counts;
        for (const QJsonObject &o : objects) {
            ++counts.total;
            counts.available += available(o) ? 1 : 0;
        }
        return counts;
    };
    s.deployments = count(input.deployments, &deploymentAvailable);
    s.statefulSets = count(input.statefulSets, &statefulSetAvailable);
    s.daemonSets = count(input.daemonSets, &daemonSetAvailable);

    for (const QJsonObject &event : input.events) {
        if (str(event, "type") != QLatin1String("Warning")) {
            continue;
        }
        WarningEvent warning;
        warning.last = eventTime(event);
        if (!warning.last.isValid() || warning.last.secsTo(input.now) > input.warningWindowSeconds) {
            continue;
        }
        const QJsonObject involved = sub(event, "involvedObject");
        warning.reason = str(event, "reason");
        warning.message = str(event, "message").trimmed();
        warning.count = int(std::max<qint64>(1, num(event, "count", 1)));
        warning.namespaceName = str(involved, "namespace");
        // Some controllers leave the involved namespace out; the event lives beside its
        // object then. Events about cluster objects live in "default".
        if (warning.namespaceName.isEmpty() && warning.kind != QLatin1String("Node")) {
            const QString eventNamespace = Core::objectNamespace(event);
            if (eventNamespace != QLatin1String("default")) {
                warning.namespaceName = eventNamespace;
            }
        }
        warning.kind = str(involved, "kind");
        warning.name = str(involved, "name");
        warning.resource = resourceOfKind(str(involved, "apiVersion"), warning.kind, !warning.namespaceName.isEmpty());
        s.warnings.append(warning);
    }
    std::sort(s.warnings.begin(), s.warnings.end(), [](const WarningEvent &a, const WarningEvent &b) {
        return a.last != b.last ? a.last > b.last : a.name < b.name;
    });
    if (s.warnings.size() > input.maxWarnings) {
        s.warnings.resize(input.maxWarnings);
    }
    return s;
}

} // namespace Sextant::Ui::Summary
