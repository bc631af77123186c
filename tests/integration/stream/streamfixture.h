// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "../kubectl.h"
#include "../kubesimclient.h"

// The objects the stream tests exec into and forward to, created with
// kubectl in namespace demo (which exists with or without --seed demo, and
// where the limited context can read). Each test binary uses its own pod so
// that parallel runs do not step on each other.
inline QByteArray streamPodManifest(const QString &name)
{
    return QStringLiteral("apiVersion: v1\n"
                          "kind: Pod\n"
                          "metadata: {name: %1, namespace: demo, labels: {app.kubernetes.io/name: %1}}\n"
                          "spec:\n"
                          "  containers:\n"
                          "  - name: shell\n"
                          "    image: busybox\n"
                          "    ports: [{name: http, containerPort: 8080}]\n"
                          "---\n"
                          "apiVersion: v1\n"
                          "kind: Service\n"
                          "metadata: {name: %1, namespace: demo}\n"
                          "spec:\n"
                          "  selector: {app.kubernetes.io/name: %1}\n"
                          "  ports: [{name: http, port: 80, targetPort: http}]\n")
        .arg(name)
        .toUtf8();
}

// Creates (or keeps) the pod and its service and waits until the pod is Ready and exec works.
inline bool ensureStreamPod(const QString &name)
{
    if (kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") }, streamPodManifest(name))
            .exitCode
        != 0)
        return false;
    if (kubectl({ QStringLiteral("-n"), QStringLiteral("demo"), QStringLiteral("wait"),
                    QStringLiteral("--for=condition=Ready"), QStringLiteral("pod/") + name,
                    QStringLiteral("--timeout=120s") })
            .exitCode
        != 0)
        return false;
    return kubectl({ QStringLiteral("-n"), QStringLiteral("demo"), QStringLiteral("exec"), name, QStringLiteral("--"),
                       QStringLiteral("true") })
               .exitCode
        == 0;
}

inline void removeStreamPod(const QString &name)
{
    kubectl({ QStringLiteral("-n"), QStringLiteral("demo"), QStringLiteral("delete"), QStringLiteral("pod,service"),
        name, QStringLiteral("--wait=false"), QStringLiteral("--grace-period=0"), QStringLiteral("--force") });
}
