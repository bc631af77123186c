// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;

namespace Sextant::Ui {

// A line edit checked as it is typed, with the reason under it in the
// apiserver's words. The server's own verdict (a dry run's 422 cause) can be
// shown the same way until the text changes.
class ValidatedField final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValidatedField)
public:
    using Validator = std::function<QStringList(const QString &text)>;

    explicit ValidatedField(Validator validator, QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    QString text() const;
    void setText(const QString &text);
    // An empty optional field is valid without running the validator.
    void setOptional(bool optional);
    bool isValid() const { return m_problems.isEmpty() && m_serverError.isEmpty(); }
    QStringList problems() const { return m_problems; }
    void setServerError(const QString &message);
    // Runs the validator again, for rules that depend on other fields (unique names).
    void revalidate();

Q_SIGNALS:
    void validityChanged();

private:
    void showMessage();

    Validator m_validator;
    QLineEdit *m_edit = nullptr;
    QLabel *m_message = nullptr;
    QStringList m_problems;
    QString m_serverError;
    bool m_optional = false;
};

} // namespace Sextant::Ui
