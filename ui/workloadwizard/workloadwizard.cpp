// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/workloadwizard.h"

#include "ui/wizards/reviewpage.h"
#include "ui/wizards/validatedfield.h"
#include "ui/workloadwizard/basicsform.h"
#include "ui/workloadwizard/containerform.h"
#include "ui/workloadwizard/containerrows.h"
#include "ui/workloadwizard/containersform.h"
#include "ui/workloadwizard/projectstores.h"
#include "ui/workloadwizard/rowlist.h"
#include "ui/workloadwizard/sectionpage.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Sextant::Ui {

namespace {
const QString kApps = QStringLiteral("apps");

Core::ResourceRef workloadRef(const QString &kind)
{
    return { kApps, QStringLiteral("v1"), kind.toLower() + QLatin1Char('s'), true };
}

QJsonObject specOf(const QJsonObject &object)
{
    return object.value(QLatin1String("spec")).toObject();
}
} // namespace

WorkloadWizard::WorkloadWizard(Core::ClusterConnection *connection, const QString &namespaceName, QWidget *parent)
    : ResourceWizard(connection, parent)
    , m_stores(new ProjectStores(connection, this))
    , m_basics(new WorkloadBasicsForm(connection, namespaceName))
    , m_containers(new ContainersForm(m_stores))
{
    setWindowTitle(tr("Create workload"));
    setMinimumSize(900, 680);

    auto *basicsPage = new SectionPage(tr("Workload"),
        tr("What runs, and where. The labels select the pods: Services and autoscalers find them by these."), m_basics,
        [this] { return m_basics->isValid(); });
    auto *containersPage = new SectionPage(tr("Containers"),
        tr("One or more containers run together in each pod. Environment values can come from the project's "
           "ConfigMaps and Secrets."),
        m_containers, [this] { return m_containers->isValid(); });
    m_pages = { basicsPage, containersPage };
    setPage(BasicsPage, basicsPage);
    setPage(ContainersPage, containersPage);
    addReviewPage();

    connect(m_basics, &WorkloadBasicsForm::changed, basicsPage, &SectionPage::refresh);
    connect(m_containers, &ContainersForm::changed, containersPage, &SectionPage::refresh);
    connect(m_basics, &WorkloadBasicsForm::namespaceChanged, this,
        [this] { m_stores->setNamespaceName(m_basics->namespaceName()); });
    m_stores->setNamespaceName(m_basics->namespaceName());

    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == ReviewPageId) {
            bindWorkloadFields();
        }
    });
    connect(reviewPage(), &QWizardPage::completeChanged, this, &WorkloadWizard::returnToRejectedField);
}

QJsonObject WorkloadWizard::workloadObject() const
{
    const QString kind = m_basics->kind();
    const QJsonObject basics = m_basics->toJson();
    const QJsonObject metadata = basics.value(QLatin1String("metadata")).toObject();
    QJsonObject selector = metadata.value(QLatin1String("labels")).toObject();
    if (selector.isEmpty()) {
        selector.insert(QStringLiteral("app"), m_basics->name().left(63));
    }
    QJsonObject podSpec = m_containers->toJson();
    QJsonObject spec {
        { QStringLiteral("selector"), QJsonObject { { QStringLiteral("matchLabels"), selector } } },
        { QStringLiteral("template"),
            QJsonObject { { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("labels"), selector } } },
                { QStringLiteral("spec"), podSpec } } },
    };
    if (kind != QLatin1String("DaemonSet")) {
        spec.insert(QStringLiteral("replicas"), 1);
    }
    if (kind == QLatin1String("StatefulSet")) {
        spec.insert(QStringLiteral("serviceName"), m_basics->name());
    }
    return {
        { QStringLiteral("apiVersion"), QStringLiteral("apps/v1") },
        { QStringLiteral("kind"), kind },
        { QStringLiteral("metadata"), metadata },
        { QStringLiteral("spec"), spec },
    };
}

QList<Core::PlannedObject> WorkloadWizard::plannedObjects() const
{
    QList<Core::PlannedObject> objects;
    objects.append({ workloadRef(m_basics->kind()), workloadObject() });
    return objects;
}

int WorkloadWizard::workloadIndex() const
{
    const QList<Core::PlannedObject> objects = plannedObjects();
    for (qsizetype i = 0; i < objects.size(); ++i) {
        if (objects.at(i).resource.group == kApps) {
            return int(i);
        }
    }
    return -1;
}

bool WorkloadWizard::loadObjects(const QList<QJsonObject> &objects, QString *whyNot)
{
    Q_UNUSED(whyNot)
    for (const QJsonObject &object : objects) {
        const QString kind = object.value(QLatin1String("kind")).toString();
        if (kind == QLatin1String("Deployment") || kind == QLatin1String("StatefulSet")
            || kind == QLatin1String("DaemonSet")) {
            m_basics->load(object);
            const QJsonObject podSpec
                = specOf(object).value(QLatin1String("template")).toObject().value(QLatin1String("spec")).toObject();
            m_containers->load(podSpec);
        }
    }
    return true;
}

void WorkloadWizard::bindWorkloadFields()
{
    const int workload = workloadIndex();
    const int objectCount = int(plannedObjects().size());
    // Fields of the workload: at its index now; other indexes forget them (the plan may have shifted).
    auto bind = [&](const QString &path, ValidatedField *field, int page) {
        for (int i = 0; i < objectCount; ++i) {
            bindField(i, path, i == workload ? field : nullptr, page);
        }
    };
    bind(QStringLiteral("metadata.name"), m_basics->nameField(), BasicsPage);
    for (int c = 0; c < m_containers->count(); ++c) {
        const QString prefix = QStringLiteral("spec.template.spec.containers[%1].").arg(c);
        ContainerForm *container = m_containers->container(c);
        bind(prefix + QStringLiteral("name"), container->nameField(), ContainersPage);
        bind(prefix + QStringLiteral("image"), container->imageField(), ContainersPage);
        for (const QString &key : { QStringLiteral("requests.cpu"), QStringLiteral("requests.memory"),
                 QStringLiteral("limits.cpu"), QStringLiteral("limits.memory") }) {
            const QString path = prefix + QStringLiteral("resources.") + key.section(QLatin1Char('.'), 0, 0)
                + QLatin1Char('[') + key.section(QLatin1Char('.'), 1) + QLatin1Char(']');
            bind(path, container->resourceField(key), ContainersPage);
        }
        const QList<PortRow *> ports = container->ports()->rowsAs<PortRow>();
        for (qsizetype p = 0; p < ports.size(); ++p) {
            bind(prefix + QStringLiteral("ports[%1].containerPort").arg(p), ports.at(p)->port(), ContainersPage);
            bind(prefix + QStringLiteral("ports[%1].name").arg(p), ports.at(p)->name(), ContainersPage);
        }
    }
}

void WorkloadWizard::returnToRejectedField()
{
    // After a failed dry run (nothing created yet), go back to the first field the server named.
    Core::CreationRun *run = reviewPage()->run();
    if (!run || run->isRunning() || run == m_answeredRun || reviewPage()->hasCreated()
        || !run->createdIndexes().isEmpty() || currentId() != ReviewPageId) {
        return;
    }
    for (int i = 0; i < run->objects().size(); ++i) {
        if (run->step(i) != Core::CreationRun::Step::Failed) {
            continue;
        }
        m_answeredRun = run;
        const int page = showServerErrors(i, run->errorOf(i));
        if (page >= 0) {
            returnToPage(page);
            if (page == ContainersPage) {
                // Show the container the server complained about.
                for (const Core::StatusCause &cause : run->errorOf(i).causes) {
                    static const QRegularExpression containerIndex(QStringLiteral("containers\\[(\\d+)\\]"));
                    const QRegularExpressionMatch match = containerIndex.match(cause.field);
                    if (match.hasMatch()) {
                        m_containers->showContainer(match.captured(1).toInt());
                        break;
                    }
                }
            }
        }
        return;
    }
}

} // namespace Sextant::Ui
