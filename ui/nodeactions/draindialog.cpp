// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/nodeactions/draindialog.h"

#include "ui/nodeactions/nodeactionsupport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace Support = NodeActionSupport;
using Core::DrainPod;

namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QCheckBox *option(const QString &text, const QString &why, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setAccessibleName(text);
    box->setAccessibleDescription(why);
    box->setToolTip(why);
    return box;
}

} // namespace

DrainDialog::DrainDialog(ActionTarget target, QWidget *parent)
    : QDialog(parent)
    , m_target(std::move(target))
    , m_nodeName(m_target.objects.isEmpty() ? QString() : Support::nameOf(m_target.objects.first()))
{
    setObjectName(QStringLiteral("drainDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Drain node %1").arg(m_nodeName));
    resize(860, 620);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation(tr("Draining cordons node %1, then evicts its pods through the eviction API, which "
                                     "respects PodDisruptionBudgets. Controllers recreate evicted pods on other nodes. "
                                     "The node stays cordoned afterwards; uncordon it when maintenance is done.")
                                      .arg(m_nodeName),
        this));

    m_optionsBox = new QGroupBox(tr("Options"), this);
    m_optionsBox->setAccessibleName(tr("Drain options"));
    auto *form = new QVBoxLayout(m_optionsBox);
    const QString daemonSetsWhy = tr("DaemonSet pods stay on the node: their controller ignores cordoning and would "
                                     "start them again at once. Without this, their presence stops the drain.");
    m_ignoreDaemonSets = option(tr("Ignore DaemonSets"), daemonSetsWhy, m_optionsBox);
    m_ignoreDaemonSets->setObjectName(QStringLiteral("ignoreDaemonSets"));
    m_ignoreDaemonSets->setChecked(true);
    form->addWidget(m_ignoreDaemonSets);
    m_explanations.append(explanation(daemonSetsWhy, m_optionsBox));
    form->addWidget(m_explanations.last());
    const QString emptyDirWhy = tr("Pods with emptyDir volumes are evicted too; the data in those volumes is lost.");
    m_deleteEmptyDir = option(tr("Delete emptyDir data"), emptyDirWhy, m_optionsBox);
    m_deleteEmptyDir->setObjectName(QStringLiteral("deleteEmptyDirData"));
    form->addWidget(m_deleteEmptyDir);
    m_explanations.append(explanation(emptyDirWhy, m_optionsBox));
    form->addWidget(m_explanations.last());
    const QString forceWhy = tr("Pods that no controller manages are evicted too; nothing recreates them.");
    m_force = option(tr("Force: evict unmanaged pods"), forceWhy, m_optionsBox);
    m_force->setObjectName(QStringLiteral("force"));
    form->addWidget(m_force);
    m_explanations.append(explanation(forceWhy, m_optionsBox));
    form->addWidget(m_explanations.last());

    auto *numbers = new QFormLayout;
    m_gracePeriod = new QSpinBox(m_optionsBox);
    m_gracePeriod->setObjectName(QStringLiteral("gracePeriod"));
    m_gracePeriod->setRange(-1, 86400);
    m_gracePeriod->setValue(-1);
    m_gracePeriod->setSpecialValueText(tr("Each pod's own"));
    m_gracePeriod->setSuffix(tr(" s"));
    m_gracePeriod->setAccessibleName(tr("Grace period in seconds"));
    numbers->addRow(tr("&Grace period:"), m_gracePeriod);
    m_timeout = new QSpinBox(m_optionsBox);
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(0, 86400);
    m_timeout->setValue(0);
    m_timeout->setSpecialValueText(tr("No limit"));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Give up after seconds"));
    numbers->addRow(tr("Give &up after:"), m_timeout);
    form->addLayout(numbers);
    layout->addWidget(m_optionsBox);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("pods"));
    m_table->setAccessibleName(tr("Pods on node %1").arg(m_nodeName));
    m_table->setHorizontalHeaderLabels({ tr("Namespace"), tr("Pod"), tr("Status"), tr("Message") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setColumnWidth(NamespaceColumn, 110);
    m_table->setColumnWidth(PodColumn, 190);
    m_table->setColumnWidth(StatusColumn, 290);
    m_table->hide();
    layout->addWidget(m_table, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Drain status"));
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(this);
    m_drainButton = buttons->addButton(tr("&Drain"), QDialogButtonBox::DestructiveRole);
    m_drainButton->setObjectName(QStringLiteral("drainButton"));
    m_drainButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->hide();
    connect(m_drainButton, &QPushButton::clicked, this, &DrainDialog::startDrain);
    connect(m_cancelButton, &QPushButton::clicked, this, &DrainDialog::reject);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    layout->addWidget(buttons);
}

DrainDialog::~DrainDialog()
{
    // Closing the window mid-drain stops it like Cancel: nothing runs unseen.
    if (m_drainer)
        m_drainer->cancel();
}

Core::DrainOptions DrainDialog::options() const
{
    Core::DrainOptions options;
    options.ignoreDaemonSets = m_ignoreDaemonSets->isChecked();
    options.deleteEmptyDirData = m_deleteEmptyDir->isChecked();
    options.force = m_force->isChecked();
    if (m_gracePeriod->value() >= 0)
        options.gracePeriodSeconds = m_gracePeriod->value();
    options.timeoutSeconds = m_timeout->value();
    options.retryIntervalMs = m_retryMs;
    options.pollIntervalMs = m_pollMs;
    return options;
}

void DrainDialog::setOptions(const Core::DrainOptions &options)
{
    m_ignoreDaemonSets->setChecked(options.ignoreDaemonSets);
    m_deleteEmptyDir->setChecked(options.deleteEmptyDirData);
    m_force->setChecked(options.force);
    m_gracePeriod->setValue(options.gracePeriodSeconds.value_or(-1));
    m_timeout->setValue(options.timeoutSeconds);
}

void DrainDialog::setIntervals(int retryMs, int pollMs)
{
    m_retryMs = retryMs;
    m_pollMs = pollMs;
}

bool DrainDialog::isDraining() const
{
    return m_drainer && m_drainer->isRunning();
}

QString DrainDialog::statusOf(const QString &podKey) const
{
    const auto row = m_rows.constFind(podKey);
    return row == m_rows.cend() ? QString() : m_table->item(*row, StatusColumn)->text();
}

QString DrainDialog::messageOf(const QString &podKey) const
{
    const auto row = m_rows.constFind(podKey);
    return row == m_rows.cend() ? QString() : m_table->item(*row, MessageColumn)->text();
}

void DrainDialog::startDrain()
{
    Core::ApiClient *client = Support::clientOf(m_target);
    if (!client || isDraining())
        return;
    if (m_drainer)
        m_drainer->deleteLater();
    m_rows.clear();
    m_table->setRowCount(0);
    m_table->show();
    // The pods need the room now; each option keeps its explanation as a tooltip.
    for (QLabel *label : std::as_const(m_explanations))
        label->hide();
    m_reportedFailure = false;
    m_firstPodError = {};

    auto *drainer = new Core::Drainer(client, m_nodeName, options(), this);
    m_drainer = drainer;
    connect(drainer, &Core::Drainer::cordoned, this,
        [this] { m_summary->setText(tr("Node %1 cordoned. Listing its pods…").arg(m_nodeName)); });
    connect(drainer, &Core::Drainer::podsListed, this, [this](const QList<DrainPod> &pods) {
        m_summary->setText(tr("Evicting pods from node %1…").arg(m_nodeName));
        if (pods.isEmpty())
            m_summary->setText(tr("No pods run on node %1.").arg(m_nodeName));
    });
    connect(drainer, &Core::Drainer::podPending, this,
        [this](const DrainPod &pod) { setRow(pod, tr("Waiting"), pod.reason); });
    connect(drainer, &Core::Drainer::podSkipped, this,
        [this](const DrainPod &pod) { setRow(pod, tr("Left in place"), pod.reason); });
    connect(drainer, &Core::Drainer::podRefused, this,
        [this](const DrainPod &pod) { setRow(pod, tr("Needs an option"), pod.reason, true); });
    connect(drainer, &Core::Drainer::podEvicting, this, [this](const DrainPod &pod) {
        setRow(pod, pod.action == DrainPod::Action::Delete ? tr("Deleting…") : tr("Evicting…"), pod.reason);
    });
    connect(drainer, &Core::Drainer::podEvicted, this,
        [this](const DrainPod &pod) { setRow(pod, tr("Evicted, stopping…"), QString()); });
    connect(drainer, &Core::Drainer::podBlockedByPdb, this,
        [this](const DrainPod &pod, const QString &budget, const QString &message) {
            setRow(pod,
                budget.isEmpty() ? tr("Blocked by a PodDisruptionBudget")
                                 : tr("Blocked by PodDisruptionBudget %1").arg(budget),
                message, true);
        });
    connect(drainer, &Core::Drainer::podDeleted, this, [this](const DrainPod &pod) {
        setRow(pod, pod.action == DrainPod::Action::Delete ? tr("Deleted") : tr("Evicted"), QString());
    });
    connect(drainer, &Core::Drainer::podFailed, this, [this](const DrainPod &pod, const Core::ApiError &error) {
        if (m_firstPodError.kind == Core::ApiError::Kind::None)
            m_firstPodError = error;
        setRow(pod, tr("Failed"), error.message, true);
    });
    connect(drainer, &Core::Drainer::failed, this, [this](const QString &title, const Core::ApiError &error) {
        m_reportedFailure = true;
        Support::failed(m_target, title, error);
    });
    connect(drainer, &Core::Drainer::finished, this, &DrainDialog::onFinished);
    connect(drainer, &Core::Drainer::cancelled, this, [this](const QString &summary) {
        m_summary->setText(summary);
        Support::progress(m_target, summary);
        setRunning(false);
        Q_EMIT drainCancelled();
    });

    setRunning(true);
    m_summary->setText(tr("Cordoning node %1…").arg(m_nodeName));
    Support::progress(m_target, tr("Draining node %1…").arg(m_nodeName));
    drainer->start();
}

void DrainDialog::cancelDrain()
{
    if (isDraining())
        m_drainer->cancel();
}

void DrainDialog::reject()
{
    // Cancel (or Escape) while draining stops the drain; the dialog stays to show where it stopped.
    if (isDraining()) {
        cancelDrain();
        return;
    }
    QDialog::reject();
}

void DrainDialog::onFinished(bool drained, const QString &summary)
{
    m_summary->setText(summary);
    setRunning(false);
    if (drained) {
        Support::succeeded(m_target, summary);
    } else if (!m_reportedFailure) {
        Support::failed(m_target, tr("Could not drain node %1").arg(m_nodeName),
            m_firstPodError.kind != Core::ApiError::Kind::None ? m_firstPodError : Support::localError(summary));
    }
    if (!drained) {
        // Let the user allow what was refused and try again.
        m_drainButton->setText(tr("&Drain again"));
        m_drainButton->show();
    }
    Q_EMIT drainFinished(drained);
}

void DrainDialog::setRunning(bool running)
{
    m_optionsBox->setEnabled(!running);
    m_drainButton->setEnabled(!running);
    m_drainButton->setVisible(running || !m_drainer);
    m_cancelButton->setVisible(running);
    m_cancelButton->setText(running ? tr("Cancel drain") : tr("Cancel"));
    m_cancelButton->setAccessibleName(running ? tr("Cancel the drain") : tr("Cancel"));
    m_closeButton->setVisible(!running);
    if (!running)
        m_closeButton->setDefault(true);
}

int DrainDialog::rowFor(const DrainPod &pod)
{
    const QString key = pod.key();
    const auto found = m_rows.constFind(key);
    if (found != m_rows.cend())
        return *found;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setItem(row, column, new QTableWidgetItem);
    m_table->item(row, NamespaceColumn)->setText(pod.namespaceName);
    m_table->item(row, PodColumn)->setText(pod.name);
    m_rows.insert(key, row);
    return row;
}

void DrainDialog::setRow(const DrainPod &pod, const QString &status, const QString &message, bool problem)
{
    const int row = rowFor(pod);
    QTableWidgetItem *statusItem = m_table->item(row, StatusColumn);
    statusItem->setText(status);
    statusItem->setForeground(problem ? QBrush(QColor(0xc0, 0x1c, 0x28)) : palette().brush(QPalette::Text));
    QTableWidgetItem *messageItem = m_table->item(row, MessageColumn);
    messageItem->setText(message);
    messageItem->setToolTip(message);
    m_table->resizeRowToContents(row); // server messages in full, wrapped
}

} // namespace Sextant::Ui
