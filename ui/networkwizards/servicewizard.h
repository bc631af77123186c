// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/wizards/resourcewizard.h"

#include <QJsonObject>
#include <QPointer>

class QComboBox;
class QLabel;
class QListWidget;

namespace Sextant::Core {
class ObjectStore;
}

namespace Sextant::Ui {

class ServiceForm;
class StoreComboBox;
class ValidatedField;

// A Service for pods of the project: its selector is picked from a workload
// (the pod template's labels) or typed, and the pods it selects are listed
// live while you choose; ports come prefilled from the workload's containers.
class ServiceWizard final : public ResourceWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceWizard)
public:
    enum PageId { BasicPage, SelectorPage, PortsPage, ReviewPageId };

    ServiceWizard(Core::ClusterConnection *connection, const QString &namespaceName, QWidget *parent = nullptr);

    QList<Core::PlannedObject> plannedObjects() const override;
    bool loadObjects(const QList<QJsonObject> &objects, QString *whyNot) override;

    ValidatedField *nameField() const { return m_name; }
    StoreComboBox *project() const { return m_project; }
    // "Deployment web", ...; item data "deployments/web"; the first item means "type labels".
    QComboBox *workloadBox() const { return m_workload; }
    // Picks the workload ("deployments", "web"); false when the project has none such.
    bool selectWorkload(const QString &resource, const QString &name);
    // "app=web, tier=frontend"
    ValidatedField *selectorField() const { return m_selector; }
    QLabel *matchSummary() const { return m_matchSummary; }
    QListWidget *matchedPods() const { return m_matchedPods; }
    ServiceForm *serviceForm() const { return m_form; }
    // The selector the labels field describes.
    QJsonObject selector() const;

private:
    QWizardPage *createBasicPage();
    QWizardPage *createSelectorPage();
    QWizardPage *createPortsPage();
    void watchProject();
    void refillWorkloads();
    void workloadChosen();
    void refreshMatches();
    QJsonObject workloadObject(const QString &key) const;

    ValidatedField *m_name = nullptr;
    StoreComboBox *m_project = nullptr;
    QComboBox *m_workload = nullptr;
    ValidatedField *m_selector = nullptr;
    QLabel *m_matchSummary = nullptr;
    QListWidget *m_matchedPods = nullptr;
    ServiceForm *m_form = nullptr;
    QString m_watchedProject;
    QHash<QString, QPointer<Core::ObjectStore>> m_workloadStores; // "deployments" -> store
    QPointer<Core::ObjectStore> m_pods;
};

} // namespace Sextant::Ui
