// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/wizards/formpage.h"

#include "ui/wizards/validatedfield.h"

namespace Sextant::Ui {

FormPage::FormPage(const QString &title, const QString &subTitle, QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(title);
    setSubTitle(subTitle);
}

void FormPage::addField(ValidatedField *field)
{
    m_fields.append(field);
    connect(field, &ValidatedField::validityChanged, this, &QWizardPage::completeChanged);
}

void FormPage::addCheck(std::function<bool()> check)
{
    m_checks.append(std::move(check));
    recheck();
}

bool FormPage::isComplete() const
{
    for (const QPointer<ValidatedField> &field : m_fields) {
        // isEnabled() is false when an unchecked option disables the field.
        if (field && field->isEnabled() && !field->isValid()) {
            return false;
        }
    }
    for (const std::function<bool()> &check : m_checks) {
        if (!check()) {
            return false;
        }
    }
    return true;
}

bool FormPage::validatePage()
{
    return isComplete() && (!m_leave || m_leave());
}

int FormPage::nextId() const
{
    return m_next ? m_next() : QWizardPage::nextId();
}

} // namespace Sextant::Ui
