// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apiclient.h"
#include "ui/actions/resourceaction.h"

#include <QString>

#include <functional>

namespace Sextant::Core {
class ApiClient;
}

// Small pieces every workload action uses.
namespace Sextant::Ui::ActionSupport {

QString nameOf(const QJsonObject &object);
QString namespaceOf(const QJsonObject &object);
// "deployment", "ingress", "networkpolicy" from the plural resource name.
QString singular(const Core::ResourceRef &resource);
// "deployment web" for messages.
QString describe(const Core::ResourceRef &resource, const QJsonObject &object);

Core::ApiClient *clientOf(const ActionTarget &target);

// Requests that outlive the menu and any dialog report to the window's
// feedback; this is their context (the connection when there is none).
const QObject *requestContext(const ActionTarget &target);

void progress(const ActionTarget &target, const QString &message);
void succeeded(const ActionTarget &target, const QString &message);
void failed(const ActionTarget &target, const QString &title, const Core::ApiError &error);

// One PATCH of one object with progress, success and failure reported
// through the target's feedback; onDone(ok) runs afterwards while context lives.
void patchObject(const ActionTarget &target, const QJsonObject &object, const QByteArray &patch,
    const Core::PatchOptions &options, const QString &progressText, const QString &successText,
    const QString &failureTitle, const QObject *context,
    std::function<void(bool ok, const Core::ApiError &)> onDone = {});

// Asks with a window-modal message box (open(), never exec()) and runs
// onConfirmed when the user pressed confirmText. The box deletes itself.
void confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmText,
    std::function<void()> onConfirmed);

} // namespace Sextant::Ui::ActionSupport
