// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/securitycontextform.h"

#include "ui/wizards/validatedfield.h"
#include "ui/workloadwizard/fieldrules.h"
#include "ui/workloadwizard/seccompprofilefield.h"
#include "ui/workloadwizard/securityjson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {
const QLatin1String kRunAsNonRoot("runAsNonRoot");
const QLatin1String kRunAsUser("runAsUser");
const QLatin1String kReadOnlyRoot("readOnlyRootFilesystem");
const QLatin1String kEscalation("allowPrivilegeEscalation");
const QLatin1String kPrivileged("privileged");
const QLatin1String kCapabilities("capabilities");
const QLatin1String kDrop("drop");
const QLatin1String kAdd("add");
const QLatin1String kSeccomp("seccompProfile");

QString joinNames(const QJsonArray &names)
{
    QStringList list;
    for (const QJsonValue &name : names) {
        list.append(name.toString());
    }
    return list.join(QStringLiteral(", "));
}
} // namespace

SecurityContextForm::SecurityContextForm(QWidget *parent)
    : QGroupBox(tr("Security context"), parent)
    , m_runAsNonRoot(new QCheckBox(tr("Run as &non-root"), this))
    , m_runAsUser(new ValidatedField(&FieldRules::userId, this))
    , m_readOnlyRoot(new QCheckBox(tr("Read-only root &filesystem"), this))
    , m_escalation(new QComboBox(this))
    , m_privileged(new QCheckBox(tr("Privile&ged"), this))
    , m_privilegedWarning(new QLabel(this))
    , m_drop(new ValidatedField(&FieldRules::capabilityNames, this))
    , m_dropAll(new QPushButton(tr("Drop A&LL"), this))
    , m_add(new ValidatedField(&FieldRules::capabilityNames, this))
    , m_capabilityWarning(new QLabel(this))
    , m_seccomp(new SeccompProfileField(this))
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

    for (ValidatedField *field : { m_drop, m_add }) {
        field->setOptional(true);
    }
    m_drop->edit()->setAccessibleName(tr("Capabilities to drop"));
    m_drop->edit()->setPlaceholderText(tr("none; ALL drops every capability"));
    m_dropAll->setToolTip(tr("Drop every capability; add back only what the program needs."));
    m_add->edit()->setAccessibleName(tr("Capabilities to add"));
    m_add->edit()->setPlaceholderText(tr("e.g. NET_BIND_SERVICE (ports below 1024)"));
    m_capabilityWarning->setWordWrap(true);
    m_capabilityWarning->setStyleSheet(QStringLiteral("color: #b35900;"));
    m_capabilityWarning->hide();

    auto *userLabel = new QLabel(tr("Run as u&ser:"), this);
    userLabel->setBuddy(m_runAsUser->edit());
    auto *escalationLabel = new QLabel(tr("Privilege &escalation:"), this);
    escalationLabel->setBuddy(m_escalation);
    auto *seccompLabel = new QLabel(tr("Secc&omp profile:"), this);
    seccompLabel->setBuddy(m_seccomp->type());
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_runAsNonRoot, 0, 0, Qt::AlignTop);
    grid->addWidget(userLabel, 0, 1, Qt::AlignTop);
    grid->addWidget(m_runAsUser, 0, 2, Qt::AlignTop);
    grid->addWidget(m_readOnlyRoot, 1, 0);
    grid->addWidget(escalationLabel, 1, 1);
    grid->addWidget(m_escalation, 1, 2, Qt::AlignLeft);
    grid->addWidget(m_privileged, 2, 0, Qt::AlignTop);
    grid->addWidget(seccompLabel, 2, 1, Qt::AlignTop);
    grid->addWidget(m_seccomp, 2, 2, 1, 2, Qt::AlignTop);
    grid->addWidget(m_privilegedWarning, 3, 0, 1, 4);
    grid->setColumnStretch(3, 1);

    auto *dropRow = new QHBoxLayout;
    dropRow->addWidget(m_drop, 1, Qt::AlignTop);
    dropRow->addWidget(m_dropAll, 0, Qt::AlignTop);
    auto *capabilities = new QFormLayout;
    capabilities->setContentsMargins(0, 0, 0, 0);
    auto *dropLabel = new QLabel(tr("Drop capa&bilities:"), this);
    dropLabel->setBuddy(m_drop->edit());
    auto *addLabel = new QLabel(tr("Add capabili&ties:"), this);
    addLabel->setBuddy(m_add->edit());
    capabilities->addRow(dropLabel, dropRow);
    capabilities->addRow(addLabel, m_add);
    capabilities->addRow(m_capabilityWarning);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addLayout(capabilities);

    connect(m_runAsNonRoot, &QCheckBox::toggled, this, &SecurityContextForm::changed);
    connect(m_runAsUser, &ValidatedField::validityChanged, this, &SecurityContextForm::changed);
    connect(m_runAsUser->edit(), &QLineEdit::textChanged, this, &SecurityContextForm::changed);
    connect(m_readOnlyRoot, &QCheckBox::toggled, this, &SecurityContextForm::changed);
    connect(m_escalation, &QComboBox::currentIndexChanged, this, &SecurityContextForm::changed);
    connect(m_privileged, &QCheckBox::toggled, this, [this](bool on) {
        m_privilegedWarning->setVisible(on);
        Q_EMIT changed();
    });
    for (ValidatedField *field : { m_drop, m_add }) {
        connect(field, &ValidatedField::validityChanged, this, [this] {
            showCapabilityWarnings();
            Q_EMIT changed();
        });
    }
    connect(m_dropAll, &QPushButton::clicked, this, [this] { m_drop->setText(QStringLiteral("ALL")); });
    connect(m_seccomp, &SeccompProfileField::changed, this, &SecurityContextForm::changed);
}

void SecurityContextForm::showCapabilityWarnings()
{
    const QStringList dropped = FieldRules::splitList(m_drop->text());
    m_dropAll->setEnabled(!dropped.contains(QLatin1String("ALL")));
    QStringList warnings;
    // Also beside a server error: the warning may be the way out of it.
    if (m_drop->problems().isEmpty()) {
        warnings += FieldRules::capabilityWarnings(dropped, false);
    }
    if (m_add->problems().isEmpty()) {
        warnings += FieldRules::capabilityWarnings(FieldRules::splitList(m_add->text()), true);
    }
    m_capabilityWarning->setText(warnings.join(QLatin1Char('\n')));
    m_capabilityWarning->setVisible(!warnings.isEmpty());
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
    return m_runAsUser->isValid() && m_drop->isValid() && m_add->isValid() && m_seccomp->isValid();
}

QJsonObject SecurityContextForm::toJson() const
{
    QJsonObject context;
    SecurityJson::insertFlag(context, kRunAsNonRoot, m_runAsNonRoot, m_loaded);
    if (!m_runAsUser->text().isEmpty()) {
        context.insert(kRunAsUser, m_runAsUser->text().toLongLong());
    }
    SecurityJson::insertFlag(context, kReadOnlyRoot, m_readOnlyRoot, m_loaded);
    const QVariant escalation = m_escalation->currentData();
    if (escalation.isValid()) {
        context.insert(kEscalation, escalation.toBool());
    }
    SecurityJson::insertFlag(context, kPrivileged, m_privileged, m_loaded);
    QJsonObject capabilities;
    for (const auto &[key, field] : { std::pair { kAdd, m_add }, std::pair { kDrop, m_drop } }) {
        const QStringList names = FieldRules::splitList(field->text());
        if (!names.isEmpty()) {
            capabilities.insert(key, QJsonArray::fromStringList(names));
        }
    }
    if (!capabilities.isEmpty()) {
        context.insert(kCapabilities, capabilities);
    }
    const QJsonObject seccomp = m_seccomp->toJson();
    if (!seccomp.isEmpty()) {
        context.insert(kSeccomp, seccomp);
    }
    return context;
}

void SecurityContextForm::load(const QJsonObject &securityContext)
{
    m_loaded = securityContext;
    m_runAsNonRoot->setChecked(securityContext.value(kRunAsNonRoot).toBool());
    m_runAsUser->setText(SecurityJson::idText(securityContext.value(kRunAsUser)));
    m_readOnlyRoot->setChecked(securityContext.value(kReadOnlyRoot).toBool());
    const QJsonValue escalation = securityContext.value(kEscalation);
    setAllowPrivilegeEscalation(escalation.isBool() ? QVariant(escalation.toBool()) : QVariant());
    m_privileged->setChecked(securityContext.value(kPrivileged).toBool());
    const QJsonObject capabilities = securityContext.value(kCapabilities).toObject();
    m_drop->setText(joinNames(capabilities.value(kDrop).toArray()));
    m_add->setText(joinNames(capabilities.value(kAdd).toArray()));
    m_seccomp->load(securityContext.value(kSeccomp).toObject());
}

} // namespace Sextant::Ui
