// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../kubectl.h"
#include "../kubesimcluster.h"
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "core/crd/customresourcecatalog.h"
#include "core/crd/printercolumnrenderer.h"
#include "core/models/resourcetablemodel.h"
#include "core/models/roles.h"
#include "core/watch/objectstore.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Sextant;

namespace {

const QString kCrd = QStringLiteral("widgets.edge.sextant.io");
const QString kGroup = QStringLiteral("edge.sextant.io");

QString dataFile(const char *name)
{
    return QStringLiteral(SEXTANT_TEST_DATA_DIR "/crd/") + QLatin1String(name);
}

QString describe(const KubectlResult &r)
{
    return QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err));
}

} // namespace

// The CRD path against a real API server: tests/data/crd/edge-crd.yaml is
// applied with kubectl, the catalog picks it up live, the generic table model
// with the printer-column renderer shows what `kubectl get -A` prints, and a
// user who may not list CRDs gets a state instead of a crash.
class TestCustomResourcesIntegration final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        m_manager = std::make_unique<Core::ClusterManager>(kubeSimManagerOptions());
        m_admin = connectKubeSim(*m_manager);
        QVERIFY(m_admin);
        // Follow CRDs before the CRD exists, so adding it is seen live.
        m_catalog = std::make_unique<Core::CustomResourceCatalog>(m_admin);
        QTRY_COMPARE_WITH_TIMEOUT(m_catalog->state(), Core::CustomResourceCatalog::State::Ready, 30000);
        QVERIFY(!m_catalog->find(kGroup, QStringLiteral("widgets")));
    }

    void cleanupTestCase()
    {
        kubectl({ QStringLiteral("delete"), QStringLiteral("crd"), kCrd, QStringLiteral("--ignore-not-found"),
            QStringLiteral("--wait=false") });
        kubectl({ QStringLiteral("delete"), QStringLiteral("namespace"), QStringLiteral("edge"),
            QStringLiteral("--ignore-not-found"), QStringLiteral("--wait=false") });
        m_catalog.reset();
        m_manager.reset();
    }

    void catalog_crdApplied_listedLive()
    {
        KubectlResult r = kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), dataFile("edge-crd.yaml") });
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = kubectl({ QStringLiteral("wait"), QStringLiteral("--for=condition=Established"),
            QStringLiteral("crd/") + kCrd, QStringLiteral("--timeout=60s") });
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QTRY_VERIFY_WITH_TIMEOUT(m_catalog->find(kGroup, QStringLiteral("widgets")).has_value(), 30000);
        const Core::CustomResourceEntry entry = *m_catalog->find(kGroup, QStringLiteral("widgets"));
        QCOMPARE(entry.kind, QStringLiteral("Widget"));
        QCOMPARE(entry.resource.version, QStringLiteral("v1")); // the storage version, not the first served
        QVERIFY(entry.resource.namespaced);
        QCOMPARE(entry.shortNames, QStringList { QStringLiteral("wdg") });
    }

    void model_customResources_equalKubectlGet()
    {
        const std::optional<Core::CustomResourceEntry> entry = m_catalog->find(kGroup, QStringLiteral("widgets"));
        QVERIFY(entry.has_value());
        // A namespace "edge" left terminating by an earlier run must go before it can be made again.
        KubectlResult r;
        for (int attempt = 0; attempt < 60; ++attempt) {
            kubectl({ QStringLiteral("create"), QStringLiteral("namespace"), QStringLiteral("edge") });
            r = kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), dataFile("edge-widgets.yaml") });
            if (r.exitCode == 0) {
                break;
            }
            QTest::qWait(1000);
        }
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = kubectl({ QStringLiteral("-n"), QStringLiteral("edge"), QStringLiteral("patch"), QStringLiteral("widget"),
            QStringLiteral("full"), QStringLiteral("--subresource=status"), QStringLiteral("--type=merge"),
            QStringLiteral("-p"),
            QStringLiteral(
                R"({"status":{"startedAt":"2026-01-01T00:00:00Z","conditions":[{"type":"Ready","status":"True"}]}})") });
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

        Core::ResourceTableModel model(entry->renderer.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setShowNamespace(true);
        Core::ObjectStore *store = m_admin->store(entry->resource);
        model.setStore(store);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, 30000);
        // Wait for the status patch to arrive.
        QTRY_VERIFY_WITH_TIMEOUT(store->object(QStringLiteral("edge/full"))
                                     .value(QLatin1String("status"))
                                     .toObject()
                                     .contains(QLatin1String("conditions")),
            30000);
        store->flush();

        r = kubectl({ QStringLiteral("get"), kCrd, QStringLiteral("-A"), QStringLiteral("--no-headers") });
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), model.rowCount());

        const auto *renderer = dynamic_cast<const Core::PrinterColumnRenderer *>(entry->renderer.get());
        QVERIFY(renderer);
        const QList<Core::ColumnSpec> specs = renderer->columns();
        const QList<int> wide = renderer->wideColumns();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int row = 0; row < model.rowCount(); ++row) {
            QStringList parts;
            for (int column = 0; column < model.columnCount(); ++column) {
                const int rendererColumn = column - 1;
                if (rendererColumn >= 0 && wide.contains(rendererColumn)) {
                    continue;
                }
                const QVariant value = model.index(row, column).data(Core::SortRole);
                const bool aging = rendererColumn >= 0
                    && (specs.at(rendererColumn).type == Core::ColumnSpec::Type::Age
                        || value.typeId() == QMetaType::QDateTime);
                parts.append(aging ? QStringLiteral("\\S*")
                                   : QRegularExpression::escape(Core::PrinterColumnRenderer::kubectlText(value, now)));
            }
            const QRegularExpression pattern(
                QLatin1Char('^') + parts.join(QStringLiteral(" {3,}")) + QStringLiteral(" *$"));
            const QString key = model.keyAt(row);
            const auto line = std::find_if(lines.begin(), lines.end(), [&key](const QString &l) {
                return l.simplified().section(QLatin1Char(' '), 0, 1) == QString(key).replace(QLatin1Char('/'), u' ');
            });
            QVERIFY2(line != lines.end(), qPrintable(key));
            QVERIFY2(pattern.match(*line).hasMatch(),
                qPrintable(QStringLiteral("kubectl: '%1'\npattern: %2").arg(*line, pattern.pattern())));
        }
    }

    void catalog_crdDeleted_removedLive()
    {
        QSignalSpy changed(m_catalog.get(), &Core::CustomResourceCatalog::changed);
        const KubectlResult r
            = kubectl({ QStringLiteral("delete"), QStringLiteral("crd"), kCrd, QStringLiteral("--wait=false") });
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QTRY_VERIFY_WITH_TIMEOUT(!m_catalog->find(kGroup, QStringLiteral("widgets")).has_value(), 60000);
        QVERIFY(!changed.isEmpty());
    }

    void catalog_limitedUser_forbiddenWithHint()
    {
        Core::ClusterConnection *limited = connectKubeSim(*m_manager, QStringLiteral("limited"));
        QVERIFY(limited);
        // The witness: kubectl cannot list CRDs as this user either.
        QVERIFY(kubectl({ QStringLiteral("get"), QStringLiteral("crd") }, {}, QStringLiteral("limited")).exitCode != 0);
        Core::CustomResourceCatalog catalog(limited);
        QTRY_COMPARE_WITH_TIMEOUT(catalog.state(), Core::CustomResourceCatalog::State::Forbidden, 30000);
        QVERIFY(catalog.entries().isEmpty());
        QVERIFY(!catalog.hint().isEmpty());
    }

private:
    std::unique_ptr<Core::ClusterManager> m_manager;
    Core::ClusterConnection *m_admin = nullptr;
    std::unique_ptr<Core::CustomResourceCatalog> m_catalog;
};

QTEST_GUILESS_MAIN(TestCustomResourcesIntegration)
#include "tst_customresourcesintegration.moc"
