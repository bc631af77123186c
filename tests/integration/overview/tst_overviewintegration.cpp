// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../kubectl.h"
#include "../kubesimcluster.h"
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "core/quantity/quantity.h"
#include "core/watch/objectstore.h"
#include "ui/charts/capacitychart.h"
#include "ui/overview/overviewpage.h"
#include "ui/overview/projectsmodel.h"
#include "ui/overview/projectspage.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Sextant;
using Core::Quantity;

namespace {

const QString kNamespace = QStringLiteral("overview-it");

QByteArray workload()
{
    return QByteArrayLiteral(R"(
apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: overview-it}
spec:
  replicas: 2
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec:
      containers:
      - name: api
        image: registry.example.com/api:1
        resources:
          requests: {cpu: 150m, memory: 64Mi}
          limits: {cpu: 300m, memory: 128Mi}
---
apiVersion: v1
kind: ResourceQuota
metadata: {name: compute, namespace: overview-it}
spec: {hard: {requests.cpu: "2", pods: "10"}}
---
apiVersion: v1
kind: LimitRange
metadata: {name: defaults, namespace: overview-it}
spec: {limits: [{type: Container, defaultRequest: {cpu: 100m}}]}
)");
}

QByteArray warningEvent()
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return QStringLiteral(R"(
apiVersion: v1
kind: Event
metadata: {name: it-warning, namespace: overview-it}
type: Warning
reason: ITBackOff
message: Back-off restarting failed container
count: 3
firstTimestamp: "%1"
lastTimestamp: "%1"
source: {component: overview-test}
involvedObject: {kind: Pod, namespace: overview-it, name: api-crashing, apiVersion: v1}
)")
        .arg(now)
        .toUtf8();
}

QList<QJsonObject> kubectlItems(const QStringList &args)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : kubectlJson(args).object().value(QLatin1String("items")).toArray()) {
        out.append(v.toObject());
    }
    return out;
}

// What `kubectl describe nodes` prints under "Allocated resources", summed over nodes.
struct Allocated {
    Quantity cpuRequests, cpuLimits, memoryRequests, memoryLimits;
};

Allocated allocatedFromDescribe()
{
    Allocated a;
    const QString text = QString::fromUtf8(kubectl({ QStringLiteral("describe"), QStringLiteral("nodes") }).out);
    static const QRegularExpression line(
        QStringLiteral(R"(^\s+(cpu|memory)\s+(\S+) \(\S+\)\s+(\S+) \(\S+\)\s*$)"), QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const bool cpu = m.captured(1) == QLatin1String("cpu");
        (cpu ? a.cpuRequests : a.memoryRequests) += Quantity::parseOrZero(m.captured(2));
        (cpu ? a.cpuLimits : a.memoryLimits) += Quantity::parseOrZero(m.captured(3));
    }
    return a;
}

bool nodeReady(const QJsonObject &node)
{
    for (const QJsonValue &c :
        node.value(QLatin1String("status")).toObject().value(QLatin1String("conditions")).toArray()) {
        if (c.toObject().value(QLatin1String("type")).toString() == QLatin1String("Ready")) {
            return c.toObject().value(QLatin1String("status")).toString() == QLatin1String("True");
        }
    }
    return false;
}

} // namespace

Q_DECLARE_METATYPE(Sextant::Core::ResourceRef)

// The overview's numbers against kubectl's: node readiness and capacity from
// `kubectl get nodes -o json`, requests and limits from `kubectl describe
// nodes`, pods by phase from `kubectl get pods -A -o json`; the projects page
// against `kubectl get namespaces` and the quota's status.
class TestOverviewIntegration final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        kubectl({ QStringLiteral("create"), QStringLiteral("namespace"), kNamespace });
        KubectlResult r = kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") }, workload());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = kubectl({ QStringLiteral("-n"), kNamespace, QStringLiteral("rollout"), QStringLiteral("status"),
            QStringLiteral("deployment/api"), QStringLiteral("--timeout=120s") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") }, warningEvent());
        QVERIFY2(r.exitCode == 0, r.err.constData());

        m_manager = std::make_unique<Core::ClusterManager>(kubeSimManagerOptions());
        m_admin = connectKubeSim(*m_manager);
        QVERIFY(m_admin);
    }

    void cleanupTestCase()
    {
        kubectl({ QStringLiteral("delete"), QStringLiteral("namespace"), kNamespace, QStringLiteral("--wait=false") });
        m_manager.reset();
    }

    void overview_numbers_equalKubectl()
    {
        Ui::OverviewPage page;
        page.resize(1100, 800);
        page.show();
        page.setConnection(m_admin);
        for (const char *resource : { "nodes", "pods", "events" }) {
            Core::ObjectStore *store = m_admin->store(
                { QString(), QStringLiteral("v1"), QLatin1String(resource), qstrcmp(resource, "nodes") != 0 });
            QTRY_VERIFY_WITH_TIMEOUT(store->hasSynced(), 30000);
        }

        // Pods come and go (other tests, cron jobs): compare until a quiet moment agrees.
        bool agreed = false;
        QString mismatch;
        for (int attempt = 0; attempt < 10 && !agreed; ++attempt) {
            const QList<QJsonObject> nodes = kubectlItems({ QStringLiteral("get"), QStringLiteral("nodes") });
            const QList<QJsonObject> pods
                = kubectlItems({ QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A") });
            const Allocated allocated = allocatedFromDescribe();
            QTest::qWait(400); // the stores' batches and the page's coalescing delay
            page.refreshNow();
            const Ui::ClusterSummary &s = page.summary();

            int ready = 0;
            Quantity cpuAllocatable, memoryCapacity;
            for (const QJsonObject &node : nodes) {
                ready += nodeReady(node) ? 1 : 0;
                const QJsonObject status = node.value(QLatin1String("status")).toObject();
                cpuAllocatable += Quantity::parseOrZero(
                    status.value(QLatin1String("allocatable")).toObject().value(QLatin1String("cpu")).toString());
                memoryCapacity += Quantity::parseOrZero(
                    status.value(QLatin1String("capacity")).toObject().value(QLatin1String("memory")).toString());
            }
            QMap<QString, int> phases;
            for (const QJsonObject &pod : pods) {
                ++phases[pod.value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString()];
            }
            const QList<std::pair<QString, bool>> checks = {
                { QStringLiteral("nodes"), s.nodes == nodes.size() },
                { QStringLiteral("ready"), s.nodesReady == ready },
                { QStringLiteral("cpu allocatable"), s.cpu.allocatable == cpuAllocatable },
                { QStringLiteral("memory capacity"), s.memory.capacity == memoryCapacity },
                { QStringLiteral("pods"), s.pods == pods.size() },
                { QStringLiteral("phases"), s.podsByPhase == phases },
                { QStringLiteral("cpu requests ") + s.cpu.requests.toString() + QLatin1Char('/')
                        + allocated.cpuRequests.toString(),
                    s.cpu.requests == allocated.cpuRequests },
                { QStringLiteral("cpu limits"), s.cpu.limits == allocated.cpuLimits },
                { QStringLiteral("memory requests"), s.memory.requests == allocated.memoryRequests },
                { QStringLiteral("memory limits"), s.memory.limits == allocated.memoryLimits },
            };
            agreed = true;
            mismatch.clear();
            for (const auto &[name, ok] : checks) {
                if (!ok) {
                    agreed = false;
                    mismatch += name + QLatin1Char(' ');
                }
            }
            if (!agreed) {
                QTest::qWait(1000);
            }
        }
        QVERIFY2(agreed, qPrintable(QStringLiteral("differs from kubectl: ") + mismatch));
        // Our deployment's requests are part of it.
        QVERIFY(page.summary().cpu.requests.milliValue() >= 300);
        QVERIFY(page.summary().deployments.total >= 1);
        QVERIFY(page.summary().deployments.available >= 1);
        // The capacity chart plots the same figures (cores), and usage once metrics-server answered.
        page.refreshNow();
        const QList<double> cpu = page.capacityChart()->cpuValues();
        QVERIFY(cpu.size() >= 4);
        QCOMPARE(cpu.at(1), double(page.summary().cpu.allocatable.milliValue()) / 1000.0);
        // metrics-server's first samples of a fresh kube-sim may still be zero.
        QTRY_VERIFY_WITH_TIMEOUT(
            (page.refreshNow(),
                page.capacityChart()->cpuValues().size() == 5 && page.capacityChart()->cpuValues().at(4) > 0),
            90000);
    }

    void overview_warningClicked_opensInvolvedObject()
    {
        Ui::OverviewPage page;
        page.setConnection(m_admin);
        page.show(); // a hidden overview waits to be shown before it refreshes
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(page.summary().warnings.begin(), page.summary().warnings.end(),
                                     [](const Ui::WarningEvent &w) { return w.reason == QLatin1String("ITBackOff"); }),
            30000);
        QSignalSpy open(&page, &Ui::OverviewPage::openRequested);
        QTreeWidget *list = page.warningList();
        QTreeWidgetItem *item = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(2) == QLatin1String("ITBackOff")) {
                item = list->topLevelItem(i);
            }
        }
        QVERIFY(item);
        QCOMPARE(item->text(1), QStringLiteral("Pod/api-crashing (overview-it)"));
        Q_EMIT list->itemClicked(item, 0);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).value<Core::ResourceRef>().resource, QStringLiteral("pods"));
        QCOMPARE(open.at(0).at(1).toString(), kNamespace);
        QCOMPARE(open.at(0).at(2).toString(), QStringLiteral("api-crashing"));
    }

    void projects_rowsAndQuota_equalKubectl()
    {
        Ui::ProjectsPage page;
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy activated(&page, &Ui::ProjectsPage::projectActivated);
        page.setConnection(m_admin);
        Ui::ProjectsModel *model = page.model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 30000);
        // Other tests create and delete projects meanwhile: ask kubectl again on every try.
        QStringList expected;
        QStringList shown;
        for (int attempt = 0; attempt < 20; ++attempt) {
            expected.clear();
            for (const QJsonObject &ns : kubectlItems({ QStringLiteral("get"), QStringLiteral("namespaces") })) {
                expected.append(ns.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString());
            }
            expected.sort();
            shown.clear();
            for (int row = 0; row < model->rowCount(); ++row) {
                shown.append(model->namespaceAt(row));
            }
            if (shown == expected) {
                break;
            }
            QTest::qWait(500);
        }
        QCOMPARE(shown, expected);

        const int row = int(shown.indexOf(kNamespace));
        QVERIFY(row >= 0);
        // The quota controller fills status.used; wait for it, then compare.
        QTRY_VERIFY_WITH_TIMEOUT(
            !kubectlItems({ QStringLiteral("-n"), kNamespace, QStringLiteral("get"), QStringLiteral("resourcequota") })
                 .value(0)
                 .value(QLatin1String("status"))
                 .toObject()
                 .value(QLatin1String("used"))
                 .toObject()
                 .isEmpty(),
            30000);
        const QJsonObject status
            = kubectlItems({ QStringLiteral("-n"), kNamespace, QStringLiteral("get"), QStringLiteral("resourcequota") })
                  .value(0)
                  .value(QLatin1String("status"))
                  .toObject();
        const QJsonObject used = status.value(QLatin1String("used")).toObject();
        const double cpu = Quantity::parseOrZero(used.value(QLatin1String("requests.cpu")).toString()).toDouble() / 2.0;
        const double pods = Quantity::parseOrZero(used.value(QLatin1String("pods")).toString()).toDouble() / 10.0;
        QTRY_COMPARE_WITH_TIMEOUT(
            model->index(row, Ui::ProjectsModel::Quota).data(Ui::ProjectsModel::QuotaFractionRole).toDouble(),
            std::max(cpu, pods), 30000);
        QCOMPARE(model->index(row, Ui::ProjectsModel::LimitRange).data().toString(), QStringLiteral("Yes"));
        QTRY_COMPARE_WITH_TIMEOUT(model->index(row, Ui::ProjectsModel::Pods).data().toInt(),
            int(kubectlItems({ QStringLiteral("-n"), kNamespace, QStringLiteral("get"), QStringLiteral("pods") })
                    .size()),
            30000);
        QVERIFY(model->quotaUsage(row).size() == 2);

        page.filterEdit()->setText(QStringLiteral("overview-"));
        QCOMPARE(page.table()->model()->rowCount(), 1);
        Q_EMIT page.table()->activated(page.table()->model()->index(0, 0));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), kNamespace);
    }

    void limitedUser_pagesShowWhatIsPermitted()
    {
        Core::ClusterConnection *limited = connectKubeSim(*m_manager, QStringLiteral("limited"));
        QVERIFY(limited);
        Ui::OverviewPage overview;
        overview.setConnection(limited);
        Core::ObjectStore *nodes = limited->store({ QString(), QStringLiteral("v1"), QStringLiteral("nodes"), false });
        QTRY_COMPARE_WITH_TIMEOUT(nodes->syncState(), Core::ObjectStore::SyncState::Failed, 30000);
        overview.refreshNow();
        QCOMPARE(overview.summary().nodes, 0);
        Ui::ProjectsPage projects;
        projects.setConnection(limited);
        QCOMPARE(projects.model()->rowCount(), 0);
    }

private:
    std::unique_ptr<Core::ClusterManager> m_manager;
    Core::ClusterConnection *m_admin = nullptr;
};

QTEST_MAIN(TestOverviewIntegration)
#include "tst_overviewintegration.moc"
