// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/nodes/nodepatches.h"
#include "ui/nodeactions/roweditor.h"

class QComboBox;

namespace Sextant::Ui {

// A node's taints as key/value/effect rows, each checked as the apiserver
// checks it (including the unique key and effect rule).
class TaintsTable final : public RowEditor {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaintsTable)

public:
    enum Column { KeyColumn, ValueColumn, EffectColumn, ProblemColumn, ColumnCount };

    explicit TaintsTable(QWidget *parent = nullptr);

    // The node's taints; unchanged NoExecute taints keep their timeAdded.
    void setTaints(const QList<Core::NodePatches::Taint> &taints);
    QList<Core::NodePatches::Taint> taints() const;
    QStringList problems() const;

    int addRow(
        const QString &key = {}, const QString &value = {}, const QString &effect = QStringLiteral("NoSchedule"));
    void setKey(int row, const QString &key);
    void setValue(int row, const QString &value);
    void setEffect(int row, const QString &effect);

private:
    int addEmptyRow() override { return addRow(); }
    void validateRows() override;
    QComboBox *effectBox(int row) const;

    QList<Core::NodePatches::Taint> m_original;
};

} // namespace Sextant::Ui
