// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/sectionpage.h"

#include <QGroupBox>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Sextant::Ui {

void collapseWhenUnchecked(QGroupBox *box, QWidget *body)
{
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(body);
    const QMargins open = layout->contentsMargins();
    auto apply = [box, body, layout, open](bool on) {
        body->setVisible(on);
        box->setFlat(!on);
        layout->setContentsMargins(on ? open : QMargins());
    };
    QObject::connect(box, &QGroupBox::toggled, body, apply);
    apply(box->isChecked());
}

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
    // Rows wrap their problems under the fields; a few pixels of minimum width must not add a scroll bar.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
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
