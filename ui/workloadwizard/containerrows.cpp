// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/containerrows.h"

#include "ui/wizards/validatedfield.h"
#include "ui/workloadwizard/fieldrules.h"
#include "ui/workloadwizard/liveobjectcombo.h"
#include "ui/workloadwizard/projectstores.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLineEdit>

namespace Sextant::Ui {

PortRow::PortRow(QWidget *parent)
    : FormRow(parent)
    , m_name(new ValidatedField(&FieldRules::portName, this))
    , m_port(new ValidatedField(&FieldRules::portNumber, this))
    , m_protocol(new QComboBox(this))
{
    m_name->setOptional(true);
    m_name->edit()->setPlaceholderText(tr("name (optional)"));
    m_name->edit()->setAccessibleName(tr("Port name"));
    m_port->edit()->setPlaceholderText(tr("port, e.g. 8080"));
    m_port->edit()->setAccessibleName(tr("Container port"));
    m_protocol->addItems({ QStringLiteral("TCP"), QStringLiteral("UDP"), QStringLiteral("SCTP") });
    m_protocol->setAccessibleName(tr("Protocol"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_name, 2, Qt::AlignTop);
    layout->addWidget(m_port, 2, Qt::AlignTop);
    layout->addWidget(m_protocol, 1, Qt::AlignTop);
    connect(m_name, &ValidatedField::validityChanged, this, &FormRow::changed);
    connect(m_port, &ValidatedField::validityChanged, this, &FormRow::changed);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &FormRow::changed);
}

QJsonValue PortRow::toJson() const
{
    QJsonObject port { { QStringLiteral("containerPort"), m_port->text().toInt() },
        { QStringLiteral("protocol"), m_protocol->currentText() } };
    if (!m_name->text().isEmpty()) {
        port.insert(QStringLiteral("name"), m_name->text());
    }
    return port;
}

void PortRow::load(const QJsonValue &value)
{
    const QJsonObject port = value.toObject();
    m_name->setText(port.value(QLatin1String("name")).toString());
    m_port->setText(FieldRules::textOf(port.value(QLatin1String("containerPort"))));
    m_protocol->setCurrentText(port.value(QLatin1String("protocol")).toString(QStringLiteral("TCP")));
}

bool PortRow::isValid() const
{
    return m_name->isValid() && m_port->isValid();
}

EnvRow::EnvRow(ProjectStores *stores, QWidget *parent)
    : FormRow(parent)
    , m_stores(stores)
    , m_name(new ValidatedField(&FieldRules::envName, this))
    , m_source(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_object(new LiveObjectCombo(this))
    , m_key(new QComboBox(this))
{
    m_name->edit()->setPlaceholderText(tr("NAME"));
    m_name->edit()->setAccessibleName(tr("Variable name"));
    m_source->addItem(tr("Value"), Value);
    m_source->addItem(tr("ConfigMap key"), ConfigMapKey);
    m_source->addItem(tr("Secret key"), SecretKey);
    m_source->setAccessibleName(tr("Source"));
    m_value->setPlaceholderText(tr("value"));
    m_value->setAccessibleName(tr("Value"));
    m_object->setAccessibleName(tr("Object"));
    m_key->setAccessibleName(tr("Key"));
    m_key->setEditable(true); // a key the object does not have yet
    m_key->setMinimumContentsLength(8);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_name, 2, Qt::AlignTop);
    layout->addWidget(m_source, 1, Qt::AlignTop);
    layout->addWidget(m_value, 3, Qt::AlignTop);
    layout->addWidget(m_object, 2, Qt::AlignTop);
    layout->addWidget(m_key, 1, Qt::AlignTop);
    connect(m_name, &ValidatedField::validityChanged, this, &FormRow::changed);
    connect(m_source, &QComboBox::currentIndexChanged, this, &EnvRow::sourceChanged);
    connect(m_value, &QLineEdit::textChanged, this, &FormRow::changed);
    connect(m_object, &LiveObjectCombo::objectsChanged, this, &EnvRow::fillKeys);
    connect(m_object, &QComboBox::currentIndexChanged, this, &EnvRow::fillKeys);
    connect(m_key, &QComboBox::currentTextChanged, this, &FormRow::changed);
    if (m_stores) {
        connect(m_stores, &ProjectStores::namespaceChanged, this, &EnvRow::sourceChanged);
    }
    sourceChanged();
}

void EnvRow::setSource(Source source)
{
    m_source->setCurrentIndex(m_source->findData(source));
}

void EnvRow::sourceChanged()
{
    const auto source = Source(m_source->currentData().toInt());
    m_value->setVisible(source == Value);
    m_object->setVisible(source != Value);
    m_key->setVisible(source != Value);
    if (source != Value && m_stores) {
        const bool secret = source == SecretKey;
        m_object->setStore(m_stores->store(secret ? ProjectStores::Secrets : ProjectStores::ConfigMaps));
    }
    fillKeys();
    Q_EMIT changed();
}

void EnvRow::fillKeys()
{
    const QString keep = m_wantedKey.isEmpty() ? m_key->currentText() : m_wantedKey;
    QSignalBlocker blocker(m_key);
    m_key->clear();
    m_key->addItems(m_object->currentDataKeys());
    if (!keep.isEmpty()) {
        m_key->setCurrentText(keep);
    }
    blocker.unblock();
    Q_EMIT changed();
}

QJsonValue EnvRow::toJson() const
{
    QJsonObject env { { QStringLiteral("name"), m_name->text() } };
    const auto source = Source(m_source->currentData().toInt());
    if (source == Value) {
        env.insert(QStringLiteral("value"), m_value->text());
        return env;
    }
    const QString refKey = source == SecretKey ? QStringLiteral("secretKeyRef") : QStringLiteral("configMapKeyRef");
    env.insert(QStringLiteral("valueFrom"),
        QJsonObject { { refKey,
            QJsonObject { { QStringLiteral("name"), m_object->currentName() },
                { QStringLiteral("key"), m_key->currentText() } } } });
    return env;
}

void EnvRow::load(const QJsonValue &value)
{
    const QJsonObject env = value.toObject();
    m_name->setText(env.value(QLatin1String("name")).toString());
    const QJsonObject from = env.value(QLatin1String("valueFrom")).toObject();
    if (from.contains(QLatin1String("configMapKeyRef")) || from.contains(QLatin1String("secretKeyRef"))) {
        const bool secret = from.contains(QLatin1String("secretKeyRef"));
        const QJsonObject ref
            = from.value(secret ? QLatin1String("secretKeyRef") : QLatin1String("configMapKeyRef")).toObject();
        m_wantedKey = ref.value(QLatin1String("key")).toString();
        m_object->selectName(ref.value(QLatin1String("name")).toString());
        setSource(secret ? SecretKey : ConfigMapKey);
        fillKeys();
        m_wantedKey.clear();
        return;
    }
    setSource(Value);
    m_value->setText(env.value(QLatin1String("value")).toString());
}

bool EnvRow::isValid() const
{
    if (!m_name->isValid()) {
        return false;
    }
    const auto source = Source(m_source->currentData().toInt());
    return source == Value || (!m_object->currentName().isEmpty() && !m_key->currentText().isEmpty());
}

} // namespace Sextant::Ui
