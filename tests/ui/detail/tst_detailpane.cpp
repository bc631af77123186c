// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/relations/knownkinds.h"
#include "core/watch/objectstore.h"
#include "ui/detail/detailpane.h"
#include "ui/detail/eventstab.h"
#include "ui/detail/metadatatab.h"
#include "ui/detail/overviewtab.h"
#include "ui/detail/relatedtab.h"
#include "ui/detail/yamltab.h"
#include "ui/widgets/messagebanner.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Sextant;
namespace Kinds = Sextant::Core::KnownKinds;

namespace {

QJsonObject json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(text, &error).object();
    if (error.error != QJsonParseError::NoError) {
        qWarning("bad fixture: %s", qPrintable(error.errorString()));
    }
    return object;
}

QJsonObject pod(int restarts, const QString &resourceVersion = QStringLiteral("1"))
{
    return json(QStringLiteral(R"({"apiVersion": "v1", "kind": "Pod",
      "metadata": {"name": "web-1", "namespace": "demo", "uid": "u-1", "resourceVersion": "%2",
        "creationTimestamp": "2026-11-27T10:00:00Z",
        "labels": {"app": "web", "tier": "front"}, "annotations": {"note": "hello"}},
      "spec": {"nodeName": "node-a", "serviceAccountName": "default",
        "initContainers": [{"name": "setup", "image": "busybox:1.36"}],
        "containers": [{"name": "web", "image": "nginx:1.25",
          "resources": {"requests": {"cpu": "100m", "memory": "64Mi"}, "limits": {"memory": "128Mi"}}}]},
      "status": {"phase": "Running", "podIP": "10.0.0.5", "podIPs": [{"ip": "10.0.0.5"}], "qosClass": "Burstable",
        "conditions": [{"type": "Ready", "status": "True", "lastTransitionTime": "2026-11-27T10:01:00Z"}],
        "initContainerStatuses": [{"name": "setup", "ready": true, "restartCount": 0,
          "state": {"terminated": {"exitCode": 0, "reason": "Completed"}}}],
        "containerStatuses": [{"name": "web", "ready": true, "restartCount": %1, "image": "nginx:1.25",
          "state": {"running": {"startedAt": "2026-11-27T10:01:00Z"}}}]}})")
                    .arg(restarts)
                    .arg(resourceVersion)
                    .toUtf8());
}

QStringList column(QTreeWidget *tree, int column)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        out.append(tree->topLevelItem(i)->text(column));
    }
    return out;
}

} // namespace

class TestDetailPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pod_overviewShowsContainersAndFacts();
    void yamlTab_showsObject_keepsScrollOnUpdate();
    void metadataTab_listsLabelsAndAnnotations();
    void update_refreshesVisibleTab_hiddenTabsWaitUntilShown();
    void delete_showsDeletedState_keepsLastObject();
    void secret_valuesNeverShown();
    void eventsTab_onlyThisObject_newestFirst_warningsMarked();
    void relatedTab_listsChildren_activationOpens();
    void clear_showsPlaceholder();
};

void TestDetailPane::pod_overviewShowsContainersAndFacts()
{
    Core::ObjectStore store;
    store.upsert(pod(3));
    store.markSynced();
    store.flush();
    Ui::DetailPane pane;
    pane.resize(900, 700);
    pane.show();
    pane.showObject(nullptr, Kinds::pods(), &store, QStringLiteral("demo/web-1"));
    QCOMPARE(pane.tabs()->count(), 5);
    QCOMPARE(pane.tabs()->currentWidget(), pane.overviewTab());
    Ui::OverviewTab *overview = pane.overviewTab();
    QTreeWidget *containers = overview->section(QStringLiteral("Containers"));
    QVERIFY(containers);
    QCOMPARE(containers->topLevelItemCount(), 2);
    QCOMPARE(column(containers, 0), (QStringList { QStringLiteral("setup (init)"), QStringLiteral("web") }));
    QCOMPARE(column(containers, 1), (QStringList { QStringLiteral("busybox:1.36"), QStringLiteral("nginx:1.25") }));
    QCOMPARE(containers->topLevelItem(1)->text(2), QStringLiteral("Running"));
    QCOMPARE(containers->topLevelItem(0)->text(2), QStringLiteral("Terminated: Completed (exit 0)"));
    QCOMPARE(containers->topLevelItem(1)->text(4), QStringLiteral("3"));
    QCOMPARE(containers->topLevelItem(1)->text(5), QStringLiteral("100m / –"));
    QCOMPARE(containers->topLevelItem(1)->text(6), QStringLiteral("64Mi / 128Mi"));
    QCOMPARE(overview->factText(QStringLiteral("Node")), QStringLiteral("node-a"));
    QCOMPARE(overview->factText(QStringLiteral("Restarts")), QStringLiteral("3"));
    QCOMPARE(overview->factText(QStringLiteral("QoS class")), QStringLiteral("Burstable"));
    QTreeWidget *conditions = overview->section(QStringLiteral("Conditions"));
    QVERIFY(conditions);
    QCOMPARE(column(conditions, 0), QStringList { QStringLiteral("Ready") });
    QVERIFY(!pane.isDeleted());
    QVERIFY(!Ui::MessageBanner::visibleIn(pane));
}

void TestDetailPane::yamlTab_showsObject_keepsScrollOnUpdate()
{
    Core::ObjectStore store;
    QJsonObject big = pod(0);
    QJsonObject annotations;
    for (int i = 0; i < 200; ++i) {
        annotations.insert(QStringLiteral("example.com/a%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("v"));
    }
    QJsonObject metadata = big.value(u"metadata").toObject();
    metadata.insert(QStringLiteral("annotations"), annotations);
    big.insert(QStringLiteral("metadata"), metadata);
    store.upsert(big);
    store.flush();
    Ui::DetailPane pane;
    pane.resize(800, 500);
    pane.show();
    pane.showObject(nullptr, Kinds::pods(), &store, QStringLiteral("demo/web-1"));
    pane.tabs()->setCurrentWidget(pane.yamlTab());
    const QString text = pane.yamlTab()->toPlainText();
    QVERIFY(text.startsWith(QStringLiteral("apiVersion: v1\nkind: Pod\nmetadata:\n")));
    QVERIFY(text.contains(QStringLiteral("  - image: nginx:1.25\n")));
    QVERIFY(text.contains(QStringLiteral("    example.com/a007: v\n")));
    QVERIFY(pane.yamlTab()->isReadOnly());

    QScrollBar *bar = pane.yamlTab()->verticalScrollBar();
    QVERIFY(bar->maximum() > 100);
    bar->setValue(100);
    metadata.insert(QStringLiteral("resourceVersion"), QStringLiteral("2"));
    big.insert(QStringLiteral("metadata"), metadata);
    QJsonObject status = big.value(u"status").toObject();
    status.insert(QStringLiteral("phase"), QStringLiteral("Succeeded"));
    big.insert(QStringLiteral("status"), status);
    QVERIFY(store.upsert(big));
    store.flush();
    QVERIFY(pane.yamlTab()->toPlainText().contains(QStringLiteral("phase: Succeeded")));
    QCOMPARE(bar->value(), 100);
}

void TestDetailPane::metadataTab_listsLabelsAndAnnotations()
{
    Core::ObjectStore store;
    store.upsert(pod(0));
    store.flush();
    Ui::DetailPane pane;
    pane.show();
    pane.showObject(nullptr, Kinds::pods(), &store, QStringLiteral("demo/web-1"));
    pane.tabs()->setCurrentWidget(pane.metadataTab());
    QTreeWidget *labels = pane.metadataTab()->labels();
    QCOMPARE(column(labels, 0), (QStringList { QStringLiteral("app"), QStringLiteral("tier") }));
    QCOMPARE(column(labels, 1), (QStringList { QStringLiteral("web"), QStringLiteral("front") }));
    QCOMPARE(column(pane.metadataTab()->annotations(), 0), QStringList { QStringLiteral("note") });
    QCOMPARE(column(pane.metadataTab()->annotations(), 1), QStringList { QStringLiteral("hello") });
    // Copy: the selected rows as tab-separated text.
    labels->topLevelItem(0)->setSelected(true);
    labels->setFocus();
    QAction *copy = labels->actions().value(0);
    QVERIFY(copy);
    copy->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("app\tweb"));
}

void TestDetailPane::update_refreshesVisibleTab_hiddenTabsWaitUntilShown()
{
    Core::ObjectStore store;
    store.upsert(pod(1));
    store.flush();
    Ui::DetailPane pane;
    pane.show();
    pane.showObject(nullptr, Kinds::pods(), &store, QStringLiteral("demo/web-1"));
    QCOMPARE(pane.overviewTab()->factText(QStringLiteral("Restarts")), QStringLiteral("1"));
    QVERIFY(pane.yamlTab()->toPlainText().isEmpty()); // never shown, never built

    QVERIFY(store.upsert(pod(5, QStringLiteral("2"))));
    store.flush();
    QCOMPARE(pane.overviewTab()->factText(QStringLiteral("Restarts")), QStringLiteral("5"));
    QVERIFY(pane.yamlTab()->toPlainText().isEmpty());
    pane.tabs()->setCurrentWidget(pane.yamlTab());
    QVERIFY(pane.yamlTab()->toPlainText().contains(QStringLiteral("restartCount: 5")));
}

void TestDetailPane::delete_showsDeletedState_keepsLastObject()
{
    Core::ObjectStore store;
    store.upsert(pod(0));
    store.markSynced();
    store.flush();
    Ui::DetailPane pane;
    pane.show();
    pane.showObject(nullptr, Kinds::pods(), &store, QStringLiteral("demo/web-1"));
    QVERIFY(!Ui::MessageBanner::visibleIn(pane));
    QVERIFY(store.remove(QStringLiteral("demo/web-1")));
    store.flush();
    QVERIFY(pane.isDeleted());
    Ui::MessageBanner *banner = Ui::MessageBanner::visibleIn(pane);
    QVERIFY(banner);
    QVERIFY(banner->text().contains(QStringLiteral("deleted")));
    QCOMPARE(banner->level(), Ui::MessageBanner::Level::Warning);
    // The last known state stays readable.
    QCOMPARE(pane.overviewTab()->factText(QStringLiteral("Node")), QStringLiteral("node-a"));
    QCOMPARE(pane.object().value(u"metadata").toObject().value(u"name").toString(), QStringLiteral("web-1"));

    // Re-created under the same name: live again.
    store.upsert(pod(0, QStringLiteral("9")));
    store.flush();
    QVERIFY(!pane.isDeleted());
    QVERIFY(!Ui::MessageBanner::visibleIn(pane));

    // Opening a key the synced store does not have says so at once.
    pane.showObject(nullptr, Kinds::pods(), &store, QStringLiteral("demo/missing"));
    QVERIFY(pane.isDeleted());
}

void TestDetailPane::secret_valuesNeverShown()
{
    Core::ObjectStore store;
    // "c3VwZXJzZWNyZXQ=" is base64 of "supersecret".
    store.upsert(json(R"({"apiVersion": "v1", "kind": "Secret", "type": "Opaque",
        "metadata": {"name": "db", "namespace": "demo", "resourceVersion": "1"},
        "data": {"password": "c3VwZXJzZWNyZXQ=", "user": "YWRtaW4="}})"));
    store.flush();
    Ui::DetailPane pane;
    pane.show();
    pane.showObject(nullptr, Kinds::secrets(), &store, QStringLiteral("demo/db"));
    QTreeWidget *keys = pane.overviewTab()->section(QStringLiteral("Keys"));
    QVERIFY(keys);
    QCOMPARE(column(keys, 0), (QStringList { QStringLiteral("password"), QStringLiteral("user") }));
    QCOMPARE(column(keys, 1), (QStringList { QStringLiteral("11 bytes"), QStringLiteral("5 bytes") }));
    pane.tabs()->setCurrentWidget(pane.yamlTab());
    const QString yaml = pane.yamlTab()->toPlainText();
    QVERIFY(yaml.contains(QStringLiteral("password: '<hidden: 11 bytes>'")));
    QVERIFY(!yaml.contains(QStringLiteral("c3VwZXJzZWNyZXQ=")));
    QVERIFY(!yaml.contains(QStringLiteral("supersecret")));
}

void TestDetailPane::eventsTab_onlyThisObject_newestFirst_warningsMarked()
{
    Core::ObjectStore podStore;
    podStore.upsert(pod(0));
    podStore.flush();
    Core::ObjectStore events;
    events.upsert(json(R"({"metadata": {"name": "e1", "namespace": "demo", "resourceVersion": "1"},
        "involvedObject": {"kind": "Pod", "name": "web-1", "namespace": "demo", "uid": "u-1"},
        "type": "Normal", "reason": "Pulled", "message": "Image pulled", "count": 1,
        "lastTimestamp": "2026-11-27T10:00:00Z"})"));
    events.upsert(json(R"({"metadata": {"name": "e2", "namespace": "demo", "resourceVersion": "2"},
        "involvedObject": {"kind": "Pod", "name": "web-1", "namespace": "demo", "uid": "u-1"},
        "type": "Warning", "reason": "BackOff", "message": "Back-off restarting failed container", "count": 7,
        "lastTimestamp": "2026-11-27T11:00:00Z"})"));
    events.upsert(json(R"({"metadata": {"name": "e3", "namespace": "demo", "resourceVersion": "3"},
        "involvedObject": {"kind": "Pod", "name": "web-1", "namespace": "demo", "uid": "an-older-web-1"},
        "type": "Normal", "reason": "Killing", "message": "old pod", "lastTimestamp": "2026-11-27T12:00:00Z"})"));
    events.markSynced();
    events.flush();
    Ui::DetailPane pane;
    pane.show();
    pane.eventsTab()->setEventStore(&events);
    pane.showObject(nullptr, Kinds::pods(), &podStore, QStringLiteral("demo/web-1"));
    pane.tabs()->setCurrentWidget(pane.eventsTab());
    QTreeWidget *table = pane.eventsTab()->table();
    QCOMPARE(column(table, 1), (QStringList { QStringLiteral("BackOff"), QStringLiteral("Pulled") }));
    QCOMPARE(table->topLevelItem(0)->text(3), QStringLiteral("7"));
    QVERIFY(table->topLevelItem(0)->font(0).bold());
    QVERIFY(!table->topLevelItem(1)->font(0).bold());
    QVERIFY(!table->topLevelItem(0)->icon(0).isNull());

    // Live: a new event appears without re-opening.
    events.upsert(json(R"({"metadata": {"name": "e4", "namespace": "demo", "resourceVersion": "4"},
        "involvedObject": {"kind": "Pod", "name": "web-1", "namespace": "demo", "uid": "u-1"},
        "type": "Normal", "reason": "Started", "message": "Started container web",
        "lastTimestamp": "2026-11-27T13:00:00Z"})"));
    events.flush();
    QTRY_COMPARE(table->topLevelItemCount(), 3);
    QCOMPARE(table->topLevelItem(0)->text(1), QStringLiteral("Started"));
}

void TestDetailPane::relatedTab_listsChildren_activationOpens()
{
    Core::ObjectStore replicaSets;
    replicaSets.upsert(json(R"({"apiVersion": "apps/v1", "kind": "ReplicaSet",
        "metadata": {"name": "web-abc", "namespace": "demo", "uid": "rs-1", "resourceVersion": "1",
          "ownerReferences": [{"apiVersion": "apps/v1", "kind": "Deployment", "name": "web", "uid": "d-1"}]},
        "spec": {"replicas": 1, "selector": {"matchLabels": {"app": "web"}}}, "status": {"replicas": 1}})"));
    replicaSets.flush();
    Core::ObjectStore pods;
    QJsonObject child = pod(0);
    QJsonObject metadata = child.value(u"metadata").toObject();
    metadata.insert(QStringLiteral("ownerReferences"),
        QJsonArray { QJsonObject { { QStringLiteral("apiVersion"), QStringLiteral("apps/v1") },
            { QStringLiteral("kind"), QStringLiteral("ReplicaSet") },
            { QStringLiteral("name"), QStringLiteral("web-abc") },
            { QStringLiteral("uid"), QStringLiteral("rs-1") } } });
    child.insert(QStringLiteral("metadata"), metadata);
    pods.upsert(child);
    pods.flush();
    Core::ObjectStore deployments;
    deployments.upsert(json(R"({"apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": {"name": "web", "namespace": "demo", "uid": "d-1", "resourceVersion": "1"},
        "spec": {"replicas": 1, "selector": {"matchLabels": {"app": "web"}}, "template": {"spec": {"containers": []}}}})"));
    deployments.flush();

    Ui::DetailPane pane;
    pane.show();
    pane.relatedTab()->setStoreProvider([&](const Core::ResourceRef &r, const QString &) -> Core::ObjectStore * {
        if (r == Kinds::replicaSets()) {
            return &replicaSets;
        }
        return r == Kinds::pods() ? &pods : nullptr;
    });
    pane.showObject(nullptr, Kinds::deployments(), &deployments, QStringLiteral("demo/web"));
    pane.tabs()->setCurrentWidget(pane.relatedTab());
    QTreeWidget *tree = pane.relatedTab()->tree();
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("ReplicaSets (1)"));
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("web-abc"));
    QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("Controlled pods (1)"));
    QTreeWidgetItem *podItem = tree->topLevelItem(1)->child(0);
    QCOMPARE(podItem->text(0), QStringLiteral("web-1"));

    QSignalSpy open(&pane, &Ui::DetailPane::openRequested);
    tree->setCurrentItem(podItem);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).value<Core::ResourceRef>(), Kinds::pods());
    QCOMPARE(open.at(0).at(1).toString(), QStringLiteral("demo"));
    QCOMPARE(open.at(0).at(2).toString(), QStringLiteral("web-1"));

    // A new child shows up live.
    QJsonObject second = child;
    metadata.insert(QStringLiteral("name"), QStringLiteral("web-2"));
    metadata.insert(QStringLiteral("uid"), QStringLiteral("u-2"));
    second.insert(QStringLiteral("metadata"), metadata);
    pods.upsert(second);
    pods.flush();
    QTRY_COMPARE(tree->topLevelItem(1)->childCount(), 2);
}

void TestDetailPane::clear_showsPlaceholder()
{
    Core::ObjectStore store;
    store.upsert(pod(0));
    store.flush();
    Ui::DetailPane pane;
    pane.show();
    pane.showObject(nullptr, Kinds::pods(), &store, QStringLiteral("demo/web-1"));
    QVERIFY(pane.tabs()->isVisible());
    pane.clear();
    QVERIFY(!pane.tabs()->isVisible());
    // No longer follows the store.
    store.remove(QStringLiteral("demo/web-1"));
    store.flush();
    QVERIFY(!pane.isDeleted());
}

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
