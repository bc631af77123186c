// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/kinds/kindregistry.h"

#include "core/kinds/basicrenderers.h"
#include "core/kinds/podrenderer.h"

namespace Sextant::Core {

namespace {
QString keyOf(const QString &group, const QString &resource)
{
    return group + QLatin1Char('/') + resource;
}
} // namespace

const KindRegistry &KindRegistry::instance()
{
    static const KindRegistry registry;
    return registry;
}

KindRegistry::KindRegistry()
    : m_generic(std::make_shared<GenericRenderer>())
{
    add(QString(), QStringLiteral("pods"), std::make_unique<PodRenderer>());
    add(QString(), QStringLiteral("namespaces"), std::make_unique<NamespaceRenderer>());
}

void KindRegistry::add(const QString &group, const QString &resource, std::unique_ptr<KindRenderer> renderer)
{
    m_renderers.insert(keyOf(group, resource), std::move(renderer));
}

const KindRenderer *KindRegistry::renderer(const QString &group, const QString &resource) const
{
    const auto it = m_renderers.constFind(keyOf(group, resource));
    return it != m_renderers.constEnd() ? it->get() : m_generic.get();
}

} // namespace Sextant::Core
