// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/wizards/validatedfield.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Sextant::Ui {

ValidatedField::ValidatedField(Validator validator, QWidget *parent)
    : QWidget(parent)
    , m_validator(std::move(validator))
    , m_edit(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, QColor(0xd0, 0x3a, 0x2f));
    m_message->setPalette(palette);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        m_serverError.clear();
        revalidate();
    });
    revalidate();
}

QString ValidatedField::text() const
{
    return m_edit->text().trimmed();
}

void ValidatedField::setText(const QString &text)
{
    m_edit->setText(text);
}

void ValidatedField::setServerError(const QString &message)
{
    m_serverError = message;
    showMessage();
    Q_EMIT validityChanged();
}

void ValidatedField::setOptional(bool optional)
{
    m_optional = optional;
    revalidate();
}

void ValidatedField::revalidate()
{
    const QString value = text();
    m_problems = m_optional && value.isEmpty() ? QStringList() : m_validator(value);
    showMessage();
    Q_EMIT validityChanged();
}

void ValidatedField::showMessage()
{
    // Nothing typed yet: no red text, but the field is still invalid.
    const bool untouched = !m_edit->isModified() && m_edit->text().isEmpty();
    QStringList lines = m_problems;
    if (!m_serverError.isEmpty()) {
        lines.prepend(m_serverError);
    }
    m_message->setText(lines.join(QLatin1Char('\n')));
    m_message->setVisible(!lines.isEmpty() && (!untouched || !m_serverError.isEmpty()));
    m_edit->setAccessibleDescription(lines.join(QLatin1Char(' ')));
}

} // namespace Sextant::Ui
