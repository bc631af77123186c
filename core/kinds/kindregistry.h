// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/kinds/kindrenderer.h"

#include <QHash>
#include <QString>

#include <memory>

namespace Sextant::Core {

// Maps a resource (group + plural name) to its renderer. Adding a kind is one
// renderer class and one line in KindRegistry::KindRegistry().
class KindRegistry final {
public:
    static const KindRegistry &instance();

    // Never null: unknown resources get the generic renderer.
    const KindRenderer *renderer(const QString &group, const QString &resource) const;

private:
    KindRegistry();
    void add(const QString &group, const QString &resource, std::unique_ptr<KindRenderer> renderer);

    QHash<QString, std::shared_ptr<const KindRenderer>> m_renderers;
    std::shared_ptr<const KindRenderer> m_generic;
};

} // namespace Sextant::Core
