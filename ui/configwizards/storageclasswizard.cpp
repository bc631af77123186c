// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/configwizards/storageclasswizard.h"

#include "core/api/permissions.h"
#include "core/metadata/metadatavalidation.h"
#include "core/watch/objectstore.h"
#include "ui/configwizards/configwizardsupport.h"
#include "ui/configwizards/keyvalueeditor.h"
#include "ui/wizards/formpage.h"
#include "ui/wizards/validatedfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace Sextant::Ui {

namespace {
const Core::ResourceRef kStorageClasses { QStringLiteral("storage.k8s.io"), QStringLiteral("v1"),
    QStringLiteral("storageclasses"), false };
const QString kBetaDefaultAnnotation = QStringLiteral("storageclass.beta.kubernetes.io/is-default-class");

bool isDefault(const QJsonObject &storageClass)
{
    const QJsonObject annotations
        = storageClass.value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations")).toObject();
    return annotations.value(QLatin1String(StorageClassWizard::DefaultAnnotation)).toString() == QLatin1String("true")
        || annotations.value(kBetaDefaultAnnotation).toString() == QLatin1String("true");
}

QStringList provisionerProblems(const QString &text)
{
    // The apiserver wants a qualified name (csi.example.com, kubernetes.io/aws-ebs).
    if (text.trimmed().isEmpty()) {
        return { QCoreApplication::translate("Sextant::Ui::StorageClassWizard", "required") };
    }
    return Core::MetadataValidation::qualifiedName(text.trimmed());
}

void colour(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, ConfigWizardSupport::problemColour());
    label->setPalette(palette);
}
} // namespace

StorageClassWizard::StorageClassWizard(Core::ClusterConnection *connection, QWidget *parent)
    : ResourceWizard(connection, parent)
{
    setWindowTitle(tr("Create storage class"));
    auto *page = new FormPage(tr("Storage class"),
        tr("Where volumes come from: the provisioner that makes them and how. Claims name a class, or get the "
           "default one."));
    m_classPage = page;
    m_permission = new QLabel(page);
    m_permission->setWordWrap(true);
    m_permission->setTextFormat(Qt::PlainText);
    colour(m_permission);
    m_permission->hide();
    m_name = new ValidatedField(&Core::MetadataValidation::dns1123Subdomain, page);
    m_name->edit()->setAccessibleName(tr("Name"));
    m_name->edit()->setPlaceholderText(tr("e.g. fast-ssd"));
    m_provisioner = new QComboBox(page);
    m_provisioner->setEditable(true);
    m_provisioner->setInsertPolicy(QComboBox::NoInsert);
    m_provisioner->setAccessibleName(tr("Provisioner"));
    m_provisioner->lineEdit()->setPlaceholderText(tr("e.g. ebs.csi.aws.com"));
    auto *provisionerProblem = new QLabel(page);
    provisionerProblem->setTextFormat(Qt::PlainText);
    colour(provisionerProblem);
    provisionerProblem->hide();
    m_reclaimPolicy = new QComboBox(page);
    m_reclaimPolicy->setAccessibleName(tr("Reclaim policy"));
    m_reclaimPolicy->addItem(tr("Delete (the volume goes with its claim)"), QStringLiteral("Delete"));
    m_reclaimPolicy->addItem(tr("Retain (the volume stays for an admin)"), QStringLiteral("Retain"));
    m_bindingMode = new QComboBox(page);
    m_bindingMode->setAccessibleName(tr("Volume binding mode"));
    m_bindingMode->addItem(tr("Immediate (when the claim is made)"), QStringLiteral("Immediate"));
    m_bindingMode->addItem(
        tr("WaitForFirstConsumer (where its first pod runs)"), QStringLiteral("WaitForFirstConsumer"));
    m_allowExpansion = new QCheckBox(tr("Claims may &grow (allowVolumeExpansion)"), page);
    m_default = new QCheckBox(tr("&Default class for claims that name none"), page);
    m_defaultWarning = new QLabel(page);
    m_defaultWarning->setWordWrap(true);
    m_defaultWarning->setTextFormat(Qt::PlainText);
    colour(m_defaultWarning);
    m_defaultWarning->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    // One field widget for the combo and its problem, so a hidden problem takes no row.
    auto *provisionerBox = new QWidget(page);
    auto *provisionerLayout = new QVBoxLayout(provisionerBox);
    provisionerLayout->setContentsMargins(0, 0, 0, 0);
    provisionerLayout->setSpacing(2);
    provisionerLayout->addWidget(m_provisioner);
    provisionerLayout->addWidget(provisionerProblem);
    provisionerBox->setFocusProxy(m_provisioner);
    form->addRow(tr("&Provisioner:"), provisionerBox);
    form->addRow(tr("&Reclaim policy:"), m_reclaimPolicy);
    form->addRow(tr("&Binding mode:"), m_bindingMode);
    form->addRow(QString(), m_allowExpansion);
    form->addRow(QString(), m_default);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_permission);
    layout->addLayout(form);
    layout->addWidget(m_defaultWarning);
    layout->addStretch(1);
    page->addField(m_name);
    page->addCheck([this] { return m_allowed && provisionerProblems(m_provisioner->currentText()).isEmpty(); });
    connect(m_provisioner, &QComboBox::currentTextChanged, page, [page, provisionerProblem](const QString &text) {
        provisionerProblem->setText(text.isEmpty() ? QString() : provisionerProblems(text).join(QStringLiteral("; ")));
        provisionerProblem->setVisible(!provisionerProblem->text().isEmpty());
        Q_EMIT page->completeChanged();
    });
    connect(m_default, &QCheckBox::toggled, this, &StorageClassWizard::updateDefaultWarning);
    setPage(ClassPage, page);

    auto *parametersPage = new FormPage(tr("Parameters"),
        tr("Optional settings the provisioner understands (type, fsType, replication, ...); see its "
           "documentation."));
    m_parameters = new KeyValueEditor(KeyValueEditor::Mode::SingleLine, parametersPage);
    m_parameters->setKeyValidator([](const QString &key) {
        return key.isEmpty() ? QStringList() : Core::MetadataValidation::qualifiedName(key);
    });
    auto *parametersLayout = new QVBoxLayout(parametersPage);
    parametersLayout->addWidget(m_parameters, 1);
    parametersPage->addCheck([this] { return m_parameters->isValid(); });
    connect(m_parameters, &KeyValueEditor::changed, parametersPage, &QWizardPage::completeChanged);
    setPage(ParametersPage, parametersPage);
    addReviewPage();
    bindField(0, QStringLiteral("metadata.name"), m_name, ClassPage);

    if (connection) {
        m_store = connection->store(kStorageClasses);
        connect(m_store, &Core::ObjectStore::changed, this, &StorageClassWizard::refreshFromStore);
        refreshFromStore();
        checkPermission();
    }
}

void StorageClassWizard::checkPermission()
{
    Core::Permissions *permissions = connection() ? connection()->permissions() : nullptr;
    if (!permissions) {
        return;
    }
    permissions->can(QStringLiteral("create"), kStorageClasses, QString(), QString(), QString(), this,
        [this](const Core::AccessDecision &decision) {
            m_allowed = decision.allowed;
            if (!decision.allowed) {
                m_permission->setText(
                    tr("You may not create storage classes: that needs permission to create storageclasses "
                       "(storage.k8s.io) in the whole cluster, which cluster admins have.%1")
                        .arg(decision.reason.isEmpty() ? QString() : QStringLiteral(" (") + decision.reason + u')'));
                m_permission->show();
            }
            Q_EMIT m_classPage->completeChanged();
        });
}

void StorageClassWizard::refreshFromStore()
{
    QStringList provisioners;
    for (const QString &key : m_store->keys()) {
        const QString provisioner = m_store->object(key).value(QLatin1String("provisioner")).toString();
        if (!provisioner.isEmpty() && !provisioners.contains(provisioner)) {
            provisioners.append(provisioner);
        }
    }
    std::sort(provisioners.begin(), provisioners.end());
    const QString typed = m_provisioner->currentText();
    const QSignalBlocker blocker(m_provisioner);
    m_provisioner->clear();
    m_provisioner->addItems(provisioners);
    m_provisioner->setCurrentText(typed.isEmpty() ? provisioners.value(0) : typed);
    Q_EMIT m_provisioner->currentTextChanged(m_provisioner->currentText());
    updateDefaultWarning();
}

QStringList StorageClassWizard::currentDefaults() const
{
    QStringList defaults;
    if (!m_store) {
        return defaults;
    }
    for (const QString &key : m_store->keys()) {
        if (isDefault(m_store->object(key)) && key != m_name->text()) {
            defaults.append(key);
        }
    }
    std::sort(defaults.begin(), defaults.end());
    return defaults;
}

void StorageClassWizard::updateDefaultWarning()
{
    const QStringList others = currentDefaults();
    if (!m_default->isChecked() || others.isEmpty()) {
        m_defaultWarning->hide();
        return;
    }
    m_defaultWarning->setText(
        tr("%1 is the default already. With two defaults, claims without a class get the newest one; "
           "consider unmarking %1 (edit its annotation %2).")
            .arg(others.join(QStringLiteral(", ")), QLatin1String(DefaultAnnotation)));
    m_defaultWarning->show();
}

QList<Core::PlannedObject> StorageClassWizard::plannedObjects() const
{
    QJsonObject metadata { { QStringLiteral("name"), m_name->text() } };
    if (m_default->isChecked()) {
        metadata.insert(QStringLiteral("annotations"),
            QJsonObject { { QLatin1String(DefaultAnnotation), QStringLiteral("true") } });
    }
    QJsonObject object { { QStringLiteral("apiVersion"), QStringLiteral("storage.k8s.io/v1") },
        { QStringLiteral("kind"), QStringLiteral("StorageClass") }, { QStringLiteral("metadata"), metadata },
        { QStringLiteral("provisioner"), m_provisioner->currentText().trimmed() },
        { QStringLiteral("reclaimPolicy"), m_reclaimPolicy->currentData().toString() },
        { QStringLiteral("volumeBindingMode"), m_bindingMode->currentData().toString() } };
    if (m_allowExpansion->isChecked()) {
        object.insert(QStringLiteral("allowVolumeExpansion"), true);
    }
    QJsonObject parameters;
    for (const KeyValueEditor::Entry &entry : m_parameters->entries()) {
        parameters.insert(entry.key, QString::fromUtf8(entry.value));
    }
    if (!parameters.isEmpty()) {
        object.insert(QStringLiteral("parameters"), parameters);
    }
    return { { kStorageClasses, object } };
}

bool StorageClassWizard::loadObjects(const QList<QJsonObject> &objects, QString *whyNot)
{
    Q_UNUSED(whyNot)
    for (const QJsonObject &object : objects) {
        if (object.value(QLatin1String("kind")).toString() != QLatin1String("StorageClass")) {
            continue;
        }
        m_name->setText(object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString());
        m_provisioner->setCurrentText(object.value(QLatin1String("provisioner")).toString());
        m_reclaimPolicy->setCurrentIndex(std::max(0,
            m_reclaimPolicy->findData(
                object.value(QLatin1String("reclaimPolicy")).toString(QStringLiteral("Delete")))));
        m_bindingMode->setCurrentIndex(std::max(0,
            m_bindingMode->findData(
                object.value(QLatin1String("volumeBindingMode")).toString(QStringLiteral("Immediate")))));
        m_allowExpansion->setChecked(object.value(QLatin1String("allowVolumeExpansion")).toBool());
        m_default->setChecked(isDefault(object));
        QList<KeyValueEditor::Entry> entries;
        const QJsonObject parameters = object.value(QLatin1String("parameters")).toObject();
        for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it) {
            entries.append({ it.key(), it.value().toString().toUtf8(), false });
        }
        m_parameters->setEntries(entries);
        break;
    }
    return true;
}

} // namespace Sextant::Ui
