// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/workloadwizard.h"

#include "ui/networkwizards/serviceform.h"
#include "ui/wizards/reviewpage.h"
#include "ui/wizards/validatedfield.h"
#include "ui/workloadwizard/basicsform.h"
#include "ui/workloadwizard/containerform.h"
#include "ui/workloadwizard/containerrows.h"
#include "ui/workloadwizard/containersform.h"
#include "ui/workloadwizard/envfromrow.h"
#include "ui/workloadwizard/exposureform.h"
#include "ui/workloadwizard/podsecurityform.h"
#include "ui/workloadwizard/projectstores.h"
#include "ui/workloadwizard/restrictedprofile.h"
#include "ui/workloadwizard/rowlist.h"
#include "ui/workloadwizard/schedulingform.h"
#include "ui/workloadwizard/seccompprofilefield.h"
#include "ui/workloadwizard/sectionpage.h"
#include "ui/workloadwizard/securitycontextform.h"
#include "ui/workloadwizard/strategyform.h"
#include "ui/workloadwizard/unmodelledfields.h"
#include "ui/workloadwizard/volumesform.h"

#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {
const QString kApps = QStringLiteral("apps");
const Core::ResourceRef kClaims { QString(), QStringLiteral("v1"), QStringLiteral("persistentvolumeclaims"), true };
const Core::ResourceRef kServices { QString(), QStringLiteral("v1"), QStringLiteral("services"), true };
const Core::ResourceRef kAutoscalers { QStringLiteral("autoscaling"), QStringLiteral("v2"),
    QStringLiteral("horizontalpodautoscalers"), true };

Core::ResourceRef workloadRef(const QString &kind)
{
    return { kApps, QStringLiteral("v1"), kind.toLower() + QLatin1Char('s'), true };
}

QJsonObject specOf(const QJsonObject &object)
{
    return object.value(QLatin1String("spec")).toObject();
}

QJsonArray withMounts(QJsonArray containers, const QJsonObject &mounts)
{
    for (qsizetype i = 0; i < containers.size(); ++i) {
        QJsonObject container = containers.at(i).toObject();
        const QJsonArray containerMounts = mounts.value(container.value(QLatin1String("name")).toString()).toArray();
        if (!containerMounts.isEmpty()) {
            container.insert(QStringLiteral("volumeMounts"), containerMounts);
            containers[i] = container;
        }
    }
    return containers;
}
} // namespace

WorkloadWizard::WorkloadWizard(Core::ClusterConnection *connection, const QString &namespaceName, QWidget *parent)
    : ResourceWizard(connection, parent)
    , m_stores(new ProjectStores(connection, this))
    , m_basics(new WorkloadBasicsForm(connection, namespaceName))
    , m_containers(new ContainersForm(m_stores))
    , m_podSecurity(new PodSecurityForm)
    , m_volumes(new VolumesForm(m_stores))
    , m_strategy(new StrategyForm)
    , m_scheduling(new SchedulingForm(m_stores))
    , m_exposure(new ExposureForm)
{
    setWindowTitle(tr("Create workload"));
    setMinimumSize(920, 700);

    auto *basicsPage = new SectionPage(tr("Workload"),
        tr("What runs, and where. The labels select the pods: Services and autoscalers find them by these."), m_basics,
        [this] { return m_basics->isValid(); });
    // The pod's security context sits with the containers it applies to, like the pod's pull secret.
    auto *podParts = new QWidget;
    auto *podLayout = new QVBoxLayout(podParts);
    podLayout->setContentsMargins(0, 0, 0, 0);
    auto *securityRow = new QVBoxLayout;
    const QMargins margins = m_containers->layout()->contentsMargins();
    securityRow->setContentsMargins(margins.left(), margins.top(), margins.right(), 0);
    securityRow->addWidget(m_podSecurity);
    podLayout->addLayout(securityRow);
    podLayout->addWidget(m_containers, 1);
    auto *containersPage = new SectionPage(tr("Containers"),
        tr("One or more containers run together in each pod, after its init containers (sidecars keep running "
           "beside them). Environment values can come from the project's ConfigMaps and Secrets."),
        podParts, [this] { return m_containers->isValid() && m_podSecurity->isValid(); });
    auto *volumesPage
        = new SectionPage(tr("Volumes and mounts"), tr("Storage the pods use, and where each container sees it."),
            m_volumes, [this] { return m_volumes->isValid(); });
    auto *strategyPage
        = new SectionPage(tr("Replicas and updates"), tr("How many pods run, and how a new version replaces them."),
            m_strategy, [this] { return m_strategy->isValid(); });
    auto *schedulingPage = new SectionPage(tr("Scheduling"),
        tr("Which nodes the pods may run on. Leave empty to let the scheduler choose."), m_scheduling,
        [this] { return m_scheduling->isValid(); });
    auto *exposurePage = new SectionPage(tr("Services and autoscaling"),
        tr("Optional objects created with the workload; they select its pods by its labels."), m_exposure,
        [this] { return m_exposure->isValid(); });
    m_pages = { basicsPage, containersPage, volumesPage, strategyPage, schedulingPage, exposurePage };
    setPage(BasicsPage, basicsPage);
    setPage(ContainersPage, containersPage);
    setPage(VolumesPage, volumesPage);
    setPage(StrategyPage, strategyPage);
    setPage(SchedulingPage, schedulingPage);
    setPage(ExposurePage, exposurePage);
    addReviewPage();

    connect(m_basics, &WorkloadBasicsForm::changed, basicsPage, &SectionPage::refresh);
    connect(m_containers, &ContainersForm::changed, containersPage, &SectionPage::refresh);
    connect(m_podSecurity, &PodSecurityForm::changed, containersPage, &SectionPage::refresh);
    connect(m_containers, &ContainersForm::changed, this, &WorkloadWizard::showRestrictedCheck);
    connect(m_podSecurity, &PodSecurityForm::changed, this, &WorkloadWizard::showRestrictedCheck);
    connect(m_volumes, &VolumesForm::changed, this, &WorkloadWizard::showRestrictedCheck);
    connect(m_volumes, &VolumesForm::changed, volumesPage, &SectionPage::refresh);
    connect(m_strategy, &StrategyForm::changed, strategyPage, &SectionPage::refresh);
    connect(m_scheduling, &SchedulingForm::changed, schedulingPage, &SectionPage::refresh);
    connect(m_exposure, &ExposureForm::changed, exposurePage, &SectionPage::refresh);
    connect(m_basics, &WorkloadBasicsForm::namespaceChanged, this,
        [this] { m_stores->setNamespaceName(m_basics->namespaceName()); });
    connect(m_basics, &WorkloadBasicsForm::changed, this, &WorkloadWizard::followBasics);
    // Pages that list the containers or their ports see the latest ones.
    connect(volumesPage, &SectionPage::entered, this,
        [this] { m_volumes->setContainerNames(m_containers->containerNames()); });
    connect(exposurePage, &SectionPage::entered, this, [this] { m_exposure->setPodSpec(m_containers->toJson()); });
    m_stores->setNamespaceName(m_basics->namespaceName());
    followBasics();
    showRestrictedCheck();

    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == ReviewPageId) {
            bindWorkloadFields();
            bindExposureFields();
            m_yamlEdited = false;
        }
    });
    // The review page fills the YAML with signals blocked: a change is the user's.
    connect(reviewPage()->yamlEdit(), &QPlainTextEdit::textChanged, this, [this] { m_yamlEdited = true; });
    connect(reviewPage(), &QWizardPage::completeChanged, this, &WorkloadWizard::returnToRejectedField);
}

void WorkloadWizard::showRestrictedCheck()
{
    m_podSecurity->showRestrictedProblems(RestrictedProfile::problems(podSpec()));
}

void WorkloadWizard::followBasics()
{
    const QString kind = m_basics->kind();
    m_volumes->setKind(kind);
    m_volumes->setWorkloadName(m_basics->name());
    m_strategy->setKind(kind);
    m_exposure->setKind(kind);
    m_exposure->setWorkloadName(m_basics->name());
    for (SectionPage *page : std::as_const(m_pages)) {
        page->refresh();
    }
}

QJsonObject WorkloadWizard::selectorLabels() const
{
    QJsonObject selector
        = m_basics->toJson().value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")).toObject();
    if (selector.isEmpty()) {
        selector.insert(QStringLiteral("app"), m_basics->name().left(63));
    }
    return selector;
}

QJsonObject WorkloadWizard::podSpec() const
{
    QJsonObject spec = m_containers->toJson();
    const QJsonObject volumes = m_volumes->toJson();
    const QJsonObject mounts = volumes.value(QLatin1String("mounts")).toObject();
    for (const QString &key : { QStringLiteral("initContainers"), QStringLiteral("containers") }) {
        if (spec.contains(key)) {
            spec.insert(key, withMounts(spec.value(key).toArray(), mounts));
        }
    }
    if (!volumes.value(QLatin1String("volumes")).toArray().isEmpty()) {
        spec.insert(QStringLiteral("volumes"), volumes.value(QLatin1String("volumes")));
    }
    const QJsonObject scheduling = m_scheduling->toJson();
    for (auto it = scheduling.begin(); it != scheduling.end(); ++it) {
        spec.insert(it.key(), it.value());
    }
    const QJsonObject security = m_podSecurity->toJson();
    if (!security.isEmpty()) {
        spec.insert(QStringLiteral("securityContext"), security);
    }
    return spec;
}

QJsonObject WorkloadWizard::workloadObject() const
{
    const QString kind = m_basics->kind();
    const QJsonObject metadata = m_basics->toJson().value(QLatin1String("metadata")).toObject();
    const QJsonObject selector = selectorLabels();
    QJsonObject spec {
        { QStringLiteral("selector"), QJsonObject { { QStringLiteral("matchLabels"), selector } } },
        { QStringLiteral("template"),
            QJsonObject { { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("labels"), selector } } },
                { QStringLiteral("spec"), podSpec() } } },
    };
    const QJsonObject strategy = m_strategy->toJson();
    for (auto it = strategy.begin(); it != strategy.end(); ++it) {
        spec.insert(it.key(), it.value());
    }
    if (kind == QLatin1String("StatefulSet")) {
        spec.insert(QStringLiteral("serviceName"),
            m_exposure->toJson().value(QLatin1String("headless")).toObject().value(QLatin1String("name")));
        const QJsonArray templates = m_volumes->toJson().value(QLatin1String("volumeClaimTemplates")).toArray();
        if (!templates.isEmpty()) {
            spec.insert(QStringLiteral("volumeClaimTemplates"), templates);
        }
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
    const QString ns = m_basics->namespaceName();
    const QJsonObject selector = selectorLabels();
    const QJsonObject exposure = m_exposure->toJson();
    auto meta = [&ns, &selector](const QString &name) {
        return QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("namespace"), ns },
            { QStringLiteral("labels"), selector } };
    };
    QList<Core::PlannedObject> objects;
    for (const QJsonValue &value : m_volumes->toJson().value(QLatin1String("claims")).toArray()) {
        QJsonObject claim = value.toObject();
        claim.insert(QStringLiteral("metadata"),
            meta(claim.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString()));
        objects.append({ kClaims, claim });
    }
    // An edited StatefulSet's headless Service exists already (its serviceName cannot change).
    if (exposure.contains(QLatin1String("headless")) && !isEditing()) {
        const QJsonObject headless = exposure.value(QLatin1String("headless")).toObject();
        QJsonObject spec { { QStringLiteral("clusterIP"), QStringLiteral("None") },
            { QStringLiteral("selector"), selector } };
        if (!headless.value(QLatin1String("ports")).toArray().isEmpty()) {
            spec.insert(QStringLiteral("ports"), headless.value(QLatin1String("ports")));
        }
        objects.append({ kServices,
            { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
                { QStringLiteral("kind"), QStringLiteral("Service") },
                { QStringLiteral("metadata"), meta(headless.value(QLatin1String("name")).toString()) },
                { QStringLiteral("spec"), spec } } });
    }
    objects.append({ workloadRef(m_basics->kind()), workloadObject() });
    if (exposure.contains(QLatin1String("service"))) {
        const QJsonObject service = exposure.value(QLatin1String("service")).toObject();
        QJsonObject spec = service.value(QLatin1String("spec")).toObject();
        spec.insert(QStringLiteral("selector"), selector);
        objects.append({ kServices,
            { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
                { QStringLiteral("kind"), QStringLiteral("Service") },
                { QStringLiteral("metadata"), meta(service.value(QLatin1String("name")).toString()) },
                { QStringLiteral("spec"), spec } } });
    }
    if (exposure.contains(QLatin1String("hpa"))) {
        QJsonObject spec = exposure.value(QLatin1String("hpa")).toObject();
        spec.insert(QStringLiteral("scaleTargetRef"),
            QJsonObject { { QStringLiteral("apiVersion"), QStringLiteral("apps/v1") },
                { QStringLiteral("kind"), m_basics->kind() }, { QStringLiteral("name"), m_basics->name() } });
        objects.append({ kAutoscalers,
            { { QStringLiteral("apiVersion"), QStringLiteral("autoscaling/v2") },
                { QStringLiteral("kind"), QStringLiteral("HorizontalPodAutoscaler") },
                { QStringLiteral("metadata"), meta(m_basics->name()) }, { QStringLiteral("spec"), spec } } });
    }
    return objects;
}

void WorkloadWizard::prepareForEditing()
{
    m_basics->kindBox()->setEnabled(false);
    m_basics->nameField()->edit()->setReadOnly(true);
    // The Service and autoscaler are created with a new workload; editing changes the workload alone.
    for (QGroupBox *box : { m_exposure->serviceBox(), m_exposure->hpaBox() }) {
        box->setChecked(false);
    }
}

int WorkloadWizard::nextId() const
{
    if (isEditing() && currentId() == SchedulingPage) {
        return ReviewPageId;
    }
    return ResourceWizard::nextId();
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
    // Found by kind, never by position: Duplicate… may give the workload alone.
    QJsonObject workload;
    for (const QJsonObject &object : objects) {
        const QString kind = object.value(QLatin1String("kind")).toString();
        if (kind == QLatin1String("Deployment") || kind == QLatin1String("StatefulSet")
            || kind == QLatin1String("DaemonSet")) {
            workload = object;
        }
    }
    const QString serviceName = specOf(workload).value(QLatin1String("serviceName")).toString();
    const bool statefulSet = workload.value(QLatin1String("kind")).toString() == QLatin1String("StatefulSet");
    QJsonArray claims;
    QJsonObject exposure;
    for (const QJsonObject &object : objects) {
        const QString kind = object.value(QLatin1String("kind")).toString();
        const QString name = object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
        const bool headless = specOf(object).value(QLatin1String("clusterIP")).toString() == QLatin1String("None");
        if (kind == QLatin1String("PersistentVolumeClaim")) {
            claims.append(object);
        } else if (kind == QLatin1String("Service") && statefulSet && !exposure.contains(QLatin1String("headless"))
            && (name == serviceName || headless)) {
            exposure.insert(QStringLiteral("headless"), QJsonObject { { QStringLiteral("name"), name } });
        } else if (kind == QLatin1String("Service")) {
            exposure.insert(QStringLiteral("service"),
                QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("spec"), specOf(object) } });
        } else if (kind == QLatin1String("HorizontalPodAutoscaler")) {
            exposure.insert(QStringLiteral("hpa"), specOf(object));
        }
    }
    m_basics->load(workload);
    followBasics();
    const QJsonObject spec = specOf(workload);
    const QJsonObject podSpec
        = spec.value(QLatin1String("template")).toObject().value(QLatin1String("spec")).toObject();
    m_containers->load(podSpec);
    m_podSecurity->load(podSpec.value(QLatin1String("securityContext")).toObject());
    QJsonObject mounts;
    QJsonArray allContainers = podSpec.value(QLatin1String("initContainers")).toArray();
    for (const QJsonValue &container : podSpec.value(QLatin1String("containers")).toArray()) {
        allContainers.append(container);
    }
    for (const QJsonValue &container : std::as_const(allContainers)) {
        const QJsonArray list = container.toObject().value(QLatin1String("volumeMounts")).toArray();
        if (!list.isEmpty()) {
            mounts.insert(container.toObject().value(QLatin1String("name")).toString(), list);
        }
    }
    m_volumes->setContainerNames(m_containers->containerNames());
    m_volumes->load({ { QStringLiteral("volumes"), podSpec.value(QLatin1String("volumes")) },
        { QStringLiteral("volumeClaimTemplates"), spec.value(QLatin1String("volumeClaimTemplates")) },
        { QStringLiteral("claims"), claims }, { QStringLiteral("mounts"), mounts } });
    m_strategy->load(spec);
    m_scheduling->load(podSpec);
    m_exposure->setPodSpec(podSpec);
    m_exposure->load(exposure);
    for (SectionPage *page : std::as_const(m_pages)) {
        page->refresh();
    }
    const QStringList unmodelled = unmodelledPodFields(podSpec);
    if (!unmodelled.isEmpty() && whyNot) {
        *whyNot = tr("the form has no place for %1").arg(unmodelled.join(QStringLiteral(", ")));
        return false;
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
    int inits = 0;
    int regulars = 0;
    for (int c = 0; c < m_containers->count(); ++c) {
        ContainerForm *container = m_containers->container(c);
        const bool init = container->isInitContainer();
        const QString prefix = init ? QStringLiteral("spec.template.spec.initContainers[%1].").arg(inits++)
                                    : QStringLiteral("spec.template.spec.containers[%1].").arg(regulars++);
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
        const QList<EnvFromRow *> envFrom = container->envFrom()->rowsAs<EnvFromRow>();
        for (qsizetype e = 0; e < envFrom.size(); ++e) {
            bind(prefix + QStringLiteral("envFrom[%1].prefix").arg(e), envFrom.at(e)->prefix(), ContainersPage);
        }
        SecurityContextForm *security = container->securityContext();
        bind(prefix + QStringLiteral("securityContext.runAsUser"), security->runAsUser(), ContainersPage);
        bind(prefix + QStringLiteral("securityContext.seccompProfile.localhostProfile"),
            security->seccompProfile()->localhostProfile(), ContainersPage);
        // returnToRejectedField() names the list for "cannot set allowPrivilegeEscalation to false and
        // capabilities.Add CAP_SYS_ADMIN", which the server gives the whole securityContext.
        bind(prefix + QStringLiteral("securityContext.capabilities.add"), security->addCapabilities(), ContainersPage);
    }
    const QString pod = QStringLiteral("spec.template.spec.securityContext.");
    bind(pod + QStringLiteral("runAsUser"), m_podSecurity->runAsUser(), ContainersPage);
    bind(pod + QStringLiteral("runAsGroup"), m_podSecurity->runAsGroup(), ContainersPage);
    bind(pod + QStringLiteral("fsGroup"), m_podSecurity->fsGroup(), ContainersPage);
    bind(pod + QStringLiteral("seccompProfile.localhostProfile"), m_podSecurity->seccompProfile()->localhostProfile(),
        ContainersPage);
    const qsizetype groups = m_podSecurity->toJson().value(QLatin1String("supplementalGroups")).toArray().size();
    for (qsizetype g = 0; g < groups; ++g) {
        bind(
            pod + QStringLiteral("supplementalGroups[%1]").arg(g), m_podSecurity->supplementalGroups(), ContainersPage);
    }
    // Pod volumes in row order; a StatefulSet's new claims are claim templates, not pod volumes.
    const bool statefulSet = m_basics->kind() == QLatin1String("StatefulSet");
    int volume = 0;
    for (VolumeRow *row : m_volumes->volumes()->rowsAs<VolumeRow>()) {
        if (statefulSet && row->typeName() == VolumeType::NewClaim) {
            continue;
        }
        const QString prefix = QStringLiteral("spec.template.spec.volumes[%1].").arg(volume++);
        bind(prefix + QStringLiteral("name"), row->name(), VolumesPage);
        bind(prefix + QStringLiteral("hostPath.path"), row->hostPath(), VolumesPage);
    }
}

void WorkloadWizard::bindExposureFields()
{
    const QList<Core::PlannedObject> objects = plannedObjects();
    const int workload = workloadIndex();
    for (int i = 0; i < int(objects.size()); ++i) {
        if (objects.at(i).kind() == QLatin1String("Service") && i < workload) {
            bindField(i, QStringLiteral("metadata.name"), m_exposure->headlessName(), ExposurePage);
        } else if (objects.at(i).kind() == QLatin1String("Service")) {
            bindField(i, QStringLiteral("metadata.name"), m_exposure->serviceName(), ExposurePage);
            m_exposure->service()->bindTo(this, i, ExposurePage);
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
        Core::ApiError error = run->errorOf(i);
        for (Core::StatusCause &cause : error.causes) {
            // "requests must be less than or equal to cpu limit" names the map, not the entry.
            if (cause.field.endsWith(QLatin1String(".resources.requests"))
                || cause.field.endsWith(QLatin1String(".resources.limits"))) {
                const bool memory = cause.message.contains(QLatin1String("memory"));
                cause.field += memory ? QStringLiteral("[memory]") : QStringLiteral("[cpu]");
            }
            if (cause.field.endsWith(QLatin1String(".securityContext"))
                && cause.message.contains(QLatin1String("capabilities.Add"))) {
                cause.field += QStringLiteral(".capabilities.add");
                // "Invalid value: {<the whole context>}: cannot set ...": the reason is enough beside the field.
                const qsizetype reason = cause.message.lastIndexOf(QLatin1String("}: "));
                if (reason >= 0) {
                    cause.message = cause.message.mid(reason + 3);
                }
            }
        }
        const int page = showServerErrors(i, error);
        // Edited YAML stays on screen (going back would regenerate it from the form); the fields are marked.
        if (page >= 0 && !m_yamlEdited) {
            returnToPage(page);
            if (page == ContainersPage) {
                // Show the container the server complained about.
                for (const Core::StatusCause &cause : std::as_const(error.causes)) {
                    static const QRegularExpression containerIndex(
                        QStringLiteral("(initContainers|containers)\\[(\\d+)\\]"));
                    const QRegularExpressionMatch match = containerIndex.match(cause.field);
                    if (match.hasMatch()) {
                        const bool init = match.captured(1) == QLatin1String("initContainers");
                        m_containers->showContainer(m_containers->rowOf(init, match.captured(2).toInt()));
                        break;
                    }
                }
            }
        }
        return;
    }
}

} // namespace Sextant::Ui
