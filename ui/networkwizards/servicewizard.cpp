// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/networkwizards/servicewizard.h"

#include "core/metadata/metadatavalidation.h"
#include "core/relations/labelselector.h"
#include "core/watch/objectstore.h"
#include "ui/networkwizards/networkvalidation.h"
#include "ui/networkwizards/serviceform.h"
#include "ui/wizards/formpage.h"
#include "ui/wizards/storecombobox.h"
#include "ui/wizards/validatedfield.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Sextant::Ui {

namespace {
const Core::ResourceRef kServices { QString(), QStringLiteral("v1"), QStringLiteral("services"), true };
const Core::ResourceRef kPods { QString(), QStringLiteral("v1"), QStringLiteral("pods"), true };
const Core::ResourceRef kNamespaces { QString(), QStringLiteral("v1"), QStringLiteral("namespaces"), false };
// The workloads a Service usually fronts, in menu order, with their kinds.
const QList<QPair<QString, QString>> kWorkloadKinds {
    { QStringLiteral("deployments"), QStringLiteral("Deployment") },
    { QStringLiteral("statefulsets"), QStringLiteral("StatefulSet") },
    { QStringLiteral("daemonsets"), QStringLiteral("DaemonSet") },
};

Core::ResourceRef workloadRef(const QString &resource)
{
    return { QStringLiteral("apps"), QStringLiteral("v1"), resource, true };
}

// "app=web, tier=frontend" -> {app: web, tier: frontend}; problems in the apiserver's words.
QJsonObject parseLabels(const QString &text, QStringList *problems)
{
    QJsonObject labels;
    const QStringList pairs = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const QString trimmed = pair.trimmed();
        if (trimmed.isEmpty()) {
            continue;
        }
        const qsizetype equals = trimmed.indexOf(QLatin1Char('='));
        if (equals < 0) {
            problems->append(
                QCoreApplication::translate("Sextant::Ui::ServiceWizard", "\"%1\" is not key=value").arg(trimmed));
            continue;
        }
        const QString key = trimmed.left(equals).trimmed();
        const QString value = trimmed.mid(equals + 1).trimmed();
        for (const QString &problem : Core::MetadataValidation::labelKey(key)) {
            problems->append(key + QStringLiteral(": ") + problem);
        }
        for (const QString &problem : Core::MetadataValidation::labelValue(value)) {
            problems->append(value + QStringLiteral(": ") + problem);
        }
        if (labels.contains(key)) {
            problems->append(QCoreApplication::translate("Sextant::Ui::ServiceWizard", "%1: given twice").arg(key));
        }
        labels.insert(key, value);
    }
    return labels;
}

QString labelsText(const QJsonObject &labels)
{
    QStringList pairs;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        pairs.append(it.key() + QLatin1Char('=') + it.value().toString());
    }
    return pairs.join(QStringLiteral(", "));
}

QJsonObject podTemplate(const QJsonObject &workload)
{
    return workload.value(QLatin1String("spec")).toObject().value(QLatin1String("template")).toObject();
}
} // namespace

ServiceWizard::ServiceWizard(Core::ClusterConnection *connection, const QString &namespaceName, QWidget *parent)
    : ResourceWizard(connection, parent)
{
    setWindowTitle(tr("Create service"));
    setPage(BasicPage, createBasicPage());
    setPage(SelectorPage, createSelectorPage());
    setPage(PortsPage, createPortsPage());
    addReviewPage();

    bindField(0, QStringLiteral("metadata.name"), m_name, BasicPage);
    bindField(0, QStringLiteral("spec.selector"), m_selector, SelectorPage);
    m_form->bindTo(this, 0, PortsPage);

    if (connection) {
        m_project->setStore(connection->store(kNamespaces), {},
            [namespaceName](const QJsonObject &ns) { return Core::ObjectStore::keyOf(ns) == namespaceName; });
    }
    // StoreComboBox refills without signals: follow the projects store as well.
    connect(m_project, &QComboBox::currentIndexChanged, this, &ServiceWizard::watchProject);
    if (connection) {
        connect(connection->store(kNamespaces), &Core::ObjectStore::changed, this, &ServiceWizard::watchProject);
    }
    watchProject();
}

QWizardPage *ServiceWizard::createBasicPage()
{
    auto *page = new FormPage(tr("Service"),
        tr("A stable name and address for a set of pods. Service names start with a letter: they become DNS "
           "names."));
    m_name = new ValidatedField(&NetworkValidation::dns1035Label, page);
    m_name->edit()->setAccessibleName(tr("Name"));
    m_name->edit()->setPlaceholderText(tr("e.g. web"));
    m_project = new StoreComboBox(page);
    m_project->setAccessibleName(tr("Project"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Project:"), m_project);
    page->addField(m_name);
    return page;
}

QWizardPage *ServiceWizard::createSelectorPage()
{
    auto *page = new FormPage(tr("Pods"),
        tr("The service sends traffic to the pods whose labels match its selector. Pick a workload to use its "
           "pod labels, or type labels; the pods selected right now are listed below."));
    m_workload = new QComboBox(page);
    m_workload->setAccessibleName(tr("Workload"));
    m_selector = new ValidatedField(
        [](const QString &text) {
            QStringList problems;
            parseLabels(text, &problems);
            return problems;
        },
        page);
    m_selector->setOptional(true);
    m_selector->edit()->setAccessibleName(tr("Selector"));
    m_selector->edit()->setPlaceholderText(tr("e.g. app=web, tier=frontend"));
    m_matchSummary = new QLabel(page);
    m_matchSummary->setWordWrap(true);
    m_matchSummary->setAccessibleName(tr("Selected pods"));
    m_matchedPods = new QListWidget(page);
    m_matchedPods->setAccessibleName(tr("Pods the selector selects"));
    m_matchedPods->setSelectionMode(QAbstractItemView::NoSelection);

    auto *form = new QFormLayout;
    form->addRow(tr("&Workload:"), m_workload);
    form->addRow(tr("&Selector:"), m_selector);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_matchSummary);
    layout->addWidget(m_matchedPods, 1);
    page->addField(m_selector);

    connect(m_workload, &QComboBox::activated, this, &ServiceWizard::workloadChosen);
    connect(m_selector->edit(), &QLineEdit::textChanged, this, &ServiceWizard::refreshMatches);
    return page;
}

QWizardPage *ServiceWizard::createPortsPage()
{
    auto *page = new FormPage(
        tr("Type and ports"), tr("How the service is reached and which ports it forwards to the pods' target ports."));
    m_form = new ServiceForm(page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_form);
    layout->addStretch(1);
    page->addCheck([this] { return m_form->isValid(); });
    connect(m_form, &ServiceForm::validityChanged, page, &FormPage::recheck);
    return page;
}

void ServiceWizard::watchProject()
{
    const QString project = m_project->currentName();
    if (project == m_watchedProject) {
        return;
    }
    m_watchedProject = project;
    for (const auto &store : std::as_const(m_workloadStores)) {
        if (store) {
            disconnect(store, nullptr, this, nullptr);
        }
    }
    if (m_pods) {
        disconnect(m_pods, nullptr, this, nullptr);
    }
    m_workloadStores.clear();
    m_pods = nullptr;
    if (connection() && !project.isEmpty()) {
        for (const auto &[resource, kind] : kWorkloadKinds) {
            Core::ObjectStore *store = connection()->store(workloadRef(resource), project);
            m_workloadStores.insert(resource, store);
            connect(store, &Core::ObjectStore::changed, this, &ServiceWizard::refillWorkloads);
        }
        m_pods = connection()->store(kPods, project);
        connect(m_pods, &Core::ObjectStore::changed, this, &ServiceWizard::refreshMatches);
    }
    refillWorkloads();
    refreshMatches();
}

void ServiceWizard::refillWorkloads()
{
    const QString chosen = m_workload->currentData().toString();
    const QSignalBlocker blocker(m_workload);
    m_workload->clear();
    m_workload->addItem(tr("None: type the labels"), QString());
    for (const auto &[resource, kind] : kWorkloadKinds) {
        const Core::ObjectStore *store = m_workloadStores.value(resource);
        QStringList names;
        for (const QString &key : store ? store->keys() : QStringList()) {
            names.append(key.section(QLatin1Char('/'), -1));
        }
        std::sort(names.begin(), names.end());
        for (const QString &name : std::as_const(names)) {
            m_workload->addItem(kind + QLatin1Char(' ') + name, QString(resource + QLatin1Char('/') + name));
        }
    }
    m_workload->setCurrentIndex(std::max(0, m_workload->findData(chosen)));
}

QJsonObject ServiceWizard::workloadObject(const QString &key) const
{
    const Core::ObjectStore *store = m_workloadStores.value(key.section(QLatin1Char('/'), 0, 0));
    return store ? store->object(m_watchedProject + QLatin1Char('/') + key.section(QLatin1Char('/'), 1))
                 : QJsonObject();
}

bool ServiceWizard::selectWorkload(const QString &resource, const QString &name)
{
    const int index = m_workload->findData(QString(resource + QLatin1Char('/') + name));
    if (index < 0) {
        return false;
    }
    m_workload->setCurrentIndex(index);
    workloadChosen();
    return true;
}

void ServiceWizard::workloadChosen()
{
    const QJsonObject workload = workloadObject(m_workload->currentData().toString());
    if (workload.isEmpty()) {
        return;
    }
    const QJsonObject podTemplateSpec = podTemplate(workload);
    m_selector->setText(labelsText(
        podTemplateSpec.value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")).toObject()));
    m_form->usePorts(ServiceForm::containerPortsOf(podTemplateSpec.value(QLatin1String("spec")).toObject()));
    if (m_name->text().isEmpty()) {
        m_name->setText(workload.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString());
    }
}

QJsonObject ServiceWizard::selector() const
{
    QStringList problems;
    return parseLabels(m_selector->text(), &problems);
}

void ServiceWizard::refreshMatches()
{
    m_matchedPods->clear();
    const QJsonObject labels = selector();
    if (labels.isEmpty() || !m_selector->isValid()) {
        m_matchSummary->setText(m_selector->isValid()
                ? tr("Without a selector the service selects no pods; its endpoints are managed by hand.")
                : tr("Fix the selector to see which pods it selects."));
        return;
    }
    const Core::LabelSelector selector = Core::LabelSelector::fromMatchLabels(labels);
    QStringList matched;
    if (m_pods) {
        for (const QString &key : m_pods->keys()) {
            const QJsonObject pod = m_pods->object(key);
            if (selector.matchesObject(pod)) {
                const QString phase
                    = pod.value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString();
                matched.append(key.section(QLatin1Char('/'), -1) + QStringLiteral(" — ") + phase);
            }
        }
    }
    std::sort(matched.begin(), matched.end());
    m_matchedPods->addItems(matched);
    m_matchSummary->setText(matched.isEmpty()
            ? tr("No pod in this project has these labels yet. The service will select pods that get them later.")
            : tr("%n pod(s) selected right now:", nullptr, int(matched.size())));
}

QList<Core::PlannedObject> ServiceWizard::plannedObjects() const
{
    return { { kServices,
        { { QStringLiteral("apiVersion"), QStringLiteral("v1") }, { QStringLiteral("kind"), QStringLiteral("Service") },
            { QStringLiteral("metadata"),
                QJsonObject { { QStringLiteral("name"), m_name->text() },
                    { QStringLiteral("namespace"), m_project->currentName() } } },
            { QStringLiteral("spec"), m_form->toSpec(selector()) } } } };
}

bool ServiceWizard::loadObjects(const QList<QJsonObject> &objects, QString *whyNot)
{
    Q_UNUSED(whyNot)
    QJsonObject service;
    for (const QJsonObject &object : objects) {
        if (object.value(QLatin1String("kind")).toString() == QLatin1String("Service")) {
            service = object;
        }
    }
    const QJsonObject metadata = service.value(QLatin1String("metadata")).toObject();
    const QJsonObject spec = service.value(QLatin1String("spec")).toObject();
    m_name->setText(metadata.value(QLatin1String("name")).toString());
    m_project->selectName(metadata.value(QLatin1String("namespace")).toString());
    m_workload->setCurrentIndex(0);
    m_selector->setText(labelsText(spec.value(QLatin1String("selector")).toObject()));
    m_form->load(spec);
    return true;
}

} // namespace Sextant::Ui
