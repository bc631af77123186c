// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/strategyform.h"

#include "ui/wizards/validatedfield.h"
#include "ui/workloadwizard/fieldrules.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace Sextant::Ui {

namespace {
const QString kRolling = QStringLiteral("RollingUpdate");
}

StrategyForm::StrategyForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_replicas(new QSpinBox(this))
    , m_strategy(new QComboBox(this))
    , m_maxSurge(new ValidatedField(&FieldRules::intOrPercent, this))
    , m_maxUnavailable(new ValidatedField(&FieldRules::intOrPercent, this))
    , m_partition(new QSpinBox(this))
{
    m_replicas->setRange(0, 10000);
    m_replicas->setValue(1);
    m_replicas->setAccessibleName(tr("Replicas"));
    m_strategy->setAccessibleName(tr("Update strategy"));
    m_maxSurge->setText(QStringLiteral("25%"));
    m_maxSurge->edit()->setAccessibleName(tr("Max surge"));
    m_maxUnavailable->setText(QStringLiteral("25%"));
    m_maxUnavailable->edit()->setAccessibleName(tr("Max unavailable"));
    m_partition->setRange(0, 10000);
    m_partition->setAccessibleName(tr("Partition"));
    m_partition->setToolTip(tr("Only pods with an ordinal at or above this number are updated (a staged rollout)."));
    m_form->addRow(tr("&Replicas:"), m_replicas);
    m_form->addRow(tr("&Update strategy:"), m_strategy);
    m_form->addRow(tr("Max &surge:"), m_maxSurge);
    m_form->addRow(tr("Max u&navailable:"), m_maxUnavailable);
    m_form->addRow(tr("&Partition:"), m_partition);
    connect(m_replicas, &QSpinBox::valueChanged, this, &StrategyForm::changed);
    connect(m_strategy, &QComboBox::currentIndexChanged, this, &StrategyForm::updateVisibility);
    connect(m_maxSurge, &ValidatedField::validityChanged, this, &StrategyForm::changed);
    connect(m_maxUnavailable, &ValidatedField::validityChanged, this, &StrategyForm::changed);
    connect(m_partition, &QSpinBox::valueChanged, this, &StrategyForm::changed);
    setKind(QStringLiteral("Deployment"));
}

void StrategyForm::setKind(const QString &kind)
{
    if (kind == m_kind) {
        return;
    }
    m_kind = kind;
    const QSignalBlocker blocker(m_strategy);
    m_strategy->clear();
    m_strategy->addItem(tr("Rolling update — replace pods a few at a time"), kRolling);
    if (kind == QLatin1String("Deployment")) {
        m_strategy->addItem(tr("Recreate — stop all old pods, then start new ones"), QStringLiteral("Recreate"));
    } else {
        m_strategy->addItem(tr("On delete — replace a pod only when you delete it"), QStringLiteral("OnDelete"));
    }
    // A DaemonSet allows no surge by default; its unavailable default is 1.
    if (kind == QLatin1String("DaemonSet") && m_maxUnavailable->text() == QLatin1String("25%")) {
        m_maxUnavailable->setText(QStringLiteral("1"));
    }
    updateVisibility();
}

void StrategyForm::updateVisibility()
{
    const bool rolling = m_strategy->currentData().toString() == kRolling;
    m_form->setRowVisible(m_replicas, m_kind != QLatin1String("DaemonSet"));
    m_form->setRowVisible(m_maxSurge, rolling && m_kind == QLatin1String("Deployment"));
    m_form->setRowVisible(m_maxUnavailable, rolling && m_kind != QLatin1String("StatefulSet"));
    m_form->setRowVisible(m_partition, rolling && m_kind == QLatin1String("StatefulSet"));
    Q_EMIT changed();
}

bool StrategyForm::isValid() const
{
    const bool rolling = m_strategy->currentData().toString() == kRolling;
    if (!rolling || m_kind == QLatin1String("StatefulSet")) {
        return true;
    }
    return m_maxUnavailable->isValid() && (m_kind != QLatin1String("Deployment") || m_maxSurge->isValid());
}

QJsonObject StrategyForm::toJson() const
{
    QJsonObject spec;
    if (m_kind != QLatin1String("DaemonSet")) {
        spec.insert(QStringLiteral("replicas"), m_replicas->value());
    }
    const QString type = m_strategy->currentData().toString();
    QJsonObject strategy { { QStringLiteral("type"), type } };
    if (type == kRolling) {
        QJsonObject rolling;
        if (m_kind == QLatin1String("StatefulSet")) {
            rolling.insert(QStringLiteral("partition"), m_partition->value());
        } else {
            rolling.insert(QStringLiteral("maxUnavailable"), FieldRules::intOrString(m_maxUnavailable->text()));
            if (m_kind == QLatin1String("Deployment")) {
                rolling.insert(QStringLiteral("maxSurge"), FieldRules::intOrString(m_maxSurge->text()));
            }
        }
        strategy.insert(QStringLiteral("rollingUpdate"), rolling);
    }
    spec.insert(m_kind == QLatin1String("Deployment") ? QStringLiteral("strategy") : QStringLiteral("updateStrategy"),
        strategy);
    return spec;
}

void StrategyForm::load(const QJsonObject &spec)
{
    m_replicas->setValue(spec.value(QLatin1String("replicas")).toInt(1));
    const QJsonObject strategy = spec.value(m_kind == QLatin1String("Deployment") ? QLatin1String("strategy")
                                                                                  : QLatin1String("updateStrategy"))
                                     .toObject();
    const int index = m_strategy->findData(strategy.value(QLatin1String("type")).toString(kRolling));
    m_strategy->setCurrentIndex(index >= 0 ? index : 0);
    const QJsonObject rolling = strategy.value(QLatin1String("rollingUpdate")).toObject();
    if (rolling.contains(QLatin1String("maxSurge"))) {
        m_maxSurge->setText(FieldRules::textOf(rolling.value(QLatin1String("maxSurge"))));
    }
    if (rolling.contains(QLatin1String("maxUnavailable"))) {
        m_maxUnavailable->setText(FieldRules::textOf(rolling.value(QLatin1String("maxUnavailable"))));
    }
    m_partition->setValue(rolling.value(QLatin1String("partition")).toInt(0));
}

} // namespace Sextant::Ui
