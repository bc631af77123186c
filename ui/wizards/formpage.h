// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPointer>
#include <QWizardPage>

#include <functional>

namespace Sextant::Ui {

class ValidatedField;

// A wizard page whose Next button waits until every enabled field is valid
// and every extra check passes; it refuses to go on while incomplete, also
// when next() is called directly.
class FormPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormPage)
public:
    FormPage(const QString &title, const QString &subTitle, QWidget *parent = nullptr);

    void addField(ValidatedField *field);
    // For what is not one field (a table of rows that come and go, a
    // certificate pair); call recheck() when its answer may have changed.
    void addCheck(std::function<bool()> check);
    void recheck() { Q_EMIT completeChanged(); }
    // The page after this one when it depends on choices (skipping steps).
    void setNextId(std::function<int()> next) { m_next = std::move(next); }
    // Runs when Next or Finish is pressed on a complete page; false stays on
    // the page (e.g. while a request started here is under way).
    void setOnLeave(std::function<bool()> leave) { m_leave = std::move(leave); }

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    QList<QPointer<ValidatedField>> m_fields;
    QList<std::function<bool()>> m_checks;
    std::function<int()> m_next;
    std::function<bool()> m_leave;
};

} // namespace Sextant::Ui
