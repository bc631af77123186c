// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/actions/scaledialog.h"

#include "core/actions/workloadpatches.h"
#include "ui/actions/actionsupport.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Sextant::Ui {

ScaleDialog::ScaleDialog(ActionTarget target, QWidget *parent)
    : QDialog(parent)
    , m_target(std::move(target))
{
    setObjectName(QStringLiteral("scaleDialog"));
    const QJsonObject object = m_target.objects.value(0);
    const int current = Core::WorkloadPatches::replicas(object);
    setWindowTitle(tr("Scale %1").arg(ActionSupport::describe(m_target.resource, object)));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *currentLabel = new QLabel(QString::number(current), this);
    currentLabel->setObjectName(QStringLiteral("currentReplicas"));
    currentLabel->setAccessibleName(tr("Current replicas"));
    form->addRow(tr("Current replicas:"), currentLabel);
    m_replicas = new QSpinBox(this);
    m_replicas->setObjectName(QStringLiteral("replicas"));
    m_replicas->setAccessibleName(tr("New number of replicas"));
    m_replicas->setRange(0, 100000);
    m_replicas->setValue(current);
    form->addRow(tr("&Replicas:"), m_replicas);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_scaleButton = buttons->addButton(tr("Scale"), QDialogButtonBox::AcceptRole);
    m_scaleButton->setObjectName(QStringLiteral("scaleButton"));
    m_scaleButton->setDefault(true);
    // Not connected to accept(): the dialog closes only once the server agreed.
    connect(m_scaleButton, &QPushButton::clicked, this, &ScaleDialog::scale);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_replicas->selectAll();
    m_replicas->setFocus();
}

void ScaleDialog::setReplicas(int replicas)
{
    m_replicas->setValue(replicas);
}

void ScaleDialog::scale()
{
    const QJsonObject object = m_target.objects.value(0);
    const int replicas = m_replicas->value();
    const QString what = ActionSupport::describe(m_target.resource, object);
    Core::PatchOptions options;
    options.type = Core::PatchType::Merge;
    options.subresource = QStringLiteral("scale");
    m_scaleButton->setEnabled(false);
    m_error->hide();
    ActionSupport::patchObject(m_target, object, Core::WorkloadPatches::scale(replicas), options,
        tr("Scaling %1 to %2…").arg(what).arg(replicas), tr("Scaled %1 to %2.").arg(what).arg(replicas),
        tr("Could not scale %1").arg(what), this, [this](bool ok, const Core::ApiError &error) {
            if (ok) {
                accept();
                return;
            }
            m_error->setText(error.message);
            m_error->show();
            m_scaleButton->setEnabled(true);
        });
}

} // namespace Sextant::Ui
