// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/wizards/resourcewizard.h"

namespace Sextant::Ui {

class ContainersForm;
class ExposureForm;
class PodSecurityForm;
class ProjectStores;
class SchedulingForm;
class SectionPage;
class StrategyForm;
class VolumesForm;
class WorkloadBasicsForm;

// A Deployment, StatefulSet or DaemonSet with what it needs around it: new
// claims for its volumes (or claim templates), the StatefulSet's headless
// Service, a Service in front of it and a HorizontalPodAutoscaler.
// Objects in creation order: claims, headless Service, workload, Service, HPA.
class WorkloadWizard final : public ResourceWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkloadWizard)
public:
    enum PageId { BasicsPage, ContainersPage, VolumesPage, StrategyPage, SchedulingPage, ExposurePage, ReviewPageId };

    WorkloadWizard(Core::ClusterConnection *connection, const QString &namespaceName, QWidget *parent = nullptr);

    QList<Core::PlannedObject> plannedObjects() const override;
    bool loadObjects(const QList<QJsonObject> &objects, QString *whyNot) override;

    WorkloadBasicsForm *basics() const { return m_basics; }
    ContainersForm *containers() const { return m_containers; }
    // On the containers page, above the containers: pod-wide like the pull secret.
    PodSecurityForm *podSecurity() const { return m_podSecurity; }
    VolumesForm *volumes() const { return m_volumes; }
    StrategyForm *strategy() const { return m_strategy; }
    SchedulingForm *scheduling() const { return m_scheduling; }
    ExposureForm *exposure() const { return m_exposure; }

    // The workload alone, as plannedObjects() has it.
    QJsonObject workloadObject() const;
    int nextId() const override;

protected:
    void prepareForEditing() override;

private:
    QJsonObject podSpec() const;
    QJsonObject selectorLabels() const;
    void followBasics();
    int workloadIndex() const;
    void bindWorkloadFields();
    void bindExposureFields();
    void returnToRejectedField();
    void showRestrictedCheck();

    ProjectStores *m_stores = nullptr;
    WorkloadBasicsForm *m_basics = nullptr;
    ContainersForm *m_containers = nullptr;
    PodSecurityForm *m_podSecurity = nullptr;
    VolumesForm *m_volumes = nullptr;
    StrategyForm *m_strategy = nullptr;
    SchedulingForm *m_scheduling = nullptr;
    ExposureForm *m_exposure = nullptr;
    QList<SectionPage *> m_pages;
    QPointer<Core::CreationRun> m_answeredRun;
    bool m_yamlEdited = false;
};

} // namespace Sextant::Ui
