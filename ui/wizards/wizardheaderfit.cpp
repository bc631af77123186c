// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/wizards/wizardheaderfit.h"

#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QWizard>

namespace Sextant::Ui {

WizardHeaderFit::WizardHeaderFit(QWizard *wizard)
    : QObject(wizard)
    , m_wizard(wizard)
{
    wizard->installEventFilter(this);
    connect(wizard, &QWizard::currentIdChanged, this, &WizardHeaderFit::fitLater);
}

bool WizardHeaderFit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_wizard && (event->type() == QEvent::Show || event->type() == QEvent::Resize)) {
        fitLater();
    }
    return QObject::eventFilter(watched, event);
}

void WizardHeaderFit::fitLater()
{
    // QWizard sets the header up for the new page first; adjust after it.
    if (!std::exchange(m_pending, true)) {
        QTimer::singleShot(0, this, &WizardHeaderFit::fit);
    }
}

void WizardHeaderFit::fit()
{
    m_pending = false;
    const QWizardPage *page = m_wizard->currentPage();
    if (!page || page->subTitle().isEmpty()) {
        return;
    }
    for (QLabel *label : m_wizard->findChildren<QLabel *>()) {
        if (label->text() != page->subTitle() || !label->isVisible() || !label->parentWidget()) {
            continue;
        }
        const int missing = label->heightForWidth(label->width()) - label->height();
        if (missing > 0) {
            QWidget *header = label->parentWidget();
            header->setMaximumHeight(header->height() + missing);
            label->setMinimumHeight(label->height() + missing);
        }
    }
}

} // namespace Sextant::Ui
