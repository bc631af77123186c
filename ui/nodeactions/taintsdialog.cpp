// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/nodeactions/taintsdialog.h"

#include "core/api/apiclient.h"
#include "ui/nodeactions/nodeactionsupport.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace Support = NodeActionSupport;
using Core::NodePatches::Taint;

TaintsDialog::TaintsDialog(ActionTarget target, QWidget *parent)
    : QDialog(parent)
    , m_target(std::move(target))
    , m_nodeName(Support::nameOf(m_target.objects.value(0)))
{
    setObjectName(QStringLiteral("taintsDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Taints of node %1").arg(m_nodeName));
    resize(760, 380);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Pods are not scheduled on (NoSchedule), preferably kept off (PreferNoSchedule) or "
                                "evicted from (NoExecute) a tainted node unless they tolerate the taint."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    m_table = new TaintsTable(this);
    m_reloadButton = new QPushButton(tr("Re&load"), this);
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_reloadButton->setAccessibleName(tr("Read the node's current taints again"));
    m_table->buttonRow()->addWidget(m_reloadButton);
    layout->addWidget(m_table, 1);

    m_status = NodeActionSupport::createStatusLabel(this);
    layout->addWidget(m_status);
    m_error = NodeActionSupport::createErrorLabel(this);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_applyButton = buttons->addButton(tr("A&pply"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setDefault(true);
    m_applyButton->setEnabled(false);
    layout->addWidget(buttons);

    connect(m_reloadButton, &QPushButton::clicked, this, &TaintsDialog::reload);
    connect(m_applyButton, &QPushButton::clicked, this, &TaintsDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &TaintsTable::edited, this, &TaintsDialog::showState);

    reload();
}

TaintsDialog::~TaintsDialog()
{
    m_request.cancel();
}

void TaintsDialog::reload()
{
    Core::ApiClient *client = Support::clientOf(m_target);
    if (!client)
        return;
    m_request.cancel();
    m_loaded = false;
    m_applyButton->setEnabled(false);
    m_status->setText(tr("Reading node %1…").arg(m_nodeName));
    // The store's copy may be older: the resourceVersion guard needs the one the user sees.
    m_request = client->get(
        Core::NodePatches::nodesResource(), {}, m_nodeName, this,
        [this](const QJsonObject &node) {
            m_node = node;
            m_resourceVersion = Support::resourceVersionOf(node);
            m_original = Core::NodePatches::taintsOf(node);
            m_loaded = true;
            m_error->hide();
            m_table->setTaints(m_original); // edited() shows the state
            Q_EMIT loaded();
        },
        [this](const Core::ApiError &error) {
            if (error.isCancelled())
                return;
            showError(error.message);
            m_status->setText(tr("Could not read node %1.").arg(m_nodeName));
        });
}

QString TaintsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool TaintsDialog::hasChanges() const
{
    return m_table->taints() != m_original;
}

bool TaintsDialog::canApply() const
{
    return m_loaded && m_table->problems().isEmpty() && hasChanges() && !m_request.isRunning();
}

void TaintsDialog::showState()
{
    const QStringList all = m_table->problems();
    if (!m_loaded)
        m_status->setText(tr("Reading node %1…").arg(m_nodeName));
    else if (!all.isEmpty())
        m_status->setText(tr("%n problem(s) to fix before applying:", nullptr, int(all.size())) + QStringLiteral("\n• ")
            + all.join(QStringLiteral("\n• ")));
    else if (!hasChanges())
        m_status->setText(tr("No changes."));
    else
        m_status->setText(tr("Apply replaces the taints of node %1 unless someone changed the node since it was read.")
                              .arg(m_nodeName));
    m_applyButton->setEnabled(canApply());
}

void TaintsDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void TaintsDialog::apply()
{
    Core::ApiClient *client = Support::clientOf(m_target);
    if (!client || !canApply())
        return;
    m_error->hide();
    m_applyButton->setEnabled(false);
    Support::progress(m_target, tr("Updating taints of node %1…").arg(m_nodeName));
    // An update carrying the resourceVersion read: 409 if the node changed meanwhile.
    m_request = client->update(
        Core::NodePatches::nodesResource(), {}, Core::NodePatches::withTaints(m_node, m_table->taints()), {}, this,
        [this](const QJsonObject &) {
            Support::succeeded(m_target, tr("Taints of node %1 updated.").arg(m_nodeName));
            Q_EMIT applied();
            accept();
        },
        [this](const Core::ApiError &error) {
            if (error.isCancelled())
                return;
            const bool conflict = error.isConflict();
            if (conflict) {
                showError(tr("Node %1 changed since its taints were read, so nothing was changed. Reload to see "
                             "its current taints, then make your change again.")
                              .arg(m_nodeName)
                    + QStringLiteral("\n") + error.message);
            } else {
                showError(error.message);
            }
            Support::failed(m_target, tr("Could not update the taints of node %1").arg(m_nodeName), error);
            m_applyButton->setEnabled(m_loaded && m_table->problems().isEmpty() && hasChanges());
            Q_EMIT applyFailed(error, conflict);
        });
}

} // namespace Sextant::Ui
