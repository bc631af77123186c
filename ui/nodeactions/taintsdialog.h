// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/requesthandle.h"
#include "core/nodes/nodepatches.h"
#include "ui/actions/resourceaction.h"
#include "ui/nodeactions/taintstable.h"

#include <QDialog>

class QLabel;
class QPushButton;

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
    explicit TaintsDialog(ActionTarget target, QWidget *parent = nullptr);
    ~TaintsDialog() override;

    TaintsTable *table() const { return m_table; }
    bool isLoaded() const { return m_loaded; }
    QString resourceVersion() const { return m_resourceVersion; }
    QList<Core::NodePatches::Taint> original() const { return m_original; }
    bool hasChanges() const;
    bool canApply() const;
    QString errorText() const;

    // Reads the node again, replacing the rows.
    void reload();
    void apply();

Q_SIGNALS:
    void loaded();
    void applied();
    void applyFailed(const Sextant::Core::ApiError &error, bool conflict);

private:
    void showState();
    void showError(const QString &text);

    ActionTarget m_target;
    QString m_nodeName;
    QJsonObject m_node;
    QString m_resourceVersion;
    QList<Core::NodePatches::Taint> m_original;
    bool m_loaded = false;
    TaintsTable *m_table = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_reloadButton = nullptr;
    Core::RequestHandle m_request;
};

} // namespace Sextant::Ui
