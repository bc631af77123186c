// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/containerform.h"

#include "core/metadata/imagereference.h"
#include "core/metadata/metadatavalidation.h"
#include "ui/wizards/validatedfield.h"
#include "ui/workloadwizard/containerrows.h"
#include "ui/workloadwizard/envfromrow.h"
#include "ui/workloadwizard/fieldrules.h"
#include "ui/workloadwizard/probeform.h"
#include "ui/workloadwizard/projectstores.h"
#include "ui/workloadwizard/rowlist.h"
#include "ui/workloadwizard/securitycontextform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {
const QStringList kResourceKeys { QStringLiteral("requests.cpu"), QStringLiteral("requests.memory"),
    QStringLiteral("limits.cpu"), QStringLiteral("limits.memory") };
const QStringList kProbeKeys { QStringLiteral("livenessProbe"), QStringLiteral("readinessProbe"),
    QStringLiteral("startupProbe") };
const QString kRestartPolicy = QStringLiteral("restartPolicy");
const QString kAlways = QStringLiteral("Always");

QStringList wordsOf(const QJsonArray &array)
{
    QStringList words;
    for (const QJsonValue &word : array) {
        words.append(word.toString());
    }
    return words;
}
} // namespace

ContainerForm::ContainerForm(ProjectStores *stores, QWidget *parent)
    : QWidget(parent)
    , m_stores(stores)
    , m_name(new ValidatedField(&Core::MetadataValidation::dns1123Label, this))
    , m_image(new ValidatedField(&Core::ImageReference::problems, this))
    , m_pullPolicy(new QComboBox(this))
    , m_command(new QLineEdit(this))
    , m_args(new QLineEdit(this))
    , m_ports(new RowList([](QWidget *parent) { return new PortRow(parent); }, tr("Add &port"), this))
    , m_env(new RowList([stores](QWidget *parent) { return new EnvRow(stores, parent); }, tr("Add &variable"), this))
    , m_envFrom(new RowList(
          [stores](QWidget *parent) { return new EnvFromRow(stores, parent); }, tr("Add all &keys of…"), this))
    , m_security(new SecurityContextForm(this))
    , m_sidecar(new QCheckBox(tr("Keeps running beside t&he app (sidecar)"), this))
{
    m_name->edit()->setAccessibleName(tr("Container name"));
    m_image->edit()->setAccessibleName(tr("Image"));
    m_image->edit()->setPlaceholderText(tr("e.g. nginx:1.27 or ghcr.io/org/app:v1"));
    m_pullPolicy->addItem(tr("Default (Always for :latest, else IfNotPresent)"), QString());
    for (const char *policy : { "IfNotPresent", "Always", "Never" }) {
        m_pullPolicy->addItem(QLatin1String(policy), QLatin1String(policy));
    }
    m_pullPolicy->setAccessibleName(tr("Pull policy"));
    m_command->setAccessibleName(tr("Command"));
    m_command->setPlaceholderText(tr("the image's entrypoint when empty"));
    m_args->setAccessibleName(tr("Arguments"));
    m_args->setPlaceholderText(tr("e.g. --port 8080 \"a quoted word\""));

    auto *resources = new QGroupBox(tr("Resources"), this);
    auto *grid = new QGridLayout(resources);
    grid->addWidget(new QLabel(tr("CPU"), resources), 0, 1);
    grid->addWidget(new QLabel(tr("Memory"), resources), 0, 2);
    grid->addWidget(new QLabel(tr("Requests:"), resources), 1, 0, Qt::AlignTop);
    grid->addWidget(new QLabel(tr("Limits:"), resources), 2, 0, Qt::AlignTop);
    for (const QString &key : kResourceKeys) {
        auto *field = new ValidatedField(&FieldRules::positiveQuantity, resources);
        field->setOptional(true);
        const bool cpu = key.endsWith(QLatin1String("cpu"));
        field->edit()->setPlaceholderText(cpu ? tr("e.g. 250m") : tr("e.g. 256Mi"));
        field->edit()->setAccessibleName(key);
        grid->addWidget(field, key.startsWith(QLatin1String("requests")) ? 1 : 2, cpu ? 1 : 2, Qt::AlignTop);
        m_resources.insert(key, field);
        connect(field, &ValidatedField::validityChanged, this, &ContainerForm::changed);
    }

    auto *probes = new QWidget(this);
    m_probesBox = probes;
    auto *probesLayout = new QVBoxLayout(probes);
    probesLayout->setContentsMargins(0, 0, 0, 0);
    const QStringList titles { tr("Liveness probe (restart when failing)"),
        tr("Readiness probe (receive traffic when passing)"), tr("Startup probe (wait for slow starts)") };
    for (qsizetype i = 0; i < kProbeKeys.size(); ++i) {
        auto *probe = new ProbeForm(titles.at(i), probes);
        probesLayout->addWidget(probe);
        m_probes.insert(kProbeKeys.at(i), probe);
        connect(probe, &ProbeForm::changed, this, &ContainerForm::changed);
    }

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_initNote = new QLabel(this);
    m_initNote->setWordWrap(true);
    m_initNote->hide();
    m_sidecar->setToolTip(tr("Writes restartPolicy: Always on this init container."));
    m_sidecar->hide();
    form->addRow(m_initNote);
    form->addRow(m_sidecar);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Image:"), m_image);
    form->addRow(tr("P&ull policy:"), m_pullPolicy);
    form->addRow(tr("Co&mmand:"), m_command);
    form->addRow(tr("&Arguments:"), m_args);
    form->addRow(tr("Ports:"), m_ports);
    form->addRow(tr("Environment:"), m_env);
    form->addRow(tr("Environment from:"), m_envFrom);
    form->addRow(resources);
    form->addRow(m_security);
    form->addRow(probes);

    connect(m_name, &ValidatedField::validityChanged, this, &ContainerForm::changed);
    connect(m_image, &ValidatedField::validityChanged, this, &ContainerForm::changed);
    connect(m_pullPolicy, &QComboBox::currentIndexChanged, this, &ContainerForm::changed);
    connect(m_command, &QLineEdit::textChanged, this, &ContainerForm::changed);
    connect(m_args, &QLineEdit::textChanged, this, &ContainerForm::changed);
    connect(m_ports, &RowList::changed, this, &ContainerForm::changed);
    connect(m_env, &RowList::changed, this, &ContainerForm::changed);
    connect(m_envFrom, &RowList::changed, this, &ContainerForm::changed);
    connect(m_security, &SecurityContextForm::changed, this, &ContainerForm::changed);
    connect(m_sidecar, &QCheckBox::toggled, this, [this] {
        showRole();
        Q_EMIT changed();
    });
}

void ContainerForm::setInitContainer(bool init)
{
    m_init = init;
    showRole();
    Q_EMIT changed();
}

bool ContainerForm::isSidecar() const
{
    return m_init && m_sidecar->isChecked();
}

bool ContainerForm::hasProbes() const
{
    // Plain init containers may not have probes (the apiserver refuses them); sidecars and app containers may.
    return !m_init || m_sidecar->isChecked();
}

void ContainerForm::showRole()
{
    m_probesBox->setVisible(hasProbes());
    m_sidecar->setVisible(m_init);
    m_initNote->setVisible(m_init);
    m_initNote->setText(m_sidecar->isChecked()
            ? tr("A sidecar starts in order with the init containers, and the next one starts as soon as it "
                 "runs (and its startup probe passes). It then keeps running beside the app containers, is "
                 "restarted when it stops, and may have probes.")
            : tr("An init container runs to completion before the app containers start; init containers run one "
                 "after another. It has no probes."));
}

bool ContainerForm::isValid() const
{
    if (!m_name->isValid() || !m_image->isValid() || !m_ports->isValid() || !m_env->isValid() || !m_envFrom->isValid()
        || !m_security->isValid()) {
        return false;
    }
    for (const ValidatedField *field : m_resources) {
        if (!field->isValid()) {
            return false;
        }
    }
    for (const ProbeForm *probe : m_probes) {
        if (hasProbes() && !probe->isValid()) {
            return false;
        }
    }
    return true;
}

QJsonObject ContainerForm::toJson() const
{
    QJsonObject container { { QStringLiteral("name"), m_name->text() }, { QStringLiteral("image"), m_image->text() } };
    if (!m_pullPolicy->currentData().toString().isEmpty()) {
        container.insert(QStringLiteral("imagePullPolicy"), m_pullPolicy->currentData().toString());
    }
    const QStringList command = FieldRules::splitWords(m_command->text());
    if (!command.isEmpty()) {
        container.insert(QStringLiteral("command"), QJsonArray::fromStringList(command));
    }
    const QStringList args = FieldRules::splitWords(m_args->text());
    if (!args.isEmpty()) {
        container.insert(QStringLiteral("args"), QJsonArray::fromStringList(args));
    }
    const QJsonArray ports = m_ports->toJson();
    if (!ports.isEmpty()) {
        container.insert(QStringLiteral("ports"), ports);
    }
    const QJsonArray env = m_env->toJson();
    if (!env.isEmpty()) {
        container.insert(QStringLiteral("env"), env);
    }
    const QJsonArray envFrom = m_envFrom->toJson();
    if (!envFrom.isEmpty()) {
        container.insert(QStringLiteral("envFrom"), envFrom);
    }
    QJsonObject requests;
    QJsonObject limits;
    for (const QString &key : kResourceKeys) {
        const QString value = m_resources.value(key)->text();
        if (value.isEmpty()) {
            continue;
        }
        QJsonObject &target = key.startsWith(QLatin1String("requests")) ? requests : limits;
        target.insert(key.section(QLatin1Char('.'), 1), value);
    }
    QJsonObject resources;
    if (!requests.isEmpty()) {
        resources.insert(QStringLiteral("requests"), requests);
    }
    if (!limits.isEmpty()) {
        resources.insert(QStringLiteral("limits"), limits);
    }
    if (!resources.isEmpty()) {
        container.insert(QStringLiteral("resources"), resources);
    }
    const QJsonObject security = m_security->toJson();
    if (!security.isEmpty()) {
        container.insert(QStringLiteral("securityContext"), security);
    }
    for (const QString &key : kProbeKeys) {
        const QJsonObject probe = hasProbes() ? m_probes.value(key)->toJson() : QJsonObject();
        if (!probe.isEmpty()) {
            container.insert(key, probe);
        }
    }
    if (isSidecar()) {
        container.insert(kRestartPolicy, kAlways);
    } else if (!m_keptRestartPolicy.isEmpty() && (!m_init || m_keptRestartPolicy != kAlways)) {
        container.insert(kRestartPolicy, m_keptRestartPolicy);
    }
    return container;
}

void ContainerForm::load(const QJsonObject &container)
{
    m_name->setText(container.value(QLatin1String("name")).toString());
    m_image->setText(container.value(QLatin1String("image")).toString());
    const int policy = m_pullPolicy->findData(container.value(QLatin1String("imagePullPolicy")).toString());
    m_pullPolicy->setCurrentIndex(policy >= 0 ? policy : 0);
    m_command->setText(FieldRules::joinWords(wordsOf(container.value(QLatin1String("command")).toArray())));
    m_args->setText(FieldRules::joinWords(wordsOf(container.value(QLatin1String("args")).toArray())));
    m_ports->load(container.value(QLatin1String("ports")).toArray());
    m_env->load(container.value(QLatin1String("env")).toArray());
    m_envFrom->load(container.value(QLatin1String("envFrom")).toArray());
    m_security->load(container.value(QLatin1String("securityContext")).toObject());
    const QJsonObject resources = container.value(QLatin1String("resources")).toObject();
    for (const QString &key : kResourceKeys) {
        const QJsonValue value
            = resources.value(key.section(QLatin1Char('.'), 0, 0)).toObject().value(key.section(QLatin1Char('.'), 1));
        // YAML may give a bare number ("cpu: 1").
        m_resources.value(key)->setText(value.isDouble() ? QString::number(value.toDouble()) : value.toString());
    }
    for (const QString &key : kProbeKeys) {
        m_probes.value(key)->load(container.value(key).toObject());
    }
    m_keptRestartPolicy = container.value(kRestartPolicy).toString();
    m_sidecar->setChecked(m_keptRestartPolicy == kAlways);
}

} // namespace Sextant::Ui
