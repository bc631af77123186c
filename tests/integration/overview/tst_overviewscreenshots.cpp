// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../kubectl.h"
#include "../kubesimcluster.h"
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "core/crd/customresourcecatalog.h"
#include "core/models/resourcetablemodel.h"
#include "core/watch/objectstore.h"
#include "ui/overview/overviewpage.h"
#include "ui/overview/projectsmodel.h"
#include "ui/overview/projectspage.h"
#include "ui/views/resourceview.h"
#include "ui/widgets/colorscheme.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QTableView>
#include <QTest>

using namespace Sextant;

namespace {

QString outputPath(const char *name)
{
    QString dir = qEnvironmentVariable("SEXTANT_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        dir = QStringLiteral(SEXTANT_TEST_BINARY_DIR);
    }
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + QLatin1String(name);
}

// A picture with something on it: more than a handful of distinct colours.
bool looksRendered(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            colours.insert(image.pixel(x, y));
        }
    }
    return colours.size() > 8;
}

void waitForStores(Core::ClusterConnection *connection, const QList<Core::ResourceRef> &refs)
{
    for (const Core::ResourceRef &ref : refs) {
        QTRY_VERIFY_WITH_TIMEOUT(connection->store(ref)->hasSynced(), 30000);
    }
}

} // namespace

// Screenshots of the overview (light and dark), projects and a custom resource
// table, taken offscreen from whatever cluster the kubeconfig names.
class TestOverviewScreenshots final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        m_manager = std::make_unique<Core::ClusterManager>(kubeSimManagerOptions());
        m_admin = connectKubeSim(*m_manager);
        QVERIFY(m_admin);
    }

    void cleanupTestCase() { m_manager.reset(); }

    void overview_lightAndDark_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("file");
        QTest::newRow("light") << QStringLiteral("light") << QStringLiteral("overview.png");
        QTest::newRow("dark") << QStringLiteral("dark") << QStringLiteral("overview-dark.png");
    }
    void overview_lightAndDark()
    {
        QFETCH(QString, scheme);
        QFETCH(QString, file);
        Ui::applyColorScheme(scheme);
        Ui::OverviewPage page;
        page.resize(1180, 860);
        page.setConnection(m_admin);
        page.show();
        waitForStores(m_admin,
            { { QString(), QStringLiteral("v1"), QStringLiteral("nodes"), false },
                { QString(), QStringLiteral("v1"), QStringLiteral("pods"), true },
                { QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("deployments"), true },
                { QString(), QStringLiteral("v1"), QStringLiteral("events"), true } });
        QTest::qWait(300);
        page.refreshNow();
        QVERIFY(page.summary().nodes > 0);
        const QImage image = page.grab().toImage();
        QVERIFY(looksRendered(image));
        QVERIFY(image.save(outputPath(file.toLatin1().constData())));
        Ui::applyColorScheme(QStringLiteral("light"));
    }

    void projects()
    {
        Ui::ProjectsPage page;
        page.resize(1000, 560);
        page.setConnection(m_admin);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0, 30000);
        QTest::qWait(500);
        page.model()->refreshNow();
        const QImage image = page.grab().toImage();
        QVERIFY(looksRendered(image));
        QVERIFY(image.save(outputPath("projects.png")));
    }

    void customResources()
    {
        Core::CustomResourceCatalog catalog(m_admin);
        QTRY_COMPARE_WITH_TIMEOUT(catalog.state(), Core::CustomResourceCatalog::State::Ready, 30000);
        std::optional<Core::CustomResourceEntry> entry
            = catalog.find(QStringLiteral("shop.sextant.io"), QStringLiteral("orders"));
        if (!entry && !catalog.entries().isEmpty()) {
            entry = catalog.entries().front();
        }
        if (!entry) {
            QSKIP("no custom resource definitions in this cluster (start kube-sim with --seed demo)");
        }
        Core::ResourceTableModel model(entry->renderer.get());
        model.setShowNamespace(entry->resource.namespaced);
        model.setStore(m_admin->store(entry->resource));
        Ui::ResourceView view;
        view.resize(1000, 420);
        view.setModel(&model, entry->kind + QStringLiteral(" (") + entry->group + QLatin1Char(')'));
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, 30000);
        view.fitColumns();
        QTest::qWait(200);
        const QImage image = view.grab().toImage();
        QVERIFY(looksRendered(image));
        QVERIFY(image.save(outputPath("custom-resources.png")));
    }

private:
    std::unique_ptr<Core::ClusterManager> m_manager;
    Core::ClusterConnection *m_admin = nullptr;
};

QTEST_MAIN(TestOverviewScreenshots)
#include "tst_overviewscreenshots.moc"
