// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QWizard;

namespace Sextant::Ui {

// QWizard sizes the page header for two lines of subtitle in the font's Latin
// line height; CJK glyphs come from a taller fallback font, so a two-line
// Chinese subtitle lost its second line. This grows the header of the shown
// page until its subtitle fits (after QWizard laid it out, and on resize).
// Owned by the wizard.
class WizardHeaderFit final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardHeaderFit)
public:
    explicit WizardHeaderFit(QWizard *wizard);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitLater();
    void fit();

    QWizard *m_wizard = nullptr;
    bool m_pending = false;
};

} // namespace Sextant::Ui
