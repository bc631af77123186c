// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/basicsform.h"

#include "core/cluster/clusterconnection.h"
#include "core/metadata/metadatavalidation.h"
#include "core/watch/objectstore.h"
#include "ui/wizards/storecombobox.h"
#include "ui/wizards/validatedfield.h"
#include "ui/workloadwizard/keyvaluerow.h"
#include "ui/workloadwizard/projectstores.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace Sextant::Ui {

namespace {
FormRow *makeLabelRow(QWidget *parent)
{
    return new KeyValueRow(&Core::MetadataValidation::labelKey, &Core::MetadataValidation::labelValue, parent);
}
} // namespace

WorkloadBasicsForm::WorkloadBasicsForm(
    Core::ClusterConnection *connection, const QString &namespaceName, QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_name(new ValidatedField(&Core::MetadataValidation::dns1123Subdomain, this))
    , m_project(new StoreComboBox(this))
    , m_labels(new RowList(&makeLabelRow, tr("Add &label"), this))
    , m_description(new QLineEdit(this))
{
    m_kind->addItem(tr("Deployment — identical pods, rolled out gradually"), QStringLiteral("Deployment"));
    m_kind->addItem(tr("StatefulSet — numbered pods with their own volumes"), QStringLiteral("StatefulSet"));
    m_kind->addItem(tr("DaemonSet — one pod on every matching node"), QStringLiteral("DaemonSet"));
    m_kind->setAccessibleName(tr("Kind"));
    m_name->edit()->setAccessibleName(tr("Name"));
    m_name->edit()->setPlaceholderText(tr("e.g. web"));
    m_project->setAccessibleName(tr("Project"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("What this workload is for (optional)"));
    addLabel(QStringLiteral("app"), QString());

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Project:"), m_project);
    form->addRow(tr("Labels:"), m_labels);
    form->addRow(tr("&Description:"), m_description);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        Q_EMIT kindChanged();
        Q_EMIT changed();
    });
    connect(m_name, &ValidatedField::validityChanged, this, [this] {
        // The default "app" label follows the name until the user changes it.
        const QList<KeyValueRow *> rows = m_labels->rowsAs<KeyValueRow>();
        if (!rows.isEmpty() && rows.first()->key()->text() == QLatin1String("app")
            && rows.first()->value()->text() == m_previousName.left(63)) {
            rows.first()->value()->setText(name().left(63));
        }
        m_previousName = name();
        Q_EMIT changed();
    });
    connect(m_project, &QComboBox::currentIndexChanged, this, &WorkloadBasicsForm::noteNamespace);
    connect(m_labels, &RowList::changed, this, &WorkloadBasicsForm::changed);
    connect(m_description, &QLineEdit::textChanged, this, &WorkloadBasicsForm::changed);

    if (connection) {
        m_project->setStore(connection->store(ProjectStores::Namespaces), {},
            [namespaceName](const QJsonObject &ns) { return Core::ObjectStore::keyOf(ns) == namespaceName; });
        // The combo box fills itself with its signals blocked: look after each fill.
        connect(connection->store(ProjectStores::Namespaces), &Core::ObjectStore::changed, this,
            &WorkloadBasicsForm::noteNamespace);
    }
}

void WorkloadBasicsForm::noteNamespace()
{
    if (namespaceName() == m_lastNamespace) {
        return;
    }
    m_lastNamespace = namespaceName();
    Q_EMIT namespaceChanged();
    Q_EMIT changed();
}

void WorkloadBasicsForm::addLabel(const QString &key, const QString &value)
{
    auto *row = static_cast<KeyValueRow *>(m_labels->addRow());
    row->key()->setText(key);
    row->value()->setText(value);
}

QString WorkloadBasicsForm::kind() const
{
    return m_kind->currentData().toString();
}

void WorkloadBasicsForm::setKind(const QString &kind)
{
    const int index = m_kind->findData(kind);
    if (index >= 0) {
        m_kind->setCurrentIndex(index);
    }
}

QString WorkloadBasicsForm::name() const
{
    return m_name->text();
}

QString WorkloadBasicsForm::namespaceName() const
{
    return m_project->currentName();
}

bool WorkloadBasicsForm::isValid() const
{
    return m_name->isValid() && m_labels->isValid() && !namespaceName().isEmpty();
}

QJsonObject WorkloadBasicsForm::toJson() const
{
    QJsonObject metadata { { QStringLiteral("name"), name() }, { QStringLiteral("namespace"), namespaceName() } };
    const QJsonObject labels = KeyValueRow::mapOf(m_labels->toJson());
    if (!labels.isEmpty()) {
        metadata.insert(QStringLiteral("labels"), labels);
    }
    if (!m_description->text().trimmed().isEmpty()) {
        metadata.insert(
            QStringLiteral("annotations"), QJsonObject { { DescriptionAnnotation, m_description->text().trimmed() } });
    }
    return { { QStringLiteral("kind"), kind() }, { QStringLiteral("metadata"), metadata } };
}

void WorkloadBasicsForm::load(const QJsonObject &workload)
{
    const QJsonObject metadata = workload.value(QLatin1String("metadata")).toObject();
    setKind(workload.value(QLatin1String("kind")).toString());
    m_previousName.clear(); // the loaded labels are the truth, not the name
    m_labels->clear();
    m_name->setText(metadata.value(QLatin1String("name")).toString());
    m_project->selectName(metadata.value(QLatin1String("namespace")).toString());
    noteNamespace();
    m_labels->load(KeyValueRow::rowsOf(metadata.value(QLatin1String("labels")).toObject()));
    m_previousName = name();
    m_description->setText(
        metadata.value(QLatin1String("annotations")).toObject().value(DescriptionAnnotation).toString());
}

} // namespace Sextant::Ui
