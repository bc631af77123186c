// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/actions/revisionhistory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Sextant::Core;

namespace {

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return object;
}

QByteArray podTemplate(const char *image, const char *hash = nullptr)
{
    QByteArray labels = R"("app":"web")";
    if (hash)
        labels += R"(,"pod-template-hash":")" + QByteArray(hash) + "\"";
    return R"({"metadata":{"labels":{)" + labels + R"(}},"spec":{"containers":[{"name":"web","image":")"
        + QByteArray(image) + R"("}]}})";
}

QJsonObject replicaSet(
    const char *name, const char *revision, const char *image, const char *ownerUid, const char *extraAnnotations = "")
{
    return parse(R"({"metadata":{"name":")" + QByteArray(name)
        + R"(","creationTimestamp":"2026-11-27T10:00:00Z","annotations":{"deployment.kubernetes.io/revision":")"
        + revision + "\"" + extraAnnotations + R"(},"ownerReferences":[{"kind":"Deployment","name":"web","uid":")"
        + ownerUid + R"(","controller":true}]},"spec":{"template":)" + podTemplate(image, "abc123") + "}}");
}

QJsonObject deployment(const char *image, bool paused = false)
{
    return parse(R"({"metadata":{"name":"web","uid":"d1","resourceVersion":"42","annotations":{)"
                 R"("deployment.kubernetes.io/revision":"2","team":"a"}},"spec":{"paused":)"
        + QByteArray(paused ? "true" : "false") + R"(,"selector":{"matchLabels":{"app":"web"}},"template":)"
        + podTemplate(image) + "}}");
}

QJsonObject controllerRevision(const char *name, int revision, const char *image, const char *ownerUid)
{
    return parse(R"({"metadata":{"name":")" + QByteArray(name)
        + R"(","ownerReferences":[{"kind":"StatefulSet","name":"db","uid":")" + ownerUid
        + R"(","controller":true}]},"revision":)" + QByteArray::number(revision)
        + R"(,"data":{"spec":{"template":{"$patch":"replace","metadata":{"labels":{"app":"db"}},)"
          R"("spec":{"containers":[{"name":"db","image":")"
        + image + R"("}]}}}}})");
}

QJsonObject statefulSet(const char *image)
{
    return parse(R"({"metadata":{"name":"db","uid":"s1"},"spec":{"template":{"metadata":{"labels":{"app":"db"}},)"
                 R"("spec":{"containers":[{"name":"db","image":")"
        + QByteArray(image) + R"("}]}}}})");
}

} // namespace

class TestRevisionHistory final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fromReplicaSets_numericOrderOwnedOnly_currentMarked()
    {
        const QList<QJsonObject> sets { replicaSet("web-10", "10", "web:3", "d1"),
            replicaSet("web-2", "2", "web:2", "d1"),
            replicaSet("web-1", "1", "web:1", "d1", R"(,"kubernetes.io/change-cause":"first")"),
            replicaSet("other-5", "5", "web:5", "someone-else") };
        const QList<Revision> revisions = RevisionHistory::fromReplicaSets(deployment("web:2"), sets);
        QCOMPARE(revisions.size(), 3);
        // 10 after 2: numbers, not strings.
        QCOMPARE(revisions.at(0).number, 1);
        QCOMPARE(revisions.at(1).number, 2);
        QCOMPARE(revisions.at(2).number, 10);
        QCOMPARE(revisions.at(0).changeCause, QStringLiteral("first"));
        QCOMPARE(revisions.at(0).images, QStringList { QStringLiteral("web:1") });
        QCOMPARE(revisions.at(0).created, QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC));
        QVERIFY(!revisions.at(0).current);
        QVERIFY(revisions.at(1).current);
        QVERIFY(!revisions.at(2).current);
        // The hash label is the ReplicaSet's, not part of the template a user rolls back to.
        QVERIFY(!revisions.at(0)
                     .podTemplate.value(QLatin1String("metadata"))
                     .toObject()
                     .value(QLatin1String("labels"))
                     .toObject()
                     .contains(QLatin1String("pod-template-hash")));
    }

    void deploymentRollback_olderRevision_jsonPatchLikeKubectlGuardedByResourceVersion()
    {
        const QJsonObject rs1 = replicaSet("web-1", "1", "web:1", "d1", R"(,"kubernetes.io/change-cause":"first")");
        const QList<Revision> revisions = RevisionHistory::fromReplicaSets(deployment("web:2"), { rs1 });
        const RollbackPlan plan = RevisionHistory::deploymentRollback(deployment("web:2"), revisions.at(0));
        QCOMPARE(plan.outcome, RollbackPlan::Outcome::Patch);
        QCOMPARE(plan.patchType, PatchType::Json);
        const QJsonArray operations = QJsonDocument::fromJson(plan.patch).array();
        QCOMPARE(operations.size(), 3);
        QCOMPARE(
            operations.at(0).toObject(), parse(R"({"op":"test","path":"/metadata/resourceVersion","value":"42"})"));
        QCOMPARE(operations.at(1).toObject(),
            QJsonObject({ { QStringLiteral("op"), QStringLiteral("replace") },
                { QStringLiteral("path"), QStringLiteral("/spec/template") },
                { QStringLiteral("value"), parse(podTemplate("web:1")) } }));
        // Bookkeeping annotations stay the deployment's; the rest come from the ReplicaSet ("team" goes, as in
        // kubectl).
        QCOMPARE(operations.at(2).toObject().value(QLatin1String("value")).toObject(),
            parse(R"({"deployment.kubernetes.io/revision":"2","kubernetes.io/change-cause":"first"})"));
    }

    void deploymentRollback_paused_refusedWithKubectlMessage()
    {
        const QList<Revision> revisions
            = RevisionHistory::fromReplicaSets(deployment("web:2"), { replicaSet("web-1", "1", "web:1", "d1") });
        const RollbackPlan plan = RevisionHistory::deploymentRollback(deployment("web:2", true), revisions.at(0));
        QCOMPARE(plan.outcome, RollbackPlan::Outcome::Refused);
        QCOMPARE(plan.message,
            QStringLiteral("you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and "
                           "try again"));
        QVERIFY(plan.patch.isEmpty());
    }

    void deploymentRollback_currentRevision_skipped()
    {
        const QList<Revision> revisions
            = RevisionHistory::fromReplicaSets(deployment("web:2"), { replicaSet("web-2", "2", "web:2", "d1") });
        const RollbackPlan plan = RevisionHistory::deploymentRollback(deployment("web:2"), revisions.at(0));
        QCOMPARE(plan.outcome, RollbackPlan::Outcome::AlreadyCurrent);
        QCOMPARE(plan.message, QStringLiteral("skipped rollback (current template already matches revision 2)"));
    }

    void fromControllerRevisions_sortedCurrentAndDataPatch()
    {
        const QList<QJsonObject> histories { controllerRevision("db-b", 3, "pg:16", "s1"),
            controllerRevision("db-a", 1, "pg:15", "s1"), controllerRevision("db-x", 2, "pg:14", "other") };
        const QList<Revision> revisions = RevisionHistory::fromControllerRevisions(statefulSet("pg:16"), histories);
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(revisions.at(0).number, 1);
        QCOMPARE(revisions.at(1).number, 3);
        QVERIFY(revisions.at(1).current);
        QVERIFY(!revisions.at(0).podTemplate.contains(QLatin1String("$patch")));

        const RollbackPlan plan = RevisionHistory::controllerRevisionRollback(statefulSet("pg:16"), revisions.at(0));
        QCOMPARE(plan.outcome, RollbackPlan::Outcome::Patch);
        QCOMPARE(plan.patchType, PatchType::StrategicMerge);
        // Exactly the revision's data, $patch: replace included, as kubectl sends it.
        QCOMPARE(QJsonDocument::fromJson(plan.patch).object(), histories.at(1).value(QLatin1String("data")).toObject());
        QCOMPARE(RevisionHistory::controllerRevisionRollback(statefulSet("pg:16"), revisions.at(1)).outcome,
            RollbackPlan::Outcome::AlreadyCurrent);
    }

    void selectorQuery_matchLabelsAndExpressions()
    {
        QCOMPARE(RevisionHistory::selectorQuery(parse(R"({"matchLabels":{"app":"web"}})")), QStringLiteral("app=web"));
        QCOMPARE(RevisionHistory::selectorQuery(
                     parse(R"({"matchExpressions":[{"key":"tier","operator":"In","values":["a","b"]}]})")),
            QStringLiteral("tier in (a,b)"));
        QCOMPARE(RevisionHistory::selectorQuery(QJsonObject()), QString());
    }

    void isControlledBy_requiresControllerFlagAndUid()
    {
        const QJsonObject owner = parse(R"({"metadata":{"uid":"u"}})");
        QVERIFY(RevisionHistory::isControlledBy(
            parse(R"({"metadata":{"ownerReferences":[{"uid":"u","controller":true}]}})"), owner));
        QVERIFY(!RevisionHistory::isControlledBy(
            parse(R"({"metadata":{"ownerReferences":[{"uid":"u","controller":false}]}})"), owner));
        QVERIFY(!RevisionHistory::isControlledBy(parse(R"({"metadata":{}})"), owner));
    }
};

QTEST_GUILESS_MAIN(TestRevisionHistory)
#include "tst_revisionhistory.moc"
