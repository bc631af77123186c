// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QWidget>

#include <functional>

class QPushButton;
class QVBoxLayout;

namespace Sextant::Ui {

// One row of a repeated part of a form (a port, a variable, a toleration):
// it reads and writes its JSON fragment and says whether it is valid.
class FormRow : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormRow)
public:
    explicit FormRow(QWidget *parent = nullptr)
        : QWidget(parent)
    {
    }

    virtual QJsonValue toJson() const = 0;
    virtual void load(const QJsonValue &value) = 0;
    virtual bool isValid() const = 0;

Q_SIGNALS:
    void changed();
};

// Rows made by a factory, each with a remove button, and an Add button under
// them; the rows' JSON is an array in the order shown.
class RowList final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowList)
public:
    using Factory = std::function<FormRow *(QWidget *parent)>;

    RowList(Factory factory, const QString &addText, QWidget *parent = nullptr);

    FormRow *addRow();
    template<typename T>
    QList<T *> rowsAs() const
    {
        QList<T *> result;
        for (FormRow *row : m_rows) {
            result.append(static_cast<T *>(row));
        }
        return result;
    }
    QList<FormRow *> rows() const { return m_rows; }
    void removeRow(FormRow *row);
    void clear();
    QPushButton *addButton() const { return m_add; }

    QJsonArray toJson() const;
    void load(const QJsonArray &values);
    bool isValid() const;

Q_SIGNALS:
    void changed();

private:
    Factory m_factory;
    QVBoxLayout *m_rowsLayout = nullptr;
    QPushButton *m_add = nullptr;
    QList<FormRow *> m_rows;
};

} // namespace Sextant::Ui
