// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/kinds/clusterrenderers.h"

#include "core/kinds/renderhelpers.h"

namespace Sextant::Core {

using namespace RenderHelpers;

namespace {

// findNodeRoles: node-role.kubernetes.io/<role> keys and the kubernetes.io/role value, sorted.
QString nodeRoles(const QJsonObject &node)
{
    static const QLatin1String prefix("node-role.kubernetes.io/");
    const QJsonObject labels = object(object(node, "metadata"), "labels");
    QStringList roles;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (it.key().startsWith(prefix) && it.key().size() > prefix.size()) {
            roles.append(it.key().mid(prefix.size()));
        } else if (it.key() == QLatin1String("kubernetes.io/role") && !it.value().toString().isEmpty()) {
            roles.append(it.value().toString());
        }
    }
    roles.sort();
    roles.removeDuplicates();
    return roles.isEmpty() ? QStringLiteral("<none>") : roles.join(QLatin1Char(','));
}

} // namespace

QList<ColumnSpec> NodeRenderer::columns() const
{
    return {
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Name")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Status"), true),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Roles")),
        { QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Age"), ColumnSpec::Type::Age },
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Version")),
    };
}

RenderedRow NodeRenderer::render(const QJsonObject &node) const
{
    const QJsonObject status = object(node, "status");
    const QJsonObject ready = condition(status, "Ready");
    QStringList state;
    if (ready.isEmpty()) {
        state.append(QStringLiteral("Unknown"));
    } else {
        state.append(
            string(ready, "status") == QLatin1String("True") ? QStringLiteral("Ready") : QStringLiteral("NotReady"));
    }
    const bool cordoned = object(node, "spec").value(QLatin1String("unschedulable")).toBool();
    if (cordoned) {
        state.append(QStringLiteral("SchedulingDisabled"));
    }
    RenderedRow row;
    row.created = creationTime(node);
    row.health = state.first() != QLatin1String("Ready") ? Health::Failed
        : cordoned                                       ? Health::Warning
                                                         : Health::Healthy;
    row.cells = {
        objectName(node),
        state.join(QLatin1Char(',')),
        nodeRoles(node),
        QVariant(),
        string(object(status, "nodeInfo"), "kubeletVersion"),
    };
    return row;
}

Capabilities NodeRenderer::capabilities() const
{
    return KindRenderer::capabilities() | Capability::Drain | Capability::Cordon;
}

QList<ColumnSpec> EventRenderer::columns() const
{
    return {
        { QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Last seen"), ColumnSpec::Type::Age },
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Type"), true),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Reason")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Object")),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Message")),
    };
}

QDateTime EventRenderer::lastSeen(const QJsonObject &event)
{
    const QJsonObject series = object(event, "series");
    if (!series.isEmpty()) {
        return timestamp(series, "lastObservedTime");
    }
    // core/v1 names first, then their events.k8s.io/v1 "deprecated" twins.
    for (const char *key :
        { "lastTimestamp", "deprecatedLastTimestamp", "firstTimestamp", "deprecatedFirstTimestamp" }) {
        if (const QDateTime time = timestamp(event, key); time.isValid()) {
            return time;
        }
    }
    return timestamp(event, "eventTime");
}

RenderedRow EventRenderer::render(const QJsonObject &event) const
{
    // core/v1 Event, or events.k8s.io/v1 Event (regarding, note): kubectl prints both alike.
    const QJsonObject involved
        = event.contains(QLatin1String("regarding")) ? object(event, "regarding") : object(event, "involvedObject");
    const QString message = event.contains(QLatin1String("note")) ? string(event, "note") : string(event, "message");
    const QString kind = string(involved, "kind").toLower();
    const QString name = string(involved, "name");
    const QString type = string(event, "type");
    RenderedRow row;
    row.created = lastSeen(event);
    row.health = type == QLatin1String("Warning") ? Health::Warning
        : type == QLatin1String("Normal")         ? Health::Healthy
                                                  : Health::Unknown;
    row.cells = {
        QVariant(),
        type,
        string(event, "reason"),
        name.isEmpty() ? kind : kind + QLatin1Char('/') + name,
        message.trimmed(),
    };
    return row;
}

} // namespace Sextant::Core
