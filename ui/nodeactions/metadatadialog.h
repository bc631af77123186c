// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/requesthandle.h"
#include "ui/actions/resourceaction.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QPushButton;
class QTableWidget;

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
    enum class Field { Labels, Annotations };
    enum Column { KeyColumn, ValueColumn, ProblemColumn, ColumnCount };

    MetadataDialog(ActionTarget target, Field field, QWidget *parent = nullptr);
    ~MetadataDialog() override;

    Field field() const { return m_field; }
    QMap<QString, QString> original() const { return m_original; }
    // The rows as a map (empty keys skipped; on duplicates the last wins).
    QMap<QString, QString> entries() const;
    // Every problem, "key: problem"; empty when Apply may send.
    QStringList problems() const;
    // What Apply would send; empty when nothing changed.
    QByteArray pendingPatch() const;
    bool canApply() const;

    int addRow(const QString &key = {}, const QString &value = {});
    void setKey(int row, const QString &key);
    void setValue(int row, const QString &value);
    void removeRow(int row);
    int rowOf(const QString &key) const;
    QString problemAt(int row) const;

    void apply();

Q_SIGNALS:
    void applied();
    void applyFailed(const Sextant::Core::ApiError &error);

private:
    void revalidate();
    QStringList rowProblems(int row, const QMap<QString, int> &keyCounts) const;
    QString keyAt(int row) const;
    QString valueAt(int row) const;

    ActionTarget m_target;
    Field m_field = Field::Labels;
    QMap<QString, QString> m_original;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    Core::RequestHandle m_request;
    bool m_updating = false;
};

} // namespace Sextant::Ui
