// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/actions/resourceaction.h"

#include <QString>

namespace Sextant::Core {
class ApiClient;
}

// What the node, metadata and secret actions share.
namespace Sextant::Ui::NodeActionSupport {

QString nameOf(const QJsonObject &object);
QString namespaceOf(const QJsonObject &object);
QString resourceVersionOf(const QJsonObject &object);
// "ns/name", or "name" for cluster-scoped objects.
QString displayName(const QJsonObject &object);

// "deployment", "ingress", "node" from the plural resource name.
QString singular(const Core::ResourceRef &resource);

bool isCoreResource(const Core::ResourceRef &resource, const char *plural);

Core::ApiClient *clientOf(const ActionTarget &target);
// Where request handlers live when no dialog owns them.
const QObject *requestContext(const ActionTarget &target);

void progress(const ActionTarget &target, const QString &message);
void succeeded(const ActionTarget &target, const QString &message);
// Cancellations stay silent.
void failed(const ActionTarget &target, const QString &title, const Core::ApiError &error);

// An error made here rather than by the server (a refusal, a timeout), for failed().
Core::ApiError localError(const QString &message);

} // namespace Sextant::Ui::NodeActionSupport
