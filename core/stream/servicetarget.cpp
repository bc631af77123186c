// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/stream/servicetarget.h"

#include "core/api/apiclient.h"

#include <QCoreApplication>

namespace Sextant::Core {

namespace {

bool isReady(const QJsonObject &pod)
{
    const QJsonArray conditions
        = pod.value(QLatin1String("status")).toObject().value(QLatin1String("conditions")).toArray();
    for (const QJsonValue &condition : conditions) {
        const QJsonObject object = condition.toObject();
        if (object.value(QLatin1String("type")).toString() == QLatin1String("Ready"))
            return object.value(QLatin1String("status")).toString() == QLatin1String("True");
    }
    return false;
}

bool isRunning(const QJsonObject &pod)
{
    return pod.value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString()
        == QLatin1String("Running")
        && pod.value(QLatin1String("metadata")).toObject().value(QLatin1String("deletionTimestamp")).isUndefined();
}

ApiError resolveError(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Configuration;
    error.message = message;
    return error;
}

QString labelSelector(const QJsonObject &selector)
{
    QStringList terms;
    for (auto it = selector.begin(); it != selector.end(); ++it)
        terms.append(it.key() + QLatin1Char('=') + it.value().toString());
    terms.sort();
    return terms.join(QLatin1Char(','));
}

} // namespace

QJsonValue serviceTargetPort(const QJsonObject &service, int servicePort)
{
    const QJsonArray ports = service.value(QLatin1String("spec")).toObject().value(QLatin1String("ports")).toArray();
    for (const QJsonValue &value : ports) {
        const QJsonObject port = value.toObject();
        if (port.value(QLatin1String("port")).toInt() != servicePort)
            continue;
        const QJsonValue target = port.value(QLatin1String("targetPort"));
        if (target.isString() && !target.toString().isEmpty())
            return target;
        if (target.isDouble() && target.toInt() > 0)
            return target;
        return servicePort; // targetPort defaults to port
    }
    return QJsonValue(QJsonValue::Undefined);
}

int containerPortByName(const QJsonObject &pod, const QString &name)
{
    const QJsonArray containers
        = pod.value(QLatin1String("spec")).toObject().value(QLatin1String("containers")).toArray();
    for (const QJsonValue &container : containers) {
        const QJsonArray ports = container.toObject().value(QLatin1String("ports")).toArray();
        for (const QJsonValue &port : ports) {
            const QJsonObject object = port.toObject();
            if (object.value(QLatin1String("name")).toString() == name)
                return object.value(QLatin1String("containerPort")).toInt();
        }
    }
    return 0;
}

QJsonObject chooseForwardPod(const QJsonArray &pods)
{
    QJsonObject running;
    for (const QJsonValue &value : pods) {
        const QJsonObject pod = value.toObject();
        if (!isRunning(pod))
            continue;
        if (isReady(pod))
            return pod;
        if (running.isEmpty())
            running = pod;
    }
    return running;
}

void resolveServiceTarget(ApiClient *client, const QString &namespaceName, const QString &service, int servicePort,
    const QObject *context, std::function<void(const Result<PodPort> &)> callback)
{
    const ResourceRef services { QString(), QStringLiteral("v1"), QStringLiteral("services"), true };
    const ResourceRef pods { QString(), QStringLiteral("v1"), QStringLiteral("pods"), true };
    auto fail = [callback](const ApiError &error) { callback(makeUnexpected(error)); };
    client->get(
        services, namespaceName, service, context,
        [=](const QJsonObject &object) {
            const QJsonValue target = serviceTargetPort(object, servicePort);
            if (target.isUndefined()) {
                fail(resolveError(QCoreApplication::translate("Sextant::Core", "Service %1 has no port %2.")
                                      .arg(service)
                                      .arg(servicePort)));
                return;
            }
            const QJsonObject selector
                = object.value(QLatin1String("spec")).toObject().value(QLatin1String("selector")).toObject();
            if (selector.isEmpty()) {
                fail(resolveError(QCoreApplication::translate(
                    "Sextant::Core", "Service %1 has no selector, so it has no pods to forward to.")
                                      .arg(service)));
                return;
            }
            ListOptions options;
            options.labelSelector = labelSelector(selector);
            client->list(
                pods, namespaceName, options, context,
                [=](const QJsonObject &list) {
                    const QJsonObject pod = chooseForwardPod(list.value(QLatin1String("items")).toArray());
                    if (pod.isEmpty()) {
                        fail(resolveError(
                            QCoreApplication::translate("Sextant::Core", "No running pod found for service %1.")
                                .arg(service)));
                        return;
                    }
                    const QString podName
                        = pod.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
                    int port = target.toInt();
                    if (target.isString()) {
                        port = containerPortByName(pod, target.toString());
                        if (port <= 0) {
                            fail(resolveError(
                                QCoreApplication::translate("Sextant::Core", "Pod %1 has no container port named %2.")
                                    .arg(podName, target.toString())));
                            return;
                        }
                    }
                    callback(PodPort { podName, port });
                },
                fail);
        },
        fail);
}

} // namespace Sextant::Core
