// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/stream/portforwarder.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace Sextant::Core {
class ApiClient;
class PortForwardManager;
} // namespace Sextant::Core

namespace Sextant::Ui {

// Port forward… for a pod or a service: the remote port from the object's
// declared ports (or typed), the local port (the same one, or any free one),
// and loopback only unless "Listen on all interfaces" is checked, which
// warns. Start binds the port at once; a taken port is shown in the dialog.
class PortForwardDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortForwardDialog)
public:
    PortForwardDialog(Core::ApiClient *client, Core::PortForwardManager *manager, Core::PortForwardSpec::Target target,
        const QJsonObject &object, QWidget *parent = nullptr);

    // The ports the object declares, for the chooser: (port, label).
    static QList<QPair<int, QString>> declaredPorts(Core::PortForwardSpec::Target target, const QJsonObject &object);
    Core::PortForwardSpec spec() const;
    void setRemotePort(int port);
    void setLocalPort(int port); // 0 = any free port
    void setAllInterfaces(bool all);
    QString errorText() const;

public Q_SLOTS:
    void startForward();

Q_SIGNALS:
    void forwardStarted(Sextant::Core::PortForwarder *forward);

private:
    int remotePort() const;
    void suggestLocalPort();

    QPointer<Core::ApiClient> m_client;
    Core::PortForwardManager *m_manager = nullptr;
    Core::PortForwardSpec::Target m_target;
    QString m_namespace;
    QString m_name;
    QComboBox *m_remotePort = nullptr;
    QSpinBox *m_localPort = nullptr;
    QCheckBox *m_allInterfaces = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Sextant::Ui
