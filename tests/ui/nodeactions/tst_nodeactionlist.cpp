// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "nodeactionstesting.h"
#include "ui/nodeactions/cordonaction.h"
#include "ui/nodeactions/drainaction.h"
#include "ui/nodeactions/metadataaction.h"
#include "ui/nodeactions/secretaction.h"
#include "ui/nodeactions/taintsaction.h"

#include <QTest>

using namespace Sextant;
using namespace Sextant::Test;

namespace {
QJsonObject node(const char *name, bool cordoned)
{
    return json(QByteArray(R"({"metadata":{"name":")") + name + R"("},"spec":{"unschedulable":)"
        + (cordoned ? "true" : "false") + "}}");
}
} // namespace

class TestNodeActionList final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installEnglishPlurals(); }

    void actions_applyToTheirKinds()
    {
        Ui::CordonAction cordon(true);
        Ui::CordonAction uncordon(false);
        Ui::DrainAction drain;
        Ui::TaintsAction taints;
        Ui::MetadataAction labels(Ui::MetadataDialog::Field::Labels);
        Ui::MetadataAction annotations(Ui::MetadataDialog::Field::Annotations);
        Ui::SecretAction secret;
        QCOMPARE(cordon.id(), QStringLiteral("node.cordon"));
        QCOMPARE(uncordon.id(), QStringLiteral("node.uncordon"));
        QCOMPARE(labels.id(), QStringLiteral("metadata.labels"));
        QCOMPARE(annotations.id(), QStringLiteral("metadata.annotations"));
        for (const Ui::ResourceAction *action :
            std::initializer_list<const Ui::ResourceAction *> { &cordon, &uncordon, &drain, &taints }) {
            QVERIFY(action->appliesTo(nodes()));
            QVERIFY(!action->appliesTo(secrets()));
        }
        QVERIFY(labels.appliesTo(deployments()) && labels.appliesTo(nodes()) && annotations.appliesTo(secrets()));
        QVERIFY(secret.appliesTo(secrets()) && !secret.appliesTo(nodes()));
        QVERIFY(drain.isDestructive());
        QVERIFY(cordon.acceptsMany() && !drain.acceptsMany());
        QVERIFY(drain.text().endsWith(QStringLiteral("…")));
    }

    void drain_permissions_patchNodeAndEvictEverywhere()
    {
        Ui::DrainAction drain;
        const QList<Ui::PermissionNeed> needs = drain.permissions({});
        QCOMPARE(needs.size(), 3);
        QCOMPARE(needs[0].verb, QStringLiteral("patch"));
        QVERIFY(!needs[0].resource.isValid() && needs[0].onObject);
        QCOMPARE(needs[1].verb, QStringLiteral("list"));
        QCOMPARE(needs[1].resource.resource, QStringLiteral("pods"));
        QVERIFY(!needs[1].onObject);
        QCOMPARE(needs[2].verb, QStringLiteral("create"));
        QCOMPARE(needs[2].subresource, QStringLiteral("eviction"));
        QVERIFY(!needs[2].onObject);
        Ui::SecretAction secret;
        QCOMPARE(secret.permissions({}).value(0).verb, QStringLiteral("get"));
    }

    void cordon_unavailableReason_followsNodeState()
    {
        FakeCluster cluster;
        Ui::CordonAction cordon(true);
        Ui::CordonAction uncordon(false);
        const auto cordoned = cluster.target(nodes(), { node("n1", true) });
        const auto schedulable = cluster.target(nodes(), { node("n1", false) });
        QCOMPARE(cordon.unavailableReason(cordoned), QStringLiteral("Node n1 is already cordoned."));
        QVERIFY(cordon.unavailableReason(schedulable).isEmpty());
        QCOMPARE(uncordon.unavailableReason(schedulable), QStringLiteral("Node n1 is schedulable."));
        QVERIFY(uncordon.unavailableReason(cordoned).isEmpty());
        // Bulk: fits as long as one node changes.
        QVERIFY(cordon.unavailableReason(cluster.target(nodes(), { node("n1", true), node("n2", false) })).isEmpty());
    }

    void cordon_trigger_patchesOnlyNodesThatChange()
    {
        FakeCluster cluster;
        cluster.server.setHandler([](const CannedRequest &) {
            return CannedResponse::json(200, R"({"metadata":{"name":"n2"},"spec":{"unschedulable":true}})");
        });
        Ui::CordonAction cordon(true);
        cordon.trigger(cluster.target(nodes(), { node("n1", true), node("n2", false) }), nullptr);
        QTRY_COMPARE(cluster.succeeded.size(), 1);
        QCOMPARE(cluster.server.requests.size(), 1);
        const CannedRequest &request = cluster.server.requests.first();
        QCOMPARE(request.method, QByteArray("PATCH"));
        QCOMPARE(request.path(), QStringLiteral("/api/v1/nodes/n2"));
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/strategic-merge-patch+json"));
        QCOMPARE(request.body, QByteArray(R"({"spec":{"unschedulable":true}})"));
        QVERIFY(cluster.succeeded.first().at(0).toString().contains(QStringLiteral("node n2")));
    }

    void uncordon_forbidden_reportsServerMessageVerbatim()
    {
        FakeCluster cluster;
        const QByteArray message = "nodes \\\"n1\\\" is forbidden: User \\\"limited\\\" cannot patch resource";
        cluster.server.setHandler([message](const CannedRequest &) {
            return CannedResponse::json(
                403, "{\"kind\":\"Status\",\"reason\":\"Forbidden\",\"code\":403,\"message\":\"" + message + "\"}");
        });
        Ui::CordonAction uncordon(false);
        uncordon.trigger(cluster.target(nodes(), { node("n1", true) }), nullptr);
        QTRY_COMPARE(cluster.failed.size(), 1);
        QCOMPARE(cluster.failed.first().at(0).toString(), QStringLiteral("Could not uncordon node n1"));
        QCOMPARE(cluster.failed.first().at(1).value<Core::ApiError>().message,
            QStringLiteral("nodes \"n1\" is forbidden: User \"limited\" cannot patch resource"));
        QCOMPARE(cluster.server.requests.first().body, QByteArray(R"({"spec":{"unschedulable":null}})"));
        QCOMPARE(cluster.succeeded.size(), 0);
    }
};

QTEST_MAIN(TestNodeActionList)
#include "tst_nodeactionlist.moc"
