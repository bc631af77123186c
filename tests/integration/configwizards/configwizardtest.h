// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "../kubectl.h"
#include "../kubesimcluster.h"
#include "../screenshot.h"
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
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
