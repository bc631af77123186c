// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/mainwindow/doctordialog.h"

#include "core/cluster/clustermanager.h"
#include "core/doctor/connectiondoctor.h"
#include "core/doctor/doctorreport.h"
#include "core/kinds/kindrenderer.h"
#include "ui/delegates/healthdelegate.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {
Core::Health healthOf(Core::DoctorStep::Status status)
{
    switch (status) {
    case Core::DoctorStep::Passed:
        return Core::Health::Healthy;
    case Core::DoctorStep::Failed:
        return Core::Health::Failed;
    case Core::DoctorStep::Warning:
        return Core::Health::Warning;
    case Core::DoctorStep::Skipped:
        break;
    }
    return Core::Health::Unknown;
}

} // namespace

DoctorDialog::DoctorDialog(Core::ClusterManager *manager, const QString &context, QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
    , m_context(context)
    , m_steps(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Connection doctor — %1").arg(context));
    m_steps->setObjectName(QStringLiteral("doctorStepsTreeWidget"));
    m_steps->setAccessibleName(tr("Connection checks"));
    m_steps->setColumnCount(2);
    m_steps->setHeaderLabels({ tr("Check"), tr("Result") });
    m_steps->setRootIsDecorated(false);
    m_steps->setWordWrap(true);
    m_steps->setUniformRowHeights(false);
    m_steps->header()->resizeSection(0, 200);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_rerun = buttons->addButton(tr("Check &again"), QDialogButtonBox::ActionRole);
    m_copy = buttons->addButton(tr("&Copy report"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rerun, &QPushButton::clicked, this, &DoctorDialog::run);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (m_doctor) {
            QGuiApplication::clipboard()->setText(Core::DoctorReport::format(m_doctor->steps()));
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(820, 420);
}

DoctorDialog::~DoctorDialog() = default;

void DoctorDialog::run()
{
    if (m_doctor) {
        m_doctor->cancel();
        m_doctor->deleteLater();
    }
    Core::ConfigOverrides overrides;
    overrides.context = m_context;
    m_doctor = new Core::ConnectionDoctor(m_manager->kubeconfig(), overrides, this);
    m_steps->clear();
    for (const Core::DoctorStep &planned : Core::ConnectionDoctor::plannedSteps()) {
        auto *item = new QTreeWidgetItem(m_steps, { planned.title, QString() });
        item->setIcon(0, healthIcon(Core::Health::Unknown));
    }
    m_summary->setText(tr("Checking…"));
    m_rerun->setEnabled(false);
    m_copy->setEnabled(false);
    connect(m_doctor, &Core::ConnectionDoctor::stepProgress, this, [this](int index, const QString &message) {
        if (QTreeWidgetItem *item = m_steps->topLevelItem(index)) {
            item->setText(1, message);
            item->setIcon(0, healthIcon(Core::Health::Progressing));
        }
    });
    connect(m_doctor, &Core::ConnectionDoctor::stepFinished, this, &DoctorDialog::showStep);
    connect(m_doctor, &Core::ConnectionDoctor::finished, this, [this](bool passed) {
        const QList<Core::DoctorStep> steps = m_doctor->steps();
        for (qsizetype i = 0; i < steps.size(); ++i) {
            showStep(int(i), steps.at(i));
        }
        m_summary->setText(passed ? tr("All checks passed.") : tr("A check failed; its hint says how to fix it."));
        m_rerun->setEnabled(true);
        m_copy->setEnabled(true);
        Q_EMIT checkFinished(passed);
    });
    m_doctor->start();
}

void DoctorDialog::showStep(int index, const Core::DoctorStep &step)
{
    QTreeWidgetItem *item = m_steps->topLevelItem(index);
    if (!item) {
        return;
    }
    QString text = step.detail;
    if (!step.hint.isEmpty()) {
        text += QLatin1Char('\n') + tr("Hint: %1").arg(step.hint);
    }
    if (step.status == Core::DoctorStep::Skipped && text.isEmpty()) {
        text = tr("Skipped");
    }
    item->setText(0, step.title);
    item->setText(1, text);
    item->setToolTip(1, text);
    item->setIcon(0, healthIcon(healthOf(step.status)));
}

} // namespace Sextant::Ui
