// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>

#include <functional>

namespace Sextant::Core {

class ApiClient;

// Where a forward really goes: one pod and its port.
struct PodPort {
    QString pod;
    int port = 0;
};

// kubectl port-forward svc/NAME PORT: the service port's targetPort (a
// number, or a container port name looked up in the chosen pod) on a running,
// preferably ready pod the service selects.
void resolveServiceTarget(ApiClient *client, const QString &namespaceName, const QString &service, int servicePort,
    const QObject *context, std::function<void(const Result<PodPort> &)> callback);

// The building blocks, without I/O.
// The targetPort of servicePort: an int, a port name, or undefined when the service has no such port.
QJsonValue serviceTargetPort(const QJsonObject &service, int servicePort);
// The number of the container port called name; 0 when no container declares it.
int containerPortByName(const QJsonObject &pod, const QString &name);
// The pod to forward to: Running and Ready first, then Running; empty when none runs.
QJsonObject chooseForwardPod(const QJsonArray &pods);

} // namespace Sextant::Core
