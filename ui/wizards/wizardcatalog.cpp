// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/wizards/wizardcatalog.h"

#include "ui/configwizards/configmapwizard.h"
#include "ui/configwizards/secretwizard.h"
#include "ui/configwizards/storageclasswizard.h"
#include "ui/networkwizards/ingresswizard.h"
#include "ui/networkwizards/servicewizard.h"
#include "ui/wizards/nodejoinwizard.h"
#include "ui/wizards/projectwizard.h"
#include "ui/wizards/volumewizard.h"
#include "ui/workloadwizard/workloadwizard.h"

namespace Sextant::Ui {

QList<WizardEntry> WizardCatalog::entries()
{
    // One entry per wizard; keep related wizards together.
    return {
        { QStringLiteral("project"), tr("&Project…"), { QStringLiteral("/Namespace") },
            [](Core::ClusterConnection *c, const QString &, QWidget *parent) -> ResourceWizard * {
                return new ProjectWizard(c, parent);
            } },
        { QStringLiteral("workload"), tr("&Workload (deployment, stateful set, daemon set)…"),
            { QStringLiteral("apps/Deployment"), QStringLiteral("apps/StatefulSet"), QStringLiteral("apps/DaemonSet") },
            [](Core::ClusterConnection *c, const QString &ns, QWidget *parent) -> ResourceWizard * {
                return new WorkloadWizard(c, ns, parent);
            } },
        { QStringLiteral("volume"), tr("&Volume (persistent volume claim)…"),
            { QStringLiteral("/PersistentVolumeClaim") },
            [](Core::ClusterConnection *c, const QString &ns, QWidget *parent) -> ResourceWizard * {
                return new VolumeWizard(c, ns, parent);
            } },
        { QStringLiteral("service"), tr("&Service…"), { QStringLiteral("/Service") },
            [](Core::ClusterConnection *c, const QString &ns, QWidget *parent) -> ResourceWizard * {
                return new ServiceWizard(c, ns, parent);
            } },
        { QStringLiteral("ingress"), tr("&App route (ingress)…"), { QStringLiteral("networking.k8s.io/Ingress") },
            [](Core::ClusterConnection *c, const QString &ns, QWidget *parent) -> ResourceWizard * {
                return new IngressWizard(c, ns, parent);
            } },
        { QStringLiteral("configmap"), tr("&Config map…"), { QStringLiteral("/ConfigMap") },
            [](Core::ClusterConnection *c, const QString &ns, QWidget *parent) -> ResourceWizard * {
                return new ConfigMapWizard(c, ns, parent);
            } },
        { QStringLiteral("secret"), tr("Sec&ret…"), { QStringLiteral("/Secret") },
            [](Core::ClusterConnection *c, const QString &ns, QWidget *parent) -> ResourceWizard * {
                return new SecretWizard(c, ns, parent);
            } },
        { QStringLiteral("storageclass"), tr("Storage c&lass…"), { QStringLiteral("storage.k8s.io/StorageClass") },
            [](Core::ClusterConnection *c, const QString &, QWidget *parent) -> ResourceWizard * {
                return new StorageClassWizard(c, parent);
            } },
        { QStringLiteral("node"), tr("&Node (kubeadm join)…"), {},
            [](Core::ClusterConnection *c, const QString &, QWidget *parent) -> ResourceWizard * {
                return new NodeJoinWizard(c, parent);
            } },
    };
}

const WizardEntry *WizardCatalog::forKind(const QList<WizardEntry> &entries, const QString &group, const QString &kind)
{
    const QString key = group + QLatin1Char('/') + kind;
    for (const WizardEntry &entry : entries) {
        if (entry.kinds.contains(key)) {
            return &entry;
        }
    }
    return nullptr;
}

} // namespace Sextant::Ui
