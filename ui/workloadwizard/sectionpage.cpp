// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/sectionpage.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace Sextant::Ui {

SectionPage::SectionPage(
    const QString &title, const QString &subTitle, QWidget *content, std::function<bool()> isValid, QWidget *parent)
    : QWizardPage(parent)
    , m_isValid(std::move(isValid))
{
    setTitle(title);
    setSubTitle(subTitle);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

bool SectionPage::isComplete() const
{
    return m_isValid();
}

void SectionPage::initializePage()
{
    Q_EMIT entered();
}

} // namespace Sextant::Ui
