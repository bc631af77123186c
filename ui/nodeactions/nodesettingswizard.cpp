// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/nodeactions/nodesettingswizard.h"

#include "core/api/apiclient.h"
#include "ui/nodeactions/metadatatable.h"
#include "ui/nodeactions/nodeactionsupport.h"
#include "ui/nodeactions/taintstable.h"
#include "ui/wizards/formpage.h"
#include "ui/wizards/wizardheaderfit.h"

#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace Support = NodeActionSupport;
using Core::NodePatches::NodeSettings;
using Core::NodePatches::Taint;

namespace {

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString taintText(const Taint &taint)
{
    return (taint.value.isEmpty() ? taint.key : taint.key + QLatin1Char('=') + taint.value) + QLatin1Char(':')
        + taint.effect;
}

} // namespace

NodeSettingsWizard::NodeSettingsWizard(ActionTarget target, QWidget *parent)
    : QWizard(parent)
    , m_target(std::move(target))
    , m_nodeName(Support::nameOf(m_target.objects.value(0)))
{
    setObjectName(QStringLiteral("nodeSettingsWizard"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Edit node %1").arg(m_nodeName));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    new WizardHeaderFit(this);
    resize(820, 560);

    auto *scheduling
        = new FormPage(tr("Scheduling"), tr("Whether the scheduler may place new pods on node %1.").arg(m_nodeName));
    scheduling->addCheck([this] { return m_loaded; });
    auto *schedulingLayout = new QVBoxLayout(scheduling);
    m_schedulable = new QRadioButton(tr("&Schedulable: new pods may be placed on this node"), scheduling);
    m_schedulable->setObjectName(QStringLiteral("schedulable"));
    m_cordoned = new QRadioButton(tr("&Cordoned: no new pods; the pods running here stay"), scheduling);
    m_cordoned->setObjectName(QStringLiteral("cordoned"));
    schedulingLayout->addWidget(m_schedulable);
    schedulingLayout->addWidget(m_cordoned);
    schedulingLayout->addWidget(wrappedLabel(
        tr("To move the running pods elsewhere before maintenance, use Drain on the node instead."), scheduling));
    schedulingLayout->addStretch();
    m_readStatus = Support::createStatusLabel(scheduling);
    schedulingLayout->addWidget(m_readStatus);
    setPage(SchedulingPage, scheduling);

    auto *labelsPage = new FormPage(tr("Labels"),
        tr("Workloads choose nodes by these labels (node selectors and affinity). The kubelet sets the "
           "kubernetes.io/ and node.kubernetes.io/ labels itself."));
    auto *labelsLayout = new QVBoxLayout(labelsPage);
    m_labels = new MetadataTable(MetadataTable::Field::Labels, labelsPage);
    labelsPage->addCheck([this] { return m_labels->problems().isEmpty(); });
    labelsLayout->addWidget(m_labels);
    setPage(LabelsPage, labelsPage);
    connect(m_labels, &MetadataTable::edited, labelsPage, &FormPage::recheck);

    auto *taintsPage = new FormPage(tr("Taints"),
        tr("Pods are not scheduled on (NoSchedule), preferably kept off (PreferNoSchedule) or evicted from "
           "(NoExecute) a tainted node unless they tolerate the taint."));
    auto *taintsLayout = new QVBoxLayout(taintsPage);
    m_taints = new TaintsTable(taintsPage);
    taintsPage->addCheck([this] { return m_taints->problems().isEmpty(); });
    taintsLayout->addWidget(m_taints);
    setPage(TaintsPage, taintsPage);
    connect(m_taints, &TaintsTable::edited, taintsPage, &FormPage::recheck);

    auto *review = new FormPage(tr("Review"), tr("What Apply changes on node %1.").arg(m_nodeName));
    auto *reviewLayout = new QVBoxLayout(review);
    m_changes = new QListWidget(review);
    m_changes->setObjectName(QStringLiteral("changes"));
    m_changes->setAccessibleName(tr("Changes"));
    reviewLayout->addWidget(m_changes, 1);
    m_reviewStatus = Support::createStatusLabel(review);
    reviewLayout->addWidget(m_reviewStatus);
    m_error = Support::createErrorLabel(review);
    reviewLayout->addWidget(m_error);
    review->addCheck([this] { return canApply() && !m_request.isRunning(); });
    review->setOnLeave([this] {
        if (!m_applied) {
            apply();
        }
        return m_applied;
    });
    review->setFinalPage(true);
    setPage(ReviewPage, review);
    setButtonText(QWizard::FinishButton, tr("A&pply"));
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == ReviewPage) {
            showReview();
        }
    });

    m_readStatus->setText(tr("Reading node %1…").arg(m_nodeName));
    read([this](const QJsonObject &node) {
        m_node = node;
        m_base = Core::NodePatches::settingsOf(node);
        fill(m_base);
        m_loaded = true;
        m_readStatus->clear();
        static_cast<FormPage *>(page(SchedulingPage))->recheck();
        Q_EMIT loaded();
    });
}

NodeSettingsWizard::~NodeSettingsWizard()
{
    m_request.cancel();
}

void NodeSettingsWizard::read(std::function<void(const QJsonObject &)> then)
{
    Core::ApiClient *client = Support::clientOf(m_target);
    if (!client) {
        return;
    }
    // The store's copy may be older: the resourceVersion guard needs the one the user sees.
    m_request = client->get(
        Core::NodePatches::nodesResource(), {}, m_nodeName, this, std::move(then), [this](const Core::ApiError &error) {
            if (error.isCancelled()) {
                return;
            }
            m_readStatus->setText(tr("Could not read node %1: %2").arg(m_nodeName, error.message));
            showError(error.message);
        });
}

void NodeSettingsWizard::fill(const NodeSettings &settings)
{
    (settings.unschedulable ? m_cordoned : m_schedulable)->setChecked(true);
    m_labels->setEntries(settings.labels);
    m_taints->setTaints(settings.taints);
}

NodeSettings NodeSettingsWizard::settings() const
{
    return { m_cordoned->isChecked(), m_labels->entries(), m_taints->taints() };
}

QStringList NodeSettingsWizard::changes() const
{
    const NodeSettings now = settings();
    QStringList result;
    if (now.unschedulable != m_base.unschedulable) {
        result.append(now.unschedulable ? tr("Cordon: no new pods will be scheduled on the node")
                                        : tr("Uncordon: new pods may be scheduled on the node again"));
    }
    QStringList keys = m_base.labels.keys() + now.labels.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        if (!m_base.labels.contains(key)) {
            result.append(tr("Add label %1=%2").arg(key, now.labels.value(key)));
        } else if (!now.labels.contains(key)) {
            result.append(tr("Remove label %1").arg(key));
        } else if (m_base.labels.value(key) != now.labels.value(key)) {
            result.append(
                tr("Change label %1 from \"%2\" to \"%3\"").arg(key, m_base.labels.value(key), now.labels.value(key)));
        }
    }
    for (const Taint &taint : m_base.taints) {
        if (!now.taints.contains(taint)) {
            result.append(tr("Remove taint %1").arg(taintText(taint)));
        }
    }
    for (const Taint &taint : now.taints) {
        if (!m_base.taints.contains(taint)) {
            result.append(tr("Add taint %1").arg(taintText(taint)));
        }
    }
    return result;
}

bool NodeSettingsWizard::canApply() const
{
    return m_loaded && m_labels->problems().isEmpty() && m_taints->problems().isEmpty() && !changes().isEmpty();
}

QString NodeSettingsWizard::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void NodeSettingsWizard::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void NodeSettingsWizard::showReview()
{
    m_changes->clear();
    const QStringList all = changes();
    m_changes->addItems(all);
    if (all.isEmpty()) {
        m_reviewStatus->setText(tr("No changes."));
    } else if (!m_request.isRunning()) {
        m_reviewStatus->setText(
            tr("Apply updates node %1 unless someone changed it since it was read.").arg(m_nodeName));
    }
    static_cast<FormPage *>(page(ReviewPage))->recheck();
}

void NodeSettingsWizard::apply()
{
    Core::ApiClient *client = Support::clientOf(m_target);
    if (!client || !canApply() || m_request.isRunning()) {
        return;
    }
    showError({});
    m_reviewStatus->setText(tr("Updating node %1…").arg(m_nodeName));
    Support::progress(m_target, tr("Updating node %1…").arg(m_nodeName));
    m_request = client->update(
        Core::NodePatches::nodesResource(), {}, Core::NodePatches::withSettings(m_node, settings()), {}, this,
        [this](const QJsonObject &) {
            m_applied = true;
            Support::succeeded(m_target, tr("Node %1 updated.").arg(m_nodeName));
            Q_EMIT applied();
            accept();
        },
        [this](const Core::ApiError &error) {
            if (error.isCancelled()) {
                return;
            }
            Support::failed(m_target, tr("Could not update node %1").arg(m_nodeName), error);
            if (!error.isConflict()) {
                showError(error.message);
                showReview();
                Q_EMIT applyFailed(error, false);
                return;
            }
            // Theirs wins where I changed nothing; my changes are made again on their node.
            const NodeSettings mine = settings();
            read([this, mine, error](const QJsonObject &node) {
                const NodeSettings theirs = Core::NodePatches::settingsOf(node);
                const NodeSettings merged = Core::NodePatches::rebased(m_base, mine, theirs);
                m_node = node;
                m_base = theirs;
                fill(merged);
                showError(tr("Node %1 changed while you edited it, so nothing was changed. Your changes are "
                             "shown again on its current state: review them and apply again.")
                              .arg(m_nodeName));
                showReview();
                Q_EMIT applyFailed(error, true);
            });
        });
    showReview();
}

} // namespace Sextant::Ui
