// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/portforward/portforwarddialog.h"

#include "core/api/apiclient.h"
#include "core/stream/portforwardmanager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Sextant::Ui {

using Core::PortForwardSpec;

namespace {
// Ports below 1024 need privileges on most systems: offer a free port instead.
constexpr int FirstUnprivilegedPort = 1024;
} // namespace

PortForwardDialog::PortForwardDialog(Core::ApiClient *client, Core::PortForwardManager *manager,
    Core::PortForwardSpec::Target target, const QJsonObject &object, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_manager(manager)
    , m_target(target)
    , m_remotePort(new QComboBox(this))
    , m_localPort(new QSpinBox(this))
    , m_allInterfaces(new QCheckBox(tr("Listen on &all interfaces"), this))
    , m_warning(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    m_namespace = metadata.value(QLatin1String("namespace")).toString();
    m_name = metadata.value(QLatin1String("name")).toString();
    const QString kind = target == PortForwardSpec::Target::Pod ? tr("pod") : tr("service");
    setWindowTitle(tr("Port Forward"));

    m_remotePort->setEditable(true);
    m_remotePort->setValidator(new QIntValidator(1, 65535, m_remotePort));
    for (const auto &[port, label] : declaredPorts(target, object))
        m_remotePort->addItem(label, port);
    connect(m_remotePort, &QComboBox::currentTextChanged, this, &PortForwardDialog::suggestLocalPort);

    m_localPort->setRange(0, 65535);
    m_localPort->setSpecialValueText(tr("Any free port"));
    suggestLocalPort();

    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setText(tr("Anyone who can reach this computer over the network can then use the forward, "
                          "with your access to the cluster."));
    m_warning->setVisible(false);
    m_warning->setStyleSheet(QStringLiteral("color: #b35c00"));
    connect(m_allInterfaces, &QCheckBox::toggled, m_warning, &QWidget::setVisible);

    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->setVisible(false);

    QPushButton *start = m_buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    start->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PortForwardDialog::startForward);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *heading
        = new QLabel(tr("Forward a local port to %1 %2 in namespace %3.").arg(kind, m_name, m_namespace), this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Remote port:"), m_remotePort);
    form->addRow(tr("&Local port:"), m_localPort);
    form->addRow(QString(), m_allInterfaces);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
}

QList<QPair<int, QString>> PortForwardDialog::declaredPorts(
    Core::PortForwardSpec::Target target, const QJsonObject &object)
{
    QList<QPair<int, QString>> ports;
    const QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    if (target == PortForwardSpec::Target::Service) {
        for (const QJsonValue &value : spec.value(QLatin1String("ports")).toArray()) {
            const QJsonObject port = value.toObject();
            const int number = port.value(QLatin1String("port")).toInt();
            const QString name = port.value(QLatin1String("name")).toString();
            const QString protocol = port.value(QLatin1String("protocol")).toString(QStringLiteral("TCP"));
            if (number <= 0 || protocol != QLatin1String("TCP"))
                continue;
            ports.append({ number, name.isEmpty() ? QString::number(number) : tr("%1 (%2)").arg(number).arg(name) });
        }
        return ports;
    }
    for (const QJsonValue &container : spec.value(QLatin1String("containers")).toArray()) {
        const QString containerName = container.toObject().value(QLatin1String("name")).toString();
        for (const QJsonValue &value : container.toObject().value(QLatin1String("ports")).toArray()) {
            const QJsonObject port = value.toObject();
            const int number = port.value(QLatin1String("containerPort")).toInt();
            const QString protocol = port.value(QLatin1String("protocol")).toString(QStringLiteral("TCP"));
            if (number <= 0 || protocol != QLatin1String("TCP"))
                continue;
            const QString name = port.value(QLatin1String("name")).toString();
            ports.append({ number,
                name.isEmpty() ? tr("%1 (container %2)").arg(number).arg(containerName)
                               : tr("%1 (%2, container %3)").arg(number).arg(name, containerName) });
        }
    }
    return ports;
}

int PortForwardDialog::remotePort() const
{
    const int index = m_remotePort->findText(m_remotePort->currentText());
    if (index >= 0 && m_remotePort->itemData(index).isValid())
        return m_remotePort->itemData(index).toInt();
    // "8080 (http)" typed or kept: the leading number counts.
    const QString text = m_remotePort->currentText().trimmed();
    return text.section(QLatin1Char(' '), 0, 0).toInt();
}

void PortForwardDialog::suggestLocalPort()
{
    const int port = remotePort();
    m_localPort->setValue(port >= FirstUnprivilegedPort ? port : 0);
}

void PortForwardDialog::setRemotePort(int port)
{
    const int index = m_remotePort->findData(port);
    if (index >= 0)
        m_remotePort->setCurrentIndex(index);
    else
        m_remotePort->setEditText(QString::number(port));
    suggestLocalPort();
}

void PortForwardDialog::setLocalPort(int port)
{
    m_localPort->setValue(port);
}

void PortForwardDialog::setAllInterfaces(bool all)
{
    m_allInterfaces->setChecked(all);
}

QString PortForwardDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

Core::PortForwardSpec PortForwardDialog::spec() const
{
    PortForwardSpec spec;
    spec.target = m_target;
    spec.namespaceName = m_namespace;
    spec.name = m_name;
    spec.remotePort = remotePort();
    spec.localPort = quint16(m_localPort->value());
    spec.allInterfaces = m_allInterfaces->isChecked();
    return spec;
}

void PortForwardDialog::startForward()
{
    const PortForwardSpec request = spec();
    if (request.remotePort <= 0 || request.remotePort > 65535) {
        m_error->setText(tr("Choose a remote port between 1 and 65535."));
        m_error->setVisible(true);
        return;
    }
    if (!m_client) {
        m_error->setText(tr("The cluster connection was closed."));
        m_error->setVisible(true);
        return;
    }
    const auto started = m_manager->start(m_client, request);
    if (!started) {
        m_error->setText(started.error().message);
        m_error->setVisible(true);
        return;
    }
    m_error->setVisible(false);
    Q_EMIT forwardStarted(started.value());
    accept();
}

} // namespace Sextant::Ui
