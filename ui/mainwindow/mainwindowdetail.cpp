// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
// The detail pane beside the table, with a Metrics tab for what metrics.k8s.io measures.
#include "core/cluster/clusterconnection.h"
#include "core/kinds/kindrenderer.h"
#include "core/metrics/metricspoller.h"
#include "core/watch/objectstore.h"
#include "ui/charts/metricschart.h"
#include "ui/detail/detailpane.h"
#include "ui/mainwindow/mainwindow.h"

#include <QSplitter>
#include <QTabWidget>

namespace Sextant::Ui {

void MainWindow::showDetail(const QString &key)
{
    Core::ClusterConnection *connection = activeConnection();
    if (key.isEmpty() || !connection || !m_shownStore) {
        return; // keep the last object: a relist or filter may clear the current row for a moment
    }
    m_detailPane->showObject(connection, m_shownResource, m_shownStore, key);
    showMetricsTab(connection, m_shownStore->object(key));
    if (!m_detailPane->isVisible()) {
        m_detailPane->show();
        const int width = m_resourcePage->width();
        m_resourcePage->setSizes({ width * 3 / 5, width * 2 / 5 });
    }
}

void MainWindow::showMetricsTab(Core::ClusterConnection *connection, const QJsonObject &object)
{
    // Usage over the last hour for what metrics.k8s.io measures: nodes, pods, and workloads as their pods' sum.
    const QString kind = m_shownResource.resource;
    const QString ns = Core::objectNamespace(object);
    const QString name = Core::objectName(object);
    const bool workload = m_shownResource.group == QLatin1String("apps")
        && (kind == QLatin1String("deployments") || kind == QLatin1String("statefulsets")
            || kind == QLatin1String("daemonsets") || kind == QLatin1String("replicasets"));
    const bool measured
        = m_shownResource.group.isEmpty() && (kind == QLatin1String("pods") || kind == QLatin1String("nodes"));
    QTabWidget *tabs = m_detailPane->tabs();
    const int index = tabs->indexOf(m_metricsChart);
    if (!workload && !measured) {
        if (index >= 0) {
            tabs->removeTab(index);
        }
        return;
    }
    m_metricsChart->setPoller(Core::MetricsPoller::of(connection));
    if (kind == QLatin1String("nodes")) {
        m_metricsChart->showNode(name);
    } else if (kind == QLatin1String("pods")) {
        m_metricsChart->showPod(ns, name);
    } else {
        m_metricsChart->showWorkload(
            ns, object.value(QLatin1String("spec")).toObject().value(QLatin1String("selector")).toObject());
    }
    if (index < 0) {
        tabs->insertTab(1, m_metricsChart, tr("Metrics"));
    }
}

} // namespace Sextant::Ui
