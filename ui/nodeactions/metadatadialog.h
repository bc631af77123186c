// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/requesthandle.h"
#include "ui/actions/resourceaction.h"
#include "ui/nodeactions/metadatatable.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QPushButton;

namespace Sextant::Ui {

// A table editor for an object's labels or annotations. Each row says what
// is wrong with it next to the field, in the apiserver's words; Apply sends
// a JSON merge patch of only the keys that changed (removed keys as null),
// so keys someone else changed meanwhile survive. On failure the server's
// message shows verbatim and the dialog stays open. Deletes itself when closed.
class MetadataDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetadataDialog)

public:
    using Field = MetadataTable::Field;

    MetadataDialog(ActionTarget target, Field field, QWidget *parent = nullptr);
    ~MetadataDialog() override;

    Field field() const { return m_table->field(); }
    MetadataTable *table() const { return m_table; }
    QMap<QString, QString> original() const { return m_original; }
    // What Apply would send; empty when nothing changed.
    QByteArray pendingPatch() const;
    bool canApply() const;

    void apply();

Q_SIGNALS:
    void applied();
    void applyFailed(const Sextant::Core::ApiError &error);

private:
    void showState();

    ActionTarget m_target;
    QMap<QString, QString> m_original;
    MetadataTable *m_table = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_applyButton = nullptr;
    Core::RequestHandle m_request;
};

} // namespace Sextant::Ui
