// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/actions/actionsupport.h"

#include "core/cluster/clusterconnection.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace Sextant::Ui::ActionSupport {

QString nameOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
}

QString namespaceOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata")).toObject().value(QLatin1String("namespace")).toString();
}

QString singular(const Core::ResourceRef &resource)
{
    const QString &plural = resource.resource;
    if (plural.endsWith(QLatin1String("ies")))
        return plural.chopped(3) + QLatin1Char('y');
    if (plural.endsWith(QLatin1String("sses")) || plural.endsWith(QLatin1String("xes"))
        || plural.endsWith(QLatin1String("ches")))
        return plural.chopped(2);
    if (plural == QLatin1String("endpoints"))
        return plural;
    if (plural.endsWith(QLatin1Char('s')))
        return plural.chopped(1);
    return plural;
}

QString describe(const Core::ResourceRef &resource, const QJsonObject &object)
{
    return singular(resource) + QLatin1Char(' ') + nameOf(object);
}

Core::ApiClient *clientOf(const ActionTarget &target)
{
    return target.connection ? target.connection->client() : nullptr;
}

const QObject *requestContext(const ActionTarget &target)
{
    return target.feedback ? static_cast<const QObject *>(target.feedback.data())
                           : static_cast<const QObject *>(target.connection.data());
}

void progress(const ActionTarget &target, const QString &message)
{
    if (target.feedback)
        Q_EMIT target.feedback->progress(message);
}

void succeeded(const ActionTarget &target, const QString &message)
{
    if (target.feedback)
        Q_EMIT target.feedback->succeeded(message);
}

void failed(const ActionTarget &target, const QString &title, const Core::ApiError &error)
{
    if (target.feedback && !error.isCancelled())
        Q_EMIT target.feedback->failed(title, error);
}

void patchObject(const ActionTarget &target, const QJsonObject &object, const QByteArray &patch,
    const Core::PatchOptions &options, const QString &progressText, const QString &successText,
    const QString &failureTitle, const QObject *context, std::function<void(bool ok, const Core::ApiError &)> onDone)
{
    Core::ApiClient *client = clientOf(target);
    if (!client)
        return;
    progress(target, progressText);
    client->patch(
        target.resource, namespaceOf(object), nameOf(object), patch, options, context,
        [target, successText, onDone](const QJsonObject &) {
            succeeded(target, successText);
            if (onDone)
                onDone(true, {});
        },
        [target, failureTitle, onDone](const Core::ApiError &error) {
            failed(target, failureTitle, error);
            if (onDone)
                onDone(false, error);
        });
}

void confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmText,
    std::function<void()> onConfirmed)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    QPushButton *confirmButton = box->addButton(confirmText, QMessageBox::AcceptRole);
    confirmButton->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(confirmButton);
    QObject::connect(
        confirmButton, &QPushButton::clicked, box, [onConfirmed = std::move(onConfirmed)] { onConfirmed(); });
    box->open();
}

} // namespace Sextant::Ui::ActionSupport
