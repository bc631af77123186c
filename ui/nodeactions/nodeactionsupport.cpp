// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/nodeactions/nodeactionsupport.h"

#include "core/cluster/clusterconnection.h"

namespace Sextant::Ui::NodeActionSupport {

namespace {
QString metadataString(const QJsonObject &object, QLatin1String key)
{
    return object.value(QLatin1String("metadata")).toObject().value(key).toString();
}
} // namespace

QString nameOf(const QJsonObject &object)
{
    return metadataString(object, QLatin1String("name"));
}

QString namespaceOf(const QJsonObject &object)
{
    return metadataString(object, QLatin1String("namespace"));
}

QString resourceVersionOf(const QJsonObject &object)
{
    return metadataString(object, QLatin1String("resourceVersion"));
}

QString displayName(const QJsonObject &object)
{
    const QString ns = namespaceOf(object);
    return ns.isEmpty() ? nameOf(object) : ns + QLatin1Char('/') + nameOf(object);
}

QString singular(const Core::ResourceRef &resource)
{
    const QString &plural = resource.resource;
    if (plural.endsWith(QLatin1String("ies")))
        return plural.chopped(3) + QLatin1Char('y');
    if (plural.endsWith(QLatin1String("sses")) || plural.endsWith(QLatin1String("xes"))
        || plural.endsWith(QLatin1String("ches")))
        return plural.chopped(2);
    if (plural == QLatin1String("endpoints"))
        return plural;
    if (plural.endsWith(QLatin1Char('s')))
        return plural.chopped(1);
    return plural;
}

bool isCoreResource(const Core::ResourceRef &resource, const char *plural)
{
    return resource.group.isEmpty() && resource.resource == QLatin1String(plural);
}

Core::ApiClient *clientOf(const ActionTarget &target)
{
    return target.connection ? target.connection->client() : nullptr;
}

const QObject *requestContext(const ActionTarget &target)
{
    return target.feedback ? static_cast<const QObject *>(target.feedback.data())
                           : static_cast<const QObject *>(target.connection.data());
}

void progress(const ActionTarget &target, const QString &message)
{
    if (target.feedback)
        Q_EMIT target.feedback->progress(message);
}

void succeeded(const ActionTarget &target, const QString &message)
{
    if (target.feedback)
        Q_EMIT target.feedback->succeeded(message);
}

void failed(const ActionTarget &target, const QString &title, const Core::ApiError &error)
{
    if (target.feedback && !error.isCancelled())
        Q_EMIT target.feedback->failed(title, error);
}

Core::ApiError localError(const QString &message)
{
    Core::ApiError error;
    error.kind = Core::ApiError::Kind::Status;
    error.message = message;
    return error;
}

} // namespace Sextant::Ui::NodeActionSupport
