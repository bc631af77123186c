// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/kinds/basicrenderers.h"

#include "core/kinds/renderhelpers.h"

namespace Sextant::Core {

using namespace RenderHelpers;

QList<ColumnSpec> GenericRenderer::columns() const
{
    return {
        nameColumn(),
        ageColumn(),
    };
}

RenderedRow GenericRenderer::render(const QJsonObject &object) const
{
    RenderedRow row;
    row.created = creationTime(object);
    row.cells = { objectName(object), QVariant() };
    return row;
}

QList<ColumnSpec> NamespaceRenderer::columns() const
{
    return {
        nameColumn(),
        text(QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Status"), true),
        ageColumn(),
    };
}

RenderedRow NamespaceRenderer::render(const QJsonObject &ns) const
{
    const QString phase = string(object(ns, "status"), "phase");
    RenderedRow row;
    row.created = creationTime(ns);
    row.health = phase == QLatin1String("Active") ? Health::Healthy
        : phase == QLatin1String("Terminating")   ? Health::Progressing
                                                  : Health::Unknown;
    row.cells = { objectName(ns), phase, QVariant() };
    return row;
}

} // namespace Sextant::Core
