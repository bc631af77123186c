// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/probeform.h"

#include "ui/wizards/validatedfield.h"
#include "ui/workloadwizard/fieldrules.h"
#include "ui/workloadwizard/sectionpage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {
QSpinBox *seconds(int minimum, int value, const QString &name, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, 3600);
    box->setValue(value);
    box->setAccessibleName(name);
    return box;
}
} // namespace

ProbeForm::ProbeForm(const QString &title, QWidget *parent)
    : QGroupBox(title, parent)
    , m_body(new QWidget(this))
    , m_form(new QFormLayout(m_body))
    , m_type(new QComboBox(m_body))
    , m_path(new QLineEdit(QStringLiteral("/"), m_body))
    , m_port(new ValidatedField(&FieldRules::portNumberOrName, m_body))
    , m_command(new QLineEdit(m_body))
{
    setCheckable(true);
    setChecked(false);
    m_type->addItem(tr("HTTP GET"), HttpGet);
    m_type->addItem(tr("TCP port"), TcpSocket);
    m_type->addItem(tr("Command"), Exec);
    m_type->setAccessibleName(tr("Probe type"));
    m_path->setAccessibleName(tr("Path"));
    m_port->edit()->setAccessibleName(tr("Port"));
    m_port->edit()->setPlaceholderText(tr("8080 or a port name"));
    m_command->setAccessibleName(tr("Command"));
    m_command->setPlaceholderText(tr("e.g. cat /tmp/healthy"));
    m_initialDelay = seconds(0, 0, tr("Initial delay"), m_body);
    m_period = seconds(1, 10, tr("Period"), m_body);
    m_timeout = seconds(1, 1, tr("Timeout"), m_body);
    m_failureThreshold = seconds(1, 3, tr("Failure threshold"), m_body);

    auto *timing = new QHBoxLayout;
    timing->addWidget(new QLabel(tr("Delay:"), m_body));
    timing->addWidget(m_initialDelay);
    timing->addWidget(new QLabel(tr("Period:"), m_body));
    timing->addWidget(m_period);
    timing->addWidget(new QLabel(tr("Timeout:"), m_body));
    timing->addWidget(m_timeout);
    timing->addWidget(new QLabel(tr("Failures:"), m_body));
    timing->addWidget(m_failureThreshold);
    timing->addStretch(1);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("Check:"), m_type);
    m_form->addRow(tr("Path:"), m_path);
    m_form->addRow(tr("Port:"), m_port);
    m_form->addRow(tr("Command:"), m_command);
    m_form->addRow(tr("Seconds:"), timing);
    // Unchecked: only the title, so three unused probes take little room.
    collapseWhenUnchecked(this, m_body);

    connect(m_type, &QComboBox::currentIndexChanged, this, &ProbeForm::typeChanged);
    connect(this, &QGroupBox::toggled, this, &ProbeForm::changed);
    connect(m_path, &QLineEdit::textChanged, this, &ProbeForm::changed);
    connect(m_port, &ValidatedField::validityChanged, this, &ProbeForm::changed);
    connect(m_command, &QLineEdit::textChanged, this, &ProbeForm::changed);
    for (QSpinBox *box : { m_initialDelay, m_period, m_timeout, m_failureThreshold }) {
        connect(box, &QSpinBox::valueChanged, this, &ProbeForm::changed);
    }
    typeChanged();
}

void ProbeForm::setType(Type type)
{
    m_type->setCurrentIndex(m_type->findData(type));
}

void ProbeForm::typeChanged()
{
    const auto type = Type(m_type->currentData().toInt());
    m_form->setRowVisible(m_path, type == HttpGet);
    m_form->setRowVisible(m_port, type != Exec);
    m_form->setRowVisible(m_command, type == Exec);
    Q_EMIT changed();
}

bool ProbeForm::isValid() const
{
    if (!isChecked()) {
        return true;
    }
    const auto type = Type(m_type->currentData().toInt());
    if (type == Exec) {
        return !FieldRules::splitWords(m_command->text()).isEmpty();
    }
    return m_port->isValid();
}

QJsonObject ProbeForm::toJson() const
{
    if (!isChecked()) {
        return {};
    }
    QJsonObject probe;
    switch (Type(m_type->currentData().toInt())) {
    case HttpGet:
        probe.insert(QStringLiteral("httpGet"),
            QJsonObject { { QStringLiteral("path"), m_path->text().isEmpty() ? QStringLiteral("/") : m_path->text() },
                { QStringLiteral("port"), FieldRules::intOrString(m_port->text()) } });
        break;
    case TcpSocket:
        probe.insert(QStringLiteral("tcpSocket"),
            QJsonObject { { QStringLiteral("port"), FieldRules::intOrString(m_port->text()) } });
        break;
    case Exec:
        probe.insert(QStringLiteral("exec"),
            QJsonObject {
                { QStringLiteral("command"), QJsonArray::fromStringList(FieldRules::splitWords(m_command->text())) } });
        break;
    }
    if (m_initialDelay->value() > 0) {
        probe.insert(QStringLiteral("initialDelaySeconds"), m_initialDelay->value());
    }
    probe.insert(QStringLiteral("periodSeconds"), m_period->value());
    probe.insert(QStringLiteral("timeoutSeconds"), m_timeout->value());
    probe.insert(QStringLiteral("failureThreshold"), m_failureThreshold->value());
    return probe;
}

void ProbeForm::load(const QJsonObject &probe)
{
    setChecked(!probe.isEmpty());
    if (probe.isEmpty()) {
        return;
    }
    if (probe.contains(QLatin1String("httpGet"))) {
        const QJsonObject get = probe.value(QLatin1String("httpGet")).toObject();
        setType(HttpGet);
        m_path->setText(get.value(QLatin1String("path")).toString(QStringLiteral("/")));
        m_port->setText(FieldRules::textOf(get.value(QLatin1String("port"))));
    } else if (probe.contains(QLatin1String("tcpSocket"))) {
        setType(TcpSocket);
        m_port->setText(
            FieldRules::textOf(probe.value(QLatin1String("tcpSocket")).toObject().value(QLatin1String("port"))));
    } else if (probe.contains(QLatin1String("exec"))) {
        setType(Exec);
        QStringList words;
        for (const QJsonValue &word :
            probe.value(QLatin1String("exec")).toObject().value(QLatin1String("command")).toArray()) {
            words.append(word.toString());
        }
        m_command->setText(FieldRules::joinWords(words));
    }
    m_initialDelay->setValue(probe.value(QLatin1String("initialDelaySeconds")).toInt(0));
    m_period->setValue(probe.value(QLatin1String("periodSeconds")).toInt(10));
    m_timeout->setValue(probe.value(QLatin1String("timeoutSeconds")).toInt(1));
    m_failureThreshold->setValue(probe.value(QLatin1String("failureThreshold")).toInt(3));
}

} // namespace Sextant::Ui
