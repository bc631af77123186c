// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/networkwizards/checkedpage.h"

namespace Sextant::Ui {

CheckedPage::CheckedPage(const QString &title, const QString &subTitle, QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(title);
    setSubTitle(subTitle);
}

void CheckedPage::setCheck(std::function<bool()> check)
{
    m_check = std::move(check);
    recheck();
}

bool CheckedPage::isComplete() const
{
    return !m_check || m_check();
}

} // namespace Sextant::Ui
