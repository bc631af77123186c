// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/networkwizards/serviceform.h"

#include "core/metadata/metadatavalidation.h"
#include "ui/networkwizards/networkvalidation.h"
#include "ui/wizards/resourcewizard.h"
#include "ui/wizards/validatedfield.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {
const QStringList kProtocols { QStringLiteral("TCP"), QStringLiteral("UDP"), QStringLiteral("SCTP") };
constexpr int kProtocolWidth = 80;
constexpr int kDefaultAffinityTimeout = 10800; // the apiserver's default, 3 hours

// The columns of the ports table share these stretch factors with its header.
enum Stretch { NameStretch = 3, PortStretch = 2, TargetStretch = 3, NodePortStretch = 2 };

QString portsPath(int row, const char *child = nullptr)
{
    QString path = QStringLiteral("spec.ports[%1]").arg(row);
    if (child) {
        path += QLatin1Char('.') + QLatin1String(child);
    }
    return path;
}

QString problemColorStyle()
{
    return QStringLiteral("color: #d03a2f;");
}
} // namespace

ServiceForm::ServiceForm(QWidget *parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_typeHint(new QLabel(this))
    , m_externalNameLabel(new QLabel(tr("&External name:"), this))
    , m_externalName(new ValidatedField(&Core::MetadataValidation::dns1123Subdomain, this))
    , m_rowsLayout(new QVBoxLayout)
    , m_nodePortHeader(new QLabel(tr("Node port"), this))
    , m_portsHint(new QLabel(this))
    , m_portsProblem(new QLabel(this))
    , m_addPort(new QPushButton(tr("&Add port"), this))
    , m_affinity(new QComboBox(this))
    , m_affinityTimeout(new QSpinBox(this))
    , m_targetChoices(new QStringListModel(this))
{
    m_type->addItem(tr("ClusterIP: a virtual IP inside the cluster"), int(Type::ClusterIP));
    m_type->addItem(tr("Headless: DNS names of the pods, no virtual IP"), int(Type::Headless));
    m_type->addItem(tr("NodePort: also a port on every node"), int(Type::NodePort));
    m_type->addItem(tr("LoadBalancer: also an external load balancer"), int(Type::LoadBalancer));
    m_type->addItem(tr("ExternalName: a DNS alias of a name outside the cluster"), int(Type::ExternalName));
    m_type->setAccessibleName(tr("Service type"));
    m_typeHint->setWordWrap(true);
    m_typeHint->setForegroundRole(QPalette::PlaceholderText);

    m_externalName->edit()->setAccessibleName(tr("External name"));
    m_externalName->edit()->setPlaceholderText(tr("e.g. db.example.com"));
    m_externalNameLabel->setBuddy(m_externalName->edit());

    // Ports table: a header, the rows, then Add port.
    m_portsHeader = new QWidget(this);
    auto *header = new QHBoxLayout(m_portsHeader);
    header->setContentsMargins(0, 0, 0, 0);
    auto *nameHeader = new QLabel(tr("Name"), this);
    auto *portHeader = new QLabel(tr("Port"), this);
    auto *targetHeader = new QLabel(tr("Target port"), this);
    auto *protocolHeader = new QLabel(tr("Protocol"), this);
    protocolHeader->setFixedWidth(kProtocolWidth);
    header->addWidget(nameHeader, NameStretch);
    header->addWidget(portHeader, PortStretch);
    header->addWidget(targetHeader, TargetStretch);
    header->addWidget(protocolHeader);
    header->addWidget(m_nodePortHeader, NodePortStretch);
    // Room for the rows' Remove buttons.
    auto *removeSpace = new QWidget(this);
    removeSpace->setFixedWidth(QPushButton(tr("Remove")).sizeHint().width());
    header->addWidget(removeSpace);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    m_portsHint->setWordWrap(true);
    m_portsHint->setForegroundRole(QPalette::PlaceholderText);
    m_portsHint->hide();
    m_portsProblem->setWordWrap(true);
    m_portsProblem->setStyleSheet(problemColorStyle());
    m_portsProblem->hide();
    auto *ports = new QVBoxLayout;
    ports->setContentsMargins(0, 0, 0, 0);
    ports->addWidget(m_portsHeader);
    ports->addLayout(m_rowsLayout);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addPort);
    addRow->addStretch(1);
    ports->addLayout(addRow);
    ports->addWidget(m_portsProblem);
    ports->addWidget(m_portsHint);

    m_affinity->addItem(tr("None"), QStringLiteral("None"));
    m_affinity->addItem(tr("ClientIP: a client keeps reaching the same pod"), QStringLiteral("ClientIP"));
    m_affinity->setAccessibleName(tr("Session affinity"));
    m_affinityTimeout->setRange(1, 86400);
    m_affinityTimeout->setValue(kDefaultAffinityTimeout);
    m_affinityTimeout->setSuffix(tr(" s"));
    m_affinityTimeout->setAccessibleName(tr("Session affinity timeout"));
    m_affinityTimeout->setEnabled(false);
    auto *affinity = new QHBoxLayout;
    affinity->addWidget(m_affinity, 1);
    affinity->addWidget(new QLabel(tr("Timeout:"), this));
    affinity->addWidget(m_affinityTimeout);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto *typeBox = new QVBoxLayout;
    typeBox->setSpacing(2);
    typeBox->addWidget(m_type);
    typeBox->addWidget(m_typeHint);
    auto *typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);
    form->addRow(typeLabel, typeBox);
    form->addRow(m_externalNameLabel, m_externalName);
    form->addRow(tr("Ports:"), ports);
    auto *affinityLabel = new QLabel(tr("Session &affinity:"), this);
    affinityLabel->setBuddy(m_affinity);
    form->addRow(affinityLabel, affinity);

    connect(m_type, &QComboBox::currentIndexChanged, this, &ServiceForm::updateTypeDependentFields);
    connect(m_externalName, &ValidatedField::validityChanged, this, &ServiceForm::validityChanged);
    connect(m_addPort, &QPushButton::clicked, this, [this] {
        const int row = addPort();
        m_rows.at(row).port->edit()->setFocus();
    });
    connect(m_affinity, &QComboBox::currentIndexChanged, this,
        [this] { m_affinityTimeout->setEnabled(m_affinity->currentData().toString() == QLatin1String("ClientIP")); });
    updateTypeDependentFields();
}

void ServiceForm::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Messages set while the page was hidden (a dry run's verdict) wrapped at
    // another width: lay the rows out again at the width they have now.
    for (QWidget *row : std::as_const(m_rowWidgets)) {
        row->layout()->invalidate();
    }
    m_rowsLayout->invalidate();
    layout()->invalidate();
}

ServiceForm::Type ServiceForm::type() const
{
    return Type(m_type->currentData().toInt());
}

void ServiceForm::setType(Type type)
{
    m_type->setCurrentIndex(m_type->findData(int(type)));
}

void ServiceForm::updateTypeDependentFields()
{
    const Type current = type();
    switch (current) {
    case Type::ClusterIP:
        m_typeHint->setText(tr("Reachable inside the cluster at one stable address."));
        break;
    case Type::Headless:
        m_typeHint->setText(tr("The DNS name resolves to the selected pods' own addresses (clusterIP: None); "
                               "StatefulSets need one."));
        break;
    case Type::NodePort:
        m_typeHint->setText(tr("Also reachable on a port of every node; leave the node port empty and the "
                               "cluster picks one from its range."));
        break;
    case Type::LoadBalancer:
        m_typeHint->setText(tr("Also reachable through a load balancer the cluster's cloud provider makes."));
        break;
    case Type::ExternalName:
        m_typeHint->setText(tr("The name becomes a DNS alias (CNAME) of the external name; no pods are selected."));
        break;
    }
    const bool external = current == Type::ExternalName;
    m_externalNameLabel->setVisible(external);
    m_externalName->setVisible(external);
    m_externalName->setEnabled(external);
    const bool nodePorts = current == Type::NodePort || current == Type::LoadBalancer;
    m_nodePortHeader->setVisible(nodePorts);
    for (const PortRow &row : std::as_const(m_rows)) {
        row.nodePort->setVisible(nodePorts);
        row.nodePort->setEnabled(nodePorts);
    }
    m_affinity->setEnabled(!external);
    m_affinityTimeout->setEnabled(!external && m_affinity->currentData().toString() == QLatin1String("ClientIP"));
    recheckPorts();
}

int ServiceForm::addPort(
    const QString &name, int port, const QString &targetPort, const QString &protocol, int nodePort)
{
    auto *rowWidget = new QWidget(this);
    auto *layout = new QHBoxLayout(rowWidget);
    layout->setContentsMargins(0, 0, 0, 0);
    // The rules that compare rows look their own row up when they run.
    PortRow row;
    row.name = new ValidatedField(
        [this, rowWidget](const QString &text) {
            const int at = int(m_rowWidgets.indexOf(rowWidget));
            return portNameProblems(at >= 0 ? m_rows.at(at).name : nullptr, text);
        },
        rowWidget);
    row.port = new ValidatedField(
        [this, rowWidget](const QString &text) {
            const int at = int(m_rowWidgets.indexOf(rowWidget));
            return portNumberProblems(at >= 0 ? m_rows.at(at).port : nullptr, text);
        },
        rowWidget);
    row.targetPort = new ValidatedField(&NetworkValidation::targetPort, rowWidget);
    row.targetPort->setOptional(true);
    row.protocol = new QComboBox(rowWidget);
    row.protocol->addItems(kProtocols);
    row.protocol->setFixedWidth(kProtocolWidth);
    row.nodePort = new ValidatedField(&NetworkValidation::portNumber, rowWidget);
    row.nodePort->setOptional(true);
    row.remove = new QPushButton(tr("Remove"), rowWidget);

    row.name->edit()->setAccessibleName(tr("Port name"));
    row.name->edit()->setPlaceholderText(tr("e.g. http"));
    row.port->edit()->setAccessibleName(tr("Port"));
    row.port->edit()->setPlaceholderText(tr("e.g. 80"));
    row.targetPort->edit()->setAccessibleName(tr("Target port"));
    row.targetPort->edit()->setPlaceholderText(tr("same as port"));
    row.targetPort->edit()->setToolTip(tr("The container port traffic goes to: a number or a container port's name."));
    auto *completer = new QCompleter(m_targetChoices, row.targetPort->edit());
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    row.targetPort->edit()->setCompleter(completer);
    row.protocol->setAccessibleName(tr("Protocol"));
    row.nodePort->edit()->setAccessibleName(tr("Node port"));
    row.nodePort->edit()->setPlaceholderText(tr("automatic"));
    row.remove->setAccessibleName(tr("Remove port"));

    layout->addWidget(row.name, NameStretch, Qt::AlignTop);
    layout->addWidget(row.port, PortStretch, Qt::AlignTop);
    layout->addWidget(row.targetPort, TargetStretch, Qt::AlignTop);
    layout->addWidget(row.protocol, 0, Qt::AlignTop);
    layout->addWidget(row.nodePort, NodePortStretch, Qt::AlignTop);
    layout->addWidget(row.remove, 0, Qt::AlignTop);

    if (!name.isEmpty()) {
        row.name->setText(name);
    }
    if (port > 0) {
        row.port->setText(QString::number(port));
    }
    row.targetPort->setText(targetPort);
    row.protocol->setCurrentText(protocol.isEmpty() ? QStringLiteral("TCP") : protocol);
    if (nodePort > 0) {
        row.nodePort->setText(QString::number(nodePort));
    }

    const int index = int(m_rows.size());
    m_rows.append(row);
    m_rowWidgets.append(rowWidget);
    m_rowsLayout->addWidget(rowWidget);

    // Names and port numbers must differ between rows: a change rechecks them all.
    connect(row.name->edit(), &QLineEdit::textChanged, this, &ServiceForm::recheckPorts);
    connect(row.port->edit(), &QLineEdit::textChanged, this, &ServiceForm::recheckPorts);
    connect(row.protocol, &QComboBox::currentIndexChanged, this, &ServiceForm::recheckPorts);
    for (ValidatedField *field : { row.targetPort, row.nodePort }) {
        connect(field, &ValidatedField::validityChanged, this, &ServiceForm::validityChanged);
    }
    connect(row.remove, &QPushButton::clicked, this, [this, rowWidget] {
        const int at = int(m_rowWidgets.indexOf(rowWidget));
        if (at >= 0) {
            removePort(at);
        }
    });
    updateTypeDependentFields();
    rebind();
    Q_EMIT portsChanged();
    return index;
}

void ServiceForm::removePort(int row)
{
    if (row < 0 || row >= m_rows.size()) {
        return;
    }
    m_rows.removeAt(row);
    delete m_rowWidgets.takeAt(row);
    recheckPorts();
    rebind();
    Q_EMIT portsChanged();
}

void ServiceForm::clearPorts()
{
    while (!m_rows.isEmpty()) {
        m_rows.removeLast();
        delete m_rowWidgets.takeLast();
    }
    recheckPorts();
    rebind();
    Q_EMIT portsChanged();
}

QStringList ServiceForm::portNameProblems(const ValidatedField *field, const QString &text) const
{
    if (text.isEmpty()) {
        // The apiserver names ports only when there are several.
        return m_rows.size() > 1 ? QStringList { tr("Required value: a name, as there are several ports") }
                                 : QStringList();
    }
    QStringList problems = Core::MetadataValidation::dns1123Label(text);
    for (const PortRow &other : m_rows) {
        if (other.name != field && other.name->text() == text) {
            problems.append(tr("Duplicate value: another port has this name"));
            break;
        }
    }
    return problems;
}

QStringList ServiceForm::portNumberProblems(const ValidatedField *field, const QString &text) const
{
    QStringList problems = NetworkValidation::portNumber(text);
    if (!problems.isEmpty()) {
        return problems;
    }
    const PortRow *self = nullptr;
    for (const PortRow &row : m_rows) {
        if (row.port == field) {
            self = &row;
        }
    }
    for (const PortRow &other : m_rows) {
        if (self && other.port != field && other.port->text() == text
            && other.protocol->currentText() == self->protocol->currentText()) {
            problems.append(tr("Duplicate value: another port has this number and protocol"));
            break;
        }
    }
    return problems;
}

void ServiceForm::recheckPorts()
{
    for (const PortRow &row : std::as_const(m_rows)) {
        row.name->revalidate();
        row.port->revalidate();
    }
    const Type current = type();
    const bool needsPort = m_rows.isEmpty() && current != Type::Headless && current != Type::ExternalName;
    m_portsProblem->setText(needsPort ? tr("Add at least one port: a %1 service forwards ports.")
                                            .arg(m_type->currentText().section(QLatin1Char(':'), 0, 0))
                                      : QString());
    m_portsProblem->setVisible(needsPort);
    m_portsHeader->setVisible(!m_rows.isEmpty());
    Q_EMIT validityChanged();
}

bool ServiceForm::isValid() const
{
    const Type current = type();
    if (current == Type::ExternalName && !m_externalName->isValid()) {
        return false;
    }
    if (m_rows.isEmpty() && current != Type::Headless && current != Type::ExternalName) {
        return false;
    }
    const bool nodePorts = current == Type::NodePort || current == Type::LoadBalancer;
    for (const PortRow &row : m_rows) {
        if (!row.name->isValid() || !row.port->isValid() || !row.targetPort->isValid()
            || (nodePorts && !row.nodePort->isValid())) {
            return false;
        }
    }
    return true;
}

void ServiceForm::setContainerPorts(const QList<ContainerPort> &ports)
{
    m_containerPorts = ports;
    QStringList choices;
    QStringList described;
    for (const ContainerPort &port : ports) {
        if (!port.name.isEmpty() && !choices.contains(port.name)) {
            choices.append(port.name);
        }
        const QString number = QString::number(port.port);
        if (!choices.contains(number)) {
            choices.append(number);
        }
        QString text = number + QLatin1Char('/') + port.protocol;
        if (!port.name.isEmpty()) {
            text = port.name + QStringLiteral(" (") + text + QLatin1Char(')');
        }
        if (!port.container.isEmpty()) {
            text += tr(" in %1").arg(port.container);
        }
        described.append(text);
    }
    m_targetChoices->setStringList(choices);
    m_portsHint->setText(ports.isEmpty()
            ? QString()
            : tr("The workload's containers listen on: %1.").arg(described.join(QStringLiteral(", "))));
    m_portsHint->setVisible(!ports.isEmpty());
}

void ServiceForm::usePorts(const QList<ContainerPort> &ports)
{
    setContainerPorts(ports);
    clearPorts();
    for (const ContainerPort &port : ports) {
        QString name = port.name;
        if (name.isEmpty() && ports.size() > 1) {
            name = port.protocol.toLower() + QLatin1Char('-') + QString::number(port.port);
        }
        addPort(name, port.port, port.name.isEmpty() ? QString::number(port.port) : port.name, port.protocol);
    }
}

QList<ServiceForm::ContainerPort> ServiceForm::containerPortsOf(const QJsonObject &podSpec)
{
    QList<ContainerPort> ports;
    for (const char *list : { "containers", "initContainers" }) {
        for (const QJsonValue &container : podSpec.value(QLatin1String(list)).toArray()) {
            const QJsonObject object = container.toObject();
            for (const QJsonValue &port : object.value(QLatin1String("ports")).toArray()) {
                const QJsonObject portObject = port.toObject();
                ContainerPort entry;
                entry.name = portObject.value(QLatin1String("name")).toString();
                entry.port = portObject.value(QLatin1String("containerPort")).toInt();
                entry.protocol = portObject.value(QLatin1String("protocol")).toString(QStringLiteral("TCP"));
                entry.container = object.value(QLatin1String("name")).toString();
                if (entry.port > 0) {
                    ports.append(entry);
                }
            }
        }
    }
    return ports;
}

void ServiceForm::load(const QJsonObject &serviceSpec)
{
    const QString typeName = serviceSpec.value(QLatin1String("type")).toString(QStringLiteral("ClusterIP"));
    Type loaded = Type::ClusterIP;
    if (typeName == QLatin1String("NodePort")) {
        loaded = Type::NodePort;
    } else if (typeName == QLatin1String("LoadBalancer")) {
        loaded = Type::LoadBalancer;
    } else if (typeName == QLatin1String("ExternalName")) {
        loaded = Type::ExternalName;
    } else if (serviceSpec.value(QLatin1String("clusterIP")).toString() == QLatin1String("None")) {
        loaded = Type::Headless;
    }
    setType(loaded);
    m_externalName->setText(serviceSpec.value(QLatin1String("externalName")).toString());
    clearPorts();
    for (const QJsonValue &value : serviceSpec.value(QLatin1String("ports")).toArray()) {
        const QJsonObject port = value.toObject();
        const QJsonValue target = port.value(QLatin1String("targetPort"));
        const QString targetText = target.isDouble() ? QString::number(target.toInt()) : target.toString();
        addPort(port.value(QLatin1String("name")).toString(), port.value(QLatin1String("port")).toInt(), targetText,
            port.value(QLatin1String("protocol")).toString(QStringLiteral("TCP")),
            port.value(QLatin1String("nodePort")).toInt());
    }
    const bool clientIp = serviceSpec.value(QLatin1String("sessionAffinity")).toString() == QLatin1String("ClientIP");
    m_affinity->setCurrentIndex(m_affinity->findData(clientIp ? QStringLiteral("ClientIP") : QStringLiteral("None")));
    m_affinityTimeout->setValue(serviceSpec.value(QLatin1String("sessionAffinityConfig"))
                                    .toObject()
                                    .value(QLatin1String("clientIP"))
                                    .toObject()
                                    .value(QLatin1String("timeoutSeconds"))
                                    .toInt(kDefaultAffinityTimeout));
    recheckPorts();
}

QJsonObject ServiceForm::toSpec(const QJsonObject &selector) const
{
    const Type current = type();
    QJsonObject spec;
    switch (current) {
    case Type::ClusterIP:
        spec.insert(QStringLiteral("type"), QStringLiteral("ClusterIP"));
        break;
    case Type::Headless:
        spec.insert(QStringLiteral("type"), QStringLiteral("ClusterIP"));
        spec.insert(QStringLiteral("clusterIP"), QStringLiteral("None"));
        break;
    case Type::NodePort:
        spec.insert(QStringLiteral("type"), QStringLiteral("NodePort"));
        break;
    case Type::LoadBalancer:
        spec.insert(QStringLiteral("type"), QStringLiteral("LoadBalancer"));
        break;
    case Type::ExternalName:
        spec.insert(QStringLiteral("type"), QStringLiteral("ExternalName"));
        spec.insert(QStringLiteral("externalName"), m_externalName->text());
        break;
    }
    if (current != Type::ExternalName && !selector.isEmpty()) {
        spec.insert(QStringLiteral("selector"), selector);
    }
    const bool nodePorts = current == Type::NodePort || current == Type::LoadBalancer;
    QJsonArray ports;
    for (const PortRow &row : m_rows) {
        QJsonObject port;
        if (!row.name->text().isEmpty()) {
            port.insert(QStringLiteral("name"), row.name->text());
        }
        port.insert(QStringLiteral("port"), row.port->text().toInt());
        const QString target = row.targetPort->text();
        bool isNumber = false;
        const int targetNumber = target.toInt(&isNumber);
        if (isNumber) {
            port.insert(QStringLiteral("targetPort"), targetNumber);
        } else if (!target.isEmpty()) {
            port.insert(QStringLiteral("targetPort"), target);
        }
        port.insert(QStringLiteral("protocol"), row.protocol->currentText());
        if (nodePorts && !row.nodePort->text().isEmpty()) {
            port.insert(QStringLiteral("nodePort"), row.nodePort->text().toInt());
        }
        ports.append(port);
    }
    if (!ports.isEmpty()) {
        spec.insert(QStringLiteral("ports"), ports);
    }
    if (current != Type::ExternalName && m_affinity->currentData().toString() == QLatin1String("ClientIP")) {
        spec.insert(QStringLiteral("sessionAffinity"), QStringLiteral("ClientIP"));
        spec.insert(QStringLiteral("sessionAffinityConfig"),
            QJsonObject { { QStringLiteral("clientIP"),
                QJsonObject { { QStringLiteral("timeoutSeconds"), m_affinityTimeout->value() } } } });
    }
    return spec;
}

QList<QPair<QString, ValidatedField *>> ServiceForm::fieldPaths() const
{
    QList<QPair<QString, ValidatedField *>> paths { { QStringLiteral("spec.externalName"), m_externalName } };
    for (int i = 0; i < m_rows.size(); ++i) {
        const PortRow &row = m_rows.at(i);
        paths.append({ portsPath(i), row.port });
        paths.append({ portsPath(i, "name"), row.name });
        paths.append({ portsPath(i, "port"), row.port });
        paths.append({ portsPath(i, "targetPort"), row.targetPort });
        paths.append({ portsPath(i, "nodePort"), row.nodePort });
    }
    return paths;
}

void ServiceForm::bindTo(ResourceWizard *wizard, int objectIndex, int pageId)
{
    m_wizard = wizard;
    m_objectIndex = objectIndex;
    m_pageId = pageId;
    rebind();
}

void ServiceForm::rebind()
{
    if (!m_wizard) {
        return;
    }
    for (const auto &[path, field] : fieldPaths()) {
        m_wizard->bindField(m_objectIndex, path, field, m_pageId);
    }
}

} // namespace Sextant::Ui
