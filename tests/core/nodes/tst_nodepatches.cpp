// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/nodes/nodepatches.h"

#include <QJsonDocument>
#include <QTest>

using namespace Sextant::Core;
using NodePatches::Taint;

Q_DECLARE_METATYPE(Sextant::Core::NodePatches::Taint)

namespace {
QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

class TestNodePatches final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cordon_likeKubectl()
    {
        QCOMPARE(NodePatches::cordon(true), QByteArray(R"({"spec":{"unschedulable":true}})"));
        // kubectl uncordon's two-way merge patch drops the field.
        QCOMPARE(NodePatches::cordon(false), QByteArray(R"({"spec":{"unschedulable":null}})"));
    }

    void isUnschedulable_readsSpec()
    {
        QVERIFY(NodePatches::isUnschedulable(parse(R"({"spec":{"unschedulable":true}})")));
        QVERIFY(!NodePatches::isUnschedulable(parse(R"({"spec":{}})")));
    }

    void taintsOf_roundTripsThroughJson()
    {
        const QJsonObject node = parse(R"({"spec":{"taints":[)"
                                       R"({"key":"node-role.kubernetes.io/control-plane","effect":"NoSchedule"},)"
                                       R"({"key":"dedicated","value":"gpu","effect":"NoExecute",)"
                                       R"("timeAdded":"2026-11-27T19:00:00Z"}]}})");
        const QList<Taint> taints = NodePatches::taintsOf(node);
        QCOMPARE(taints.size(), 2);
        QCOMPARE(taints[0].key, QStringLiteral("node-role.kubernetes.io/control-plane"));
        QVERIFY(taints[0].value.isEmpty());
        QCOMPARE(taints[1].value, QStringLiteral("gpu"));
        QCOMPARE(taints[1].timeAdded, QStringLiteral("2026-11-27T19:00:00Z"));
        QCOMPARE(
            NodePatches::toJson(taints), node.value(QLatin1String("spec")).toObject().value(QLatin1String("taints")));
    }

    void withTaints_replacesOnlySpecTaints()
    {
        const QJsonObject node
            = parse(R"({"metadata":{"name":"n1","resourceVersion":"4711"},)"
                    R"("spec":{"podCIDR":"10.244.1.0/24","taints":[{"key":"old","effect":"NoSchedule"}]},)"
                    R"("status":{"phase":"Running"}})");
        const QList<Taint> taints { { QStringLiteral("dedicated"), QStringLiteral("gpu"), QStringLiteral("NoSchedule"),
            {} } };
        const QJsonObject updated = NodePatches::withTaints(node, taints);
        QCOMPARE(QJsonDocument(updated).toJson(QJsonDocument::Compact),
            QByteArray(
                R"({"metadata":{"name":"n1","resourceVersion":"4711"},"spec":{"podCIDR":"10.244.1.0/24",)"
                R"("taints":[{"effect":"NoSchedule","key":"dedicated","value":"gpu"}]},"status":{"phase":"Running"}})"));
        const QJsonObject cleared = NodePatches::withTaints(node, {});
        QVERIFY(!cleared.value(QLatin1String("spec")).toObject().contains(QLatin1String("taints")));
        QCOMPARE(cleared.value(QLatin1String("metadata")), node.value(QLatin1String("metadata")));
    }

    void withSettings_replacesSchedulabilityLabelsAndTaints_keepsTheRest()
    {
        const QJsonObject node = parse(R"({"metadata":{"name":"n1","resourceVersion":"7","labels":{"a":"1","b":"2"}},)"
                                       R"("spec":{"podCIDR":"10.244.1.0/24"},"status":{"phase":"Running"}})");
        NodePatches::NodeSettings settings = NodePatches::settingsOf(node);
        QCOMPARE(settings.unschedulable, false);
        QCOMPARE(settings.labels.size(), 2);
        settings.unschedulable = true;
        settings.labels.remove(QStringLiteral("a"));
        settings.labels.insert(QStringLiteral("zone"), QStringLiteral("z1"));
        settings.taints.append({ QStringLiteral("gpu"), {}, QStringLiteral("NoExecute"), {} });
        const QJsonObject updated = NodePatches::withSettings(node, settings);
        QCOMPARE(QJsonDocument(updated).toJson(QJsonDocument::Compact),
            QByteArray(R"({"metadata":{"labels":{"b":"2","zone":"z1"},"name":"n1","resourceVersion":"7"},)"
                       R"("spec":{"podCIDR":"10.244.1.0/24","taints":[{"effect":"NoExecute","key":"gpu"}],)"
                       R"("unschedulable":true},"status":{"phase":"Running"}})"));
        QCOMPARE(NodePatches::settingsOf(updated), settings);

        const QJsonObject cleared = NodePatches::withSettings(updated, {});
        QVERIFY(!cleared.value(QLatin1String("metadata")).toObject().contains(QLatin1String("labels")));
        QCOMPARE(cleared.value(QLatin1String("spec")).toObject(),
            QJsonObject({ { QStringLiteral("podCIDR"), QStringLiteral("10.244.1.0/24") } }));
    }

    void rebased_myChangesOnTheirNode()
    {
        using NodePatches::NodeSettings;
        const Taint keep { QStringLiteral("keep"), {}, QStringLiteral("NoSchedule"), {} };
        const Taint drop { QStringLiteral("drop"), {}, QStringLiteral("NoSchedule"), {} };
        const Taint mineAdded { QStringLiteral("gpu"), QStringLiteral("a"), QStringLiteral("NoExecute"), {} };
        const Taint theirsAdded { QStringLiteral("theirs"), {}, QStringLiteral("PreferNoSchedule"), {} };
        const NodeSettings base { false,
            { { QStringLiteral("a"), QStringLiteral("1") }, { QStringLiteral("b"), QStringLiteral("2") } },
            { keep, drop } };
        NodeSettings mine = base;
        mine.unschedulable = true;
        mine.labels.insert(QStringLiteral("a"), QStringLiteral("10"));
        mine.labels.remove(QStringLiteral("b"));
        mine.taints = { keep, mineAdded };
        NodeSettings theirs = base;
        theirs.labels.insert(QStringLiteral("c"), QStringLiteral("3"));
        theirs.labels.insert(QStringLiteral("a"), QStringLiteral("5"));
        theirs.taints.append(theirsAdded);

        const NodeSettings result = NodePatches::rebased(base, mine, theirs);
        QCOMPARE(result.unschedulable, true);
        const QMap<QString, QString> labels { { QStringLiteral("a"), QStringLiteral("10") },
            { QStringLiteral("c"), QStringLiteral("3") } };
        QCOMPARE(result.labels, labels);
        const QList<Taint> taints { keep, theirsAdded, mineAdded };
        QCOMPARE(result.taints, taints);
        QCOMPARE(NodePatches::rebased(base, base, theirs), theirs); // nothing of mine: theirs as is
    }

    void validate_data()
    {
        QTest::addColumn<QList<Taint>>("taints");
        QTest::addColumn<QString>("problemContains"); // "" = valid
        const auto taint = [](const char *key, const char *value, const char *effect) {
            return Taint { QString::fromUtf8(key), QString::fromUtf8(value), QString::fromUtf8(effect), {} };
        };
        QTest::newRow("valid") << QList<Taint> { taint("example.com/gpu", "true", "NoSchedule"),
            taint("example.com/gpu", "true", "NoExecute") }
                               << QString();
        QTest::newRow("no value") << QList<Taint> { taint("maintenance", "", "PreferNoSchedule") } << QString();
        QTest::newRow("empty key") << QList<Taint> { taint("", "x", "NoSchedule") }
                                   << QStringLiteral("name part must be non-empty");
        QTest::newRow("bad key") << QList<Taint> { taint("Example.com/gpu", "", "NoSchedule") }
                                 << QStringLiteral("prefix part");
        QTest::newRow("bad value") << QList<Taint> { taint("gpu", "yes please", "NoSchedule") }
                                   << QStringLiteral("a valid label must be an empty string");
        QTest::newRow("no effect") << QList<Taint> { taint("gpu", "", "") } << QStringLiteral("effect is required");
        QTest::newRow("unknown effect") << QList<Taint> { taint("gpu", "", "NoEntry") }
                                        << QStringLiteral("unsupported effect");
        QTest::newRow("duplicate key and effect") << QList<Taint> { taint("gpu", "a", "NoSchedule"),
            taint("gpu", "b", "NoSchedule") } << QStringLiteral("unique by key and effect");
    }

    void validate()
    {
        QFETCH(QList<Taint>, taints);
        QFETCH(QString, problemContains);
        const QStringList problems = NodePatches::validate(taints);
        if (problemContains.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        } else {
            QVERIFY(!problems.isEmpty());
            QVERIFY2(problems.join(QLatin1Char('\n')).contains(problemContains),
                qPrintable(problems.join(QLatin1Char('\n'))));
        }
    }

    void eviction_policyV1WithOptionalGracePeriod()
    {
        QCOMPARE(NodePatches::eviction(QStringLiteral("demo"), QStringLiteral("web-1")),
            QByteArray(
                R"({"apiVersion":"policy/v1","kind":"Eviction","metadata":{"name":"web-1","namespace":"demo"}})"));
        QCOMPARE(NodePatches::eviction(QStringLiteral("demo"), QStringLiteral("web-1"), 0),
            QByteArray(R"({"apiVersion":"policy/v1","deleteOptions":{"gracePeriodSeconds":0},"kind":"Eviction",)"
                       R"("metadata":{"name":"web-1","namespace":"demo"}})"));
    }
};

QTEST_GUILESS_MAIN(TestNodePatches)
#include "tst_nodepatches.moc"
