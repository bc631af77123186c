// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/nodeactions/secretdialog.h"

#include "core/api/apiclient.h"
#include "ui/nodeactions/nodeactionsupport.h"
#include "ui/nodeactions/secretdataview.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace Support = NodeActionSupport;

SecretDialog::SecretDialog(ActionTarget target, QWidget *parent)
    : QDialog(parent)
    , m_target(std::move(target))
{
    setObjectName(QStringLiteral("secretDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    const QJsonObject object = m_target.objects.value(0);
    const QString name = Support::displayName(object);
    setWindowTitle(tr("Values of secret %1").arg(name));
    resize(640, 400);

    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(tr("Reading secret %1…").arg(name), this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_view = new SecretDataView(scroll);
    scroll->setWidget(m_view);
    layout->addWidget(scroll, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Server error"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    Core::ApiClient *client = Support::clientOf(m_target);
    if (!client)
        return;
    // Fresh from the server, not the store: the values the user sees are current.
    m_request = client->get(
        m_target.resource, Support::namespaceOf(object), Support::nameOf(object), this,
        [this, name](const QJsonObject &secret) {
            m_loaded = true;
            const QString type = secret.value(QLatin1String("type")).toString();
            m_status->setText(type.isEmpty() ? tr("Secret %1").arg(name) : tr("Secret %1, type %2").arg(name, type));
            m_view->setSecret(secret);
            Q_EMIT loaded();
        },
        [this, name](const Core::ApiError &error) {
            if (error.isCancelled())
                return;
            m_status->setText(tr("Could not read secret %1.").arg(name));
            m_error->setText(error.message); // the server's words; never a value
            m_error->show();
            Support::failed(m_target, tr("Could not read secret %1").arg(name), error);
            Q_EMIT loadFailed(error);
        });
}

SecretDialog::~SecretDialog()
{
    m_request.cancel();
}

QString SecretDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace Sextant::Ui
