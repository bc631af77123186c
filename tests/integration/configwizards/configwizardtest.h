// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "../kubectl.h"
#include "../kubesimcluster.h"
#include "../screenshot.h"
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "ui/actions/resourceaction.h"
#include "ui/wizards/resourcewizard.h"
#include "ui/wizards/reviewpage.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

#include <memory>

inline QJsonObject kubectlGet(const QString &kind, const QString &name, const QString &namespaceName = {})
{
    QStringList args { QStringLiteral("get"), kind, name };
    if (!namespaceName.isEmpty()) {
        args += { QStringLiteral("-n"), namespaceName };
    }
    return kubectlJson(args).object();
}

inline QJsonObject field(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toObject();
}

// One connection to kube-sim per test executable.
class KubeSimSession {
public:
    explicit KubeSimSession(const QString &context = QStringLiteral("admin"))
    {
        QStandardPaths::setTestModeEnabled(true);
        m_manager = std::make_unique<Sextant::Core::ClusterManager>(kubeSimManagerOptions(context));
        m_connection = m_manager->connectTo(context);
    }
    Sextant::Core::ClusterConnection *connection() const { return m_connection; }
    bool waitConnected() const { return ::waitConnected(m_connection); }

private:
    std::unique_ptr<Sextant::Core::ClusterManager> m_manager;
    Sextant::Core::ClusterConnection *m_connection = nullptr;
};

// Triggers action on object (as the window does) and returns the wizard it
// opens under parent, at once or after the action's request; null when none
// appeared within 20 s. The wizard is sized as the docs' screenshots show it.
inline Sextant::Ui::ResourceWizard *wizardOpenedBy(Sextant::Ui::ResourceAction &&action,
    Sextant::Core::ClusterConnection *connection, const Sextant::Core::ResourceRef &resource, const QJsonObject &object,
    Sextant::Ui::ActionFeedback *feedback, QWidget *parent)
{
    Sextant::Ui::ActionTarget target;
    target.connection = connection;
    target.resource = resource;
    target.objects = { object };
    target.permissions = connection->permissions();
    target.feedback = feedback;
    const QList<Sextant::Ui::ResourceWizard *> before = parent->findChildren<Sextant::Ui::ResourceWizard *>();
    action.trigger(target, parent);
    Sextant::Ui::ResourceWizard *opened = nullptr;
    const bool appeared = QTest::qWaitFor(
        [&] {
            for (Sextant::Ui::ResourceWizard *wizard : parent->findChildren<Sextant::Ui::ResourceWizard *>()) {
                if (!before.contains(wizard)) {
                    opened = wizard;
                }
            }
            return opened != nullptr;
        },
        20000);
    if (appeared) {
        opened->resize(900, 640);
    }
    return opened;
}
