// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/envfromrow.h"

#include "ui/wizards/validatedfield.h"
#include "ui/workloadwizard/fieldrules.h"
#include "ui/workloadwizard/liveobjectcombo.h"
#include "ui/workloadwizard/projectstores.h"

#include <QComboBox>
#include <QGridLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>

namespace Sextant::Ui {

namespace {
const QLatin1String kConfigMapRef("configMapRef");
const QLatin1String kSecretRef("secretRef");
} // namespace

EnvFromRow::EnvFromRow(ProjectStores *stores, QWidget *parent)
    : FormRow(parent)
    , m_stores(stores)
    , m_source(new QComboBox(this))
    , m_object(new LiveObjectCombo(this))
    , m_prefix(new ValidatedField(&FieldRules::envPrefix, this))
    , m_skipped(new QLabel(this))
{
    m_source->addItem(tr("All keys of ConfigMap"), ConfigMap);
    m_source->addItem(tr("All keys of Secret"), Secret);
    m_source->setAccessibleName(tr("Source"));
    m_object->setAccessibleName(tr("Object"));
    m_prefix->setOptional(true);
    m_prefix->edit()->setPlaceholderText(tr("prefix (optional), e.g. DB_"));
    m_prefix->edit()->setAccessibleName(tr("Prefix"));
    m_skipped->setWordWrap(true);
    m_skipped->setEnabled(false); // a quiet note, not an error: the pod still starts
    m_skipped->hide();
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_source, 0, 0, Qt::AlignTop);
    layout->addWidget(m_object, 0, 1, Qt::AlignTop);
    layout->addWidget(m_prefix, 0, 2, Qt::AlignTop);
    layout->addWidget(m_skipped, 1, 0, 1, 3);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(2, 2); // room for the apiserver's words on a bad prefix
    connect(m_source, &QComboBox::currentIndexChanged, this, &EnvFromRow::sourceChanged);
    connect(m_object, &LiveObjectCombo::objectsChanged, this, &EnvFromRow::showSkippedKeys);
    connect(m_object, &QComboBox::currentIndexChanged, this, [this] {
        showSkippedKeys();
        Q_EMIT changed();
    });
    connect(m_prefix, &ValidatedField::validityChanged, this, &FormRow::changed);
    connect(m_prefix->edit(), &QLineEdit::textChanged, this, &EnvFromRow::showSkippedKeys);
    if (m_stores) {
        connect(m_stores, &ProjectStores::namespaceChanged, this, &EnvFromRow::sourceChanged);
    }
    sourceChanged();
}

void EnvFromRow::setSource(Source source)
{
    m_source->setCurrentIndex(m_source->findData(source));
}

void EnvFromRow::sourceChanged()
{
    if (m_stores) {
        const bool secret = Source(m_source->currentData().toInt()) == Secret;
        m_object->setStore(m_stores->store(secret ? ProjectStores::Secrets : ProjectStores::ConfigMaps));
    }
    showSkippedKeys();
    Q_EMIT changed();
}

void EnvFromRow::showSkippedKeys()
{
    QStringList skipped;
    const QStringList keys = m_object->currentDataKeys();
    for (const QString &key : keys) {
        if (!FieldRules::isEnvVarName(m_prefix->text() + key)) {
            skipped.append(key);
        }
    }
    if (!m_prefix->isValid()) {
        skipped.clear(); // the prefix's own message says it all
    }
    m_skipped->setText(skipped.isEmpty()
            ? QString()
            : tr("Not valid variable names, skipped by the kubelet: %1").arg(skipped.join(QStringLiteral(", "))));
    m_skipped->setVisible(!skipped.isEmpty());
}

QJsonValue EnvFromRow::toJson() const
{
    const bool secret = Source(m_source->currentData().toInt()) == Secret;
    QJsonObject entry { { secret ? kSecretRef : kConfigMapRef,
        QJsonObject { { QStringLiteral("name"), m_object->currentName() } } } };
    if (!m_prefix->text().isEmpty()) {
        entry.insert(QStringLiteral("prefix"), m_prefix->text());
    }
    return entry;
}

void EnvFromRow::load(const QJsonValue &value)
{
    const QJsonObject entry = value.toObject();
    const bool secret = entry.contains(kSecretRef);
    m_object->selectName(
        entry.value(secret ? kSecretRef : kConfigMapRef).toObject().value(QLatin1String("name")).toString());
    setSource(secret ? Secret : ConfigMap);
    m_prefix->setText(entry.value(QLatin1String("prefix")).toString());
}

bool EnvFromRow::isValid() const
{
    return m_prefix->isValid() && !m_object->currentName().isEmpty();
}

} // namespace Sextant::Ui
