// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/seccompprofilefield.h"

#include "ui/wizards/validatedfield.h"
#include "ui/workloadwizard/fieldrules.h"

#include <QComboBox>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {
const QLatin1String kType("type");
const QLatin1String kLocalhostProfile("localhostProfile");
const QLatin1String kLocalhost("Localhost");
} // namespace

SeccompProfileField::SeccompProfileField(QWidget *parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_path(new ValidatedField(&FieldRules::localhostProfile, this))
{
    m_type->addItem(tr("Not set"), QString());
    m_type->addItem(tr("RuntimeDefault (recommended)"), QStringLiteral("RuntimeDefault"));
    m_type->addItem(tr("Unconfined (no filtering)"), QStringLiteral("Unconfined"));
    m_type->addItem(tr("Localhost (a file on the node)"), QString(kLocalhost));
    m_type->setAccessibleName(tr("Seccomp profile"));
    m_path->edit()->setAccessibleName(tr("Localhost profile"));
    m_path->edit()->setPlaceholderText(tr("e.g. profiles/audit.json"));
    m_path->setToolTip(tr("A path relative to the kubelet's seccomp directory (usually /var/lib/kubelet/seccomp); "
                          "the file must exist on every node the pods may run on."));

    // The path goes under the type: beside it, the container form's grid would grow wider than the page.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_type, 0, Qt::AlignLeft);
    layout->addWidget(m_path);
    followType();

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        followType();
        Q_EMIT changed();
    });
    connect(m_path, &ValidatedField::validityChanged, this, &SeccompProfileField::changed);
}

void SeccompProfileField::followType()
{
    const bool localhost = m_type->currentData().toString() == kLocalhost;
    m_path->setVisible(localhost);
    if (localhost && m_path->text().isEmpty()) {
        // Choosing Localhost asks for the path: say so now rather than after typing.
        m_path->edit()->setModified(true);
        m_path->revalidate();
    }
}

void SeccompProfileField::setType(const QString &type)
{
    int index = m_type->findData(type);
    if (index < 0) {
        m_type->addItem(type, type);
        index = m_type->count() - 1;
    }
    m_type->setCurrentIndex(index);
}

bool SeccompProfileField::isValid() const
{
    return m_type->currentData().toString() != kLocalhost || m_path->isValid();
}

QJsonObject SeccompProfileField::toJson() const
{
    const QString type = m_type->currentData().toString();
    if (type.isEmpty()) {
        return {};
    }
    QJsonObject profile { { kType, type } };
    if (type == kLocalhost) {
        profile.insert(kLocalhostProfile, m_path->text());
    }
    return profile;
}

void SeccompProfileField::load(const QJsonObject &profile)
{
    m_path->setText(profile.value(kLocalhostProfile).toString());
    setType(profile.value(kType).toString());
}

} // namespace Sextant::Ui
