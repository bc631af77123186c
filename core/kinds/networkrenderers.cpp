// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/kinds/networkrenderers.h"

#include "core/kinds/renderhelpers.h"

namespace Sextant::Core {

using namespace RenderHelpers;

namespace {

QStringList strings(const QJsonArray &values)
{
    QStringList out;
    for (const QJsonValue &v : values) {
        out.append(v.toString());
    }
    return out;
}

// kubectl's getServiceExternalIP (non-wide).
QString externalIp(const QJsonObject &service)
{
    const QJsonObject spec = object(service, "spec");
    const QString type = string(spec, "type");
    const QStringList externalIps = strings(array(spec, "externalIPs"));
    if (type == QLatin1String("ClusterIP") || type == QLatin1String("NodePort")) {
        return externalIps.isEmpty() ? QStringLiteral("<none>") : externalIps.join(QLatin1Char(','));
    }
    if (type == QLatin1String("LoadBalancer")) {
        const QString lb = loadBalancerAddresses(object(object(service, "status"), "loadBalancer"));
        if (!externalIps.isEmpty()) {
            QStringList all = lb.isEmpty() ? QStringList() : lb.split(QLatin1Char(','));
            all.append(externalIps);
            return all.join(QLatin1Char(','));
        }
        return lb.isEmpty() ? QStringLiteral("<pending>") : lb;
    }
    if (type == QLatin1String("ExternalName")) {
        return string(spec, "externalName");
    }
    return QStringLiteral("<unknown>");
}

// kubectl's makePortString: "80/TCP,443:30443/TCP".
QString servicePorts(const QJsonObject &service)
{
    QStringList pieces;
    for (const QJsonValue &p : array(object(service, "spec"), "ports")) {
        const QJsonObject port = p.toObject();
        const QString protocol
            = port.contains(QLatin1String("protocol")) ? string(port, "protocol") : QStringLiteral("TCP");
        const qint64 nodePort = integer(port, "nodePort");
        pieces.append(nodePort > 0 ? QStringLiteral("%1:%2/%3").arg(integer(port, "port")).arg(nodePort).arg(protocol)
                                   : QStringLiteral("%1/%2").arg(integer(port, "port")).arg(protocol));
    }
    return pieces.isEmpty() ? QStringLiteral("<none>") : pieces.join(QLatin1Char(','));
}

} // namespace

// --- Service

QList<ColumnSpec> ServiceRenderer::columns() const
{
    return {
        nameColumn(),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Type")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Cluster-IP")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "External-IP"), true),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Ports")),
        ageColumn(),
    };
}

RenderedRow ServiceRenderer::render(const QJsonObject &service) const
{
    const QJsonObject spec = object(service, "spec");
    const QJsonArray clusterIps = array(spec, "clusterIPs");
    const QString external = externalIp(service);
    RenderedRow row;
    row.created = creationTime(service);
    row.health = external == QLatin1String("<pending>") ? Health::Progressing : Health::Healthy;
    row.cells = {
        objectName(service),
        string(spec, "type"),
        clusterIps.isEmpty() ? QStringLiteral("<none>") : clusterIps.first().toString(),
        external,
        servicePorts(service),
        QVariant(),
    };
    return row;
}

// --- EndpointSlice

QList<ColumnSpec> EndpointSliceRenderer::columns() const
{
    return {
        nameColumn(),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Address type")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Ports")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Endpoints")),
        ageColumn(),
    };
}

RenderedRow EndpointSliceRenderer::render(const QJsonObject &slice) const
{
    constexpr qsizetype max = 3;
    const QJsonArray ports = array(slice, "ports");
    QStringList shownPorts;
    for (qsizetype i = 0; i < ports.size() && i < max; ++i) {
        const QJsonObject port = ports.at(i).toObject();
        shownPorts.append(port.contains(QLatin1String("port")) ? QString::number(integer(port, "port"))
                : port.contains(QLatin1String("name"))         ? string(port, "name")
                                                               : QStringLiteral("*"));
    }
    QStringList shownAddresses;
    qsizetype addresses = 0;
    for (const QJsonValue &e : array(slice, "endpoints")) {
        for (const QJsonValue &a : array(e.toObject(), "addresses")) {
            if (shownAddresses.size() < max) {
                shownAddresses.append(a.toString());
            }
            ++addresses;
        }
    }
    RenderedRow row;
    row.created = creationTime(slice);
    row.cells = {
        objectName(slice),
        string(slice, "addressType"),
        listWithMore(shownPorts, ports.size(), max),
        listWithMore(shownAddresses, addresses, max),
        QVariant(),
    };
    return row;
}

// --- Ingress

QList<ColumnSpec> IngressRenderer::columns() const
{
    return {
        nameColumn(),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Class")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Hosts")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Address"), true),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Ports")),
        ageColumn(),
    };
}

RenderedRow IngressRenderer::render(const QJsonObject &ingress) const
{
    const QJsonObject spec = object(ingress, "spec");
    // formatHosts: up to three non-empty hosts; "*" when none.
    constexpr qsizetype max = 3;
    const QJsonArray rules = array(spec, "rules");
    QStringList hosts;
    bool more = false;
    for (const QJsonValue &r : rules) {
        if (hosts.size() == max) {
            more = true;
        }
        if (!more && !string(r.toObject(), "host").isEmpty()) {
            hosts.append(string(r.toObject(), "host"));
        }
    }
    QString hostText = hosts.isEmpty() ? QStringLiteral("*") : hosts.join(QLatin1Char(','));
    if (!hosts.isEmpty() && more) {
        hostText = QStringLiteral("%1 + %2 more...").arg(hostText).arg(rules.size() - max);
    }
    const QString address = loadBalancerAddresses(object(object(ingress, "status"), "loadBalancer"));
    RenderedRow row;
    row.created = creationTime(ingress);
    row.health = address.isEmpty() ? Health::Progressing : Health::Healthy;
    row.cells = {
        objectName(ingress),
        spec.contains(QLatin1String("ingressClassName")) ? string(spec, "ingressClassName") : QStringLiteral("<none>"),
        hostText,
        address,
        array(spec, "tls").isEmpty() ? QStringLiteral("80") : QStringLiteral("80, 443"),
        QVariant(),
    };
    return row;
}

// --- IngressClass

QList<ColumnSpec> IngressClassRenderer::columns() const
{
    return {
        nameColumn(),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Controller")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Parameters")),
        ageColumn(),
    };
}

RenderedRow IngressClassRenderer::render(const QJsonObject &ingressClass) const
{
    const QJsonObject spec = object(ingressClass, "spec");
    QString parameters = QStringLiteral("<none>");
    if (spec.contains(QLatin1String("parameters"))) {
        const QJsonObject p = object(spec, "parameters");
        parameters = string(p, "kind");
        if (p.contains(QLatin1String("apiGroup"))) {
            parameters += QLatin1Char('.') + string(p, "apiGroup");
        }
        parameters += QLatin1Char('/') + string(p, "name");
    }
    QString displayName = objectName(ingressClass);
    if (annotation(ingressClass, "ingressclass.kubernetes.io/is-default-class") == QLatin1String("true")) {
        displayName += QStringLiteral(" (default)");
    }
    RenderedRow row;
    row.created = creationTime(ingressClass);
    row.cells = { displayName, string(spec, "controller"), parameters, QVariant() };
    return row;
}

// --- NetworkPolicy

QList<ColumnSpec> NetworkPolicyRenderer::columns() const
{
    return { nameColumn(), text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Pod-selector")), ageColumn() };
}

RenderedRow NetworkPolicyRenderer::render(const QJsonObject &policy) const
{
    RenderedRow row;
    row.created = creationTime(policy);
    row.cells = { objectName(policy), formatLabelSelector(object(object(policy, "spec"), "podSelector")), QVariant() };
    return row;
}

} // namespace Sextant::Core
