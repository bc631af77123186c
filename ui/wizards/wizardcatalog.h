// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace Sextant::Core {
class ClusterConnection;
}

namespace Sextant::Ui {

class ResourceWizard;

// One way to create something: its Create-menu entry and the kinds it can
// start from ("duplicate" an object, or open a YAML file of that kind).
struct WizardEntry {
    QString id; // stable, for tests and the command palette: "workload"
    QString menuText; // translated, with a mnemonic: "&Workload…"
    // "group/Kind" the wizard can be filled from ("apps/Deployment", "/Service").
    QStringList kinds;
    std::function<ResourceWizard *(Core::ClusterConnection *, const QString &namespaceName, QWidget *parent)> make;
};

class WizardCatalog final {
    Q_DECLARE_TR_FUNCTIONS(WizardCatalog)

public:
    // In Create-menu order.
    static QList<WizardEntry> entries();
    // The entry that can start from objects of this group and kind, or nullptr.
    static const WizardEntry *forKind(const QList<WizardEntry> &entries, const QString &group, const QString &kind);
};

} // namespace Sextant::Ui
