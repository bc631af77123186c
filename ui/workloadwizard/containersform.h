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

// The pod's containers (a list, each edited by a ContainerForm) and its image
// pull secret, picked from the project's registry (dockerconfigjson) Secrets.
// JSON: {"containers": [...], "imagePullSecrets": [{"name": ...}]} — a pod spec fragment.
class ContainersForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainersForm)
public:
    explicit ContainersForm(ProjectStores *stores, QWidget *parent = nullptr);

    void load(const QJsonObject &podSpec);
    QJsonObject toJson() const;
    bool isValid() const;

    ContainerForm *addContainer();
    void removeContainer(int index);
    int count() const;
    ContainerForm *container(int index) const;
    void showContainer(int index);
    QStringList containerNames() const;
    QListWidget *list() const { return m_list; }
    LiveObjectCombo *pullSecret() const { return m_pullSecret; }

Q_SIGNALS:
    void changed();

private:
    void refreshNames();

    QPointer<ProjectStores> m_stores;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_remove = nullptr;
    LiveObjectCombo *m_pullSecret = nullptr;
};

} // namespace Sextant::Ui
