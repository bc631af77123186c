// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/kinds/basicrenderers.h"

namespace Sextant::Core {

QList<ColumnSpec> GenericRenderer::columns() const
{
    return {
        { QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Name"), ColumnSpec::Type::Text },
        { QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Age"), ColumnSpec::Type::Age },
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
        { QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Name"), ColumnSpec::Type::Text },
        { QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Status"), ColumnSpec::Type::Text, true },
        { QT_TRANSLATE_NOOP("Sextant::Core::Columns", "Age"), ColumnSpec::Type::Age },
    };
}

RenderedRow NamespaceRenderer::render(const QJsonObject &ns) const
{
    const QString phase = ns.value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString();
    RenderedRow row;
    row.created = creationTime(ns);
    row.health = phase == QLatin1String("Active") ? Health::Healthy
        : phase == QLatin1String("Terminating")   ? Health::Progressing
                                                  : Health::Unknown;
    row.cells = { objectName(ns), phase, QVariant() };
    return row;
}

} // namespace Sextant::Core
