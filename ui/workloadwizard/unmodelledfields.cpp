// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/unmodelledfields.h"

#include <QJsonArray>

namespace Sextant::Ui {

namespace {
void addUnmodelledKeys(const QJsonObject &object, const QStringList &known, const QString &prefix, QStringList *fields)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool emptyObject = it.value().isObject() && it.value().toObject().isEmpty();
        if (!known.contains(it.key()) && !emptyObject) {
            fields->append(prefix + it.key());
        }
    }
}

// {"type", "localhostProfile"}: the path only has a place with type Localhost.
void addUnmodelledSeccompKeys(const QJsonObject &securityContext, const QString &prefix, QStringList *fields)
{
    const QJsonObject profile = securityContext.value(QLatin1String("seccompProfile")).toObject();
    const bool localhost = profile.value(QLatin1String("type")).toString() == QLatin1String("Localhost");
    addUnmodelledKeys(profile,
        localhost ? QStringList { QStringLiteral("type"), QStringLiteral("localhostProfile") }
                  : QStringList { QStringLiteral("type") },
        prefix + QStringLiteral("seccompProfile."), fields);
}

void addUnmodelledContainerFields(const QJsonObject &container, bool init, QStringList *fields)
{
    static const QStringList containerKeys { QStringLiteral("name"), QStringLiteral("image"),
        QStringLiteral("imagePullPolicy"), QStringLiteral("command"), QStringLiteral("args"), QStringLiteral("ports"),
        QStringLiteral("env"), QStringLiteral("envFrom"), QStringLiteral("resources"),
        QStringLiteral("securityContext"), QStringLiteral("volumeMounts"), QStringLiteral("terminationMessagePath"),
        QStringLiteral("terminationMessagePolicy") };
    static const QStringList probeKeys { QStringLiteral("livenessProbe"), QStringLiteral("readinessProbe"),
        QStringLiteral("startupProbe") };
    static const QStringList securityKeys { QStringLiteral("runAsNonRoot"), QStringLiteral("runAsUser"),
        QStringLiteral("readOnlyRootFilesystem"), QStringLiteral("allowPrivilegeEscalation"),
        QStringLiteral("privileged"), QStringLiteral("capabilities"), QStringLiteral("seccompProfile") };
    static const QStringList envFromKeys { QStringLiteral("configMapRef"), QStringLiteral("secretRef"),
        QStringLiteral("prefix") };
    const QString prefix = init ? QStringLiteral("initContainers.") : QStringLiteral("containers.");
    // A plain init container's probes are hidden; a sidecar (restartPolicy: Always) has them and its option.
    // Other restart policies (container restart rules) have no place.
    const bool sidecar = init && container.value(QLatin1String("restartPolicy")).toString() == QLatin1String("Always");
    addUnmodelledKeys(container,
        sidecar ? containerKeys + probeKeys + QStringList { QStringLiteral("restartPolicy") }
                : (init ? containerKeys : containerKeys + probeKeys),
        prefix, fields);
    const QJsonObject security = container.value(QLatin1String("securityContext")).toObject();
    addUnmodelledKeys(security, securityKeys, prefix + QStringLiteral("securityContext."), fields);
    addUnmodelledKeys(security.value(QLatin1String("capabilities")).toObject(),
        { QStringLiteral("add"), QStringLiteral("drop") }, prefix + QStringLiteral("securityContext.capabilities."),
        fields);
    addUnmodelledSeccompKeys(security, prefix + QStringLiteral("securityContext."), fields);
    for (const QJsonValue &entry : container.value(QLatin1String("envFrom")).toArray()) {
        const QJsonObject object = entry.toObject();
        addUnmodelledKeys(object, envFromKeys, prefix + QStringLiteral("envFrom."), fields);
        // {"name", "optional"}: only the name has a place.
        for (const QLatin1String ref : { QLatin1String("configMapRef"), QLatin1String("secretRef") }) {
            addUnmodelledKeys(object.value(ref).toObject(), { QStringLiteral("name") },
                prefix + QStringLiteral("envFrom.") + ref + QLatin1Char('.'), fields);
        }
    }
}

} // namespace

QStringList unmodelledPodFields(const QJsonObject &podSpec)
{
    static const QStringList podKeys { QStringLiteral("containers"), QStringLiteral("initContainers"),
        QStringLiteral("imagePullSecrets"), QStringLiteral("volumes"), QStringLiteral("nodeSelector"),
        QStringLiteral("tolerations"), QStringLiteral("affinity"), QStringLiteral("restartPolicy"),
        QStringLiteral("dnsPolicy"), QStringLiteral("schedulerName"), QStringLiteral("terminationGracePeriodSeconds"),
        QStringLiteral("securityContext") };
    static const QStringList podSecurityKeys { QStringLiteral("runAsNonRoot"), QStringLiteral("runAsUser"),
        QStringLiteral("runAsGroup"), QStringLiteral("fsGroup"), QStringLiteral("fsGroupChangePolicy"),
        QStringLiteral("supplementalGroups"), QStringLiteral("seccompProfile") };
    QStringList fields;
    addUnmodelledKeys(podSpec, podKeys, QString(), &fields);
    const QJsonObject podSecurity = podSpec.value(QLatin1String("securityContext")).toObject();
    addUnmodelledKeys(podSecurity, podSecurityKeys, QStringLiteral("securityContext."), &fields);
    addUnmodelledSeccompKeys(podSecurity, QStringLiteral("securityContext."), &fields);
    for (const QJsonValue &container : podSpec.value(QLatin1String("containers")).toArray()) {
        addUnmodelledContainerFields(container.toObject(), false, &fields);
    }
    for (const QJsonValue &container : podSpec.value(QLatin1String("initContainers")).toArray()) {
        addUnmodelledContainerFields(container.toObject(), true, &fields);
    }
    if (podSpec.value(QLatin1String("imagePullSecrets")).toArray().size() > 1) {
        fields.append(QStringLiteral("imagePullSecrets[1:]"));
    }
    fields.removeDuplicates();
    return fields;
}

} // namespace Sextant::Ui
