// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/networkwizards/ingressbackendpicker.h"

#include "core/watch/objectstore.h"
#include "ui/networkwizards/networkvalidation.h"
#include "ui/wizards/storecombobox.h"
#include "ui/wizards/validatedfield.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace Sextant::Ui {

IngressBackendPicker::IngressBackendPicker(Core::ObjectStore *services, QWidget *parent)
    : QWidget(parent)
    , m_service(new StoreComboBox(this))
    , m_port(new QComboBox(this))
{
    m_service->setAccessibleName(tr("Backend service"));
    m_port->setAccessibleName(tr("Backend port"));
    // A field without its line edit: the hidden text is the choice, so a new
    // choice clears the server's verdict as typing does in other fields.
    m_status = new ValidatedField([this](const QString &) { return problems(); }, this);
    m_status->edit()->hide();
    m_status->edit()->setAccessibleName(tr("Backend"));

    auto *choice = new QHBoxLayout;
    choice->setContentsMargins(0, 0, 0, 0);
    choice->addWidget(m_service, 3);
    choice->addWidget(m_port, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(choice);
    layout->addWidget(m_status);

    connect(m_service, &QComboBox::currentIndexChanged, this, &IngressBackendPicker::serviceChosen);
    connect(m_port, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_pinning) {
            m_pinnedPort = QVariant();
        }
        syncStatus();
    });
    connect(m_status, &ValidatedField::validityChanged, this, &IngressBackendPicker::changed);
    setServices(services);
}

void IngressBackendPicker::setServices(Core::ObjectStore *services)
{
    if (m_services) {
        disconnect(m_services, nullptr, this, nullptr);
    }
    m_services = services;
    // The combo box refills first (it connects first), then the pinned choice is put back.
    m_service->setStore(m_services);
    if (m_services) {
        connect(m_services, &Core::ObjectStore::changed, this, &IngressBackendPicker::servicesChanged);
        connect(m_services, &Core::ObjectStore::syncStateChanged, this, &IngressBackendPicker::servicesChanged);
    }
    servicesChanged();
}

void IngressBackendPicker::servicesChanged()
{
    keepPinnedService();
    refillPorts();
    syncStatus();
}

void IngressBackendPicker::serviceChosen()
{
    if (!m_pinning) {
        m_pinnedService.clear();
        m_pinnedPort = QVariant();
    }
    refillPorts();
    syncStatus();
}

void IngressBackendPicker::keepPinnedService()
{
    if (m_pinnedService.isEmpty()) {
        return;
    }
    const QSignalBlocker blocker(m_service);
    int index = m_service->findData(m_pinnedService);
    if (index < 0) {
        m_service->addItem(tr("%1 (not found)").arg(m_pinnedService), m_pinnedService);
        index = m_service->count() - 1;
    }
    m_service->setCurrentIndex(index);
}

void IngressBackendPicker::refillPorts()
{
    const QVariant chosen = m_pinnedPort.isValid() ? m_pinnedPort : m_port->currentData();
    const QString name = m_service->currentName();
    QJsonObject service;
    for (const QString &key : m_services ? m_services->keys() : QList<QString>()) {
        if (key.section(QLatin1Char('/'), -1) == name) {
            service = m_services->object(key);
        }
    }
    const QSignalBlocker blocker(m_port);
    m_port->clear();
    for (const QJsonValue &value :
        service.value(QLatin1String("spec")).toObject().value(QLatin1String("ports")).toArray()) {
        const QJsonObject port = value.toObject();
        const int number = port.value(QLatin1String("port")).toInt();
        const QString portName = port.value(QLatin1String("name")).toString();
        m_port->addItem(QString::number(number), number);
        if (!portName.isEmpty()) {
            m_port->addItem(tr("%1 (port %2)").arg(portName).arg(number), portName);
        }
    }
    int index = chosen.isValid() ? m_port->findData(chosen) : -1;
    if (index < 0 && m_pinnedPort.isValid()) {
        // Named in YAML: kept, marked when the service is known and lacks it.
        const QString text = m_pinnedPort.toString();
        m_port->addItem(service.isEmpty() ? text : tr("%1 (not found)").arg(text), m_pinnedPort);
        index = m_port->count() - 1;
    }
    m_port->setCurrentIndex(std::max(0, index));
}

void IngressBackendPicker::syncStatus()
{
    const QString service = m_service->currentName();
    const QVariant port = m_port->currentData();
    // Empty while the services load: the status stays quiet (but invalid) like an untouched field.
    QString key;
    if (!service.isEmpty()) {
        key = service + QLatin1Char('|') + (port.typeId() == QMetaType::Int ? QStringLiteral("#") : QString())
            + port.toString();
    } else if (!m_services || m_services->hasSynced()) {
        key = QStringLiteral("|");
    }
    if (m_status->edit()->text() != key) {
        m_status->setText(key);
    } else {
        m_status->revalidate();
    }
}

bool IngressBackendPicker::setBackend(const QString &service, const QString &port)
{
    m_pinning = true;
    m_pinnedService = service;
    m_pinnedPort = QVariant();
    m_service->selectName(service);
    keepPinnedService();
    bool isNumber = false;
    const int number = port.toInt(&isNumber);
    m_pinnedPort = port.isEmpty() ? QVariant() : isNumber ? QVariant(number) : QVariant(port);
    refillPorts();
    m_pinning = false;
    syncStatus();
    const QStringList keys = m_services ? m_services->keys() : QStringList();
    return std::any_of(keys.begin(), keys.end(),
        [&service](const QString &key) { return key.section(QLatin1Char('/'), -1) == service; });
}

bool IngressBackendPicker::load(const QJsonObject &backend)
{
    const QJsonObject service = backend.value(QLatin1String("service")).toObject();
    const QJsonObject port = service.value(QLatin1String("port")).toObject();
    setBackend(service.value(QLatin1String("name")).toString(),
        port.contains(QLatin1String("number")) ? QString::number(port.value(QLatin1String("number")).toInt())
                                               : port.value(QLatin1String("name")).toString());
    return !backend.contains(QLatin1String("resource"));
}

QJsonObject IngressBackendPicker::toBackend() const
{
    const QVariant port = m_port->currentData();
    const QJsonObject portObject = port.typeId() == QMetaType::Int
        ? QJsonObject { { QStringLiteral("number"), port.toInt() } }
        : QJsonObject { { QStringLiteral("name"), port.toString() } };
    return { { QStringLiteral("service"),
        QJsonObject {
            { QStringLiteral("name"), m_service->currentName() }, { QStringLiteral("port"), portObject } } } };
}

bool IngressBackendPicker::isValid() const
{
    return m_status->isValid();
}

QStringList IngressBackendPicker::problems() const
{
    if (m_service->currentName().isEmpty()) {
        return { m_service->count() == 0 ? tr("the project has no services") : tr("choose a service") };
    }
    const QVariant port = m_port->currentData();
    if (!port.isValid()) {
        return { tr("the service has no ports") };
    }
    // The apiserver's rules for a backend's port (validateIngressBackend).
    QStringList problems;
    if (port.typeId() == QMetaType::Int) {
        for (const QString &problem : NetworkValidation::portNumber(QString::number(port.toInt()))) {
            problems.append(tr("port %1: %2").arg(port.toInt()).arg(problem));
        }
    } else {
        for (const QString &problem : NetworkValidation::portName(port.toString())) {
            problems.append(tr("port name \"%1\": %2").arg(port.toString(), problem));
        }
    }
    return problems;
}

QStringList IngressBackendPicker::apiPaths(const QString &backendPath)
{
    return { backendPath, backendPath + QStringLiteral(".service"), backendPath + QStringLiteral(".service.name"),
        backendPath + QStringLiteral(".service.port"), backendPath + QStringLiteral(".service.port.name"),
        backendPath + QStringLiteral(".service.port.number") };
}

void IngressBackendPicker::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::EnabledChange) {
        // A backend that is switched off has nothing to say.
        m_status->setVisible(isEnabled());
    }
}

} // namespace Sextant::Ui
