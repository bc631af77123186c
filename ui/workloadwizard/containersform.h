// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QListWidget;
class QPushButton;
class QStackedWidget;

namespace Sextant::Ui {

class ContainerForm;
class LiveObjectCombo;
class ProjectStores;

// The pod's containers and init containers (a list, init containers first as
// they run first, sidecars among them in their order, each edited by a ContainerForm) and its image pull secret,
// picked from the project's registry (dockerconfigjson) Secrets.
// JSON: {"containers": [...], "initContainers": [...] (when any),
//        "imagePullSecrets": [{"name": ...}]} — a pod spec fragment.
class ContainersForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainersForm)
public:
    explicit ContainersForm(ProjectStores *stores, QWidget *parent = nullptr);

    void load(const QJsonObject &podSpec);
    QJsonObject toJson() const;
    bool isValid() const;

    ContainerForm *addContainer();
    // Inserted after the other init containers.
    ContainerForm *addInitContainer();
    void removeContainer(int index);
    // Forms in list order (init containers first); index is the list row.
    int count() const;
    ContainerForm *container(int index) const;
    int initCount() const;
    // The list row of containers[index] or initContainers[index].
    int rowOf(bool init, int index) const;
    void showContainer(int index);
    // Every container's name, init containers too (names are unique in a pod).
    QStringList containerNames() const;
    QListWidget *list() const { return m_list; }
    LiveObjectCombo *pullSecret() const { return m_pullSecret; }
    QPushButton *addInitButton() const { return m_addInit; }

Q_SIGNALS:
    void changed();

private:
    ContainerForm *insertContainer(int row, bool init);
    void refreshNames();

    QPointer<ProjectStores> m_stores;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_addInit = nullptr;
    LiveObjectCombo *m_pullSecret = nullptr;
};

} // namespace Sextant::Ui
