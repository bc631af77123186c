// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/liveedit/liveedit.h"
#include "core/liveedit/threewaymerge.h"
#include "core/yaml/schemaset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Sextant::Core;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", text);
    return document.object();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

MergePathStep field(const char *key)
{
    return MergePathStep::field(QString::fromUtf8(key));
}

QStringList conflictPaths(const MergeResult &result)
{
    QStringList paths;
    for (const MergeConflict &conflict : result.conflicts)
        paths << conflict.pathText();
    return paths;
}

// A Deployment-shaped base the rows below change.
const char *const Deployment = R"({"metadata":{"name":"web","labels":{"app":"web"}},
 "spec":{"replicas":1,"template":{"spec":{"containers":[
   {"name":"main","image":"nginx:1","env":[{"name":"A","value":"1"}]},
   {"name":"side","image":"busybox"}]}}}})";

} // namespace

class TestThreeWayMerge final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void merge_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("mine");
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<QString>("merged");
        QTest::addColumn<QStringList>("conflicts");

        QTest::newRow("disjointChanges_bothTaken") << R"({"a":1,"b":1})"
                                                   << R"({"a":2,"b":1})"
                                                   << R"({"a":1,"b":3})"
                                                   << R"({"a":2,"b":3})" << QStringList();
        QTest::newRow("sameChangeBothSides_noConflict") << R"({"a":1})"
                                                        << R"({"a":2})"
                                                        << R"({"a":2})"
                                                        << R"({"a":2})" << QStringList();
        QTest::newRow("differentChanges_conflictKeepsTheirs")
            << R"({"spec":{"replicas":1}})"
            << R"({"spec":{"replicas":3}})"
            << R"({"spec":{"replicas":5}})"
            << R"({"spec":{"replicas":5}})" << QStringList { QStringLiteral("spec.replicas") };
        QTest::newRow("nestedDisjoint_mergedRecursively")
            << R"({"metadata":{"labels":{"a":"1"}},"spec":{"replicas":1}})"
            << R"({"metadata":{"labels":{"a":"1"}},"spec":{"replicas":3}})"
            << R"({"metadata":{"labels":{"a":"1","b":"2"}},"spec":{"replicas":1}})"
            << R"({"metadata":{"labels":{"a":"1","b":"2"}},"spec":{"replicas":3}})" << QStringList();
        QTest::newRow("keyAddedBothSidesDifferently_conflict")
            << R"({})"
            << R"({"x":{"k":"mine"}})"
            << R"({"x":{"k":"theirs"}})"
            << R"({"x":{"k":"theirs"}})" << QStringList { QStringLiteral("x.k") };
        QTest::newRow("keyRemovedByMine_removed") << R"({"a":1,"b":2})"
                                                  << R"({"a":1})"
                                                  << R"({"a":1,"b":2,"c":3})"
                                                  << R"({"a":1,"c":3})" << QStringList();
        QTest::newRow("keyRemovedByTheirs_removed") << R"({"a":1,"b":2})"
                                                    << R"({"a":5,"b":2})"
                                                    << R"({"a":1})"
                                                    << R"({"a":5})" << QStringList();
        QTest::newRow("keyRemovedByBoth_removed") << R"({"a":1,"b":2})"
                                                  << R"({"a":1})"
                                                  << R"({"a":1})"
                                                  << R"({"a":1})" << QStringList();
        QTest::newRow("removedByMineChangedByTheirs_conflict")
            << R"({"a":1,"b":2})"
            << R"({"a":1})"
            << R"({"a":1,"b":9})"
            << R"({"a":1,"b":9})" << QStringList { QStringLiteral("b") };
        QTest::newRow("typeChangedByMineOnly_taken") << R"({"port":80,"x":1})"
                                                     << R"({"port":"http","x":1})"
                                                     << R"({"port":80,"x":2})"
                                                     << R"({"port":"http","x":2})" << QStringList();
        QTest::newRow("typeChangedDifferently_conflict") << R"({"v":{"a":1}})"
                                                         << R"({"v":"text"})"
                                                         << R"({"v":{"a":2}})"
                                                         << R"({"v":{"a":2}})" << QStringList { QStringLiteral("v") };
        QTest::newRow("scalarListsWholeValues_conflict")
            << R"({"args":["a","b"]})"
            << R"({"args":["a","b","c"]})"
            << R"({"args":["z","a","b"]})"
            << R"({"args":["z","a","b"]})" << QStringList { QStringLiteral("args") };
        QTest::newRow("scalarListChangedOneSide_taken") << R"({"args":["a"],"n":1})"
                                                        << R"({"args":["a","b"],"n":1})"
                                                        << R"({"args":["a"],"n":2})"
                                                        << R"({"args":["a","b"],"n":2})" << QStringList();
        QTest::newRow("namedListDifferentItemsChanged_mergedByName")
            << R"({"c":[{"name":"main","image":"a"},{"name":"side","image":"b"}]})"
            << R"({"c":[{"name":"main","image":"a2"},{"name":"side","image":"b"}]})"
            << R"({"c":[{"name":"main","image":"a"},{"name":"side","image":"b2"}]})"
            << R"({"c":[{"name":"main","image":"a2"},{"name":"side","image":"b2"}]})" << QStringList();
        QTest::newRow("namedListSameItemDifferentFields_merged")
            << R"({"c":[{"name":"main","image":"a"}]})"
            << R"({"c":[{"name":"main","image":"a2"}]})"
            << R"({"c":[{"name":"main","image":"a","tty":true}]})"
            << R"({"c":[{"name":"main","image":"a2","tty":true}]})" << QStringList();
        QTest::newRow("namedListSameField_conflictNamesTheItem")
            << R"({"c":[{"name":"main","image":"a"}]})"
            << R"({"c":[{"name":"main","image":"m"}]})"
            << R"({"c":[{"name":"main","image":"t"}]})"
            << R"({"c":[{"name":"main","image":"t"}]})" << QStringList { QStringLiteral("c[name=main].image") };
        QTest::newRow("namedListItemsAddedBothSides_bothKept")
            << R"({"env":[{"name":"A","value":"1"}]})"
            << R"({"env":[{"name":"A","value":"1"},{"name":"MINE","value":"m"}]})"
            << R"({"env":[{"name":"THEIRS","value":"t"},{"name":"A","value":"1"}]})"
            << R"({"env":[{"name":"THEIRS","value":"t"},{"name":"A","value":"1"},{"name":"MINE","value":"m"}]})"
            << QStringList();
        QTest::newRow("namedListItemRemovedByMine_removed")
            << R"({"env":[{"name":"A"},{"name":"B"}]})"
            << R"({"env":[{"name":"A"}]})"
            << R"({"env":[{"name":"A"},{"name":"B"},{"name":"C"}]})"
            << R"({"env":[{"name":"A"},{"name":"C"}]})" << QStringList();
        QTest::newRow("namedListItemRemovedByMineChangedByTheirs_conflict")
            << R"({"env":[{"name":"A","value":"1"},{"name":"B","value":"1"}]})"
            << R"({"env":[{"name":"A","value":"1"}]})"
            << R"({"env":[{"name":"A","value":"1"},{"name":"B","value":"2"}]})"
            << R"({"env":[{"name":"A","value":"1"},{"name":"B","value":"2"}]})"
            << QStringList { QStringLiteral("env[name=B]") };
        QTest::newRow("namedListReorderedByMine_mineOrder")
            << R"({"env":[{"name":"A"},{"name":"B"}]})"
            << R"({"env":[{"name":"B"},{"name":"A"}]})"
            << R"({"env":[{"name":"A","value":"x"},{"name":"B"}]})"
            << R"({"env":[{"name":"B"},{"name":"A","value":"x"}]})" << QStringList();
        QTest::newRow("duplicateNames_wholeListConflict")
            << R"({"l":[{"name":"a","v":1},{"name":"a","v":2}]})"
            << R"({"l":[{"name":"a","v":3},{"name":"a","v":2}]})"
            << R"({"l":[{"name":"a","v":1},{"name":"a","v":4}]})"
            << R"({"l":[{"name":"a","v":1},{"name":"a","v":4}]})" << QStringList { QStringLiteral("l") };
        QTest::newRow("deploymentReplicasAndLabel_bothTaken")
            << QString::fromUtf8(Deployment)
            << QString::fromUtf8(Deployment).replace(QStringLiteral("\"replicas\":1"), QStringLiteral("\"replicas\":3"))
            << QString::fromUtf8(Deployment)
                   .replace(QStringLiteral("{\"app\":\"web\"}"), QStringLiteral("{\"app\":\"web\",\"tier\":\"front\"}"))
            << QString::fromUtf8(Deployment)
                   .replace(QStringLiteral("\"replicas\":1"), QStringLiteral("\"replicas\":3"))
                   .replace(QStringLiteral("{\"app\":\"web\"}"), QStringLiteral("{\"app\":\"web\",\"tier\":\"front\"}"))
            << QStringList();
        QTest::newRow("deploymentEnvOfOneContainer_conflictPathNamesContainerAndVar")
            << QString::fromUtf8(Deployment)
            << QString::fromUtf8(Deployment)
                   .replace(QStringLiteral("\"value\":\"1\""), QStringLiteral("\"value\":\"2\""))
            << QString::fromUtf8(Deployment)
                   .replace(QStringLiteral("\"value\":\"1\""), QStringLiteral("\"value\":\"3\""))
            << QString::fromUtf8(Deployment)
                   .replace(QStringLiteral("\"value\":\"1\""), QStringLiteral("\"value\":\"3\""))
            << QStringList { QStringLiteral("spec.template.spec.containers[name=main].env[name=A].value") };
    }

    void merge()
    {
        QFETCH(QString, base);
        QFETCH(QString, mine);
        QFETCH(QString, theirs);
        QFETCH(QString, merged);
        QFETCH(QStringList, conflicts);

        const MergeResult result = mergeThreeWay(
            json(base.toUtf8().constData()), json(mine.toUtf8().constData()), json(theirs.toUtf8().constData()));
        QCOMPARE(compact(result.merged), compact(json(merged.toUtf8().constData())));
        QCOMPARE(conflictPaths(result), conflicts);
        QCOMPARE(result.isClean(), conflicts.isEmpty());
    }

    // Lists keyed as the kind's schema says (x-kubernetes-list-map-keys), as
    // server-side apply and kubectl's strategic merge key them.
    void merge_withSchema_data()
    {
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("mine");
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<QString>("merged");
        QTest::addColumn<QStringList>("conflicts");

        QTest::newRow("containerPortsByPortAndProtocol_bothTaken")
            << "apps/v1"
            << "Deployment"
            << R"({"spec":{"template":{"spec":{"containers":[{"name":"m","ports":[
                  {"containerPort":80,"protocol":"TCP"}]}]}}}})"
            << R"({"spec":{"template":{"spec":{"containers":[{"name":"m","ports":[
                  {"containerPort":80,"protocol":"TCP","name":"http"}]}]}}}})"
            << R"({"spec":{"template":{"spec":{"containers":[{"name":"m","ports":[
                  {"containerPort":80,"protocol":"TCP"},{"containerPort":443,"protocol":"TCP"}]}]}}}})"
            << R"({"spec":{"template":{"spec":{"containers":[{"name":"m","ports":[
                  {"containerPort":80,"protocol":"TCP","name":"http"},{"containerPort":443,"protocol":"TCP"}]}]}}}})"
            << QStringList();
        QTest::newRow("containerPortSameField_conflictNamesBothKeys")
            << "apps/v1"
            << "Deployment"
            << R"({"spec":{"template":{"spec":{"containers":[{"name":"m","ports":[
                  {"containerPort":53,"protocol":"UDP"},{"containerPort":53,"protocol":"TCP"}]}]}}}})"
            << R"({"spec":{"template":{"spec":{"containers":[{"name":"m","ports":[
                  {"containerPort":53,"protocol":"UDP","name":"mine"},{"containerPort":53,"protocol":"TCP"}]}]}}}})"
            << R"({"spec":{"template":{"spec":{"containers":[{"name":"m","ports":[
                  {"containerPort":53,"protocol":"UDP","name":"theirs"},{"containerPort":53,"protocol":"TCP"}]}]}}}})"
            << R"({"spec":{"template":{"spec":{"containers":[{"name":"m","ports":[
                  {"containerPort":53,"protocol":"UDP","name":"theirs"},{"containerPort":53,"protocol":"TCP"}]}]}}}})"
            << QStringList { QStringLiteral(
                   "spec.template.spec.containers[name=m].ports[containerPort=53,protocol=UDP].name") };
        // Two mounts of one volume share a name: by name this list could only
        // be one value; by mountPath both edits merge.
        QTest::newRow("volumeMountsByMountPath_sameVolumeTwice_merged")
            << "apps/v1"
            << "Deployment"
            << R"({"spec":{"template":{"spec":{"containers":[{"name":"m","volumeMounts":[
                  {"name":"v","mountPath":"/a"},{"name":"v","mountPath":"/b"}]}]}}}})"
            << R"({"spec":{"template":{"spec":{"containers":[{"name":"m","volumeMounts":[
                  {"name":"v","mountPath":"/a","readOnly":true},{"name":"v","mountPath":"/b"}]}]}}}})"
            << R"({"spec":{"template":{"spec":{"containers":[{"name":"m","volumeMounts":[
                  {"name":"v","mountPath":"/a"},{"name":"v","mountPath":"/b","subPath":"x"}]}]}}}})"
            << R"({"spec":{"template":{"spec":{"containers":[{"name":"m","volumeMounts":[
                  {"name":"v","mountPath":"/a","readOnly":true},{"name":"v","mountPath":"/b","subPath":"x"}]}]}}}})"
            << QStringList();
        QTest::newRow("servicePortsByPortAndProtocol_merged")
            << "v1"
            << "Service"
            << R"({"spec":{"ports":[{"port":80,"protocol":"TCP","targetPort":8080}]}})"
            << R"({"spec":{"ports":[{"port":80,"protocol":"TCP","targetPort":9090}]}})"
            << R"({"spec":{"ports":[{"port":80,"protocol":"TCP","targetPort":8080},{"port":81,"protocol":"TCP"}]}})"
            << R"({"spec":{"ports":[{"port":80,"protocol":"TCP","targetPort":9090},{"port":81,"protocol":"TCP"}]}})"
            << QStringList();
        // Tolerations have no key: the schema makes the list one value, even
        // though these items happen to carry no "name" either.
        QTest::newRow("tolerationsAtomic_wholeListConflict")
            << "v1"
            << "Pod"
            << R"({"spec":{"tolerations":[{"key":"a","operator":"Exists"}]}})"
            << R"({"spec":{"tolerations":[{"key":"a","operator":"Exists"},{"key":"m","operator":"Exists"}]}})"
            << R"({"spec":{"tolerations":[{"key":"a","operator":"Exists"},{"key":"t","operator":"Exists"}]}})"
            << R"({"spec":{"tolerations":[{"key":"a","operator":"Exists"},{"key":"t","operator":"Exists"}]}})"
            << QStringList { QStringLiteral("spec.tolerations") };
        // Free-form below the schema (a ConfigMap's data is a string map; an
        // unknown kind has no schema at all): named maps still merge by name.
        QTest::newRow("unknownKind_namedListsByName")
            << "example.com/v1"
            << "Widget"
            << R"({"spec":{"parts":[{"name":"a","n":1},{"name":"b","n":1}]}})"
            << R"({"spec":{"parts":[{"name":"a","n":2},{"name":"b","n":1}]}})"
            << R"({"spec":{"parts":[{"name":"a","n":1},{"name":"b","n":3}]}})"
            << R"({"spec":{"parts":[{"name":"a","n":2},{"name":"b","n":3}]}})" << QStringList();
    }

    void merge_withSchema()
    {
        QFETCH(QString, apiVersion);
        QFETCH(QString, kind);
        QFETCH(QString, base);
        QFETCH(QString, mine);
        QFETCH(QString, theirs);
        QFETCH(QString, merged);
        QFETCH(QStringList, conflicts);

        const std::shared_ptr<const SchemaSet> schemas = SchemaSet::bundled();
        QVERIFY(schemas);
        QVERIFY(schemas->describesListKeys());
        const MergeResult result = mergeThreeWay(json(base.toUtf8().constData()), json(mine.toUtf8().constData()),
            json(theirs.toUtf8().constData()), schemas->kind(apiVersion, kind));
        QCOMPARE(compact(result.merged), compact(json(merged.toUtf8().constData())));
        QCOMPARE(conflictPaths(result), conflicts);
    }

    void resolveConflict_itemWithTwoKeys_takesMine()
    {
        const char *const base = R"({"spec":{"ports":[{"port":53,"protocol":"UDP"},{"port":53,"protocol":"TCP"}]}})";
        const char *const mine
            = R"({"spec":{"ports":[{"port":53,"protocol":"UDP","name":"m"},{"port":53,"protocol":"TCP"}]}})";
        const char *const theirs
            = R"({"spec":{"ports":[{"port":53,"protocol":"UDP","name":"t"},{"port":53,"protocol":"TCP"}]}})";
        MergeResult result = mergeThreeWay(json(base), json(mine), json(theirs),
            SchemaSet::bundled()->kind(QStringLiteral("v1"), QStringLiteral("Service")));
        QCOMPARE(result.conflicts.size(), 1);
        QCOMPARE(mergePathInObject(result.merged, result.conflicts.first().path), QStringLiteral("spec.ports[0].name"));
        QVERIFY(Sextant::Core::resolveConflict(result.merged, result.conflicts.first(), MergeSide::Mine));
        QCOMPARE(compact(result.merged), compact(json(mine)));
    }

    void merge_conflict_carriesAllThreeValues()
    {
        const MergeResult result
            = mergeThreeWay(json(R"({"a":1,"b":2})"), json(R"({"b":2})"), json(R"({"a":5,"b":2})"));
        QCOMPARE(result.conflicts.size(), 1);
        const MergeConflict &conflict = result.conflicts.first();
        QCOMPARE(conflict.base, QJsonValue(1));
        QVERIFY(conflict.mine.isUndefined()); // removed on my side
        QCOMPARE(conflict.theirs, QJsonValue(5));
    }

    void resolveConflict_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("mine");
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<bool>("keepMine");
        QTest::addColumn<QString>("resolved");

        QTest::newRow("keepMine_scalar") << R"({"s":{"r":1}})"
                                         << R"({"s":{"r":3}})"
                                         << R"({"s":{"r":5}})" << true << R"({"s":{"r":3}})";
        QTest::newRow("takeTheirs_scalar") << R"({"s":{"r":1}})"
                                           << R"({"s":{"r":3}})"
                                           << R"({"s":{"r":5}})" << false << R"({"s":{"r":5}})";
        QTest::newRow("keepMine_removalRemoves") << R"({"a":1,"b":1})"
                                                 << R"({"a":1})"
                                                 << R"({"a":1,"b":2})" << true << R"({"a":1})";
        QTest::newRow("keepMine_insideNamedList") << R"({"c":[{"name":"x","i":"a"},{"name":"y","i":"b"}]})"
                                                  << R"({"c":[{"name":"x","i":"m"},{"name":"y","i":"b"}]})"
                                                  << R"({"c":[{"name":"x","i":"t"},{"name":"y","i":"b"}]})" << true
                                                  << R"({"c":[{"name":"x","i":"m"},{"name":"y","i":"b"}]})";
        QTest::newRow("keepMine_removedNamedItem")
            << R"({"c":[{"name":"x","i":"a"},{"name":"y"}]})"
            << R"({"c":[{"name":"y"}]})"
            << R"({"c":[{"name":"x","i":"t"},{"name":"y"}]})" << true << R"({"c":[{"name":"y"}]})";
    }

    void resolveConflict()
    {
        QFETCH(QString, base);
        QFETCH(QString, mine);
        QFETCH(QString, theirs);
        QFETCH(bool, keepMine);
        QFETCH(QString, resolved);

        MergeResult result = mergeThreeWay(
            json(base.toUtf8().constData()), json(mine.toUtf8().constData()), json(theirs.toUtf8().constData()));
        QCOMPARE(result.conflicts.size(), 1);
        QVERIFY(Sextant::Core::resolveConflict(
            result.merged, result.conflicts.first(), keepMine ? MergeSide::Mine : MergeSide::Theirs));
        QCOMPARE(compact(result.merged), compact(json(resolved.toUtf8().constData())));
    }

    void setValueAtPath_missingSteps_created()
    {
        QJsonObject object;
        QVERIFY(setValueAtPath(object,
            { field("spec"), field("c"), MergePathStep::itemNamed(QStringLiteral("main")), field("image") },
            QStringLiteral("nginx")));
        QCOMPARE(compact(object), compact(json(R"({"spec":{"c":[{"name":"main","image":"nginx"}]}})")));
        QVERIFY(!setValueAtPath(object, { field("spec"), field("c"), field("main") }, 1)); // c is a list, not a map
    }

    void mergePathInObject_namedSteps_becomeIndexes()
    {
        const QJsonObject object = json(Deployment);
        const MergePath path { field("spec"), field("template"), field("spec"), field("containers"),
            MergePathStep::itemNamed(QStringLiteral("side")), field("image") };
        QCOMPARE(mergePathInObject(object, path), QStringLiteral("spec.template.spec.containers[1].image"));
        QCOMPARE(mergePathText(path), QStringLiteral("spec.template.spec.containers[name=side].image"));
        QCOMPARE(valueAtPath(object, path), QJsonValue(QStringLiteral("busybox")));
        MergePath gone = path;
        gone[4] = MergePathStep::itemNamed(QStringLiteral("nope"));
        QCOMPARE(mergePathInObject(object, gone), QStringLiteral("spec.template.spec.containers"));
    }

    void editableObject_hidesServerNoise_keepsSpec()
    {
        const QJsonObject object = json(R"({"apiVersion":"v1","kind":"ConfigMap",
            "metadata":{"name":"c","namespace":"n","resourceVersion":"7","uid":"u",
                        "managedFields":[{"manager":"kubectl"}],"labels":{"a":"b"}},
            "data":{"k":"v"}})");
        const QJsonObject editable = editableObject(object);
        const QJsonObject metadata = editable.value(QStringLiteral("metadata")).toObject();
        QVERIFY(!metadata.contains(QStringLiteral("managedFields")));
        QVERIFY(!metadata.contains(QStringLiteral("resourceVersion")));
        QCOMPARE(metadata.value(QStringLiteral("labels")).toObject().value(QStringLiteral("a")).toString(),
            QStringLiteral("b"));
        QCOMPARE(editable.value(QStringLiteral("data")), object.value(QStringLiteral("data")));
    }

    void apply_withoutLoadedBase_refusedNotSent()
    {
        LiveEdit edit(nullptr, { {}, QStringLiteral("v1"), QStringLiteral("configmaps"), true }, QStringLiteral("n"),
            QStringLiteral("c"));
        QList<ApiError> errors;
        connect(&edit, &LiveEdit::applyFailed, this, [&errors](const ApiError &error) { errors << error; });
        edit.apply(json(R"({"metadata":{"name":"c"}})"));
        QCOMPARE(errors.size(), 1);
        QVERIFY(!errors.first().message.isEmpty());
        QCOMPARE(edit.state(), LiveEdit::State::Empty);
    }
};

QTEST_GUILESS_MAIN(TestThreeWayMerge)
#include "tst_threewaymerge.moc"
