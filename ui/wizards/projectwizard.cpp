// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/wizards/projectwizard.h"

#include "core/metadata/metadatavalidation.h"
#include "core/quantity/quantity.h"
#include "ui/wizards/formpage.h"
#include "ui/wizards/validatedfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>

namespace Sextant::Ui {

namespace {
// KubeSphere's annotations for a project's display name and description.
const QString kAliasAnnotation = QStringLiteral("kubesphere.io/alias-name");
const QString kDescriptionAnnotation = QStringLiteral("kubesphere.io/description");
const QStringList kQuotaResources { QStringLiteral("requests.cpu"), QStringLiteral("requests.memory"),
    QStringLiteral("limits.cpu"), QStringLiteral("limits.memory"), QStringLiteral("pods") };
const QStringList kLimitKeys { QStringLiteral("defaultRequest.cpu"), QStringLiteral("defaultRequest.memory"),
    QStringLiteral("default.cpu"), QStringLiteral("default.memory") };
const QStringList kRoles { QStringLiteral("admin"), QStringLiteral("edit"), QStringLiteral("view") };
const QStringList kSubjectKinds { QStringLiteral("User"), QStringLiteral("Group"), QStringLiteral("ServiceAccount") };

QStringList quantityProblems(const QString &text)
{
    if (Core::Quantity::parse(text)) {
        return {};
    }
    return { QCoreApplication::translate(
        "Sextant::Ui::ProjectWizard", "must be a quantity such as 500m, 2, 512Mi or 4Gi") };
}

QStringList countProblems(const QString &text)
{
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (ok && value >= 0) {
        return {};
    }
    return { QCoreApplication::translate("Sextant::Ui::ProjectWizard", "must be a whole number, 0 or more") };
}

// A RoleBinding name from the member: lower case, invalid characters as '-'.
QString bindingName(const QString &role, const QString &kind, const QString &name)
{
    QString cleaned;
    for (const QChar c : name.toLower()) {
        cleaned.append(c.isLetterOrNumber() && c.unicode() < 128 ? c : QLatin1Char('-'));
    }
    QString result = role + QLatin1Char('-') + kind.toLower() + QLatin1Char('-') + cleaned;
    result.truncate(253);
    while (result.endsWith(QLatin1Char('-'))) {
        result.chop(1);
    }
    return result;
}

QJsonObject metadata(const QString &name, const QString &namespaceName)
{
    return { { QStringLiteral("name"), name }, { QStringLiteral("namespace"), namespaceName } };
}

} // namespace

ProjectWizard::ProjectWizard(Core::ClusterConnection *connection, QWidget *parent)
    : ResourceWizard(connection, parent)
{
    setWindowTitle(tr("Create project"));
    setPage(BasicPage, createBasicPage());
    setPage(QuotaPage, createQuotaPage());
    setPage(LimitsPage, createLimitsPage());
    setPage(MembersPage, createMembersPage());
    addReviewPage();
    bindField(0, QStringLiteral("metadata.name"), m_name, BasicPage);
}

QWizardPage *ProjectWizard::createBasicPage()
{
    auto *basic = new FormPage(tr("Project"),
        tr("A project is a namespace: a place for workloads, with its own "
           "quota, limits and members."));
    m_name = new ValidatedField(&Core::MetadataValidation::dns1123Label, basic);
    m_name->edit()->setAccessibleName(tr("Name"));
    m_name->edit()->setPlaceholderText(tr("e.g. shop-staging"));
    m_displayName = new QLineEdit(basic);
    m_displayName->setAccessibleName(tr("Display name"));
    m_description = new QLineEdit(basic);
    m_description->setAccessibleName(tr("Description"));
    auto *form = new QFormLayout(basic);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(tr("D&escription:"), m_description);
    basic->addField(m_name);
    return basic;
}

QWizardPage *ProjectWizard::createQuotaPage()
{
    auto *quota = new FormPage(tr("Resource quota"),
        tr("Optional: the most the project's pods may request and use together (a ResourceQuota)."));
    m_quotaEnabled = new QCheckBox(tr("&Limit this project's resources"), quota);
    auto *form = new QFormLayout;
    const QStringList titles { tr("CPU requests:"), tr("Memory requests:"), tr("CPU limits:"), tr("Memory limits:"),
        tr("Pods:") };
    const QStringList examples { QStringLiteral("4"), QStringLiteral("8Gi"), QStringLiteral("8"),
        QStringLiteral("16Gi"), QStringLiteral("50") };
    for (qsizetype i = 0; i < kQuotaResources.size(); ++i) {
        const QString &resource = kQuotaResources.at(i);
        auto *field = new ValidatedField(
            resource == QLatin1String("pods") ? ValidatedField::Validator(&countProblems) : &quantityProblems, quota);
        field->setOptional(true);
        field->edit()->setPlaceholderText(examples.at(i));
        field->edit()->setAccessibleName(titles.at(i));
        field->setEnabled(false);
        form->addRow(titles.at(i), field);
        m_quota.insert(resource, field);
        quota->addField(field);
        bindField(1, QStringLiteral("spec.hard[%1]").arg(resource), field, QuotaPage);
        connect(m_quotaEnabled, &QCheckBox::toggled, field, &QWidget::setEnabled);
        connect(m_quotaEnabled, &QCheckBox::toggled, quota, &QWizardPage::completeChanged);
    }
    auto *layout = new QVBoxLayout(quota);
    layout->addWidget(m_quotaEnabled);
    layout->addLayout(form);
    layout->addStretch(1);
    return quota;
}

QWizardPage *ProjectWizard::createLimitsPage()
{
    auto *limits = new FormPage(tr("Default container limits"),
        tr("Optional: requests and limits given to containers that set none (a LimitRange). "
           "With a quota on CPU or memory, pods without them are refused unless defaults exist."));
    m_limitsEnabled = new QCheckBox(tr("&Set defaults for containers"), limits);
    auto *form = new QFormLayout;
    const QStringList titles { tr("Default CPU request:"), tr("Default memory request:"), tr("Default CPU limit:"),
        tr("Default memory limit:") };
    const QStringList examples { QStringLiteral("100m"), QStringLiteral("128Mi"), QStringLiteral("500m"),
        QStringLiteral("512Mi") };
    for (qsizetype i = 0; i < kLimitKeys.size(); ++i) {
        auto *field = new ValidatedField(&quantityProblems, limits);
        field->setOptional(true);
        field->edit()->setPlaceholderText(examples.at(i));
        field->edit()->setAccessibleName(titles.at(i));
        field->setEnabled(false);
        form->addRow(titles.at(i), field);
        m_limits.insert(kLimitKeys.at(i), field);
        limits->addField(field);
        connect(m_limitsEnabled, &QCheckBox::toggled, field, &QWidget::setEnabled);
        connect(m_limitsEnabled, &QCheckBox::toggled, limits, &QWizardPage::completeChanged);
    }
    auto *layout = new QVBoxLayout(limits);
    layout->addWidget(m_limitsEnabled);
    layout->addLayout(form);
    layout->addStretch(1);
    return limits;
}

QWizardPage *ProjectWizard::createMembersPage()
{
    auto *members = new FormPage(tr("Members"),
        tr("Optional: who may work in the project. Each member gets a RoleBinding to the built-in "
           "admin, edit or view role."));
    m_members = new QTableWidget(0, 3, members);
    m_members->setHorizontalHeaderLabels({ tr("Kind"), tr("Name"), tr("Role") });
    m_members->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_members->setColumnWidth(0, 170);
    m_members->setColumnWidth(2, 120);
    m_members->verticalHeader()->hide();
    m_members->setAccessibleName(tr("Members"));
    auto *add = new QPushButton(tr("&Add member"), members);
    auto *remove = new QPushButton(tr("&Remove member"), members);
    connect(add, &QPushButton::clicked, this, [this] { addMember(kSubjectKinds.first(), QString(), kRoles.at(1)); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_members->currentRow() >= 0) {
            m_members->removeRow(m_members->currentRow());
        }
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *hint = new QLabel(tr("Service accounts are named as project/name, or just name for this project."), members);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(members);
    layout->addWidget(m_members, 1);
    layout->addLayout(buttons);
    layout->addWidget(hint);
    return members;
}

void ProjectWizard::addMember(const QString &kind, const QString &name, const QString &role)
{
    const int row = m_members->rowCount();
    m_members->insertRow(row);
    auto *kindBox = new QComboBox(m_members);
    kindBox->addItems(kSubjectKinds);
    kindBox->setCurrentText(kind);
    kindBox->setAccessibleName(tr("Member kind"));
    auto *roleBox = new QComboBox(m_members);
    roleBox->addItems(kRoles);
    roleBox->setCurrentText(role);
    roleBox->setAccessibleName(tr("Member role"));
    m_members->setCellWidget(row, 0, kindBox);
    m_members->setItem(row, 1, new QTableWidgetItem(name));
    m_members->setCellWidget(row, 2, roleBox);
    m_members->setCurrentCell(row, 1);
}

QList<Core::PlannedObject> ProjectWizard::plannedObjects() const
{
    const QString name = m_name->text();
    QList<Core::PlannedObject> objects;

    QJsonObject annotations;
    if (!m_displayName->text().trimmed().isEmpty()) {
        annotations.insert(kAliasAnnotation, m_displayName->text().trimmed());
    }
    if (!m_description->text().trimmed().isEmpty()) {
        annotations.insert(kDescriptionAnnotation, m_description->text().trimmed());
    }
    QJsonObject namespaceMetadata { { QStringLiteral("name"), name } };
    if (!annotations.isEmpty()) {
        namespaceMetadata.insert(QStringLiteral("annotations"), annotations);
    }
    objects.append({ { QString(), QStringLiteral("v1"), QStringLiteral("namespaces"), false },
        { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
            { QStringLiteral("kind"), QStringLiteral("Namespace") },
            { QStringLiteral("metadata"), namespaceMetadata } } });

    if (m_quotaEnabled->isChecked()) {
        QJsonObject hard;
        for (const QString &resource : kQuotaResources) {
            const QString value = m_quota.value(resource)->text();
            if (!value.isEmpty()) {
                hard.insert(resource, value);
            }
        }
        objects.append({ { QString(), QStringLiteral("v1"), QStringLiteral("resourcequotas"), true },
            { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
                { QStringLiteral("kind"), QStringLiteral("ResourceQuota") },
                { QStringLiteral("metadata"), metadata(QStringLiteral("quota"), name) },
                { QStringLiteral("spec"), QJsonObject { { QStringLiteral("hard"), hard } } } } });
    }

    if (m_limitsEnabled->isChecked()) {
        QJsonObject limit { { QStringLiteral("type"), QStringLiteral("Container") } };
        for (const QString &key : kLimitKeys) {
            const QString value = m_limits.value(key)->text();
            if (value.isEmpty()) {
                continue;
            }
            const QString section = key.section(QLatin1Char('.'), 0, 0);
            QJsonObject values = limit.value(section).toObject();
            values.insert(key.section(QLatin1Char('.'), 1), value);
            limit.insert(section, values);
        }
        objects.append({ { QString(), QStringLiteral("v1"), QStringLiteral("limitranges"), true },
            { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
                { QStringLiteral("kind"), QStringLiteral("LimitRange") },
                { QStringLiteral("metadata"), metadata(QStringLiteral("default-limits"), name) },
                { QStringLiteral("spec"), QJsonObject { { QStringLiteral("limits"), QJsonArray { limit } } } } } });
    }

    for (int row = 0; row < m_members->rowCount(); ++row) {
        const QString kind = static_cast<QComboBox *>(m_members->cellWidget(row, 0))->currentText();
        const QString role = static_cast<QComboBox *>(m_members->cellWidget(row, 2))->currentText();
        const QString member = m_members->item(row, 1) ? m_members->item(row, 1)->text().trimmed() : QString();
        if (member.isEmpty()) {
            continue;
        }
        QJsonObject subject { { QStringLiteral("kind"), kind } };
        if (kind == QLatin1String("ServiceAccount")) {
            subject.insert(QStringLiteral("name"), member.section(QLatin1Char('/'), -1));
            subject.insert(QStringLiteral("namespace"),
                member.contains(QLatin1Char('/')) ? member.section(QLatin1Char('/'), 0, 0) : name);
        } else {
            subject.insert(QStringLiteral("apiGroup"), QStringLiteral("rbac.authorization.k8s.io"));
            subject.insert(QStringLiteral("name"), member);
        }
        objects.append({ { QStringLiteral("rbac.authorization.k8s.io"), QStringLiteral("v1"),
                             QStringLiteral("rolebindings"), true },
            { { QStringLiteral("apiVersion"), QStringLiteral("rbac.authorization.k8s.io/v1") },
                { QStringLiteral("kind"), QStringLiteral("RoleBinding") },
                { QStringLiteral("metadata"), metadata(bindingName(role, kind, member), name) },
                { QStringLiteral("roleRef"),
                    QJsonObject { { QStringLiteral("apiGroup"), QStringLiteral("rbac.authorization.k8s.io") },
                        { QStringLiteral("kind"), QStringLiteral("ClusterRole") }, { QStringLiteral("name"), role } } },
                { QStringLiteral("subjects"), QJsonArray { subject } } } });
    }
    return objects;
}

bool ProjectWizard::loadObjects(const QList<QJsonObject> &objects, QString *whyNot)
{
    m_members->setRowCount(0);
    bool allMapped = true;
    for (const QJsonObject &object : objects) {
        const QString kind = object.value(QLatin1String("kind")).toString();
        const QJsonObject meta = object.value(QLatin1String("metadata")).toObject();
        const QJsonObject spec = object.value(QLatin1String("spec")).toObject();
        if (kind == QLatin1String("Namespace")) {
            m_name->setText(meta.value(QLatin1String("name")).toString());
            const QJsonObject annotations = meta.value(QLatin1String("annotations")).toObject();
            m_displayName->setText(annotations.value(kAliasAnnotation).toString());
            m_description->setText(annotations.value(kDescriptionAnnotation).toString());
        } else if (kind == QLatin1String("ResourceQuota")) {
            const QJsonObject hard = spec.value(QLatin1String("hard")).toObject();
            for (const QString &resource : kQuotaResources) {
                m_quota.value(resource)->setText(hard.value(resource).toVariant().toString());
            }
            allMapped = allMapped && hard.size() <= kQuotaResources.size();
        } else if (kind == QLatin1String("LimitRange")) {
            const QJsonObject limit = spec.value(QLatin1String("limits")).toArray().first().toObject();
            for (const QString &key : kLimitKeys) {
                m_limits.value(key)->setText(limit.value(key.section(QLatin1Char('.'), 0, 0))
                                                 .toObject()
                                                 .value(key.section(QLatin1Char('.'), 1))
                                                 .toString());
            }
        } else if (kind == QLatin1String("RoleBinding")) {
            const QJsonObject subject = object.value(QLatin1String("subjects")).toArray().first().toObject();
            QString member = subject.value(QLatin1String("name")).toString();
            if (subject.value(QLatin1String("kind")).toString() == QLatin1String("ServiceAccount")) {
                member = subject.value(QLatin1String("namespace")).toString() + QLatin1Char('/') + member;
            }
            addMember(subject.value(QLatin1String("kind")).toString(), member,
                object.value(QLatin1String("roleRef")).toObject().value(QLatin1String("name")).toString());
        }
    }
    if (!allMapped) {
        *whyNot = tr("quota entries beyond CPU, memory and pods");
    }
    return allMapped;
}

} // namespace Sextant::Ui
