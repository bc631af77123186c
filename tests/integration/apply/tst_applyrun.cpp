// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../kubectl.h"
#include "../kubesimclient.h"
#include "../kubesimcluster.h"
#include "core/api/discovery.h"
#include "core/apply/applyrun.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Sextant::Core;

namespace {

QString deployment(
    const QString &ns, const QString &name, int replicas, const QString &image = QStringLiteral("nginx:1.27"))
{
    return QStringLiteral(R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: %2
  namespace: %1
  labels:
    app: %2
spec:
  replicas: %3
  selector:
    matchLabels:
      app: %2
  template:
    metadata:
      labels:
        app: %2
    spec:
      containers:
      - name: web
        image: %4
        ports:
        - containerPort: 80
)")
        .arg(ns, name)
        .arg(replicas)
        .arg(image);
}

QString configMap(const QString &ns, const QString &name, const QString &value)
{
    return QStringLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %2\n  namespace: %1\ndata:\n  "
                          "greeting: %3\n")
        .arg(ns, name, value);
}

QStringList changedLines(const QString &diff)
{
    QStringList lines;
    for (const QString &line : diff.split(QLatin1Char('\n'))) {
        if ((line.startsWith(QLatin1Char('+')) || line.startsWith(QLatin1Char('-')))
            && !line.startsWith(QLatin1String("+++")) && !line.startsWith(QLatin1String("---")))
            lines.append(line);
    }
    return lines;
}

} // namespace

// ApplyRun against kube-sim, kubectl as the witness of what changed.
class TestApplyRun final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        m_client = kubeSimClient();
        QVERIFY(m_client);
        m_discovery = std::make_unique<Discovery>(m_client.get());
        m_discovery->setCacheDirectory(QString());
        QSignalSpy refreshed(m_discovery.get(), &Discovery::refreshed);
        m_discovery->refresh();
        QVERIFY(refreshed.wait(30000));
        QVERIFY(!m_discovery->isEmpty());
    }

    void apply_multiDocumentFile_createsObjectsAsSextant()
    {
        const QString ns = uniqueTestName(QStringLiteral("it-apply"));
        const QString text = QStringLiteral("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: %1\n---\n").arg(ns)
            + configMap(ns, QStringLiteral("settings"), QStringLiteral("hello")) + QStringLiteral("---\n")
            + deployment(QString(), QStringLiteral("web"), 2).replace(QStringLiteral("  namespace: \n"), QString());
        // The Deployment names no namespace: it goes to the plan's default.
        const QList<ApplyObject> objects = plan(text, ns);
        QCOMPARE(objects.size(), 3);
        QCOMPARE(objects.at(2).namespaceName(), ns);

        ApplyRun run(m_client.get(), objects);
        QVERIFY(runAndWait(run, ApplyRun::Mode::Apply));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(run.result(i).outcome, ApplyRun::Outcome::Created);

        const QJsonObject live = kubectlJson(
            { QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("web"), QStringLiteral("-n"), ns })
                                     .object();
        QCOMPARE(live.value(QStringLiteral("spec")).toObject().value(QStringLiteral("replicas")).toInt(), 2);
        QVERIFY(hasApplyManager(live, QStringLiteral("sextant")));
        const QJsonObject cm = kubectlJson({ QStringLiteral("get"), QStringLiteral("configmap"),
                                               QStringLiteral("settings"), QStringLiteral("-n"), ns })
                                   .object();
        QCOMPARE(cm.value(QStringLiteral("data")).toObject().value(QStringLiteral("greeting")).toString(),
            QStringLiteral("hello"));
        QVERIFY(hasApplyManager(cm, QStringLiteral("sextant")));

        // The same file again changes nothing.
        ApplyRun again(m_client.get(), objects);
        QVERIFY(runAndWait(again, ApplyRun::Mode::Apply));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(again.result(i).outcome, ApplyRun::Outcome::Unchanged);

        kubectl({ QStringLiteral("delete"), QStringLiteral("namespace"), ns, QStringLiteral("--wait=false") });
    }

    void diff_changedField_onlyThatLine_unchangedObjectNothing()
    {
        ScratchNamespace ns(QStringLiteral("it-diff"));
        QVERIFY(ns.isCreated());
        const QString original = deployment(ns.name(), QStringLiteral("web"), 1) + QStringLiteral("---\n")
            + configMap(ns.name(), QStringLiteral("settings"), QStringLiteral("hello"));
        // Applied earlier by Sextant; a kubectl-owned replicas would be a conflict (tested below).
        QCOMPARE(kubectl({ QStringLiteral("apply"), QStringLiteral("--server-side"),
                             QStringLiteral("--field-manager=sextant"), QStringLiteral("-f"), QStringLiteral("-") },
                     original.toUtf8())
                     .exitCode,
            0);

        const QString edited = deployment(ns.name(), QStringLiteral("web"), 3) + QStringLiteral("---\n")
            + configMap(ns.name(), QStringLiteral("settings"), QStringLiteral("hello"));
        ApplyRun run(m_client.get(), plan(edited, ns.name()));
        QVERIFY(runAndWait(run, ApplyRun::Mode::Diff));
        QVERIFY2(run.result(0).outcome == ApplyRun::Outcome::WillChange, qPrintable(run.result(0).error.message));
        QCOMPARE(changedLines(run.result(0).diff),
            QStringList({ QStringLiteral("-  replicas: 1"), QStringLiteral("+  replicas: 3") }));
        QVERIFY(run.result(0).diff.contains(QStringLiteral("live/Deployment %1/web").arg(ns.name())));
        // Defaults the server fills in (strategy, revisionHistoryLimit, …) are on both sides: not reported.
        QCOMPARE(run.result(1).outcome, ApplyRun::Outcome::NoChanges);
        QVERIFY(run.result(1).diff.isEmpty());
        // A diff changes nothing.
        QCOMPARE(kubectlJson({ QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("web"),
                                 QStringLiteral("-n"), ns.name() })
                     .object()
                     .value(QStringLiteral("spec"))
                     .toObject()
                     .value(QStringLiteral("replicas"))
                     .toInt(),
            1);
    }

    void diff_namespaceOfTheFile_newObjectsStated()
    {
        const QString ns = uniqueTestName(QStringLiteral("it-new"));
        const QString text = QStringLiteral("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: %1\n---\n").arg(ns)
            + configMap(ns, QStringLiteral("settings"), QStringLiteral("hello"));
        ApplyRun run(m_client.get(), plan(text, QStringLiteral("default")));
        QVERIFY(runAndWait(run, ApplyRun::Mode::Diff));
        QCOMPARE(run.result(0).outcome, ApplyRun::Outcome::WillBeCreated);
        QVERIFY(run.result(0).diff.contains(QStringLiteral("+  name: %1").arg(ns)));
        QCOMPARE(run.result(1).outcome, ApplyRun::Outcome::NotCheckable);
        QCOMPARE(kubectl({ QStringLiteral("get"), QStringLiteral("namespace"), ns }).exitCode, 1);
    }

    void apply_fieldOwnedByOtherManager_conflictThenForce()
    {
        ScratchNamespace ns(QStringLiteral("it-conflict"));
        QVERIFY(ns.isCreated());
        QCOMPARE(kubectl({ QStringLiteral("apply"), QStringLiteral("--server-side"),
                             QStringLiteral("--field-manager=other"), QStringLiteral("-f"), QStringLiteral("-") },
                     deployment(ns.name(), QStringLiteral("web"), 2).toUtf8())
                     .exitCode,
            0);
        auto replicas = [&ns] {
            return kubectlJson({ QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("web"),
                                   QStringLiteral("-n"), ns.name() })
                .object()
                .value(QStringLiteral("spec"))
                .toObject()
                .value(QStringLiteral("replicas"))
                .toInt();
        };

        ApplyRun run(m_client.get(), plan(deployment(ns.name(), QStringLiteral("web"), 5), ns.name()));
        QVERIFY(runAndWait(run, ApplyRun::Mode::Apply));
        const ApplyRun::Result conflict = run.result(0);
        QCOMPARE(conflict.outcome, ApplyRun::Outcome::Conflict);
        QCOMPARE(conflict.conflicts.size(), 1);
        QCOMPARE(conflict.conflicts.first().manager, QStringLiteral("other"));
        QCOMPARE(conflict.conflicts.first().fields, QStringList { QStringLiteral(".spec.replicas") });
        QVERIFY(conflict.error.message.contains(QStringLiteral("conflict")));
        QCOMPARE(replicas(), 2);

        QCOMPARE(run.indexesWith(ApplyRun::Outcome::Conflict), QList<int> { 0 });
        QVERIFY(runAndWait(run, ApplyRun::Mode::ForceApply, run.indexesWith(ApplyRun::Outcome::Conflict)));
        QCOMPARE(run.result(0).outcome, ApplyRun::Outcome::Configured);
        QCOMPARE(replicas(), 5);
        const QJsonObject live = kubectlJson({ QStringLiteral("get"), QStringLiteral("deployment"),
                                                 QStringLiteral("web"), QStringLiteral("-n"), ns.name() })
                                     .object();
        QVERIFY(hasApplyManager(live, QStringLiteral("sextant")));
    }

    void diff_fieldOwnedByKubectl_conflictAndWhatForcingWouldChange()
    {
        ScratchNamespace ns(QStringLiteral("it-diffconflict"));
        QVERIFY(ns.isCreated());
        QCOMPARE(kubectl({ QStringLiteral("apply"), QStringLiteral("--server-side"), QStringLiteral("-f"),
                             QStringLiteral("-") },
                     deployment(ns.name(), QStringLiteral("web"), 1).toUtf8())
                     .exitCode,
            0);
        ApplyRun run(m_client.get(), plan(deployment(ns.name(), QStringLiteral("web"), 3), ns.name()));
        QVERIFY(runAndWait(run, ApplyRun::Mode::Diff));
        const ApplyRun::Result result = run.result(0);
        QCOMPARE(result.outcome, ApplyRun::Outcome::Conflict);
        QCOMPARE(result.conflicts.size(), 1);
        QCOMPARE(result.conflicts.first().manager, QStringLiteral("kubectl"));
        QCOMPARE(changedLines(result.diff),
            QStringList({ QStringLiteral("-  replicas: 1"), QStringLiteral("+  replicas: 3") }));
    }

    void apply_crdAndItsObjectsInOneFile_objectsWaitForTheCrd()
    {
        const QString group = uniqueTestName(QStringLiteral("it")) + QStringLiteral(".example.com");
        const QString ns = uniqueTestName(QStringLiteral("it-crd"));
        const QString text = QStringLiteral(R"(apiVersion: example.test/v1
kind: Gadget
metadata:
  name: first
  namespace: %2
spec:
  size: 3
---
apiVersion: v1
kind: Namespace
metadata:
  name: %2
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: gadgets.%1
spec:
  group: %1
  scope: Namespaced
  names: {kind: Gadget, plural: gadgets, singular: gadget}
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec:
            type: object
            x-kubernetes-preserve-unknown-fields: true
)")
                                 .arg(group, ns)
                                 .replace(QStringLiteral("example.test/v1"), group + QStringLiteral("/v1"));
        const QList<ApplyObject> objects = plan(text, QStringLiteral("default"));
        QCOMPARE(objects.size(), 3);
        QCOMPARE(objects.at(2).kind(), QStringLiteral("Gadget"));
        QVERIFY(objects.at(2).isSendable());

        ApplyRun run(m_client.get(), objects);
        QVERIFY(runAndWait(run, ApplyRun::Mode::Apply));
        for (int i = 0; i < 3; ++i)
            QVERIFY2(run.result(i).outcome == ApplyRun::Outcome::Created, qPrintable(run.result(i).error.message));
        QCOMPARE(kubectl({ QStringLiteral("get"), QStringLiteral("gadgets.") + group, QStringLiteral("first"),
                             QStringLiteral("-n"), ns, QStringLiteral("-o"), QStringLiteral("jsonpath={.spec.size}") })
                     .out,
            QByteArray("3"));
        kubectl({ QStringLiteral("delete"), QStringLiteral("namespace"), ns, QStringLiteral("--wait=false") });
        kubectl({ QStringLiteral("delete"), QStringLiteral("crd"), QStringLiteral("gadgets.") + group,
            QStringLiteral("--wait=false") });
    }

    void dryRun_invalidField_serverCausesOnTheLine()
    {
        ScratchNamespace ns(QStringLiteral("it-dry"));
        QVERIFY(ns.isCreated());
        const QString text = deployment(ns.name(), QStringLiteral("web"), -1) + QStringLiteral("---\n")
            + configMap(ns.name(), QStringLiteral("ok"), QStringLiteral("hi"));
        ApplyRun run(m_client.get(), plan(text, ns.name()));
        QVERIFY(runAndWait(run, ApplyRun::Mode::DryRun));
        const ApplyRun::Result invalid = run.result(0);
        QCOMPARE(invalid.outcome, ApplyRun::Outcome::Failed);
        QCOMPARE(invalid.error.httpStatus, 422);
        QVERIFY2(invalid.error.message.contains(QStringLiteral("spec.replicas")), qPrintable(invalid.error.message));
        const Diagnostics diagnostics = run.objects().at(0).diagnosticsFor(invalid.error);
        QVERIFY(!diagnostics.isEmpty());
        QCOMPARE(diagnostics.first().line, 9); // "  replicas: -1"
        QCOMPARE(run.result(1).outcome, ApplyRun::Outcome::Valid);
        // Nothing persisted.
        QCOMPARE(kubectl({ QStringLiteral("get"), QStringLiteral("configmap"), QStringLiteral("ok"),
                             QStringLiteral("-n"), ns.name() })
                     .exitCode,
            1);
    }

    void cancel_stopsTheRun()
    {
        ScratchNamespace ns(QStringLiteral("it-cancel"));
        QString text;
        for (int i = 0; i < 5; ++i)
            text += configMap(ns.name(), QStringLiteral("cm%1").arg(i), QStringLiteral("x")) + QStringLiteral("---\n");
        ApplyRun run(m_client.get(), plan(text, ns.name()));
        QSignalSpy finished(&run, &ApplyRun::finished);
        run.start(ApplyRun::Mode::Apply);
        run.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!run.isRunning());
        QCOMPARE(run.indexesWith(ApplyRun::Outcome::Cancelled).size(), 5);
        QTest::qWait(300);
        QCOMPARE(finished.size(), 1);
    }

private:
    QList<ApplyObject> plan(const QString &text, const QString &defaultNamespace) const
    {
        return planApply(parseYaml(text.toUtf8()).documents, lookupIn(m_discovery->resources()), defaultNamespace);
    }

    static bool runAndWait(ApplyRun &run, ApplyRun::Mode mode, const QList<int> &only = {})
    {
        QSignalSpy finished(&run, &ApplyRun::finished);
        run.start(mode, only);
        return finished.wait(30000) && !finished.first().first().toBool();
    }

    // kubectl hides managedFields unless asked: fetch them with --show-managed-fields.
    static bool hasApplyManager(const QJsonObject &shown, const QString &manager)
    {
        const QJsonObject metadata = shown.value(QStringLiteral("metadata")).toObject();
        const QJsonObject object = kubectlJson(
            { QStringLiteral("get"), shown.value(QStringLiteral("kind")).toString(),
                metadata.value(QStringLiteral("name")).toString(), QStringLiteral("-n"),
                metadata.value(QStringLiteral("namespace")).toString(), QStringLiteral("--show-managed-fields") })
                                       .object();
        const QJsonArray managed
            = object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("managedFields")).toArray();
        for (const QJsonValue &entry : managed) {
            if (entry[QStringLiteral("manager")].toString() == manager
                && entry[QStringLiteral("operation")].toString() == QLatin1String("Apply"))
                return true;
        }
        return false;
    }

    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Discovery> m_discovery;
};

QTEST_GUILESS_MAIN(TestApplyRun)
#include "tst_applyrun.moc"
