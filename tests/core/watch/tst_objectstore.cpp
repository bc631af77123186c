// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/watch/objectstore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Sextant::Core;

namespace {
QJsonObject pod(const QString &name, const QString &rv, const QString &ns = QStringLiteral("ns"))
{
    QJsonObject metadata { { QStringLiteral("name"), name }, { QStringLiteral("resourceVersion"), rv } };
    if (!ns.isEmpty())
        metadata.insert(QStringLiteral("namespace"), ns);
    return QJsonObject { { QStringLiteral("metadata"), metadata } };
}

StoreDelta deltaAt(const QSignalSpy &spy, int index)
{
    return spy.at(index).at(0).value<StoreDelta>();
}
} // namespace

class TestObjectStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keyOf_namespacedAndClusterScoped()
    {
        QCOMPARE(ObjectStore::keyOf(pod(QStringLiteral("a"), QStringLiteral("1"))), QStringLiteral("ns/a"));
        QCOMPARE(ObjectStore::keyOf(pod(QStringLiteral("node-1"), QStringLiteral("1"), QString())),
            QStringLiteral("node-1"));
    }

    void coalescing_data()
    {
        // ops: a=add, u=update, d=delete, applied in order to key ns/x present or not before the batch.
        QTest::addColumn<bool>("presentBefore");
        QTest::addColumn<QString>("ops");
        QTest::addColumn<QString>("expected"); // added / updated / removed / none
        QTest::newRow("addThenDelete_vanishes") << false << "ad"
                                                << "none";
        QTest::newRow("addThenUpdate_isAdded") << false << "auu"
                                               << "added";
        QTest::newRow("updateThenDelete_isRemoved") << true << "ud"
                                                    << "removed";
        QTest::newRow("deleteThenAdd_isUpdated") << true << "da"
                                                 << "updated";
        QTest::newRow("addDeleteAdd_isAdded") << false << "ada"
                                              << "added";
        QTest::newRow("updates_oneUpdated") << true << "uuu"
                                            << "updated";
    }
    void coalescing()
    {
        QFETCH(bool, presentBefore);
        QFETCH(QString, ops);
        QFETCH(QString, expected);
        ObjectStore store;
        if (presentBefore) {
            store.upsert(pod(QStringLiteral("x"), QStringLiteral("1")));
            store.flush();
        }
        QSignalSpy spy(&store, &ObjectStore::changed);
        int rv = 10;
        for (const QChar op : ops) {
            if (op == QLatin1Char('d'))
                store.remove(QStringLiteral("ns/x"));
            else
                store.upsert(pod(QStringLiteral("x"), QString::number(++rv)));
        }
        QVERIFY(spy.isEmpty()); // batched: nothing before the timer
        if (expected == QLatin1String("none")) {
            QTest::qWait(120);
            QCOMPARE(spy.size(), 0);
            return;
        }
        QTRY_COMPARE(spy.size(), 1);
        const StoreDelta delta = deltaAt(spy, 0);
        const QList<QString> key { QStringLiteral("ns/x") };
        QCOMPARE(delta.added, expected == QLatin1String("added") ? key : QList<QString>());
        QCOMPARE(delta.updated, expected == QLatin1String("updated") ? key : QList<QString>());
        QCOMPARE(delta.removed, expected == QLatin1String("removed") ? key : QList<QString>());
    }

    void batching_manyChangesOneSignal()
    {
        ObjectStore store;
        QSignalSpy spy(&store, &ObjectStore::changed);
        for (int i = 0; i < 1000; ++i)
            store.upsert(pod(QStringLiteral("p%1").arg(i), QStringLiteral("1")));
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(deltaAt(spy, 0).added.size(), 1000);
        QCOMPARE(deltaAt(spy, 0).added.first(), QStringLiteral("ns/p0")); // arrival order kept
        QTest::qWait(100);
        QCOMPARE(spy.size(), 1);
    }

    void upsert_sameResourceVersion_notAppliedTwice()
    {
        ObjectStore store;
        QVERIFY(store.upsert(pod(QStringLiteral("a"), QStringLiteral("7"))));
        store.flush();
        QSignalSpy spy(&store, &ObjectStore::changed);
        QVERIFY(!store.upsert(pod(QStringLiteral("a"), QStringLiteral("7"))));
        QVERIFY(!store.remove(QStringLiteral("ns/absent")));
        store.flush();
        QCOMPARE(spy.size(), 0);
    }

    // tools/cache: a relist diffs against the store, never resets it.
    void replace_diffsAgainstStore()
    {
        ObjectStore store;
        store.replace({ pod(QStringLiteral("keep"), QStringLiteral("1")),
            pod(QStringLiteral("change"), QStringLiteral("2")), pod(QStringLiteral("gone"), QStringLiteral("3")) });
        store.flush();
        QSignalSpy spy(&store, &ObjectStore::changed);
        store.replace({ pod(QStringLiteral("keep"), QStringLiteral("1")),
            pod(QStringLiteral("change"), QStringLiteral("9")), pod(QStringLiteral("new"), QStringLiteral("10")) });
        store.flush();
        QCOMPARE(spy.size(), 1);
        const StoreDelta delta = deltaAt(spy, 0);
        QCOMPARE(delta.added, QList<QString> { QStringLiteral("ns/new") });
        QCOMPARE(delta.updated, QList<QString> { QStringLiteral("ns/change") });
        QCOMPARE(delta.removed, QList<QString> { QStringLiteral("ns/gone") });
        QCOMPARE(store.size(), 3);
        QCOMPARE(ObjectStore::resourceVersionOf(store.object(QStringLiteral("ns/change"))), QStringLiteral("9"));
        QVERIFY(store.object(QStringLiteral("ns/gone")).isEmpty());
    }

    void markSynced_flushesThenSignalsOnce()
    {
        ObjectStore store;
        QSignalSpy changed(&store, &ObjectStore::changed);
        QSignalSpy synced(&store, &ObjectStore::synced);
        store.replace({ pod(QStringLiteral("a"), QStringLiteral("1")) });
        QVERIFY(!store.hasSynced());
        store.markSynced();
        store.markSynced();
        QCOMPARE(changed.size(), 1); // contents announced before synced()
        QCOMPARE(synced.size(), 1);
        QVERIFY(store.hasSynced());
    }

    void stripped_managedFieldsAndSecretLastApplied()
    {
        QJsonObject object { { QStringLiteral("metadata"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("s") },
                { QStringLiteral("managedFields"), QJsonArray { QJsonObject {} } },
                { QStringLiteral("annotations"),
                    QJsonObject { { QStringLiteral("kubectl.kubernetes.io/last-applied-configuration"),
                                      QStringLiteral("{\"data\":{\"password\":\"c2VjcmV0\"}}") },
                        { QStringLiteral("keep"), QStringLiteral("me") } } } } } };
        const QJsonObject secret = ObjectStore::stripped(object, true);
        const QJsonObject metadata = secret.value(QLatin1String("metadata")).toObject();
        QVERIFY(!metadata.contains(QLatin1String("managedFields")));
        QVERIFY(!metadata.value(QLatin1String("annotations"))
                     .toObject()
                     .contains(QLatin1String("kubectl.kubernetes.io/last-applied-configuration")));
        QCOMPARE(metadata.value(QLatin1String("annotations")).toObject().value(QLatin1String("keep")).toString(),
            QStringLiteral("me"));
        const QJsonObject configMap = ObjectStore::stripped(object, false);
        QVERIFY(configMap.value(QLatin1String("metadata"))
                    .toObject()
                    .value(QLatin1String("annotations"))
                    .toObject()
                    .contains(QLatin1String("kubectl.kubernetes.io/last-applied-configuration")));
        QVERIFY(!configMap.value(QLatin1String("metadata")).toObject().contains(QLatin1String("managedFields")));
    }
};

QTEST_GUILESS_MAIN(TestObjectStore)
#include "tst_objectstore.moc"
