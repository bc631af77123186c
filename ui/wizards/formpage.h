// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPointer>
#include <QWizardPage>

namespace Sextant::Ui {

class ValidatedField;

// A wizard page whose Next button waits until every enabled field is valid.
class FormPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormPage)
public:
    FormPage(const QString &title, const QString &subTitle, QWidget *parent = nullptr);

    void addField(ValidatedField *field);
    bool isComplete() const override;

private:
    QList<QPointer<ValidatedField>> m_fields;
};

} // namespace Sextant::Ui
