// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/watch/objectstore.h"
#include "ui/overview/projectsmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Sextant;
using namespace Sextant::Ui;

namespace {

QJsonObject json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    }
    return doc.object();
}

QJsonObject ns(const char *name, const char *rv = "1", const char *phase = "Active")
{
    return json(QStringLiteral(R"({"metadata": {"name": "%1", "resourceVersion": "%2",
        "creationTimestamp": "2026-11-27T10:00:00Z"}, "status": {"phase": "%3"}})")
                    .arg(QLatin1String(name), QLatin1String(rv), QLatin1String(phase))
                    .toUtf8());
}

QJsonObject pod(const char *nameSpace, const char *name)
{
    return json(QStringLiteral(R"({"metadata": {"name": "%2", "namespace": "%1", "resourceVersion": "1"}})")
                    .arg(QLatin1String(nameSpace), QLatin1String(name))
                    .toUtf8());
}

QJsonObject quota(const char *nameSpace, const char *rv, const char *hardUsed)
{
    return json(QStringLiteral(R"({"metadata": {"name": "compute", "namespace": "%1", "resourceVersion": "%2"},
        "status": %3})")
                    .arg(QLatin1String(nameSpace), QLatin1String(rv), QLatin1String(hardUsed))
                    .toUtf8());
}

struct Stores {
    Core::ObjectStore namespaces, pods, quotas, limitRanges;
    void flush()
    {
        for (Core::ObjectStore *s : { &namespaces, &pods, &quotas, &limitRanges }) {
            s->flush();
        }
    }
};

} // namespace

class TestProjectsModel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rows_followStores_underModelTester()
    {
        Stores stores;
        ProjectsModel model;
        model.setClock([] { return QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC); });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStores(&stores.namespaces, &stores.pods, &stores.quotas, &stores.limitRanges);
        QCOMPARE(model.rowCount(), 0);

        stores.namespaces.upsert(ns("shop"));
        stores.namespaces.upsert(ns("data"));
        stores.namespaces.upsert(ns("monitoring"));
        stores.pods.upsert(pod("shop", "a"));
        stores.pods.upsert(pod("shop", "b"));
        stores.pods.upsert(pod("data", "c"));
        stores.quotas.upsert(quota("shop", "1",
            R"({"hard": {"requests.cpu": "4", "pods": "10", "requests.memory": "8Gi"},
                "used": {"requests.cpu": "3", "pods": "2", "requests.memory": "1Gi"}})"));
        stores.limitRanges.upsert(
            json(R"({"metadata": {"name": "defaults", "namespace": "shop", "resourceVersion": "1"}})"));
        stores.flush();
        model.refreshNow();

        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.namespaceAt(0), QStringLiteral("data"));
        QCOMPARE(model.namespaceAt(2), QStringLiteral("shop"));
        const QModelIndex shopQuota = model.index(2, ProjectsModel::Quota);
        QCOMPARE(model.index(2, ProjectsModel::Pods).data().toInt(), 2);
        QCOMPARE(model.index(0, ProjectsModel::Pods).data().toInt(), 1);
        QCOMPARE(shopQuota.data().toString(), QStringLiteral("requests.cpu 75%"));
        QCOMPARE(shopQuota.data(ProjectsModel::QuotaFractionRole).toDouble(), 0.75);
        const QString tooltip = shopQuota.data(Qt::ToolTipRole).toString();
        QVERIFY2(
            tooltip.contains(QLatin1String("requests.memory: 1Gi of 8Gi (13%, quota compute)")), qPrintable(tooltip));
        QCOMPARE(tooltip.count(QLatin1Char('\n')), 2);
        QCOMPARE(model.index(2, ProjectsModel::LimitRange).data().toString(), QStringLiteral("Yes"));
        QCOMPARE(model.index(0, ProjectsModel::LimitRange).data().toString(), QStringLiteral("No"));
        QCOMPARE(model.index(0, ProjectsModel::Quota).data(ProjectsModel::QuotaFractionRole).toDouble(), -1.0);
        QCOMPARE(model.index(0, ProjectsModel::Age).data().toString(),
            QStringLiteral("120m")); // kubectl prints minutes up to 3h
        QCOMPARE(model.index(0, ProjectsModel::Status).data().toString(), QStringLiteral("Active"));

        // Live: a namespace goes, one terminates, one arrives; quota use rises.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        stores.namespaces.remove(QStringLiteral("data"));
        stores.namespaces.upsert(ns("monitoring", "2", "Terminating"));
        stores.namespaces.upsert(ns("batch"));
        stores.quotas.upsert(quota("shop", "2", R"({"hard": {"pods": "10"}, "used": {"pods": "12"}})"));
        stores.flush();
        model.refreshNow();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.namespaceAt(0), QStringLiteral("batch"));
        QCOMPARE(model.index(1, ProjectsModel::Status).data().toString(), QStringLiteral("Terminating"));
        QCOMPARE(model.index(2, ProjectsModel::Quota).data().toString(), QStringLiteral("pods 120%"));
    }

    void changes_coalesced_oneRefreshAfterDelay()
    {
        Stores stores;
        ProjectsModel model;
        model.setStores(&stores.namespaces, &stores.pods, &stores.quotas, &stores.limitRanges);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (const char *name : { "a", "b", "c", "d" }) {
            stores.namespaces.upsert(ns(name));
        }
        stores.flush();
        QTRY_COMPARE(model.rowCount(), 4);
        QCOMPARE(inserted.size(), 1); // one ranged insert
    }

    void proxy_sortsByPodsAndFiltersByName()
    {
        Stores stores;
        ProjectsModel model;
        model.setStores(&stores.namespaces, &stores.pods, &stores.quotas, &stores.limitRanges);
        for (const char *name : { "alpha", "beta", "gamma" }) {
            stores.namespaces.upsert(ns(name));
        }
        stores.pods.upsert(pod("beta", "1"));
        stores.pods.upsert(pod("beta", "2"));
        stores.pods.upsert(pod("gamma", "1"));
        stores.flush();
        model.refreshNow();
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ProjectsModel::SortRole);
        proxy.sort(ProjectsModel::Pods, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, ProjectsModel::Name).data().toString(), QStringLiteral("beta"));
        QCOMPARE(proxy.index(2, ProjectsModel::Name).data().toString(), QStringLiteral("alpha"));
        proxy.setFilterKeyColumn(ProjectsModel::Name);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterFixedString(QStringLiteral("MM"));
        QCOMPARE(proxy.rowCount(), 1);
    }

    void nullStores_emptyWithoutCrash()
    {
        ProjectsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStores(nullptr, nullptr, nullptr, nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestProjectsModel)
#include "tst_projectsmodel.moc"
