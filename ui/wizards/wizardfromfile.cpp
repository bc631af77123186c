// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/wizards/wizardfromfile.h"

#include "core/cluster/clusterconnection.h"
#include "core/relations/knownkinds.h"
#include "core/yaml/yamldocument.h"
#include "ui/wizards/resourcewizard.h"
#include "ui/wizards/wizardcatalog.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QMessageBox>
#include <QPointer>

namespace Sextant::Ui {

namespace {
// Manifests are small; the apiserver refuses bodies over 3 MiB anyway.
constexpr qint64 kMaxFileBytes = 8 * 1024 * 1024;

QString groupOf(const QString &apiVersion)
{
    return apiVersion.contains(QLatin1Char('/')) ? apiVersion.section(QLatin1Char('/'), 0, 0) : QString();
}
} // namespace

QList<QJsonObject> WizardFromFile::readObjects(const QString &path, const QString &namespaceName, QString *whyNot)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (QFileInfo(path).size() > kMaxFileBytes) {
        *whyNot = tr("%1 is too large for a manifest.").arg(fileName);
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *whyNot = tr("%1 can't be read: %2").arg(fileName, file.errorString());
        return {};
    }
    const Core::YamlParseResult parsed = Core::parseYaml(file.readAll());
    for (const Core::Diagnostic &diagnostic : parsed.diagnostics) {
        if (diagnostic.severity == Core::Diagnostic::Severity::Error) {
            *whyNot = tr("%1, line %2: %3").arg(fileName).arg(diagnostic.line).arg(diagnostic.message);
            return {};
        }
    }
    QList<QJsonObject> objects;
    for (const Core::YamlDocument &document : parsed.documents) {
        if (document.value.isNull() || document.value.isUndefined()) {
            continue; // an empty document between "---" lines
        }
        if (!document.value.isObject()) {
            *whyNot = tr("%1, line %2: expected a Kubernetes object (a mapping with apiVersion and kind).")
                          .arg(fileName)
                          .arg(document.firstLine);
            return {};
        }
        const QJsonObject object = document.value.toObject();
        QList<QJsonObject> found;
        if (object.value(QLatin1String("kind")).toString() == QLatin1String("List")) {
            for (const QJsonValue &item : object.value(QLatin1String("items")).toArray()) {
                found.append(item.toObject());
            }
        } else {
            found.append(object);
        }
        for (QJsonObject item : std::as_const(found)) {
            const QString apiVersion = item.value(QLatin1String("apiVersion")).toString();
            const QString kind = item.value(QLatin1String("kind")).toString();
            if (apiVersion.isEmpty() || kind.isEmpty()) {
                *whyNot
                    = tr("%1, line %2: the object has no apiVersion or kind.").arg(fileName).arg(document.firstLine);
                return {};
            }
            bool known = false;
            const Core::ResourceRef resource = Core::KnownKinds::resourceOf(apiVersion, kind, true, &known);
            QJsonObject metadata = item.value(QLatin1String("metadata")).toObject();
            if (resource.namespaced && metadata.value(QLatin1String("namespace")).toString().isEmpty()
                && !namespaceName.isEmpty()) {
                // As kubectl does: the current namespace for objects that name none.
                metadata.insert(QStringLiteral("namespace"), namespaceName);
                item.insert(QStringLiteral("metadata"), metadata);
            }
            objects.append(item);
        }
    }
    if (objects.isEmpty()) {
        *whyNot = tr("%1 holds no Kubernetes object.").arg(fileName);
    }
    return objects;
}

ResourceWizard *WizardFromFile::createWizard(const QString &path, Core::ClusterConnection *connection,
    const QString &namespaceName, QWidget *parent, QString *whyNot)
{
    const QList<QJsonObject> objects = readObjects(path, namespaceName, whyNot);
    if (objects.isEmpty()) {
        return nullptr;
    }
    const QString fileName = QFileInfo(path).fileName();
    const QJsonObject &first = objects.constFirst();
    const QString apiVersion = first.value(QLatin1String("apiVersion")).toString();
    const QString kind = first.value(QLatin1String("kind")).toString();
    const QList<WizardEntry> entries = WizardCatalog::entries();
    const WizardEntry *entry = WizardCatalog::forKind(entries, groupOf(apiVersion), kind);
    if (!entry) {
        *whyNot = tr("%1: Sextant has no creation wizard for %2 (%3). Open the file in the editor to apply it "
                     "as it is.")
                      .arg(fileName, kind, apiVersion);
        return nullptr;
    }
    ResourceWizard *wizard = entry->make(connection, namespaceName, parent);
    QString problem;
    if (!wizard->startFrom(objects, &problem, ResourceWizard::StartMode::FromFile)) {
        delete wizard;
        *whyNot = tr("%1: %2").arg(fileName, problem);
        return nullptr;
    }
    wizard->setWindowTitle(tr("%1 (from %2)").arg(wizard->windowTitle(), fileName));
    return wizard;
}

void WizardFromFile::chooseFileAndStart(Core::ClusterConnection *connection, const QString &namespaceName,
    QWidget *parent, std::function<void(ResourceWizard *wizard)> opened)
{
    auto *dialog = new QFileDialog(parent, tr("Create from a YAML file"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({ tr("YAML files (*.yaml *.yml)"), tr("JSON files (*.json)"), tr("All files (*)") });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<Core::ClusterConnection> guarded = connection;
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
        [guarded, namespaceName, parent, opened = std::move(opened)](const QString &path) {
            QString whyNot;
            ResourceWizard *wizard = guarded ? createWizard(path, guarded, namespaceName, parent, &whyNot) : nullptr;
            if (!wizard) {
                auto *box = new QMessageBox(QMessageBox::Warning, tr("Create from a YAML file"),
                    guarded ? whyNot : tr("The cluster connection is gone."), QMessageBox::Ok, parent);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                return;
            }
            wizard->setAttribute(Qt::WA_DeleteOnClose);
            if (opened) {
                opened(wizard);
            }
            wizard->open();
        });
    dialog->open();
}

} // namespace Sextant::Ui
