// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
// The detail pane against kube-sim: a real Deployment's related ReplicaSets and
// pods match what kubectl lists, events arrive live, deletion is noticed.
// With SEXTANT_DETAIL_SCREENSHOT_DIR set (and a cluster started with --seed demo),
// it also saves the documentation screenshots.
#include "../kubectl.h"
#include "../kubesimcluster.h"
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "core/relations/knownkinds.h"
#include "core/watch/objectstore.h"
#include "ui/detail/detailpane.h"
#include "ui/detail/eventstab.h"
#include "ui/detail/overviewtab.h"
#include "ui/detail/relatedtab.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QPalette>
#include <QRandomGenerator>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Sextant;
namespace Kinds = Sextant::Core::KnownKinds;

namespace {

QByteArray manifests(const QString &ns)
{
    return QStringLiteral(R"({"apiVersion": "v1", "kind": "List", "items": [
  {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "namespace": "%1"},
   "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "web"}},
     "template": {"metadata": {"labels": {"app": "web"}},
       "spec": {"tolerations": [{"operator": "Exists"}],
         "containers": [{"name": "app", "image": "registry.example/app:1",
           "envFrom": [{"configMapRef": {"name": "web-settings"}}],
           "resources": {"requests": {"cpu": "50m", "memory": "32Mi"}}}]}}}},
  {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "web-settings", "namespace": "%1"},
   "data": {"MODE": "test"}},
  {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web", "namespace": "%1"},
   "spec": {"selector": {"app": "web"}, "ports": [{"port": 80}]}}]})")
        .arg(ns)
        .toUtf8();
}

QStringList kubectlNames(const QString &resource, const QString &ns, const QString &selector)
{
    QStringList names;
    const QJsonArray items
        = kubectlJson({ QStringLiteral("get"), resource, QStringLiteral("-n"), ns, QStringLiteral("-l"), selector })
              .object()
              .value(u"items")
              .toArray();
    for (const QJsonValue &item : items) {
        names.append(ns + u'/' + item.toObject().value(u"metadata").toObject().value(u"name").toString());
    }
    names.sort();
    return names;
}

QStringList relationNames(const Ui::DetailPane &pane, const QString &role)
{
    QStringList names;
    for (const Core::Relation &r : pane.relatedTab()->relations()) {
        if (r.role == role) {
            names.append(r.namespaceName + u'/' + r.name);
        }
    }
    names.sort();
    return names;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xdf, 0xe1, 0xe5);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
    p.setColor(QPalette::Mid, QColor(0x45, 0x47, 0x4c));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3c, 0x41));
    return p;
}

} // namespace

class TestDetailIntegration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        m_namespace = QStringLiteral("it-detail-%1").arg(QRandomGenerator::global()->bounded(1000000));
        const KubectlResult created = kubectl({ QStringLiteral("create"), QStringLiteral("namespace"), m_namespace });
        QVERIFY2(created.exitCode == 0, created.err.constData());
        m_manager = std::make_unique<Core::ClusterManager>(kubeSimManagerOptions());
        m_connection = connectKubeSim(*m_manager);
        QVERIFY(m_connection);
    }

    void cleanupTestCase()
    {
        if (!m_namespace.isEmpty()) {
            kubectl(
                { QStringLiteral("delete"), QStringLiteral("namespace"), m_namespace, QStringLiteral("--wait=false") });
        }
    }

    void deployment_relatedMatchesKubectl_eventsLive_deletionShown()
    {
        const KubectlResult applied
            = kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") }, manifests(m_namespace));
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        const QString key = m_namespace + QStringLiteral("/web");
        Core::ObjectStore *deployments = m_connection->store(Kinds::deployments(), m_namespace);
        QTRY_VERIFY_WITH_TIMEOUT(deployments->contains(key), 30000);

        Ui::DetailPane pane;
        pane.resize(1000, 700);
        pane.show();
        pane.showObject(m_connection, Kinds::deployments(), deployments, key);
        QCOMPARE(pane.overviewTab()->factText(QStringLiteral("Replicas desired")), QStringLiteral("2"));
        pane.tabs()->setCurrentWidget(pane.relatedTab());

        const QString selector = QStringLiteral("app=web");
        QTRY_COMPARE_WITH_TIMEOUT(kubectlNames(QStringLiteral("pods"), m_namespace, selector).size(), 2, 60000);
        const QStringList replicaSets = kubectlNames(QStringLiteral("replicasets"), m_namespace, selector);
        QCOMPARE(replicaSets.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(relationNames(pane, QStringLiteral("ReplicaSets")), replicaSets, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(relationNames(pane, QStringLiteral("Controlled pods")),
            kubectlNames(QStringLiteral("pods"), m_namespace, selector), 30000);
        QCOMPARE(relationNames(pane, QStringLiteral("ConfigMap in environment")),
            QStringList { m_namespace + QStringLiteral("/web-settings") });
        // The overview follows the controller's status updates.
        pane.tabs()->setCurrentWidget(pane.overviewTab());
        QTRY_COMPARE_WITH_TIMEOUT(pane.overviewTab()->factText(QStringLiteral("Ready")), QStringLiteral("2"), 60000);

        // Scaling adds a pod to the related list without re-opening.
        pane.tabs()->setCurrentWidget(pane.relatedTab());
        QVERIFY(kubectl({ QStringLiteral("scale"), QStringLiteral("deployment/web"), QStringLiteral("-n"), m_namespace,
                            QStringLiteral("--replicas=3") })
                    .exitCode
            == 0);
        QTRY_COMPARE_WITH_TIMEOUT(kubectlNames(QStringLiteral("pods"), m_namespace, selector).size(), 3, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(relationNames(pane, QStringLiteral("Controlled pods")),
            kubectlNames(QStringLiteral("pods"), m_namespace, selector), 30000);

        // The deployment controller reports its scaling as events of the deployment.
        pane.tabs()->setCurrentWidget(pane.eventsTab());
        QTreeWidget *events = pane.eventsTab()->table();
        QTRY_VERIFY_WITH_TIMEOUT(events->topLevelItemCount() >= 2, 30000);
        for (int i = 0; i < events->topLevelItemCount(); ++i) {
            QCOMPARE(events->topLevelItem(i)->text(1), QStringLiteral("ScalingReplicaSet"));
        }

        // The service's selected pods are the same pods.
        Core::ObjectStore *services = m_connection->store(Kinds::services(), m_namespace);
        QTRY_VERIFY_WITH_TIMEOUT(services->contains(key), 30000);
        Ui::DetailPane servicePane;
        servicePane.show();
        servicePane.showObject(m_connection, Kinds::services(), services, key);
        servicePane.tabs()->setCurrentWidget(servicePane.relatedTab());
        QTRY_COMPARE_WITH_TIMEOUT(relationNames(servicePane, QStringLiteral("Selected pods")),
            kubectlNames(QStringLiteral("pods"), m_namespace, selector), 30000);

        QVERIFY(!pane.isDeleted());
        QVERIFY(kubectl({ QStringLiteral("delete"), QStringLiteral("deployment/web"), QStringLiteral("-n"), m_namespace,
                            QStringLiteral("--wait=false") })
                    .exitCode
            == 0);
        QTRY_VERIFY_WITH_TIMEOUT(pane.isDeleted(), 30000);
    }

    // Documentation screenshots; needs the demo seed (tests/kube-sim/run --seed demo).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("SEXTANT_DETAIL_SCREENSHOT_DIR");
        if (dir.isEmpty()) {
            QSKIP("set SEXTANT_DETAIL_SCREENSHOT_DIR to save screenshots");
        }
        Core::ObjectStore *pods = m_connection->store(Kinds::pods(), QStringLiteral("shop"));
        QTRY_VERIFY_WITH_TIMEOUT(pods->hasSynced(), 30000);
        QString podKey;
        for (const QString &key : pods->keys()) {
            if (key.startsWith(QStringLiteral("shop/backend-"))) {
                podKey = key;
            }
        }
        QVERIFY2(!podKey.isEmpty(), "no shop/backend pod: start kube-sim with --seed demo");
        Core::ObjectStore *nodes = m_connection->store(Kinds::nodes());
        QTRY_VERIFY_WITH_TIMEOUT(nodes->contains(QStringLiteral("kube-sim-node-2")), 30000);

        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        const QPalette light = QApplication::palette();
        const auto shoot = [&](Core::ObjectStore *store, const Core::ResourceRef &resource, const QString &key,
                               const QString &file) {
            Ui::DetailPane pane;
            pane.resize(1000, 760);
            pane.show();
            pane.showObject(m_connection, resource, store, key);
            // Let related stores and events arrive, then draw.
            QTest::qWait(3000);
            pane.tabs()->setCurrentWidget(pane.relatedTab());
            QTest::qWait(1500);
            pane.tabs()->setCurrentWidget(pane.overviewTab());
            QTest::qWait(200);
            QVERIFY(pane.grab().save(QDir(dir).filePath(file)));
            // The other tabs too, named detail-pod-related.png and so on, for review.
            for (int i = 1; i < pane.tabs()->count(); ++i) {
                pane.tabs()->setCurrentIndex(i);
                QTest::qWait(300);
                const QString suffix = u'-' + pane.tabs()->tabText(i).toLower() + QStringLiteral(".png");
                QVERIFY(pane.grab().save(QDir(dir).filePath(QString(file).replace(QStringLiteral(".png"), suffix))));
            }
        };
        shoot(pods, Kinds::pods(), podKey, QStringLiteral("detail-pod.png"));
        shoot(nodes, Kinds::nodes(), QStringLiteral("kube-sim-node-2"), QStringLiteral("detail-node.png"));
        QApplication::setPalette(darkPalette());
        shoot(pods, Kinds::pods(), podKey, QStringLiteral("detail-pod-dark.png"));
        QApplication::setPalette(light);
    }

private:
    QString m_namespace;
    std::unique_ptr<Core::ClusterManager> m_manager;
    Core::ClusterConnection *m_connection = nullptr;
};

QTEST_MAIN(TestDetailIntegration)
#include "tst_detailintegration.moc"
