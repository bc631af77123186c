// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QStringList>
#include <QVariant>
#include <QWidget>

class QComboBox;

namespace Sextant::Core {
class ObjectStore;
}

namespace Sextant::Ui {

class StoreComboBox;
class ValidatedField;

// An Ingress backend: a Service of the project and one of its ports, by
// number or by name, picked from the live Services instead of typed. Used for
// each path of a rule and for the default backend. A service or port named in
// YAML that the project lacks is kept (marked "not found") until the user
// picks another, so the YAML's intent survives refreshes of the service list.
class IngressBackendPicker final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IngressBackendPicker)
public:
    explicit IngressBackendPicker(Core::ObjectStore *services, QWidget *parent = nullptr);

    // Follows another project's Services (the wizard's project changed).
    void setServices(Core::ObjectStore *services);

    StoreComboBox *service() const { return m_service; }
    QComboBox *port() const { return m_port; } // item data: int (port number) or QString (port name)
    // Shows this backend's problems, the form's and the server's: bind the
    // backend's API paths (apiPaths()) to it so a dry run's 422 lands here.
    ValidatedField *statusField() const { return m_status; }

    // Picks a service and its port by number ("80") or name ("http"); true
    // when the service is among the project's live ones.
    bool setBackend(const QString &service, const QString &port);
    // Fills from an IngressBackend ({service: {name, port: {number | name}}});
    // false when it is not a Service backend (a resource), which the picker can't show.
    bool load(const QJsonObject &backend);
    QJsonObject toBackend() const;
    bool isValid() const;
    QStringList problems() const;

    // The paths below backendPath ("spec.defaultBackend") where the apiserver
    // reports a service backend's errors.
    static QStringList apiPaths(const QString &backendPath);

Q_SIGNALS:
    // The choice, the choices offered, or their validity changed.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void servicesChanged();
    void serviceChosen();
    void keepPinnedService();
    void refillPorts();
    void syncStatus(); // the status field follows the choice

    QPointer<Core::ObjectStore> m_services;
    StoreComboBox *m_service = nullptr;
    QComboBox *m_port = nullptr;
    ValidatedField *m_status = nullptr;
    // Named by setBackend() and kept until the user picks another.
    QString m_pinnedService;
    QVariant m_pinnedPort;
    bool m_pinning = false; // setBackend() is choosing: the choice is not the user's
};

} // namespace Sextant::Ui
