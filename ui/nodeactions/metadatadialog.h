// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/requesthandle.h"
#include "ui/actions/resourceaction.h"
#include "ui/nodeactions/metadatatable.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QListWidget;
class QPushButton;

namespace Sextant::Ui {

// A table editor for the labels or annotations of one or several objects.
// Each row says what is wrong with it next to the field, in the apiserver's
// words; Apply sends a JSON merge patch of only the keys that changed
// (removed keys as null), so keys someone else changed meanwhile survive.
// With several objects the table holds what they all share; keys that differ
// between them are listed apart, kept as each object has them unless set in
// the table or ticked for removal, and the same patch goes to each object.
// On failure the server's message shows verbatim (per object) and the dialog
// stays open. Deletes itself when closed.
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
    // Keys that differ between the objects, tickable for removal ("differingKeys").
    QListWidget *differingKeys() const { return m_differing; }
    QStringList keysToRemove() const;
    // What Apply would send to each object; empty when nothing changed.
    QByteArray pendingPatch() const;
    bool canApply() const;

    void apply();

Q_SIGNALS:
    void applied();
    void applyFailed(const Sextant::Core::ApiError &error);

private:
    void showState();
    QStringList problems() const;
    void addDifferingKeys(const QMap<QString, int> &holders, QLayout *layout);
    void finishApply(const QStringList &failures);

    ActionTarget m_target;
    QMap<QString, QString> m_original;
    QString m_what; // "deployment shop/web" or "3 deployment objects"
    MetadataTable *m_table = nullptr;
    QListWidget *m_differing = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_applyButton = nullptr;
    QList<Core::RequestHandle> m_requests;
};

} // namespace Sextant::Ui
