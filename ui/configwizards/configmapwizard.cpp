// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/configwizards/configmapwizard.h"

#include "core/metadata/metadatavalidation.h"
#include "core/watch/objectstore.h"
#include "ui/configwizards/configwizardsupport.h"
#include "ui/configwizards/keyvalueeditor.h"
#include "ui/wizards/formpage.h"
#include "ui/wizards/storecombobox.h"
#include "ui/wizards/validatedfield.h"

#include <QFormLayout>
#include <QJsonObject>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {
const Core::ResourceRef kConfigMaps { QString(), QStringLiteral("v1"), QStringLiteral("configmaps"), true };
}

ConfigMapWizard::ConfigMapWizard(Core::ClusterConnection *connection, const QString &namespaceName, QWidget *parent)
    : ResourceWizard(connection, parent)
{
    setWindowTitle(tr("Create config map"));
    auto *page = new FormPage(tr("Config map"),
        tr("Settings for workloads, as keys and values they read as environment variables or files. "
           "Values may span several lines; files that are not text are kept as bytes."));
    m_name = new ValidatedField(&Core::MetadataValidation::dns1123Subdomain, page);
    m_name->edit()->setAccessibleName(tr("Name"));
    m_name->edit()->setPlaceholderText(tr("e.g. shop-settings"));
    m_project = new StoreComboBox(page);
    m_project->setAccessibleName(tr("Project"));
    m_editor = new KeyValueEditor(KeyValueEditor::Mode::MultiLine, page);
    m_editor->setKeyValidator(&ConfigWizardSupport::configKeyProblems);
    m_editor->setSizeLimit(SizeLimit);
    m_editor->setAccessibleName(tr("Keys and values"));
    m_editor->addEntry({});

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Project:"), m_project);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_editor, 1);
    page->addField(m_name);
    page->addCheck([this] { return m_editor->isValid(); });
    connect(m_editor, &KeyValueEditor::changed, page, &QWizardPage::completeChanged);
    setPage(DataPage, page);
    addReviewPage();
    bindField(0, QStringLiteral("metadata.name"), m_name, DataPage);

    if (connection) {
        m_project->setStore(connection->store(ConfigWizardSupport::namespaces()), {},
            [namespaceName](const QJsonObject &ns) { return Core::ObjectStore::keyOf(ns) == namespaceName; });
    }
}

QList<Core::PlannedObject> ConfigMapWizard::plannedObjects() const
{
    QJsonObject data;
    QJsonObject binaryData;
    for (const KeyValueEditor::Entry &entry : m_editor->entries()) {
        if (entry.binary) {
            binaryData.insert(entry.key, QString::fromLatin1(entry.value.toBase64()));
        } else {
            data.insert(entry.key, QString::fromUtf8(entry.value));
        }
    }
    QJsonObject object { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
        { QStringLiteral("kind"), QStringLiteral("ConfigMap") },
        { QStringLiteral("metadata"),
            QJsonObject { { QStringLiteral("name"), m_name->text() },
                { QStringLiteral("namespace"), m_project->currentName() } } } };
    if (!data.isEmpty()) {
        object.insert(QStringLiteral("data"), data);
    }
    if (!binaryData.isEmpty()) {
        object.insert(QStringLiteral("binaryData"), binaryData);
    }
    return { { kConfigMaps, object } };
}

bool ConfigMapWizard::loadObjects(const QList<QJsonObject> &objects, QString *whyNot)
{
    Q_UNUSED(whyNot)
    for (const QJsonObject &object : objects) {
        if (object.value(QLatin1String("kind")).toString() != QLatin1String("ConfigMap")) {
            continue;
        }
        const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
        m_name->setText(metadata.value(QLatin1String("name")).toString());
        m_project->selectName(metadata.value(QLatin1String("namespace")).toString());
        QList<KeyValueEditor::Entry> entries;
        const QJsonObject data = object.value(QLatin1String("data")).toObject();
        for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
            entries.append({ it.key(), it.value().toString().toUtf8(), false });
        }
        const QJsonObject binaryData = object.value(QLatin1String("binaryData")).toObject();
        for (auto it = binaryData.constBegin(); it != binaryData.constEnd(); ++it) {
            entries.append({ it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()), true });
        }
        m_editor->setEntries(entries);
        break;
    }
    return true;
}

} // namespace Sextant::Ui
