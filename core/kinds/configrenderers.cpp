// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/kinds/configrenderers.h"

#include "core/kinds/renderhelpers.h"

namespace Sextant::Core {

using namespace RenderHelpers;

QList<ColumnSpec> ConfigMapRenderer::columns() const
{
    return { nameColumn(), number(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Data")), ageColumn() };
}

RenderedRow ConfigMapRenderer::render(const QJsonObject &configMap) const
{
    RenderedRow row;
    row.created = creationTime(configMap);
    row.cells = {
        objectName(configMap),
        qint64(object(configMap, "data").size() + object(configMap, "binaryData").size()),
        QVariant(),
    };
    return row;
}

QList<ColumnSpec> SecretRenderer::columns() const
{
    return {
        nameColumn(),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Type")),
        number(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Data")),
        ageColumn(),
    };
}

RenderedRow SecretRenderer::render(const QJsonObject &secret) const
{
    RenderedRow row;
    row.created = creationTime(secret);
    // Only the number of keys: the values never reach a cell.
    row.cells = { objectName(secret), string(secret, "type"), qint64(object(secret, "data").size()), QVariant() };
    return row;
}

QList<ColumnSpec> ServiceAccountRenderer::columns() const
{
    return { nameColumn(), ageColumn() };
}

RenderedRow ServiceAccountRenderer::render(const QJsonObject &serviceAccount) const
{
    RenderedRow row;
    row.created = creationTime(serviceAccount);
    row.cells = { objectName(serviceAccount), QVariant() };
    return row;
}

QList<ColumnSpec> RoleRenderer::columns() const
{
    return { nameColumn(), text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Created at")) };
}

RenderedRow RoleRenderer::render(const QJsonObject &role) const
{
    RenderedRow row;
    row.created = creationTime(role);
    row.cells = { objectName(role), row.created.toUTC().toString(Qt::ISODate) };
    return row;
}

QList<ColumnSpec> RoleBindingRenderer::columns() const
{
    return { nameColumn(), text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Role")), ageColumn() };
}

RenderedRow RoleBindingRenderer::render(const QJsonObject &binding) const
{
    const QJsonObject roleRef = object(binding, "roleRef");
    RenderedRow row;
    row.created = creationTime(binding);
    row.cells = {
        objectName(binding),
        QStringLiteral("%1/%2").arg(string(roleRef, "kind"), string(roleRef, "name")),
        QVariant(),
    };
    return row;
}

} // namespace Sextant::Core
