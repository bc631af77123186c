// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/nodeactions/taintsdialog.h"

#include "core/api/apiclient.h"
#include "core/metadata/metadatavalidation.h"
#include "ui/nodeactions/nodeactionsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace Support = NodeActionSupport;
namespace Validation = Core::MetadataValidation;
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

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("taints"));
    m_table->setAccessibleName(tr("Taints"));
    m_table->setHorizontalHeaderLabels({ tr("Key"), tr("Value"), tr("Effect"), tr("Problem") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setColumnWidth(KeyColumn, 240);
    m_table->setColumnWidth(ValueColumn, 130);
    m_table->setColumnWidth(EffectColumn, 150);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);

    auto *rowButtons = new QHBoxLayout;
    auto *addButton = new QPushButton(tr("&Add"), this);
    addButton->setObjectName(QStringLiteral("addButton"));
    addButton->setAccessibleName(tr("Add a taint"));
    auto *removeButton = new QPushButton(tr("&Remove"), this);
    removeButton->setObjectName(QStringLiteral("removeButton"));
    removeButton->setAccessibleName(tr("Remove the selected taints"));
    m_reloadButton = new QPushButton(tr("Re&load"), this);
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_reloadButton->setAccessibleName(tr("Read the node's current taints again"));
    rowButtons->addWidget(addButton);
    rowButtons->addWidget(removeButton);
    rowButtons->addStretch();
    rowButtons->addWidget(m_reloadButton);
    layout->addLayout(rowButtons);

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

    connect(addButton, &QPushButton::clicked, this, [this] {
        const int row = addRow();
        m_table->setCurrentCell(row, KeyColumn);
        m_table->editItem(m_table->item(row, KeyColumn));
    });
    connect(removeButton, &QPushButton::clicked, this, [this] {
        const QList<int> rows = NodeActionSupport::selectedRowsLastFirst(m_table);
        for (int row : rows)
            removeRow(row);
    });
    connect(m_reloadButton, &QPushButton::clicked, this, &TaintsDialog::reload);
    connect(m_applyButton, &QPushButton::clicked, this, &TaintsDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            revalidate();
    });

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
            setRows(m_original);
            Q_EMIT loaded();
        },
        [this](const Core::ApiError &error) {
            if (error.isCancelled())
                return;
            showError(error.message);
            m_status->setText(tr("Could not read node %1.").arg(m_nodeName));
        });
}

void TaintsDialog::setRows(const QList<Taint> &taints)
{
    m_updating = true;
    m_table->setRowCount(0);
    for (const Taint &taint : taints)
        addRow(taint.key, taint.value, taint.effect);
    m_updating = false;
    revalidate();
}

int TaintsDialog::addRow(const QString &key, const QString &value, const QString &effect)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, KeyColumn, new QTableWidgetItem(key));
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(value));
    auto *effectItem = new QTableWidgetItem;
    effectItem->setFlags(Qt::ItemIsEnabled);
    m_table->setItem(row, EffectColumn, effectItem);
    auto *problem = new QTableWidgetItem;
    problem->setFlags(Qt::ItemIsEnabled);
    problem->setForeground(NodeActionSupport::problemColor());
    m_table->setItem(row, ProblemColumn, problem);

    auto *effects = new QComboBox(m_table);
    effects->setAccessibleName(tr("Effect"));
    effects->addItems(Validation::taintEffects());
    if (!Validation::taintEffects().contains(effect) && !effect.isEmpty())
        effects->addItem(effect); // shown as found, flagged by validation
    effects->setCurrentText(effect);
    connect(effects, &QComboBox::currentTextChanged, this, [this] {
        if (!m_updating)
            revalidate();
    });
    m_table->setCellWidget(row, EffectColumn, effects);
    m_updating = wasUpdating;
    if (!m_updating)
        revalidate();
    return row;
}

QComboBox *TaintsDialog::effectBox(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, EffectColumn));
}

void TaintsDialog::setKey(int row, const QString &key)
{
    if (QTableWidgetItem *item = m_table->item(row, KeyColumn))
        item->setText(key);
}

void TaintsDialog::setValue(int row, const QString &value)
{
    if (QTableWidgetItem *item = m_table->item(row, ValueColumn))
        item->setText(value);
}

void TaintsDialog::setEffect(int row, const QString &effect)
{
    if (QComboBox *box = effectBox(row))
        box->setCurrentText(effect);
}

void TaintsDialog::removeRow(int row)
{
    m_table->removeRow(row);
    revalidate();
}

QString TaintsDialog::textAt(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QString TaintsDialog::problemAt(int row) const
{
    return textAt(row, ProblemColumn);
}

QString TaintsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QList<Taint> TaintsDialog::taints() const
{
    QList<Taint> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Taint taint { textAt(row, KeyColumn), textAt(row, ValueColumn),
            effectBox(row) ? effectBox(row)->currentText() : QString(), {} };
        // Keep when an unchanged NoExecute taint was added: tolerationSeconds count from it.
        for (const Taint &old : m_original) {
            if (old.key == taint.key && old.value == taint.value && old.effect == taint.effect)
                taint.timeAdded = old.timeAdded;
        }
        result.append(taint);
    }
    return result;
}

QStringList TaintsDialog::problems() const
{
    return Core::NodePatches::validate(taints());
}

bool TaintsDialog::hasChanges() const
{
    return taints() != m_original;
}

bool TaintsDialog::canApply() const
{
    return m_loaded && problems().isEmpty() && hasChanges() && !m_request.isRunning();
}

void TaintsDialog::revalidate()
{
    m_updating = true;
    const QList<Taint> current = taints();
    for (int row = 0; row < current.size(); ++row) {
        const Taint &taint = current[row];
        const QStringList keyProblems = Validation::taintKey(taint.key);
        const QStringList valueProblems = Validation::taintValue(taint.value);
        QStringList rowProblems = keyProblems + valueProblems + Validation::taintEffect(taint.effect);
        for (int other = 0; other < current.size(); ++other) {
            if (other != row && current[other].key == taint.key && current[other].effect == taint.effect) {
                rowProblems.append(tr("another taint has the same key and effect"));
                break;
            }
        }
        const QString text = rowProblems.join(QStringLiteral("; "));
        m_table->item(row, ProblemColumn)->setText(text);
        m_table->item(row, ProblemColumn)->setToolTip(text);
        m_table->item(row, KeyColumn)
            ->setBackground(keyProblems.isEmpty() ? QBrush() : QBrush(NodeActionSupport::problemBackground()));
        m_table->item(row, ValueColumn)
            ->setBackground(valueProblems.isEmpty() ? QBrush() : QBrush(NodeActionSupport::problemBackground()));
    }
    m_updating = false;

    const QStringList all = problems();
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
        Core::NodePatches::nodesResource(), {}, Core::NodePatches::withTaints(m_node, taints()), {}, this,
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
            m_applyButton->setEnabled(m_loaded && problems().isEmpty() && hasChanges());
            Q_EMIT applyFailed(error, conflict);
        });
}

} // namespace Sextant::Ui
