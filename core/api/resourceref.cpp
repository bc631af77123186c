// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/resourceref.h"

namespace Sextant::Core {

namespace {
QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}
} // namespace

QString resourcePath(
    const ResourceRef &ref, const QString &namespaceName, const QString &name, const QString &subresource)
{
    QString path = ref.group.isEmpty()
        ? QString(QStringLiteral("/api/") + segment(ref.version))
        : QString(QStringLiteral("/apis/") + segment(ref.group) + QLatin1Char('/') + segment(ref.version));
    if (ref.namespaced && !namespaceName.isEmpty())
        path += QStringLiteral("/namespaces/") + segment(namespaceName);
    path += QLatin1Char('/') + segment(ref.resource);
    if (!name.isEmpty())
        path += QLatin1Char('/') + segment(name);
    if (!subresource.isEmpty())
        path += QLatin1Char('/') + segment(subresource);
    return path;
}

QUrl resourceUrl(const QUrl &server, const QString &encodedPath)
{
    QUrl url = server;
    QString base = server.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + encodedPath, QUrl::StrictMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace Sextant::Core
