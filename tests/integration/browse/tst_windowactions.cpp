// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../kubectl.h"
#include "../kubesimcluster.h"
#include "core/cluster/clusterconnection.h"
#include "core/cluster/clustermanager.h"
#include "ui/actions/scaledialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/palette/commandpalette.h"
#include "ui/views/resourceview.h"

#include <QAction>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace Sextant;

namespace {
QAction *actionNamed(const Ui::MainWindow &window, const QString &text)
{
    for (QAction *action : window.selectionActions()) {
        if (action->text().remove(QLatin1Char('&')).startsWith(text)) {
            return action;
        }
    }
    return nullptr;
}

QByteArray deployment(const QString &ns, const QString &name = QStringLiteral("web"))
{
    return QStringLiteral(R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"%2","namespace":"%1"},
"spec":{"replicas":1,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},
"spec":{"containers":[{"name":"web","image":"registry.example/web:1"}],"tolerations":[{"operator":"Exists"}]}}}})")
        .arg(ns, name)
        .toUtf8();
}
} // namespace

// Actions in the real window: the selection's actions carry their shortcuts
// and RBAC verdicts, and a shortcut opens the action's dialog.
class TestWindowActions final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        m_scratch = std::make_unique<ScratchNamespace>(QStringLiteral("it-actions"));
        QVERIFY(m_scratch->isCreated());
        m_namespace = m_scratch->name();
        const KubectlResult applied
            = kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") }, deployment(m_namespace));
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        // The limited user sees only project demo: give it a deployment there (the fixture has no demo seed).
        m_limitedName = m_namespace; // unique
        const KubectlResult inDemo = kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") },
            deployment(QStringLiteral("demo"), m_limitedName));
        QVERIFY2(inDemo.exitCode == 0, inDemo.err.constData());
    }

    void cleanupTestCase()
    {
        m_scratch.reset();
        kubectl({ QStringLiteral("delete"), QStringLiteral("deployment"), m_limitedName, QStringLiteral("-n"),
            QStringLiteral("demo"), QStringLiteral("--wait=false"), QStringLiteral("--ignore-not-found") });
    }

    void admin_scaleShortcut_opensDialog_andScales()
    {
        Core::ClusterManager::Options options = kubeSimManagerOptions();
        options.namespaceName = m_namespace;
        Core::ClusterManager manager(options);
        Ui::MainWindow window(&manager);
        window.show();
        window.openContext(QStringLiteral("admin"));
        window.showEntry(QStringLiteral("apps/deployments"));
        window.resourceView()->selectKeyWhenShown(m_namespace + QStringLiteral("/web"));
        QTRY_COMPARE_WITH_TIMEOUT(
            window.resourceView()->selectedKeys(), QStringList { m_namespace + QStringLiteral("/web") }, 30000);
        QAction *scale = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((scale = actionNamed(window, QStringLiteral("Scale"))) && scale->isEnabled(), 20000);

        window.resourceView()->table()->setFocus();
        QTest::keySequence(window.resourceView()->table(), scale->shortcut());
        Ui::ScaleDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<Ui::ScaleDialog *>()) != nullptr, 5000);
        dialog->findChild<QSpinBox *>(QStringLiteral("replicas"))->setValue(3);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("scaleButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(kubectlJson({ QStringLiteral("get"), QStringLiteral("deployment"),
                                                  QStringLiteral("web"), QStringLiteral("-n"), m_namespace })
                                      .object()
                                      .value(QLatin1String("spec"))
                                      .toObject()
                                      .value(QLatin1String("replicas"))
                                      .toInt(),
            3, 20000);

        // The palette offers the same actions.
        window.openCommandPalette();
        QTest::keyClicks(window.commandPalette()->input(), QStringLiteral("restart"));
        QVERIFY(window.commandPalette()->list()->currentIndex().data().toString().startsWith(QLatin1String("Restart")));
    }

    void limited_deleteIsGreyed_withTheReason()
    {
        Core::ClusterManager manager(kubeSimManagerOptions());
        Ui::MainWindow window(&manager);
        window.show();
        window.openContext(QStringLiteral("limited"));
        window.showEntry(QStringLiteral("apps/deployments"));
        QTRY_VERIFY_WITH_TIMEOUT(window.resourceView()->table()->model()->rowCount() > 0, 30000);
        window.resourceView()->table()->selectRow(0);
        QAction *remove = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((remove = actionNamed(window, QStringLiteral("Delete"))) != nullptr
                && !remove->toolTip().startsWith(QLatin1String("Checking")),
            20000);
        QVERIFY(!remove->isEnabled());
        QVERIFY2(remove->toolTip().contains(QLatin1String("may not delete")), qPrintable(remove->toolTip()));
    }

private:
    QString m_namespace;
    std::unique_ptr<ScratchNamespace> m_scratch;
    QString m_limitedName;
};

QTEST_MAIN(TestWindowActions)
#include "tst_windowactions.moc"
