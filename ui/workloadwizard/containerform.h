// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Sextant::Ui {

class ProbeForm;
class ProjectStores;
class RowList;
class SecurityContextForm;
class ValidatedField;

// One container: name, image, pull policy, command and arguments, ports,
// environment (variables, and all keys of ConfigMaps and Secrets), resources,
// security context and probes. An init container has no probes (the apiserver
// refuses them there) unless it is a sidecar (restartPolicy: Always): it keeps
// running beside the app containers and may have probes. JSON: the container
// object (volume mounts are the volumes form's; load() ignores them and
// toJson() has none).
class ContainerForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerForm)
public:
    explicit ContainerForm(ProjectStores *stores, QWidget *parent = nullptr);

    void load(const QJsonObject &container);
    QJsonObject toJson() const;
    bool isValid() const;

    ValidatedField *nameField() const { return m_name; }
    ValidatedField *imageField() const { return m_image; }
    QComboBox *pullPolicy() const { return m_pullPolicy; }
    QLineEdit *command() const { return m_command; }
    QLineEdit *args() const { return m_args; }
    RowList *ports() const { return m_ports; }
    RowList *env() const { return m_env; }
    RowList *envFrom() const { return m_envFrom; }
    SecurityContextForm *securityContext() const { return m_security; }
    // "requests.cpu", "requests.memory", "limits.cpu", "limits.memory"
    ValidatedField *resourceField(const QString &key) const { return m_resources.value(key); }
    // "livenessProbe", "readinessProbe", "startupProbe"
    ProbeForm *probe(const QString &key) const { return m_probes.value(key); }
    bool isInitContainer() const { return m_init; }
    void setInitContainer(bool init);
    // "Keeps running beside the app (sidecar)": shown for init containers only.
    QCheckBox *sidecar() const { return m_sidecar; }
    bool isSidecar() const;

Q_SIGNALS:
    void changed();

private:
    bool hasProbes() const;
    void showRole();

    QPointer<ProjectStores> m_stores;
    ValidatedField *m_name = nullptr;
    ValidatedField *m_image = nullptr;
    QComboBox *m_pullPolicy = nullptr;
    QLineEdit *m_command = nullptr;
    QLineEdit *m_args = nullptr;
    RowList *m_ports = nullptr;
    RowList *m_env = nullptr;
    RowList *m_envFrom = nullptr;
    SecurityContextForm *m_security = nullptr;
    QWidget *m_probesBox = nullptr;
    QLabel *m_initNote = nullptr;
    QCheckBox *m_sidecar = nullptr;
    // A loaded restartPolicy the sidecar option does not stand for (e.g. Never), written back as it was.
    QString m_keptRestartPolicy;
    bool m_init = false;
    QHash<QString, ValidatedField *> m_resources;
    QHash<QString, ProbeForm *> m_probes;
};

} // namespace Sextant::Ui
