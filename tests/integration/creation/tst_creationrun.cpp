// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../kubectl.h"
#include "../kubesimclient.h"
#include "../kubesimcluster.h"
#include "core/api/apiclient.h"
#include "core/auth/credentialsourcefactory.h"
#include "core/creation/creationrun.h"
#include "core/kubeconfig/kubeconfigloader.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Sextant::Core;

namespace {
const ResourceRef kNamespaces { QString(), QStringLiteral("v1"), QStringLiteral("namespaces"), false };
const ResourceRef kConfigMaps { QString(), QStringLiteral("v1"), QStringLiteral("configmaps"), true };

PlannedObject namespaceObject(const QString &name)
{
    return { kNamespaces,
        QJsonObject { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
            { QStringLiteral("kind"), QStringLiteral("Namespace") },
            { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("name"), name } } } } };
}

PlannedObject configMap(const QString &ns, const QString &name)
{
    return { kConfigMaps,
        QJsonObject { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
            { QStringLiteral("kind"), QStringLiteral("ConfigMap") },
            { QStringLiteral("metadata"),
                QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("namespace"), ns } } },
            { QStringLiteral("data"), QJsonObject { { QStringLiteral("k"), QStringLiteral("v") } } } } };
}

bool exists(const QString &kind, const QString &name, const QString &ns = {})
{
    QStringList args { QStringLiteral("get"), kind, name };
    if (!ns.isEmpty()) {
        args += { QStringLiteral("-n"), ns };
    }
    return kubectl(args).exitCode == 0;
}
} // namespace

// Several objects created in order against kube-sim; a failure leaves a clear
// account of what exists and the run removes it on request.
class TestCreationRun final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        m_client = kubeSimClient();
        QVERIFY(m_client);
        m_namespace = uniqueTestName(QStringLiteral("it-create"));
    }

    void cleanupTestCase()
    {
        kubectl({ QStringLiteral("delete"), QStringLiteral("namespace"), m_namespace, QStringLiteral("--wait=false"),
            QStringLiteral("--ignore-not-found") });
    }

    void dryRun_thenCreate_inOrder()
    {
        CreationRun run(
            m_client.get(), { namespaceObject(m_namespace), configMap(m_namespace, QStringLiteral("settings")) });
        QSignalSpy checked(&run, &CreationRun::dryRunFinished);
        run.dryRun();
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.constFirst().constFirst().toBool(), true);
        QCOMPARE(run.step(0), CreationRun::Step::Checked);
        QCOMPARE(run.step(1), CreationRun::Step::NotCheckable);
        QVERIFY(!exists(QStringLiteral("namespace"), m_namespace)); // a dry run persists nothing

        QSignalSpy created(&run, &CreationRun::createFinished);
        run.create();
        QVERIFY(created.wait(20000));
        QCOMPARE(created.constFirst().constFirst().toBool(), true);
        QCOMPARE(run.createdIndexes(), (QList<int> { 0, 1 }));
        QVERIFY(exists(QStringLiteral("configmap"), QStringLiteral("settings"), m_namespace));
    }

    void failure_reportsWhatExists_andRemovesIt()
    {
        const QString ns = m_namespace + QStringLiteral("-b");
        CreationRun run(m_client.get(),
            { namespaceObject(ns), configMap(ns, QStringLiteral("fine")), configMap(ns, QStringLiteral("Not_Valid")) });
        QSignalSpy created(&run, &CreationRun::createFinished);
        run.create();
        QVERIFY(created.wait(20000));
        QCOMPARE(created.constFirst().constFirst().toBool(), false);
        QCOMPARE(run.createdIndexes(), (QList<int> { 0, 1 }));
        QCOMPARE(run.step(2), CreationRun::Step::Failed);
        QCOMPARE(run.errorOf(2).httpStatus, 422);
        QVERIFY2(run.errorOf(2).message.contains(QLatin1String("Not_Valid")), qPrintable(run.errorOf(2).message));
        QVERIFY(exists(QStringLiteral("configmap"), QStringLiteral("fine"), ns));

        QSignalSpy removed(&run, &CreationRun::removeFinished);
        run.removeCreated();
        QVERIFY(removed.wait(60000));
        QCOMPARE(removed.constFirst().constFirst().toBool(), true);
        QCOMPARE(run.step(0), CreationRun::Step::Removed);
        QCOMPARE(run.step(1), CreationRun::Step::Removed);
        QVERIFY(!exists(QStringLiteral("configmap"), QStringLiteral("fine"), ns));
    }

private:
    std::unique_ptr<ApiClient> m_client;
    QString m_namespace;
};

QTEST_GUILESS_MAIN(TestCreationRun)
#include "tst_creationrun.moc"
