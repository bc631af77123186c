// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/kinds/kindregistry.h"
#include "core/models/resourcetablemodel.h"
#include "core/models/roles.h"
#include "core/watch/objectstore.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
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
        model.setTextFilter(QStringLiteral("pod-99"));
        const qint64 filterMs = timer.elapsed();
        QCOMPARE(model.totalCount(), 10000);
        QCOMPARE(model.rowCount(), 111); // pod-99, pod-990..999, pod-9900..9999
        std::printf("model: 10k inserts %lld ms, 5k updates %lld ms, filter %lld ms\n", insertMs, updateMs, filterMs);
    }
};

QTEST_GUILESS_MAIN(TestResourceTableModel)
#include "tst_resourcetablemodel.moc"
