// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/securitycontextform.h"

#include "ui/wizards/validatedfield.h"
#include "ui/workloadwizard/fieldrules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace Sextant::Ui {

namespace {
const QLatin1String kRunAsNonRoot("runAsNonRoot");
const QLatin1String kRunAsUser("runAsUser");
const QLatin1String kReadOnlyRoot("readOnlyRootFilesystem");
const QLatin1String kEscalation("allowPrivilegeEscalation");
const QLatin1String kPrivileged("privileged");
} // namespace

SecurityContextForm::SecurityContextForm(QWidget *parent)
    : QGroupBox(tr("Security context"), parent)
    , m_runAsNonRoot(new QCheckBox(tr("Run as &non-root"), this))
    , m_runAsUser(new ValidatedField(&FieldRules::userId, this))
    , m_readOnlyRoot(new QCheckBox(tr("Read-only root &filesystem"), this))
    , m_escalation(new QComboBox(this))
    , m_privileged(new QCheckBox(tr("Privile&ged"), this))
    , m_privilegedWarning(new QLabel(this))
{
    m_runAsUser->setOptional(true);
    m_runAsUser->edit()->setPlaceholderText(tr("the image's user"));
    m_runAsUser->edit()->setAccessibleName(tr("Run as user"));
    m_runAsUser->edit()->setMaximumWidth(160);
    m_escalation->addItem(tr("Default"), QVariant());
    m_escalation->addItem(tr("Not allowed"), false);
    m_escalation->addItem(tr("Allowed"), true);
    m_escalation->setAccessibleName(tr("Allow privilege escalation"));
    m_privilegedWarning->setText(tr("A privileged container has all the capabilities of the node's root user and "
                                    "can reach every device of the node."));
    m_privilegedWarning->setWordWrap(true);
    m_privilegedWarning->setStyleSheet(QStringLiteral("color: #b35900;"));
    m_privilegedWarning->hide();

    auto *userLabel = new QLabel(tr("Run as u&ser:"), this);
    userLabel->setBuddy(m_runAsUser->edit());
    auto *escalationLabel = new QLabel(tr("Privilege &escalation:"), this);
    escalationLabel->setBuddy(m_escalation);
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_runAsNonRoot, 0, 0, Qt::AlignTop);
    grid->addWidget(userLabel, 0, 1, Qt::AlignTop);
    grid->addWidget(m_runAsUser, 0, 2, Qt::AlignTop);
    grid->addWidget(m_readOnlyRoot, 1, 0);
    grid->addWidget(escalationLabel, 1, 1);
    grid->addWidget(m_escalation, 1, 2, Qt::AlignLeft);
    grid->addWidget(m_privileged, 2, 0);
    grid->addWidget(m_privilegedWarning, 3, 0, 1, 4);
    grid->setColumnStretch(3, 1);

    connect(m_runAsNonRoot, &QCheckBox::toggled, this, &SecurityContextForm::changed);
    connect(m_runAsUser, &ValidatedField::validityChanged, this, &SecurityContextForm::changed);
    connect(m_runAsUser->edit(), &QLineEdit::textChanged, this, &SecurityContextForm::changed);
    connect(m_readOnlyRoot, &QCheckBox::toggled, this, &SecurityContextForm::changed);
    connect(m_escalation, &QComboBox::currentIndexChanged, this, &SecurityContextForm::changed);
    connect(m_privileged, &QCheckBox::toggled, this, [this](bool on) {
        m_privilegedWarning->setVisible(on);
        Q_EMIT changed();
    });
}

void SecurityContextForm::setAllowPrivilegeEscalation(const QVariant &allowed)
{
    int index = 0;
    if (allowed.isValid()) {
        index = allowed.toBool() ? 2 : 1;
    }
    m_escalation->setCurrentIndex(index);
}

bool SecurityContextForm::isValid() const
{
    return m_runAsUser->isValid();
}

QJsonObject SecurityContextForm::toJson() const
{
    QJsonObject context;
    // A checked box writes true; an unchecked one writes nothing, unless the YAML said false.
    auto flag = [&](QLatin1String key, const QCheckBox *box) {
        if (box->isChecked()) {
            context.insert(key, true);
        } else if (m_loaded.value(key) == QJsonValue(false)) {
            context.insert(key, false);
        }
    };
    flag(kRunAsNonRoot, m_runAsNonRoot);
    if (!m_runAsUser->text().isEmpty()) {
        context.insert(kRunAsUser, m_runAsUser->text().toLongLong());
    }
    flag(kReadOnlyRoot, m_readOnlyRoot);
    const QVariant escalation = m_escalation->currentData();
    if (escalation.isValid()) {
        context.insert(kEscalation, escalation.toBool());
    }
    flag(kPrivileged, m_privileged);
    return context;
}

void SecurityContextForm::load(const QJsonObject &securityContext)
{
    m_loaded = securityContext;
    m_runAsNonRoot->setChecked(securityContext.value(kRunAsNonRoot).toBool());
    const QJsonValue user = securityContext.value(kRunAsUser);
    m_runAsUser->setText(user.isDouble() ? QString::number(user.toInteger()) : user.toString());
    m_readOnlyRoot->setChecked(securityContext.value(kReadOnlyRoot).toBool());
    const QJsonValue escalation = securityContext.value(kEscalation);
    setAllowPrivilegeEscalation(escalation.isBool() ? QVariant(escalation.toBool()) : QVariant());
    m_privileged->setChecked(securityContext.value(kPrivileged).toBool());
}

} // namespace Sextant::Ui
