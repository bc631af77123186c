// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/kinds/kindregistry.h"
#include "core/models/resourcetablemodel.h"
#include "core/models/roles.h"
#include "core/watch/objectstore.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

using namespace Sextant::Core;

namespace {
QJsonObject pod(const QString &ns, const QString &name, const QString &rv,
    const QString &phase = QStringLiteral("Running"), int restarts = 0)
{
    return QJsonObject {
        { QStringLiteral("metadata"),
            QJsonObject { { QStringLiteral("namespace"), ns }, { QStringLiteral("name"), name },
                { QStringLiteral("resourceVersion"), rv },
                { QStringLiteral("creationTimestamp"), QStringLiteral("2026-11-27T10:00:00Z") } } },
        { QStringLiteral("spec"),
            QJsonObject { { QStringLiteral("containers"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("c") } } } } } },
        { QStringLiteral("status"),
            QJsonObject { { QStringLiteral("phase"), phase },
                { QStringLiteral("containerStatuses"),
                    QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("c") },
                        { QStringLiteral("ready"), true }, { QStringLiteral("restartCount"), restarts },
                        { QStringLiteral("state"),
                            QJsonObject { { QStringLiteral("running"), QJsonObject() } } } } } } } },
    };
}

QStringList names(const ResourceTableModel &model, int column = 0)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        out.append(model.index(row, column).data().toString());
    }
    return out;
}

const KindRenderer *podRenderer()
{
    return KindRegistry::instance().renderer(QString(), QStringLiteral("pods"));
}

QStringList keys(const ResourceTableModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        out.append(model.keyAt(row));
    }
    return out;
}

const QStringList kPhases { QStringLiteral("Running"), QStringLiteral("Pending"), QStringLiteral("Failed") };
} // namespace

class TestResourceTableModel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void setStore_existingObjects_sortedByName()
    {
        ObjectStore store;
        store.upsert(pod(QStringLiteral("a"), QStringLiteral("web-2"), QStringLiteral("1")));
        store.upsert(pod(QStringLiteral("a"), QStringLiteral("web-1"), QStringLiteral("2")));
        ResourceTableModel model(podRenderer());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store);
        QCOMPARE(names(model), (QStringList { QStringLiteral("web-1"), QStringLiteral("web-2") }));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Status"));
        QCOMPARE(model.healthColumn(), 2);
    }

    void changed_addsUpdatesRemoves_inPlace()
    {
        ObjectStore store;
        store.setBatchInterval(0);
        ResourceTableModel model(podRenderer());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        for (int i = 0; i < 5; ++i) {
            store.upsert(pod(QStringLiteral("ns"), QStringLiteral("p%1").arg(i), QStringLiteral("1")));
        }
        store.flush();
        QCOMPARE(model.rowCount(), 5);

        store.upsert(pod(QStringLiteral("ns"), QStringLiteral("p3"), QStringLiteral("2"), QStringLiteral("Failed")));
        store.remove(QStringLiteral("ns/p1"));
        store.flush();
        QCOMPARE(names(model),
            (QStringList { QStringLiteral("p0"), QStringLiteral("p2"), QStringLiteral("p3"), QStringLiteral("p4") }));
        const int row = model.rowOfKey(QStringLiteral("ns/p3"));
        QCOMPARE(model.index(row, 2).data().toString(), QStringLiteral("Failed")); // the phase, as kubectl shows it
        QCOMPARE(resets.size(), 0); // watch batches never reset the view
    }

    void countsChanged_afterRemovalAndHiddenAdd_totalIsCurrent()
    {
        ObjectStore store;
        store.setBatchInterval(0);
        ResourceTableModel model(podRenderer());
        model.setStore(&store);
        model.setHealthFilter({ Health::Healthy });
        // What a count label reads when told: the last reading must be current.
        QList<std::pair<int, int>> readings;
        const auto read = [&] { readings.append({ model.rowCount(), model.totalCount() }); };
        connect(&model, &QAbstractItemModel::rowsRemoved, this, read);
        connect(&model, &ResourceTableModel::countsChanged, this, read);

        store.upsert(pod(QStringLiteral("ns"), QStringLiteral("up"), QStringLiteral("1")));
        store.upsert(pod(QStringLiteral("ns"), QStringLiteral("gone"), QStringLiteral("1")));
        store.flush();
        QCOMPARE(readings.last(), std::make_pair(2, 2));

        store.remove(QStringLiteral("ns/gone"));
        store.flush();
        QCOMPARE(readings.last(), std::make_pair(1, 1));

        // Hidden by the filter: no row signal, yet the total grew.
        store.upsert(pod(QStringLiteral("ns"), QStringLiteral("down"), QStringLiteral("1"), QStringLiteral("Failed")));
        store.flush();
        QCOMPARE(readings.last(), std::make_pair(1, 2));
    }

    void sort_byRestartsDescending_keepsOrderAcrossUpdates()
    {
        ObjectStore store;
        ResourceTableModel model(podRenderer());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store);
        model.sort(3, Qt::DescendingOrder);
        store.upsert(pod(QStringLiteral("ns"), QStringLiteral("a"), QStringLiteral("1"), QStringLiteral("Running"), 1));
        store.upsert(pod(QStringLiteral("ns"), QStringLiteral("b"), QStringLiteral("1"), QStringLiteral("Running"), 5));
        store.upsert(pod(QStringLiteral("ns"), QStringLiteral("c"), QStringLiteral("1"), QStringLiteral("Running"), 3));
        store.flush();
        QCOMPARE(names(model), (QStringList { QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a") }));

        const QPersistentModelIndex tracked = model.index(2, 0); // "a"
        store.upsert(pod(QStringLiteral("ns"), QStringLiteral("a"), QStringLiteral("2"), QStringLiteral("Running"), 9));
        store.flush();
        QCOMPARE(names(model), (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
        QCOMPARE(tracked.row(), 0); // persistent indexes follow the row
    }

    void textFilter_matchesAnyTextCell_andFollowsUpdates()
    {
        ObjectStore store;
        store.upsert(pod(QStringLiteral("shop"), QStringLiteral("cart"), QStringLiteral("1")));
        store.upsert(
            pod(QStringLiteral("shop"), QStringLiteral("checkout"), QStringLiteral("1"), QStringLiteral("Pending")));
        ResourceTableModel model(podRenderer());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store);
        model.setShowNamespace(true);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Namespace"));

        model.setTextFilter(QStringLiteral("CHECK"));
        QCOMPARE(names(model, 1), QStringList { QStringLiteral("checkout") });
        QCOMPARE(model.totalCount(), 2);

        model.setTextFilter(QStringLiteral("shop"));
        QCOMPARE(model.rowCount(), 2);

        model.setTextFilter(QStringLiteral("cart"));
        store.remove(QStringLiteral("shop/cart"));
        store.flush();
        QCOMPARE(model.rowCount(), 0);
        store.upsert(pod(QStringLiteral("shop"), QStringLiteral("cart-2"), QStringLiteral("3")));
        store.flush();
        QCOMPARE(names(model, 1), QStringList { QStringLiteral("cart-2") });
    }

    void healthFilter_showsOnlyChosenHealth_andFollowsUpdates()
    {
        ObjectStore store;
        store.upsert(pod(QStringLiteral("shop"), QStringLiteral("cart"), QStringLiteral("1")));
        store.upsert(
            pod(QStringLiteral("shop"), QStringLiteral("checkout"), QStringLiteral("1"), QStringLiteral("Pending")));
        ResourceTableModel model(podRenderer());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store);

        model.setHealthFilter({ Health::Healthy });
        QCOMPARE(names(model), QStringList { QStringLiteral("cart") });

        // The pending pod starts running: it enters the filtered view.
        store.upsert(pod(QStringLiteral("shop"), QStringLiteral("checkout"), QStringLiteral("2")));
        store.flush();
        QCOMPARE(names(model), (QStringList { QStringLiteral("cart"), QStringLiteral("checkout") }));

        model.setHealthFilter({});
        QCOMPARE(model.rowCount(), 2);
    }

    void objectFilter_usesPreviousVerdictOnUpdate()
    {
        ObjectStore store;
        QJsonObject web = pod(QStringLiteral("shop"), QStringLiteral("web"), QStringLiteral("1"));
        QJsonObject metadata = web.value(QStringLiteral("metadata")).toObject();
        metadata.insert(QStringLiteral("labels"), QJsonObject { { QStringLiteral("app"), QStringLiteral("web") } });
        web.insert(QStringLiteral("metadata"), metadata);
        store.upsert(web);
        store.upsert(pod(QStringLiteral("shop"), QStringLiteral("db"), QStringLiteral("1")));
        ResourceTableModel model(podRenderer());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store);

        model.setObjectFilter([](const QJsonObject &object) {
            return object.value(QStringLiteral("metadata"))
                       .toObject()
                       .value(QStringLiteral("labels"))
                       .toObject()
                       .value(QStringLiteral("app"))
                == QStringLiteral("web");
        });
        QCOMPARE(names(model), QStringList { QStringLiteral("web") });

        // Losing the label removes the row (the tester checks the signals match).
        store.upsert(pod(QStringLiteral("shop"), QStringLiteral("web"), QStringLiteral("2")));
        store.flush();
        QCOMPARE(model.rowCount(), 0);

        model.setObjectFilter({});
        QCOMPARE(model.rowCount(), 2);
    }

    void age_readsInjectedClock()
    {
        ObjectStore store;
        store.upsert(pod(QStringLiteral("ns"), QStringLiteral("a"), QStringLiteral("1")));
        ResourceTableModel model(podRenderer());
        model.setClock([] { return QDateTime(QDate(2026, 11, 27), QTime(13, 20), Qt::UTC); });
        model.setStore(&store);
        QCOMPARE(model.index(0, 4).data().toString(), QStringLiteral("3h20m"));
        QCOMPARE(model.index(0, 4).data(SortRole).toDateTime(), QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC));
    }

    void sinceColumn_runningJobDurationAges_finishedJobStays()
    {
        const auto job = [](const QString &name, const QJsonObject &status) {
            return QJsonObject {
                { QStringLiteral("metadata"),
                    QJsonObject { { QStringLiteral("namespace"), QStringLiteral("ns") },
                        { QStringLiteral("name"), name }, { QStringLiteral("resourceVersion"), QStringLiteral("1") },
                        { QStringLiteral("creationTimestamp"), QStringLiteral("2026-11-27T10:00:00Z") } } },
                { QStringLiteral("spec"), QJsonObject { { QStringLiteral("completions"), 1 } } },
                { QStringLiteral("status"), status },
            };
        };
        ObjectStore store;
        store.upsert(job(QStringLiteral("running"),
            QJsonObject { { QStringLiteral("startTime"), QStringLiteral("2026-11-27T10:00:00Z") },
                { QStringLiteral("active"), 1 } }));
        store.upsert(job(QStringLiteral("done"),
            QJsonObject { { QStringLiteral("startTime"), QStringLiteral("2026-11-27T10:00:00Z") },
                { QStringLiteral("completionTime"), QStringLiteral("2026-11-27T10:00:42Z") },
                { QStringLiteral("succeeded"), 1 } }));
        ResourceTableModel model(KindRegistry::instance().renderer(QStringLiteral("batch"), QStringLiteral("jobs")));
        QDateTime now(QDate(2026, 11, 27), QTime(10, 5), Qt::UTC);
        model.setClock([&now] { return now; });
        model.setStore(&store);
        int durationColumn = -1;
        for (int c = 0; c < model.columnCount(); ++c) {
            if (model.headerData(c, Qt::Horizontal).toString() == QStringLiteral("Duration")) {
                durationColumn = c;
            }
        }
        QVERIFY(durationColumn >= 0);
        const int running = model.rowOfKey(QStringLiteral("ns/running"));
        const int done = model.rowOfKey(QStringLiteral("ns/done"));
        QCOMPARE(model.index(running, durationColumn).data().toString(), QStringLiteral("5m"));
        QCOMPARE(model.index(done, durationColumn).data().toString(), QStringLiteral("42s"));

        now = now.addSecs(60);
        QCOMPARE(model.index(running, durationColumn).data().toString(), QStringLiteral("6m"));
        QCOMPARE(model.index(done, durationColumn).data().toString(), QStringLiteral("42s"));
    }

    void storeDestroyed_modelEmptiesSafely()
    {
        auto store = std::make_unique<ObjectStore>();
        store->upsert(pod(QStringLiteral("ns"), QStringLiteral("a"), QStringLiteral("1")));
        ResourceTableModel model(podRenderer());
        model.setStore(store.get());
        QCOMPARE(model.rowCount(), 1);
        store.reset();
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void randomBatches_incrementalOrderEqualsFullSort_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<bool>("showNamespace");
        QTest::addColumn<QString>("filter");
        QTest::newRow("name") << 0 << false << false << QString();
        QTest::newRow("restarts descending") << 3 << true << false << QString();
        QTest::newRow("status, all namespaces") << 3 << false << true << QString();
        QTest::newRow("namespace descending") << 0 << true << true << QString();
        QTest::newRow("restarts, filtered to failed") << 3 << false << false << QStringLiteral("failed");
    }

    // Rows move one at a time as their sort value changes; after every batch
    // the order must equal what a full sort of the same store gives.
    void randomBatches_incrementalOrderEqualsFullSort()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        QFETCH(bool, showNamespace);
        QFETCH(QString, filter);
        const Qt::SortOrder order = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
        QRandomGenerator random(4711);
        ObjectStore store;
        store.setBatchInterval(60 * 1000); // batches end at flush()
        ResourceTableModel model(podRenderer());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setShowNamespace(showNamespace);
        model.setTextFilter(filter);
        model.setStore(&store);
        model.sort(column, order);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        int version = 1;
        const auto put = [&](int i) {
            store.upsert(
                pod(QStringLiteral("ns%1").arg(i % 7), QStringLiteral("pod-%1").arg(i, 3, 10, QLatin1Char('0')),
                    QString::number(++version), kPhases.at(random.bounded(kPhases.size())), random.bounded(6)));
        };
        for (int i = 0; i < 150; ++i) {
            put(i);
        }
        store.flush();
        QPersistentModelIndex tracked;
        QString trackedKey;
        for (int round = 0; round < 25; ++round) {
            if (!tracked.isValid() && model.rowCount() > 0) {
                tracked = model.index(model.rowCount() / 2, 0);
                trackedKey = model.keyAt(tracked.row());
            }
            const int changes = round % 5 == 0 ? 120 : 1 + random.bounded(12); // now and then a big batch
            for (int c = 0; c < changes; ++c) {
                const int i = random.bounded(200);
                if (random.bounded(6) == 0) {
                    store.remove(QStringLiteral("ns%1/pod-%2").arg(i % 7).arg(i, 3, 10, QLatin1Char('0')));
                } else {
                    put(i);
                }
            }
            store.flush();

            ResourceTableModel reference(podRenderer());
            reference.setShowNamespace(showNamespace);
            reference.setTextFilter(filter);
            reference.sort(column, order);
            reference.setStore(&store); // one full sort
            QCOMPARE(keys(model), keys(reference));
            for (int row = 0; row < model.rowCount(); ++row) {
                QCOMPARE(model.rowOfKey(model.keyAt(row)), row);
            }
            if (tracked.isValid()) {
                QCOMPARE(model.keyAt(tracked.row()), trackedKey); // persistent indexes follow their row
            } else if (!trackedKey.isEmpty()) {
                QCOMPARE(model.rowOfKey(trackedKey), -1); // invalid only when the row left
                trackedKey.clear();
            }
        }
        QCOMPARE(resets.size(), 0);
        QVERIFY(model.rowCount() > 0);
    }

    void update_sortValueUnchanged_onlyDataChanged()
    {
        ObjectStore store;
        store.setBatchInterval(0);
        ResourceTableModel model(podRenderer());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store);
        for (int i = 0; i < 5; ++i) {
            store.upsert(pod(QStringLiteral("ns"), QStringLiteral("p%1").arg(i), QStringLiteral("1")));
        }
        store.flush();
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        store.upsert(pod(QStringLiteral("ns"), QStringLiteral("p2"), QStringLiteral("2"), QStringLiteral("Failed")));
        store.flush();
        QCOMPARE(layouts.size(), 0);
        QCOMPARE(moves.size(), 0);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).at(0).value<QModelIndex>().row(), 2);
        QCOMPARE(changes.at(0).at(1).value<QModelIndex>().row(), 2);
    }

    void update_sortValueChanged_movesOneRowNoLayoutChange()
    {
        ObjectStore store;
        store.setBatchInterval(0);
        ResourceTableModel model(podRenderer());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store);
        model.sort(3, Qt::AscendingOrder);
        for (int i = 0; i < 5; ++i) {
            store.upsert(pod(
                QStringLiteral("ns"), QStringLiteral("p%1").arg(i), QStringLiteral("1"), QStringLiteral("Running"), i));
        }
        store.flush();
        const QPersistentModelIndex selected = model.index(0, 0); // p0
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        store.upsert(
            pod(QStringLiteral("ns"), QStringLiteral("p0"), QStringLiteral("2"), QStringLiteral("Running"), 7));
        store.flush();
        QCOMPARE(layouts.size(), 0);
        QCOMPARE(moves.size(), 1);
        QCOMPARE(names(model),
            (QStringList { QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3"), QStringLiteral("p4"),
                QStringLiteral("p0") }));
        QCOMPARE(selected.row(), 4);
    }

    // Not a timed assertion: prints what 10,000 rows cost, for docs/benchmarks.md.
    void bulk_tenThousandRows_printsCost()
    {
        ObjectStore store;
        store.setBatchInterval(0);
        ResourceTableModel model(podRenderer());
        model.setStore(&store);
        model.setShowNamespace(true);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 10000; ++i) {
            store.upsert(
                pod(QStringLiteral("ns%1").arg(i % 100), QStringLiteral("pod-%1").arg(i), QStringLiteral("1")));
        }
        store.flush();
        const qint64 insertMs = timer.restart();
        for (int i = 0; i < 10000; i += 2) {
            store.upsert(pod(QStringLiteral("ns%1").arg(i % 100), QStringLiteral("pod-%1").arg(i), QStringLiteral("2"),
                QStringLiteral("Running"), 1));
        }
        store.flush();
        const qint64 updateMs = timer.restart();
        // Churn: 50 batches of 20 random updates, as 1,000 updates/s in 50 ms batches.
        QRandomGenerator random(7);
        for (int batch = 0; batch < 50; ++batch) {
            for (int u = 0; u < 20; ++u) {
                const int i = random.bounded(10000);
                store.upsert(pod(QStringLiteral("ns%1").arg(i % 100), QStringLiteral("pod-%1").arg(i),
                    QString::number(3 + batch * 20 + u), QStringLiteral("Running"), batch));
            }
            store.flush();
        }
        const qint64 churnMs = timer.restart();
        model.setTextFilter(QStringLiteral("pod-99"));
        const qint64 filterMs = timer.elapsed();
        QCOMPARE(model.totalCount(), 10000);
        QCOMPARE(model.rowCount(), 111); // pod-99, pod-990..999, pod-9900..9999
        std::printf(
            "model: 10k inserts %lld ms, 5k updates %lld ms, 50 batches of 20 updates %lld ms, filter %lld ms\n",
            insertMs, updateMs, churnMs, filterMs);
    }
};

QTEST_GUILESS_MAIN(TestResourceTableModel)
#include "tst_resourcetablemodel.moc"
