// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/resourceref.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QWizardPage>

#include <functional>

namespace Sextant::Core {
class ObjectStore;
}

namespace Sextant::Ui {

class StoreComboBox;
class ValidatedField;

// A form page whose Next waits for its fields and for extra checks (a key/
// value editor, a certificate pair), and which may choose the next page.
class ConfigWizardPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigWizardPage)
public:
    ConfigWizardPage(const QString &title, const QString &subTitle, QWidget *parent = nullptr);

    void addField(ValidatedField *field);
    // Next is enabled only while check() is true; call completeChanged() when it may have changed.
    void addCheck(std::function<bool()> check);
    void setNextId(std::function<int()> next) { m_next = std::move(next); }

    bool isComplete() const override;
    // Refuses to go on while incomplete, also when next() is called directly.
    bool validatePage() override { return isComplete(); }
    int nextId() const override;

private:
    QList<QPointer<ValidatedField>> m_fields;
    QList<std::function<bool()>> m_checks;
    std::function<int()> m_next;
};

// Small pieces the config wizards share.
class ConfigWizardSupport final {
    Q_DECLARE_TR_FUNCTIONS(ConfigWizardSupport)
public:
    static const Core::ResourceRef &namespaces();
    // ConfigMap and Secret keys, in the apiserver's words (IsConfigMapKey).
    static QStringList configKeyProblems(const QString &key);
    // Selects name now, or once the combo's store has it (a duplicate opened
    // before the projects were listed).
    static void selectEventually(StoreComboBox *combo, const QString &name);
    // The red used for problems in forms.
    static QColor problemColour();
};

} // namespace Sextant::Ui
