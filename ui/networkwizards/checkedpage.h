// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWizardPage>

#include <functional>

namespace Sextant::Ui {

// A wizard page whose Next button waits for a check of its own (a composite
// form such as ServiceForm whose rows come and go); call recheck() when the
// answer may have changed.
class CheckedPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckedPage)
public:
    CheckedPage(const QString &title, const QString &subTitle, QWidget *parent = nullptr);

    void setCheck(std::function<bool()> check);
    void recheck() { Q_EMIT completeChanged(); }
    bool isComplete() const override;

private:
    std::function<bool()> m_check;
};

} // namespace Sextant::Ui
