// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "core/models/resourcetablemodel.h"
#include "kubectl.h"
#include "kubesimcluster.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/views/resourceview.h"
#include "ui/widgets/messagebanner.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTableView>
#include <QTest>

using namespace Sextant;

namespace {
QByteArray podManifest(const QString &ns, const QString &name)
{
    return QStringLiteral(R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"%2","namespace":"%1"},
"spec":{"containers":[{"name":"app","image":"registry.example/app:1"}],
"tolerations":[{"operator":"Exists"}]}})")
        .arg(ns, name)
        .toUtf8();
}

QStringList namesInModel(const QAbstractItemModel *model, int nameColumn = 0)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row) {
        names.append(model->index(row, nameColumn).data().toString());
    }
    names.sort();
    return names;
}

QStringList namesFromKubectl(const QString &ns)
{
    QStringList names;
    const QJsonArray items = kubectlJson({ QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), ns })
                                 .object()
                                 .value(QLatin1String("items"))
                                 .toArray();
    for (const QJsonValue &item : items) {
        names.append(
            item.toObject().value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString());
    }
    names.sort();
    return names;
}

} // namespace

// The first window against a real cluster: pods appear, change and vanish
// without a refresh, and what it shows equals what kubectl sees.
class TestFirstWindow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        m_namespace = QStringLiteral("it-window-%1").arg(QRandomGenerator::global()->bounded(100000, 999999));
        const KubectlResult created = kubectl({ QStringLiteral("create"), QStringLiteral("namespace"), m_namespace });
        QVERIFY2(created.exitCode == 0, created.err.constData());
    }

    void cleanupTestCase()
    {
        if (!m_namespace.isEmpty()) {
            kubectl(
                { QStringLiteral("delete"), QStringLiteral("namespace"), m_namespace, QStringLiteral("--wait=false") });
        }
    }

    void admin_podsAppearChangeAndVanishLive()
    {
        Core::ClusterManager::Options options = kubeSimManagerOptions();
        options.namespaceName = m_namespace;
        Core::ClusterManager manager(options);
        Ui::MainWindow window(&manager);
        window.show();
        window.openContext(QStringLiteral("admin"));
        Core::ClusterConnection *connection = manager.connection(QStringLiteral("admin"));
        QVERIFY(waitConnected(connection));
        QVERIFY2(
            connection->serverVersion().startsWith(QLatin1String("v1.36.")), qPrintable(connection->serverVersion()));
        window.showPage(Ui::MainWindow::Page::Pods);
        QCOMPARE(window.activeNamespace(), m_namespace);

        QAbstractItemModel *model = window.resourceView()->table()->model();
        QVERIFY(model);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 0);

        for (int i = 0; i < 3; ++i) {
            const KubectlResult r = kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") },
                podManifest(m_namespace, QStringLiteral("web-%1").arg(i)));
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 30000);
        // kwok marks scheduled pods Running: the STATUS column follows without a refresh.
        QTRY_COMPARE_WITH_TIMEOUT(model->index(0, 2).data().toString(), QStringLiteral("Running"), 60000);
        QCOMPARE(namesInModel(model), namesFromKubectl(m_namespace));

        const KubectlResult deleted = kubectl({ QStringLiteral("delete"), QStringLiteral("pod"),
            QStringLiteral("web-1"), QStringLiteral("-n"), m_namespace, QStringLiteral("--wait=true") });
        QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 30000);
        QCOMPARE(namesInModel(model), namesFromKubectl(m_namespace));

        // The project selector lists namespaces live.
        auto *projects = window.findChild<QComboBox *>(QStringLiteral("namespaceComboBox"));
        QVERIFY(projects);
        QTRY_VERIFY_WITH_TIMEOUT(projects->findData(m_namespace) >= 0, 20000);
        QVERIFY(projects->findData(QStringLiteral("kube-system")) >= 0);
    }

    void limited_ownNamespaceWorks_clusterWideListIsForbidden()
    {
        Core::ClusterManager manager(kubeSimManagerOptions(QStringLiteral("limited")));
        Ui::MainWindow window(&manager);
        window.show();
        window.openContext(QStringLiteral("limited"));
        Core::ClusterConnection *connection = manager.connection(QStringLiteral("limited"));
        QVERIFY(waitConnected(connection));
        window.showPage(Ui::MainWindow::Page::Pods);
        QCOMPARE(window.activeNamespace(), QStringLiteral("demo"));
        auto *model = qobject_cast<Core::ResourceTableModel *>(window.resourceView()->table()->model());
        QVERIFY(model);
        QTRY_VERIFY_WITH_TIMEOUT(model->totalCount() == namesFromKubectl(QStringLiteral("demo")).size(), 30000);
        QVERIFY(!Ui::MessageBanner::visibleIn(window));

        auto *projects = window.findChild<QComboBox *>(QStringLiteral("namespaceComboBox"));
        projects->setCurrentIndex(projects->findData(QString()));
        Q_EMIT projects->activated(projects->currentIndex());
        QTRY_VERIFY_WITH_TIMEOUT(Ui::MessageBanner::visibleIn(window), 30000);
        const QString text = Ui::MessageBanner::visibleIn(window)->text();
        QVERIFY2(text.contains(QLatin1String("forbidden")), qPrintable(text));
        QCOMPARE(Ui::MessageBanner::visibleIn(window)->level(), Ui::MessageBanner::Level::Warning);

        // Back to demo and again to all projects: the refusal is said again, not a silent empty table.
        projects->setCurrentIndex(projects->findData(QStringLiteral("demo")));
        Q_EMIT projects->activated(projects->currentIndex());
        QVERIFY(!Ui::MessageBanner::visibleIn(window));
        projects->setCurrentIndex(projects->findData(QString()));
        Q_EMIT projects->activated(projects->currentIndex());
        QVERIFY(Ui::MessageBanner::visibleIn(window));
        QVERIFY(Ui::MessageBanner::visibleIn(window)->text().contains(QLatin1String("forbidden")));
    }

private:
    QString m_namespace;
};

QTEST_MAIN(TestFirstWindow)
#include "tst_firstwindow.moc"
