// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/nodeactions/nodeactionsupport.h"

namespace Sextant::Ui::NodeActionSupport {

namespace {
QString metadataString(const QJsonObject &object, QLatin1String key)
{
    return object.value(QLatin1String("metadata")).toObject().value(key).toString();
}
} // namespace

QString resourceVersionOf(const QJsonObject &object)
{
    return metadataString(object, QLatin1String("resourceVersion"));
}

QString displayName(const QJsonObject &object)
{
    const QString ns = namespaceOf(object);
    return ns.isEmpty() ? nameOf(object) : ns + QLatin1Char('/') + nameOf(object);
}

bool isCoreResource(const Core::ResourceRef &resource, const char *plural)
{
    return resource.group.isEmpty() && resource.resource == QLatin1String(plural);
}

Core::ApiError localError(const QString &message)
{
    Core::ApiError error;
    error.kind = Core::ApiError::Kind::Status;
    error.message = message;
    return error;
}

} // namespace Sextant::Ui::NodeActionSupport
