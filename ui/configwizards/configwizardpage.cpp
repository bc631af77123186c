// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/configwizards/configwizardpage.h"

#include "ui/wizards/storecombobox.h"
#include "ui/wizards/validatedfield.h"

#include <QColor>
#include <QRegularExpression>

#include <memory>

namespace Sextant::Ui {

ConfigWizardPage::ConfigWizardPage(const QString &title, const QString &subTitle, QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(title);
    setSubTitle(subTitle);
}

void ConfigWizardPage::addField(ValidatedField *field)
{
    m_fields.append(field);
    connect(field, &ValidatedField::validityChanged, this, &QWizardPage::completeChanged);
}

void ConfigWizardPage::addCheck(std::function<bool()> check)
{
    m_checks.append(std::move(check));
}

bool ConfigWizardPage::isComplete() const
{
    for (const QPointer<ValidatedField> &field : m_fields) {
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

int ConfigWizardPage::nextId() const
{
    return m_next ? m_next() : QWizardPage::nextId();
}

const Core::ResourceRef &ConfigWizardSupport::namespaces()
{
    static const Core::ResourceRef ref { QString(), QStringLiteral("v1"), QStringLiteral("namespaces"), false };
    return ref;
}

QStringList ConfigWizardSupport::configKeyProblems(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[-._a-zA-Z0-9]+$"));
    QStringList problems;
    if (key.size() > 253) {
        problems.append(tr("must be no more than 253 characters"));
    }
    if (!pattern.match(key).hasMatch()) {
        problems.append(tr("a valid config key must consist of alphanumeric characters, '-', '_' or '.' "
                           "(e.g. 'key.name', or 'KEY_NAME', or 'key-name')"));
    }
    if (key == QLatin1String(".") || key == QLatin1String("..")) {
        problems.append(tr("must not be '.' or '..'"));
    } else if (key.startsWith(QLatin1String(".."))) {
        problems.append(tr("must not start with '..'"));
    }
    return problems;
}

void ConfigWizardSupport::selectEventually(StoreComboBox *combo, const QString &name)
{
    if (name.isEmpty()) {
        return;
    }
    combo->selectName(name);
    if (combo->currentName() == name) {
        return;
    }
    // The combo refills its model from the store; try again after each refill
    // (queued: the refill picks its own item after inserting rows).
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(
        combo->model(), &QAbstractItemModel::rowsInserted, combo,
        [combo, name, connection] {
            if (!*connection || combo->findData(name) < 0) {
                return;
            }
            combo->selectName(name);
            QObject::disconnect(*connection);
            *connection = {};
        },
        Qt::QueuedConnection);
}

QColor ConfigWizardSupport::problemColour()
{
    return QColor(0xd0, 0x3a, 0x2f);
}

} // namespace Sextant::Ui
