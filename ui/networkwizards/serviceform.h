// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QVBoxLayout;

namespace Sextant::Ui {

class ResourceWizard;
class ValidatedField;

// The spec of a Service, reusable by every wizard that makes one: its type
// (ClusterIP, headless, NodePort, LoadBalancer, ExternalName), its ports and
// session affinity. Fields are checked as typed with the apiserver's rules;
// a caller offers the ports of the workload the Service selects so target
// ports can be picked by name or number instead of remembered.
class ServiceForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceForm)
public:
    enum class Type { ClusterIP, Headless, NodePort, LoadBalancer, ExternalName };
    Q_ENUM(Type)

    // A port a workload's container listens on (spec.containers[].ports[]).
    struct ContainerPort {
        QString name; // may be empty
        int port = 0;
        QString protocol = QStringLiteral("TCP");
        QString container;
    };

    // One row of the ports table.
    struct PortRow {
        ValidatedField *name = nullptr;
        ValidatedField *port = nullptr;
        ValidatedField *targetPort = nullptr; // a number or a container port name; empty = same as port
        QComboBox *protocol = nullptr;
        ValidatedField *nodePort = nullptr; // optional; NodePort and LoadBalancer only
        QPushButton *remove = nullptr;
    };

    explicit ServiceForm(QWidget *parent = nullptr);

    // Fills the form from a Service's spec; what it has no field for is ignored.
    void load(const QJsonObject &serviceSpec);
    // The spec the form describes; selector is left out when empty and for ExternalName.
    QJsonObject toSpec(const QJsonObject &selector) const;
    bool isValid() const;

    Type type() const;
    void setType(Type type);

    // Offers these ports as target ports (completion and a hint) without touching the rows.
    void setContainerPorts(const QList<ContainerPort> &ports);
    QList<ContainerPort> containerPorts() const { return m_containerPorts; }
    // Replaces the rows with one per container port: same number, target by name when named.
    void usePorts(const QList<ContainerPort> &ports);
    // The ports of every container (and init container) of a pod spec.
    static QList<ContainerPort> containerPortsOf(const QJsonObject &podSpec);

    // Ports table.
    int portCount() const { return int(m_rows.size()); }
    // Appends a row and returns its index; targetPort may be a number or a name.
    int addPort(const QString &name = {}, int port = 0, const QString &targetPort = {},
        const QString &protocol = QStringLiteral("TCP"), int nodePort = 0);
    void removePort(int row);
    void clearPorts();
    PortRow portRow(int row) const { return m_rows.value(row); }

    QComboBox *typeBox() const { return m_type; }
    ValidatedField *externalNameField() const { return m_externalName; }
    QComboBox *sessionAffinityBox() const { return m_affinity; }
    QSpinBox *affinityTimeout() const { return m_affinityTimeout; }
    QPushButton *addPortButton() const { return m_addPort; }

    // Every field with the API path the server names in a 422 ("spec.ports[1].nodePort").
    QList<QPair<QString, ValidatedField *>> fieldPaths() const;
    // Binds fieldPaths() to the wizard's object at objectIndex, again whenever rows change.
    void bindTo(ResourceWizard *wizard, int objectIndex, int pageId);

Q_SIGNALS:
    void validityChanged();
    // A row was added or removed (fieldPaths() changed).
    void portsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateTypeDependentFields();
    void recheckPorts();
    QStringList portNameProblems(const ValidatedField *field, const QString &text) const;
    QStringList portNumberProblems(const ValidatedField *field, const QString &text) const;
    void rebind();

    QComboBox *m_type = nullptr;
    QLabel *m_typeHint = nullptr;
    QLabel *m_externalNameLabel = nullptr;
    ValidatedField *m_externalName = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QWidget *m_portsHeader = nullptr; // shown while there are rows
    QLabel *m_nodePortHeader = nullptr;
    QLabel *m_portsHint = nullptr;
    QLabel *m_portsProblem = nullptr;
    QPushButton *m_addPort = nullptr;
    QComboBox *m_affinity = nullptr;
    QSpinBox *m_affinityTimeout = nullptr;
    QList<PortRow> m_rows;
    QList<QWidget *> m_rowWidgets;
    QList<ContainerPort> m_containerPorts;
    QStringListModel *m_targetChoices = nullptr; // completion for target ports
    QPointer<ResourceWizard> m_wizard;
    int m_objectIndex = 0;
    int m_pageId = -1;
};

} // namespace Sextant::Ui
