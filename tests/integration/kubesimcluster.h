// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "kubectl.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

// The ClusterManager set-up integration tests share, over the kube-sim
// cluster the kube_sim fixture starts.

// With SEXTANT_SCREENSHOT_QM naming a compiled catalogue (build/app/sextant_zh_CN.qm),
// the widgets speak its language, for looking at the translated pages. Tests
// that compare texts fail then; the screenshots up to there are still saved.
inline void installScreenshotTranslator()
{
    const QString catalogue = qEnvironmentVariable("SEXTANT_SCREENSHOT_QM");
    if (catalogue.isEmpty() || !QCoreApplication::instance()) {
        return;
    }
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(catalogue)) {
        QLocale::setDefault(QLocale(translator->language()));
        QCoreApplication::installTranslator(translator);
    } else {
        qWarning("SEXTANT_SCREENSHOT_QM: cannot load %s", qPrintable(catalogue));
    }
}

// First thing in initTestCase: settings go to test paths, not the user's.
// False (with a warning why) when kube-sim's kubeconfig is not there.
inline bool initKubeSimTest()
{
    QStandardPaths::setTestModeEnabled(true);
    installScreenshotTranslator();
    if (QFileInfo::exists(kubeSimKubeconfig())) {
        return true;
    }
    qWarning("SEXTANT_KUBE_SIM_KUBECONFIG must name a running kube-sim's kubeconfig (CTest fixture kube_sim)");
    return false;
}

// A ClusterManager over kube-sim's kubeconfig, with `context` as --context.
// "admin" is also the kubeconfig's current-context.
inline Sextant::Core::ClusterManager::Options kubeSimManagerOptions(const QString &context = QStringLiteral("admin"))
{
    Sextant::Core::ClusterManager::Options options;
    options.load.explicitPath = kubeSimKubeconfig();
    options.context = context;
    return options;
}

// Waits until `connection` is Connected; false (with a warning why) when it
// is not within 30 s.
inline bool waitConnected(const Sextant::Core::ClusterConnection *connection)
{
    using Sextant::Core::ClusterConnection;
    if (!connection) {
        qWarning("no connection to wait for");
        return false;
    }
    if (QTest::qWaitFor([connection] { return connection->state() == ClusterConnection::State::Connected; }, 30000)) {
        return true;
    }
    qWarning("context %s did not connect: %s", qPrintable(connection->contextName()),
        connection->state() == ClusterConnection::State::Connecting ? "still connecting"
                                                                    : qPrintable(connection->error().message));
    return false;
}

// Connects `context` and waits until it is Connected; nullptr (with a warning
// why) when it is not within 30 s. Callers QVERIFY the result.
inline Sextant::Core::ClusterConnection *connectKubeSim(
    Sextant::Core::ClusterManager &manager, const QString &context = QStringLiteral("admin"))
{
    Sextant::Core::ClusterConnection *connection = manager.connectTo(context);
    return waitConnected(connection) ? connection : nullptr;
}
