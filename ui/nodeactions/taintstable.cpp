// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/nodeactions/taintstable.h"

#include "core/metadata/metadatavalidation.h"

#include <QComboBox>
#include <QTableWidget>

namespace Sextant::Ui {

namespace Validation = Core::MetadataValidation;
using Core::NodePatches::Taint;

TaintsTable::TaintsTable(QWidget *parent)
    : RowEditor({ tr("Key"), tr("Value"), tr("Effect"), tr("Problem") }, tr("Add a taint"),
        tr("Remove the selected taints"), parent)
{
    tableWidget()->setObjectName(QStringLiteral("taints"));
    tableWidget()->setAccessibleName(tr("Taints"));
    tableWidget()->setColumnWidth(KeyColumn, 240);
    tableWidget()->setColumnWidth(ValueColumn, 130);
    tableWidget()->setColumnWidth(EffectColumn, 150);
}

void TaintsTable::setTaints(const QList<Taint> &taints)
{
    const Filling filling(this);
    m_original = taints;
    tableWidget()->setRowCount(0);
    for (const Taint &taint : taints) {
        addRow(taint.key, taint.value, taint.effect);
    }
}

int TaintsTable::addRow(const QString &key, const QString &value, const QString &effect)
{
    const Filling filling(this);
    const int row = appendRow({ key, value });
    tableWidget()->item(row, EffectColumn)->setFlags(Qt::ItemIsEnabled);
    auto *effects = new QComboBox(tableWidget());
    effects->setAccessibleName(tr("Effect"));
    effects->addItems(Validation::taintEffects());
    if (!Validation::taintEffects().contains(effect) && !effect.isEmpty()) {
        effects->addItem(effect); // shown as found, flagged by validation
    }
    effects->setCurrentText(effect);
    connect(effects, &QComboBox::currentTextChanged, this, &TaintsTable::changed);
    tableWidget()->setCellWidget(row, EffectColumn, effects);
    return row;
}

QComboBox *TaintsTable::effectBox(int row) const
{
    return qobject_cast<QComboBox *>(tableWidget()->cellWidget(row, EffectColumn));
}

void TaintsTable::setKey(int row, const QString &key)
{
    setText(row, KeyColumn, key);
}

void TaintsTable::setValue(int row, const QString &value)
{
    setText(row, ValueColumn, value);
}

void TaintsTable::setEffect(int row, const QString &effect)
{
    if (QComboBox *box = effectBox(row)) {
        box->setCurrentText(effect);
    }
}

QList<Taint> TaintsTable::taints() const
{
    QList<Taint> result;
    for (int row = 0; row < rowCount(); ++row) {
        Taint taint { textAt(row, KeyColumn).trimmed(), textAt(row, ValueColumn).trimmed(),
            effectBox(row) ? effectBox(row)->currentText() : QString(), {} };
        // Keep when an unchanged NoExecute taint was added: tolerationSeconds count from it.
        for (const Taint &old : m_original) {
            if (old.key == taint.key && old.value == taint.value && old.effect == taint.effect) {
                taint.timeAdded = old.timeAdded;
            }
        }
        result.append(taint);
    }
    return result;
}

QStringList TaintsTable::problems() const
{
    return Core::NodePatches::validate(taints());
}

void TaintsTable::validateRows()
{
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
        QList<int> bad;
        if (!keyProblems.isEmpty()) {
            bad.append(KeyColumn);
        }
        if (!valueProblems.isEmpty()) {
            bad.append(ValueColumn);
        }
        setProblem(row, rowProblems.join(QStringLiteral("; ")), bad);
    }
}

} // namespace Sextant::Ui
