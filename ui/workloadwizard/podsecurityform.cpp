// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/podsecurityform.h"

#include "ui/wizards/validatedfield.h"
#include "ui/workloadwizard/fieldrules.h"
#include "ui/workloadwizard/seccompprofilefield.h"
#include "ui/workloadwizard/sectionpage.h"
#include "ui/workloadwizard/securityjson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>

namespace Sextant::Ui {

namespace {
const QLatin1String kRunAsNonRoot("runAsNonRoot");
const QLatin1String kRunAsUser("runAsUser");
const QLatin1String kRunAsGroup("runAsGroup");
const QLatin1String kFsGroup("fsGroup");
const QLatin1String kChangePolicy("fsGroupChangePolicy");
const QLatin1String kSupplementalGroups("supplementalGroups");
const QLatin1String kSeccomp("seccompProfile");
} // namespace

PodSecurityForm::PodSecurityForm(QWidget *parent)
    : QGroupBox(tr("Pod security conte&xt (every container, unless its own says otherwise)"), parent)
    , m_runAsNonRoot(new QCheckBox(tr("Run as non-root"), this))
    , m_runAsUser(new ValidatedField(&FieldRules::userId, this))
    , m_runAsGroup(new ValidatedField(&FieldRules::userId, this))
    , m_fsGroup(new ValidatedField(&FieldRules::userId, this))
    , m_changePolicy(new QComboBox(this))
    , m_supplementalGroups(new ValidatedField(&FieldRules::userIds, this))
    , m_seccomp(new SeccompProfileField(this))
    , m_restrictedNote(new QLabel(this))
{
    setCheckable(true);
    setChecked(false);
    auto *body = new QWidget(this);
    const QList<std::pair<ValidatedField *, QString>> ids { { m_runAsUser, tr("Run as user") },
        { m_runAsGroup, tr("Run as group") }, { m_fsGroup, tr("fsGroup") },
        { m_supplementalGroups, tr("Supplemental groups") } };
    for (const auto &[field, name] : ids) {
        field->setParent(body);
        field->setOptional(true);
        field->edit()->setAccessibleName(name);
        field->setMaximumWidth(field == m_supplementalGroups ? 420 : 160);
        connect(field, &ValidatedField::validityChanged, this, &PodSecurityForm::changed);
    }
    m_runAsNonRoot->setParent(body);
    m_changePolicy->setParent(body);
    m_seccomp->setParent(body);
    m_restrictedNote->setParent(body);
    m_runAsUser->edit()->setPlaceholderText(tr("the image's user"));
    m_runAsGroup->edit()->setPlaceholderText(tr("the image's group"));
    m_fsGroup->edit()->setPlaceholderText(tr("e.g. 2000"));
    m_fsGroup->setToolTip(tr("Volumes that support it are owned by this group, and the containers' processes "
                             "belong to it."));
    m_supplementalGroups->edit()->setPlaceholderText(tr("e.g. 3000, 4000"));
    m_changePolicy->addItem(tr("Default (Always)"), QString());
    m_changePolicy->addItem(tr("OnRootMismatch (faster for large volumes)"), QStringLiteral("OnRootMismatch"));
    m_changePolicy->addItem(tr("Always"), QStringLiteral("Always"));
    m_changePolicy->setAccessibleName(tr("fsGroup change policy"));
    m_changePolicy->setToolTip(tr("When the kubelet gives the volumes to the fsGroup: on every mount (Always), or only "
                                  "when the volume's root directory has another owner (OnRootMismatch)."));
    m_restrictedNote->setWordWrap(true);
    m_restrictedNote->setTextFormat(Qt::PlainText);

    auto label = [body](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, body);
        label->setBuddy(buddy);
        return label;
    };
    auto *grid = new QGridLayout(body);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_runAsNonRoot, 0, 0, 1, 4);
    grid->addWidget(label(tr("Run as user:"), m_runAsUser->edit()), 1, 0, Qt::AlignTop);
    grid->addWidget(m_runAsUser, 1, 1, Qt::AlignTop);
    grid->addWidget(label(tr("Run as group:"), m_runAsGroup->edit()), 1, 2, Qt::AlignTop);
    grid->addWidget(m_runAsGroup, 1, 3, Qt::AlignTop);
    grid->addWidget(label(tr("fsGroup:"), m_fsGroup->edit()), 2, 0, Qt::AlignTop);
    grid->addWidget(m_fsGroup, 2, 1, Qt::AlignTop);
    grid->addWidget(label(tr("Volume o&wnership:"), m_changePolicy), 2, 2, Qt::AlignTop);
    grid->addWidget(m_changePolicy, 2, 3, Qt::AlignTop);
    grid->addWidget(label(tr("Supplemental groups:"), m_supplementalGroups->edit()), 3, 0, Qt::AlignTop);
    grid->addWidget(m_supplementalGroups, 3, 1, 1, 3, Qt::AlignTop);
    grid->addWidget(label(tr("Se&ccomp profile:"), m_seccomp->type()), 4, 0, Qt::AlignTop);
    grid->addWidget(m_seccomp, 4, 1, 1, 4, Qt::AlignTop);
    grid->addWidget(m_restrictedNote, 5, 0, 1, 5);
    grid->setColumnStretch(4, 1);
    collapseWhenUnchecked(this, body);

    connect(this, &QGroupBox::toggled, this, &PodSecurityForm::changed);
    connect(m_runAsNonRoot, &QCheckBox::toggled, this, &PodSecurityForm::changed);
    connect(m_changePolicy, &QComboBox::currentIndexChanged, this, &PodSecurityForm::changed);
    connect(m_seccomp, &SeccompProfileField::changed, this, &PodSecurityForm::changed);
}

void PodSecurityForm::setFsGroupChangePolicy(const QString &policy)
{
    int index = m_changePolicy->findData(policy);
    if (index < 0) {
        m_changePolicy->addItem(policy, policy); // the YAML's, kept for the server to judge
        index = m_changePolicy->count() - 1;
    }
    m_changePolicy->setCurrentIndex(index);
}

void PodSecurityForm::showRestrictedProblems(const QStringList &problems)
{
    QPalette palette = m_restrictedNote->palette();
    if (problems.isEmpty()) {
        m_restrictedNote->setText(tr("The pod meets the Pod Security \u201crestricted\u201d profile."));
        palette.setColor(QPalette::WindowText, QColor(0x2e, 0x7d, 0x32));
    } else {
        QStringList lines { tr("Not yet Pod Security \u201crestricted\u201d:") };
        for (const QString &problem : problems) {
            lines.append(QStringLiteral("\u2022 ") + problem);
        }
        m_restrictedNote->setText(lines.join(QLatin1Char('\n')));
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x6a, 0x00));
    }
    m_restrictedNote->setPalette(palette);
}

bool PodSecurityForm::isValid() const
{
    if (!isChecked()) {
        return true;
    }
    return m_runAsUser->isValid() && m_runAsGroup->isValid() && m_fsGroup->isValid() && m_supplementalGroups->isValid()
        && m_seccomp->isValid();
}

QJsonObject PodSecurityForm::toJson() const
{
    QJsonObject context;
    if (!isChecked()) {
        return context;
    }
    SecurityJson::insertFlag(context, kRunAsNonRoot, m_runAsNonRoot, m_loaded);
    for (const auto &[key, field] : { std::pair { kRunAsUser, m_runAsUser }, std::pair { kRunAsGroup, m_runAsGroup },
             std::pair { kFsGroup, m_fsGroup } }) {
        if (!field->text().isEmpty()) {
            context.insert(key, field->text().toLongLong());
        }
    }
    if (!m_changePolicy->currentData().toString().isEmpty()) {
        context.insert(kChangePolicy, m_changePolicy->currentData().toString());
    }
    QJsonArray groups;
    for (const QString &id : FieldRules::splitList(m_supplementalGroups->text())) {
        groups.append(id.toLongLong());
    }
    if (!groups.isEmpty()) {
        context.insert(kSupplementalGroups, groups);
    }
    const QJsonObject seccomp = m_seccomp->toJson();
    if (!seccomp.isEmpty()) {
        context.insert(kSeccomp, seccomp);
    }
    return context;
}

void PodSecurityForm::load(const QJsonObject &securityContext)
{
    m_loaded = securityContext;
    setChecked(!securityContext.isEmpty());
    m_runAsNonRoot->setChecked(securityContext.value(kRunAsNonRoot).toBool());
    m_runAsUser->setText(SecurityJson::idText(securityContext.value(kRunAsUser)));
    m_runAsGroup->setText(SecurityJson::idText(securityContext.value(kRunAsGroup)));
    m_fsGroup->setText(SecurityJson::idText(securityContext.value(kFsGroup)));
    setFsGroupChangePolicy(securityContext.value(kChangePolicy).toString());
    QStringList groups;
    for (const QJsonValue &id : securityContext.value(kSupplementalGroups).toArray()) {
        groups.append(SecurityJson::idText(id));
    }
    m_supplementalGroups->setText(groups.join(QStringLiteral(", ")));
    m_seccomp->load(securityContext.value(kSeccomp).toObject());
}

} // namespace Sextant::Ui
