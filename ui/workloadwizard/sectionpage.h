// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWizardPage>

#include <functional>

class QGroupBox;

namespace Sextant::Ui {

// A checkable group shows only its title while unchecked: body hidden, no empty frame.
void collapseWhenUnchecked(QGroupBox *box, QWidget *body);

// A wizard page around one form widget (scrolling when long); Next waits
// until the form says it is valid. refresh() after the form changed.
class SectionPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionPage)
public:
    SectionPage(const QString &title, const QString &subTitle, QWidget *content, std::function<bool()> isValid,
        QWidget *parent = nullptr);

    bool isComplete() const override;
    void initializePage() override;
    void refresh() { Q_EMIT completeChanged(); }

Q_SIGNALS:
    // Shown by Next: the page may pull what earlier pages decided.
    void entered();

private:
    std::function<bool()> m_isValid;
};

} // namespace Sextant::Ui
