// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/restrictedprofile.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Sextant::Ui::RestrictedProfile {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Sextant::Ui::RestrictedProfile", text);
}

bool allowedSeccomp(const QJsonValue &profile)
{
    const QString type = profile.toObject().value(QLatin1String("type")).toString();
    return type == QLatin1String("RuntimeDefault") || type == QLatin1String("Localhost");
}

void checkContainer(const QJsonObject &container, const QJsonObject &pod, QStringList *problems)
{
    const QString name = container.value(QLatin1String("name")).toString();
    const QJsonObject context = container.value(QLatin1String("securityContext")).toObject();
    if (context.value(QLatin1String("privileged")).toBool()) {
        problems->append(tr("%1: is privileged").arg(name));
    }
    if (context.value(QLatin1String("allowPrivilegeEscalation")) != QJsonValue(false)) {
        problems->append(tr("%1: privilege escalation is not set to \u201cNot allowed\u201d").arg(name));
    }
    const QJsonObject capabilities = context.value(QLatin1String("capabilities")).toObject();
    if (!capabilities.value(QLatin1String("drop")).toArray().contains(QJsonValue(QStringLiteral("ALL")))) {
        problems->append(tr("%1: does not drop ALL capabilities").arg(name));
    }
    for (const QJsonValue &added : capabilities.value(QLatin1String("add")).toArray()) {
        if (added.toString() != QLatin1String("NET_BIND_SERVICE")) {
            problems->append(tr("%1: adds %2 (only NET_BIND_SERVICE may be added)").arg(name, added.toString()));
        }
    }
    const QJsonValue nonRoot = context.value(QLatin1String("runAsNonRoot"));
    if (nonRoot == QJsonValue(false)) {
        problems->append(tr("%1: run as non-root is turned off").arg(name));
    } else if (nonRoot != QJsonValue(true) && pod.value(QLatin1String("runAsNonRoot")) != QJsonValue(true)) {
        problems->append(tr("%1: run as non-root is set neither here nor for the pod").arg(name));
    }
    if (context.value(QLatin1String("runAsUser")) == QJsonValue(0)) {
        problems->append(tr("%1: runs as user 0 (root)").arg(name));
    }
    const QJsonValue seccomp = context.value(QLatin1String("seccompProfile"));
    if (seccomp.isObject() && !allowedSeccomp(seccomp)) {
        problems->append(tr("%1: the seccomp profile must be RuntimeDefault or Localhost").arg(name));
    } else if (!seccomp.isObject() && !allowedSeccomp(pod.value(QLatin1String("seccompProfile")))) {
        problems->append(tr("%1: no seccomp profile (RuntimeDefault or Localhost) here or for the pod").arg(name));
    }
    for (const QJsonValue &port : container.value(QLatin1String("ports")).toArray()) {
        if (port.toObject().value(QLatin1String("hostPort")).toInt() != 0) {
            problems->append(tr("%1: uses a host port").arg(name));
            break;
        }
    }
}
} // namespace

QStringList problems(const QJsonObject &podSpec)
{
    static const QStringList allowedVolumes { QStringLiteral("configMap"), QStringLiteral("csi"),
        QStringLiteral("downwardAPI"), QStringLiteral("emptyDir"), QStringLiteral("ephemeral"), QStringLiteral("image"),
        QStringLiteral("persistentVolumeClaim"), QStringLiteral("projected"), QStringLiteral("secret") };
    QStringList problems;
    const QJsonObject pod = podSpec.value(QLatin1String("securityContext")).toObject();
    for (const char *host : { "hostNetwork", "hostPID", "hostIPC" }) {
        if (podSpec.value(QLatin1String(host)).toBool()) {
            problems.append(tr("the pod uses the node's namespace (%1)").arg(QLatin1String(host)));
        }
    }
    if (pod.value(QLatin1String("runAsUser")) == QJsonValue(0)) {
        problems.append(tr("the pod runs as user 0 (root)"));
    }
    if (pod.contains(QLatin1String("seccompProfile")) && !allowedSeccomp(pod.value(QLatin1String("seccompProfile")))) {
        problems.append(tr("the pod's seccomp profile must be RuntimeDefault or Localhost"));
    }
    for (const QJsonValue &value : podSpec.value(QLatin1String("volumes")).toArray()) {
        const QJsonObject volume = value.toObject();
        for (auto it = volume.begin(); it != volume.end(); ++it) {
            if (it.key() != QLatin1String("name") && !allowedVolumes.contains(it.key())) {
                problems.append(tr("volume %1: a %2 volume is not allowed")
                                    .arg(volume.value(QLatin1String("name")).toString(), it.key()));
            }
        }
    }
    for (const char *list : { "initContainers", "containers", "ephemeralContainers" }) {
        for (const QJsonValue &container : podSpec.value(QLatin1String(list)).toArray()) {
            checkContainer(container.toObject(), pod, &problems);
        }
    }
    return problems;
}

} // namespace Sextant::Ui::RestrictedProfile
