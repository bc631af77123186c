// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/resourceref.h"

#include <QList>
#include <QString>

namespace Sextant::Ui {

// One place in the navigator: a kind of the cluster, grouped as the KubeSphere
// console groups its modules. Texts are untranslated; translate them in the
// context "Sextant::Ui::Navigator".
struct NavigatorEntry {
    QString id; // stable key, e.g. "apps/deployments"
    const char *group = nullptr;
    const char *title = nullptr;
    Core::ResourceRef resource;
};

// The built-in kinds, in display order. The cluster list is not among them.
const QList<NavigatorEntry> &navigatorEntries();
const NavigatorEntry *findNavigatorEntry(const QString &id);

} // namespace Sextant::Ui
