// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/exposureform.h"

#include "ui/networkwizards/serviceform.h"
#include "ui/wizards/validatedfield.h"
#include "ui/workloadwizard/fieldrules.h"
#include "ui/workloadwizard/sectionpage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {
QJsonObject resourceMetric(const QString &resource, int percent)
{
    return { { QStringLiteral("type"), QStringLiteral("Resource") },
        { QStringLiteral("resource"),
            QJsonObject { { QStringLiteral("name"), resource },
                { QStringLiteral("target"),
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("Utilization") },
                        { QStringLiteral("averageUtilization"), percent } } } } } };
}

void followName(ValidatedField *field, const QString &before, const QString &after)
{
    if (field->text() == before) {
        field->setText(after);
    }
}
} // namespace

ExposureForm::ExposureForm(QWidget *parent)
    : QWidget(parent)
    , m_headlessBox(new QGroupBox(tr("Headless Service (gives each pod a stable DNS name)"), this))
    , m_headlessName(new ValidatedField(&FieldRules::serviceName, m_headlessBox))
    , m_serviceBox(new QGroupBox(tr("Service in front of the pods"), this))
    , m_serviceName(new ValidatedField(&FieldRules::serviceName, m_serviceBox))
    , m_service(new ServiceForm(m_serviceBox))
    , m_hpaBox(new QGroupBox(tr("Horizontal pod autoscaler"), this))
    , m_minReplicas(new QSpinBox(m_hpaBox))
    , m_maxReplicas(new QSpinBox(m_hpaBox))
    , m_cpuEnabled(new QCheckBox(tr("Average &CPU utilization (% of requests):"), m_hpaBox))
    , m_cpuTarget(new QSpinBox(m_hpaBox))
    , m_memoryEnabled(new QCheckBox(tr("Average &memory utilization (% of requests):"), m_hpaBox))
    , m_memoryTarget(new QSpinBox(m_hpaBox))
    , m_hpaWarning(new QLabel(m_hpaBox))
{
    m_headlessName->edit()->setAccessibleName(tr("Headless Service name"));
    auto *headless = new QFormLayout(m_headlessBox);
    auto *headlessHint = new QLabel(
        tr("Created with the StatefulSet (spec.serviceName); its ports are the containers' ports."), m_headlessBox);
    headlessHint->setWordWrap(true);
    headless->addRow(headlessHint);
    headless->addRow(tr("&Name:"), m_headlessName);

    m_serviceBox->setCheckable(true);
    m_serviceBox->setChecked(false);
    m_serviceName->edit()->setAccessibleName(tr("Service name"));
    auto *serviceBody = new QWidget(m_serviceBox);
    auto *service = new QFormLayout(serviceBody);
    service->setContentsMargins(0, 0, 0, 0);
    service->addRow(tr("Na&me:"), m_serviceName);
    service->addRow(m_service);
    collapseWhenUnchecked(m_serviceBox, serviceBody);

    m_hpaBox->setCheckable(true);
    m_hpaBox->setChecked(false);
    m_minReplicas->setRange(1, 10000);
    m_minReplicas->setValue(1);
    m_minReplicas->setAccessibleName(tr("Minimum replicas"));
    m_maxReplicas->setRange(1, 10000);
    m_maxReplicas->setValue(5);
    m_maxReplicas->setAccessibleName(tr("Maximum replicas"));
    for (QSpinBox *target : { m_cpuTarget, m_memoryTarget }) {
        target->setRange(1, 1000);
        target->setValue(80);
        target->setSuffix(QStringLiteral(" %"));
    }
    m_cpuTarget->setAccessibleName(tr("CPU target"));
    m_memoryTarget->setAccessibleName(tr("Memory target"));
    m_cpuEnabled->setChecked(true);
    auto *replicas = new QHBoxLayout;
    replicas->addWidget(m_minReplicas);
    replicas->addWidget(new QLabel(tr("to"), m_hpaBox));
    replicas->addWidget(m_maxReplicas);
    replicas->addStretch(1);
    auto *hpaBody = new QWidget(m_hpaBox);
    auto *hpa = new QFormLayout(hpaBody);
    hpa->setContentsMargins(0, 0, 0, 0);
    auto *hpaHint = new QLabel(tr("Scales the replicas between the bounds to keep the average usage near the "
                                  "target; needs metrics-server and container requests."),
        hpaBody);
    hpaHint->setWordWrap(true);
    hpa->addRow(hpaHint);
    hpa->addRow(tr("Replicas:"), replicas);
    for (const auto &[box, target] :
        { std::pair { m_cpuEnabled, m_cpuTarget }, std::pair { m_memoryEnabled, m_memoryTarget } }) {
        auto *row = new QHBoxLayout;
        row->addWidget(target);
        row->addStretch(1);
        hpa->addRow(box, row);
    }
    m_hpaWarning->setWordWrap(true);
    QPalette warning = m_hpaWarning->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x6a, 0x00));
    m_hpaWarning->setPalette(warning);
    m_hpaWarning->hide();
    hpa->addRow(m_hpaWarning);
    collapseWhenUnchecked(m_hpaBox, hpaBody);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headlessBox);
    layout->addWidget(m_serviceBox);
    layout->addWidget(m_hpaBox);
    layout->addStretch(1);

    connect(m_headlessName, &ValidatedField::validityChanged, this, &ExposureForm::changed);
    connect(m_serviceBox, &QGroupBox::toggled, this, [this](bool on) {
        if (on && m_service->portCount() == 0) {
            m_service->usePorts(ServiceForm::containerPortsOf(m_podSpec));
        }
        Q_EMIT changed();
    });
    connect(m_serviceName, &ValidatedField::validityChanged, this, &ExposureForm::changed);
    connect(m_service, &ServiceForm::validityChanged, this, &ExposureForm::changed);
    connect(m_service, &ServiceForm::portsChanged, this, &ExposureForm::changed);
    connect(m_hpaBox, &QGroupBox::toggled, this, &ExposureForm::changed);
    for (QSpinBox *box : { m_minReplicas, m_maxReplicas, m_cpuTarget, m_memoryTarget }) {
        connect(box, &QSpinBox::valueChanged, this, &ExposureForm::changed);
    }
    for (QCheckBox *box : { m_cpuEnabled, m_memoryEnabled }) {
        connect(box, &QCheckBox::toggled, this, &ExposureForm::changed);
        connect(box, &QCheckBox::toggled, this, &ExposureForm::updateHpaWarning);
    }
    setKind(QStringLiteral("Deployment"));
}

void ExposureForm::setKind(const QString &kind)
{
    m_kind = kind;
    m_headlessBox->setVisible(kind == QLatin1String("StatefulSet"));
    m_headlessBox->setEnabled(kind == QLatin1String("StatefulSet"));
    m_hpaBox->setVisible(kind != QLatin1String("DaemonSet"));
    m_hpaBox->setEnabled(kind != QLatin1String("DaemonSet"));
    Q_EMIT changed();
}

void ExposureForm::setWorkloadName(const QString &name)
{
    auto headless = [](const QString &workload) {
        return workload.isEmpty() ? QString() : workload + QStringLiteral("-headless");
    };
    followName(m_headlessName, headless(m_workloadName), headless(name));
    followName(m_serviceName, m_workloadName, name);
    m_workloadName = name;
}

void ExposureForm::setPodSpec(const QJsonObject &podSpec)
{
    m_podSpec = podSpec;
    m_service->setContainerPorts(ServiceForm::containerPortsOf(podSpec));
    updateHpaWarning();
}

void ExposureForm::updateHpaWarning()
{
    QStringList lines;
    for (const auto &[enabled, resource] : { std::pair { m_cpuEnabled, QStringLiteral("cpu") },
             std::pair { m_memoryEnabled, QStringLiteral("memory") } }) {
        if (!enabled->isChecked()) {
            continue;
        }
        QStringList missing;
        for (const QJsonValue &container : m_podSpec.value(QLatin1String("containers")).toArray()) {
            const QJsonObject requests = container.toObject()
                                             .value(QLatin1String("resources"))
                                             .toObject()
                                             .value(QLatin1String("requests"))
                                             .toObject();
            if (!requests.contains(resource)) {
                missing.append(container.toObject().value(QLatin1String("name")).toString());
            }
        }
        if (!missing.isEmpty()) {
            lines.append(tr("No %1 request in: %2. The autoscaler measures utilization against requests and "
                            "cannot scale on %1 without them (Containers page).")
                             .arg(resource, missing.join(QStringLiteral(", "))));
        }
    }
    m_hpaWarning->setText(lines.join(QLatin1Char('\n')));
    m_hpaWarning->setVisible(!lines.isEmpty());
}

bool ExposureForm::isValid() const
{
    if (m_kind == QLatin1String("StatefulSet") && !m_headlessName->isValid()) {
        return false;
    }
    if (m_serviceBox->isChecked() && (!m_serviceName->isValid() || !m_service->isValid())) {
        return false;
    }
    if (m_hpaBox->isEnabled() && m_hpaBox->isChecked()
        && (m_minReplicas->value() > m_maxReplicas->value()
            || (!m_cpuEnabled->isChecked() && !m_memoryEnabled->isChecked()))) {
        return false;
    }
    return true;
}

QJsonObject ExposureForm::toJson() const
{
    QJsonObject fragment;
    if (m_kind == QLatin1String("StatefulSet")) {
        QJsonArray ports;
        const QList<ServiceForm::ContainerPort> containerPorts = ServiceForm::containerPortsOf(m_podSpec);
        for (const ServiceForm::ContainerPort &port : containerPorts) {
            QJsonObject servicePort { { QStringLiteral("port"), port.port },
                { QStringLiteral("targetPort"), port.port }, { QStringLiteral("protocol"), port.protocol } };
            // Names are required once there is more than one port.
            servicePort.insert(
                QStringLiteral("name"), port.name.isEmpty() ? QStringLiteral("port-%1").arg(port.port) : port.name);
            ports.append(servicePort);
        }
        fragment.insert(QStringLiteral("headless"),
            QJsonObject { { QStringLiteral("name"), m_headlessName->text() }, { QStringLiteral("ports"), ports } });
    }
    if (m_serviceBox->isChecked()) {
        fragment.insert(QStringLiteral("service"),
            QJsonObject {
                { QStringLiteral("name"), m_serviceName->text() }, { QStringLiteral("spec"), m_service->toSpec({}) } });
    }
    if (m_hpaBox->isEnabled() && m_hpaBox->isChecked()) {
        QJsonArray metrics;
        if (m_cpuEnabled->isChecked()) {
            metrics.append(resourceMetric(QStringLiteral("cpu"), m_cpuTarget->value()));
        }
        if (m_memoryEnabled->isChecked()) {
            metrics.append(resourceMetric(QStringLiteral("memory"), m_memoryTarget->value()));
        }
        fragment.insert(QStringLiteral("hpa"),
            QJsonObject { { QStringLiteral("minReplicas"), m_minReplicas->value() },
                { QStringLiteral("maxReplicas"), m_maxReplicas->value() }, { QStringLiteral("metrics"), metrics } });
    }
    return fragment;
}

void ExposureForm::load(const QJsonObject &fragment)
{
    if (fragment.contains(QLatin1String("headless"))) {
        m_headlessName->setText(
            fragment.value(QLatin1String("headless")).toObject().value(QLatin1String("name")).toString());
    }
    const QJsonObject service = fragment.value(QLatin1String("service")).toObject();
    m_serviceBox->setChecked(!service.isEmpty());
    if (!service.isEmpty()) {
        m_serviceName->setText(service.value(QLatin1String("name")).toString());
        m_service->load(service.value(QLatin1String("spec")).toObject());
    }
    const QJsonObject hpa = fragment.value(QLatin1String("hpa")).toObject();
    m_hpaBox->setChecked(!hpa.isEmpty());
    if (!hpa.isEmpty()) {
        m_minReplicas->setValue(hpa.value(QLatin1String("minReplicas")).toInt(1));
        m_maxReplicas->setValue(hpa.value(QLatin1String("maxReplicas")).toInt(1));
        m_cpuEnabled->setChecked(false);
        m_memoryEnabled->setChecked(false);
        for (const QJsonValue &value : hpa.value(QLatin1String("metrics")).toArray()) {
            const QJsonObject resource = value.toObject().value(QLatin1String("resource")).toObject();
            const int percent = resource.value(QLatin1String("target"))
                                    .toObject()
                                    .value(QLatin1String("averageUtilization"))
                                    .toInt(80);
            if (resource.value(QLatin1String("name")).toString() == QLatin1String("cpu")) {
                m_cpuEnabled->setChecked(true);
                m_cpuTarget->setValue(percent);
            } else if (resource.value(QLatin1String("name")).toString() == QLatin1String("memory")) {
                m_memoryEnabled->setChecked(true);
                m_memoryTarget->setValue(percent);
            }
        }
    }
}

} // namespace Sextant::Ui
