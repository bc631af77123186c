// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/requesthandle.h"
#include "core/nodes/nodepatches.h"
#include "ui/actions/resourceaction.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Sextant::Ui {

// A table editor for a node's taints (key, value, effect). It reads the
// node fresh, says what is wrong next to each row, and applies an update
// carrying the resourceVersion it read: when someone changed the node
// meanwhile (409), nothing is overwritten and the dialog says so, with Reload.
// Deletes itself when closed.
class TaintsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaintsDialog)
public:
    enum Column { KeyColumn, ValueColumn, EffectColumn, ProblemColumn, ColumnCount };

    explicit TaintsDialog(ActionTarget target, QWidget *parent = nullptr);
    ~TaintsDialog() override;

    bool isLoaded() const { return m_loaded; }
    QString resourceVersion() const { return m_resourceVersion; }
    QList<Core::NodePatches::Taint> original() const { return m_original; }
    QList<Core::NodePatches::Taint> taints() const;
    QStringList problems() const;
    bool hasChanges() const;
    bool canApply() const;

    int addRow(
        const QString &key = {}, const QString &value = {}, const QString &effect = QStringLiteral("NoSchedule"));
    void setKey(int row, const QString &key);
    void setValue(int row, const QString &value);
    void setEffect(int row, const QString &effect);
    void removeRow(int row);
    QString problemAt(int row) const;
    QString errorText() const;

    // Reads the node again, replacing the rows.
    void reload();
    void apply();

Q_SIGNALS:
    void loaded();
    void applied();
    void applyFailed(const Sextant::Core::ApiError &error, bool conflict);

private:
    void setRows(const QList<Core::NodePatches::Taint> &taints);
    void revalidate();
    QString textAt(int row, int column) const;
    QComboBox *effectBox(int row) const;
    void showError(const QString &text);

    ActionTarget m_target;
    QString m_nodeName;
    QJsonObject m_node;
    QString m_resourceVersion;
    QList<Core::NodePatches::Taint> m_original;
    bool m_loaded = false;
    bool m_updating = false;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_reloadButton = nullptr;
    Core::RequestHandle m_request;
};

} // namespace Sextant::Ui
