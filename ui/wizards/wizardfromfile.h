// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace Sextant::Core {
class ClusterConnection;
}

namespace Sextant::Ui {

class ResourceWizard;

// Create → From YAML file…: the wizard for the file's first object (by
// WizardCatalog::forKind), started from all the file's objects, so the form
// shows them and Create makes them (names kept; see ResourceWizard::startFrom).
class WizardFromFile final {
    Q_DECLARE_TR_FUNCTIONS(WizardFromFile)
public:
    // The file's objects in order ("kind: List" expanded). Objects without a
    // namespace get namespaceName when their kind is namespaced. Empty with
    // *whyNot naming the file (and line) when it can't be read or parsed.
    static QList<QJsonObject> readObjects(const QString &path, const QString &namespaceName, QString *whyNot);

    // The started wizard (not shown yet; parent owns it), or nullptr with *whyNot.
    static ResourceWizard *createWizard(const QString &path, Core::ClusterConnection *connection,
        const QString &namespaceName, QWidget *parent, QString *whyNot);

    // Asks for a file (QFileDialog::open), then opens its wizard (open(),
    // deleted on close) and hands it to opened() to connect created(); a
    // problem is shown in a message box. Never blocks.
    static void chooseFileAndStart(Core::ClusterConnection *connection, const QString &namespaceName, QWidget *parent,
        std::function<void(ResourceWizard *wizard)> opened = {});
};

} // namespace Sextant::Ui
