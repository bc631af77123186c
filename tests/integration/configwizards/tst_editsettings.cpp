// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "configwizardtest.h"
#include "ui/configwizards/configmapwizard.h"
#include "ui/configwizards/editsettingsaction.h"
#include "ui/configwizards/keyvalueeditor.h"
#include "ui/wizards/storecombobox.h"
#include "ui/wizards/validatedfield.h"
#include "ui/workloadwizard/basicsform.h"
#include "ui/workloadwizard/containerform.h"
#include "ui/workloadwizard/containersform.h"
#include "ui/workloadwizard/strategyform.h"
#include "ui/workloadwizard/workloadwizard.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace Sextant;

namespace {
const Core::ResourceRef kConfigMaps { QString(), QStringLiteral("v1"), QStringLiteral("configmaps"), true };
const Core::ResourceRef kDeployments { QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("deployments"),
    true };

QJsonObject dataOf(const QJsonObject &object)
{
    return field(object, "data");
}
} // namespace

// Edit settings… against kube-sim: the creation wizards on an existing
// object, applied with a PUT guarded by its resourceVersion; what the form
// lacks is kept; a change made meanwhile is merged, never overwritten;
// kubectl is the witness.
class TestEditSettings final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        QVERIFY(m_session.waitConnected());
        QVERIFY(m_namespace.isCreated());
    }

    void action_appliesToWizardKinds_needsUpdate()
    {
        Ui::EditSettingsAction action;
        QCOMPARE(action.id(), QStringLiteral("object.editSettings"));
        QVERIFY(action.appliesTo(kConfigMaps));
        QVERIFY(action.appliesTo(kDeployments));
        QVERIFY(!action.appliesTo({ QString(), QStringLiteral("v1"), QStringLiteral("pods"), true }));
        const QList<Ui::PermissionNeed> needs = action.permissions({});
        QCOMPARE(needs.size(), 1);
        QCOMPARE(needs.first().verb, QStringLiteral("update"));
    }

    void configMap_valueChanged_labelsAndAnnotationsKept()
    {
        createConfigMap(QStringLiteral("settings"), { QStringLiteral("color=blue"), QStringLiteral("size=large") });
        QVERIFY(kubectlOk({ QStringLiteral("annotate"), QStringLiteral("configmap"), QStringLiteral("settings"),
            QStringLiteral("-n"), m_namespace.name(), QStringLiteral("owner=shop-team") }));
        QVERIFY(kubectlOk({ QStringLiteral("label"), QStringLiteral("configmap"), QStringLiteral("settings"),
            QStringLiteral("-n"), m_namespace.name(), QStringLiteral("tier=backend") }));
        const QJsonObject before
            = kubectlGet(QStringLiteral("configmap"), QStringLiteral("settings"), m_namespace.name());

        auto *wizard = qobject_cast<Ui::ConfigMapWizard *>(edit(kConfigMaps, before));
        QVERIFY(wizard);
        QCOMPARE(wizard->windowTitle(), QStringLiteral("Edit ConfigMap settings"));
        QCOMPARE(wizard->nameField()->text(), QStringLiteral("settings"));
        QVERIFY(wizard->nameField()->edit()->isReadOnly());
        QVERIFY(!wizard->project()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(wizard->project()->currentName(), m_namespace.name(), 20000);
        QCOMPARE(wizard->editor()->entries().size(), 2);
        wizard->editor()->setEntries({ { QStringLiteral("color"), "green", false },
            { QStringLiteral("size"), "large", false }, { QStringLiteral("shape"), "round", false } });
        saveScreenshot(wizard, QStringLiteral("edit-configmap"));

        QSignalSpy opened(&m_feedback, &Ui::ActionFeedback::openObject);
        QVERIFY(goToReview(wizard));
        QCOMPARE(wizard->button(QWizard::FinishButton)->text(), QStringLiteral("Apply"));
        QVERIFY2(
            statusOf(wizard).contains(QLatin1String("Changes: data.color, data.shape")), qPrintable(statusOf(wizard)));
        saveScreenshot(wizard, QStringLiteral("edit-configmap-review"));
        QVERIFY(applyThroughReview(wizard));
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 5000);
        QCOMPARE(opened.first().at(2).toString(), QStringLiteral("settings"));

        const QJsonObject after
            = kubectlGet(QStringLiteral("configmap"), QStringLiteral("settings"), m_namespace.name());
        QCOMPARE(dataOf(after),
            (QJsonObject { { QStringLiteral("color"), QStringLiteral("green") },
                { QStringLiteral("size"), QStringLiteral("large") },
                { QStringLiteral("shape"), QStringLiteral("round") } }));
        const QJsonObject metadata = field(after, "metadata");
        QCOMPARE(field(metadata, "annotations").value(QLatin1String("owner")).toString(), QStringLiteral("shop-team"));
        QCOMPARE(field(metadata, "labels").value(QLatin1String("tier")).toString(), QStringLiteral("backend"));
        QCOMPARE(metadata.value(QLatin1String("uid")), field(before, "metadata").value(QLatin1String("uid")));
    }

    void configMap_theirChangeMeanwhile_mergedThenApplied()
    {
        createConfigMap(QStringLiteral("shared"), { QStringLiteral("a=1") });
        auto *wizard = qobject_cast<Ui::ConfigMapWizard *>(
            edit(kConfigMaps, kubectlGet(QStringLiteral("configmap"), QStringLiteral("shared"), m_namespace.name())));
        QVERIFY(wizard);
        wizard->editor()->setEntries({ { QStringLiteral("a"), "10", false } });
        // Someone else adds a key after the wizard read the object.
        QVERIFY(kubectlOk({ QStringLiteral("patch"), QStringLiteral("configmap"), QStringLiteral("shared"),
            QStringLiteral("-n"), m_namespace.name(), QStringLiteral("--type=merge"), QStringLiteral("-p"),
            QStringLiteral(R"({"data":{"b":"2"}})") }));
        QVERIFY(goToReview(wizard));
        // The dry run met their version: Apply may go on, and will merge first.
        QVERIFY2(statusOf(wizard).contains(QLatin1String("Someone changed it")), qPrintable(statusOf(wizard)));

        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY2_WITH_TIMEOUT(statusOf(wizard).contains(QLatin1String("their change and yours are merged")),
            qPrintable(statusOf(wizard)), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->reviewPage()->isComplete(), 20000);
        QVERIFY(wizard->isVisible()); // nothing applied yet: the user looks first
        const QString yaml = wizard->reviewPage()->yamlEdit()->toPlainText();
        QVERIFY2(yaml.contains(QLatin1String("b: \"2\"")) || yaml.contains(QLatin1String("b: '2'")), qPrintable(yaml));
        QCOMPARE(wizard->editor()->entries().size(), 2); // the form shows their key too
        QCOMPARE(
            dataOf(kubectlGet(QStringLiteral("configmap"), QStringLiteral("shared"), m_namespace.name())).size(), 2);
        QVERIFY(applyThroughReview(wizard));

        QCOMPARE(dataOf(kubectlGet(QStringLiteral("configmap"), QStringLiteral("shared"), m_namespace.name())),
            (QJsonObject {
                { QStringLiteral("a"), QStringLiteral("10") }, { QStringLiteral("b"), QStringLiteral("2") } }));
    }

    void configMap_bothChangedOneKey_theirsShownUntilKeepMine()
    {
        createConfigMap(QStringLiteral("contested"), { QStringLiteral("a=1") });
        auto *wizard = qobject_cast<Ui::ConfigMapWizard *>(edit(
            kConfigMaps, kubectlGet(QStringLiteral("configmap"), QStringLiteral("contested"), m_namespace.name())));
        QVERIFY(wizard);
        wizard->editor()->setEntries({ { QStringLiteral("a"), "10", false } });
        QVERIFY(kubectlOk({ QStringLiteral("patch"), QStringLiteral("configmap"), QStringLiteral("contested"),
            QStringLiteral("-n"), m_namespace.name(), QStringLiteral("--type=merge"), QStringLiteral("-p"),
            QStringLiteral(R"({"data":{"a":"20"}})") }));
        QVERIFY(goToReview(wizard));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY2_WITH_TIMEOUT(
            statusOf(wizard).contains(QLatin1String("you both changed data.a")), qPrintable(statusOf(wizard)), 20000);
        QCOMPARE(wizard->editor()->entries().value(0).value, QByteArray("20"));
        QCOMPARE(wizard->button(QWizard::CustomButton1)->text(), QStringLiteral("Keep mine"));
        saveScreenshot(wizard, QStringLiteral("edit-conflict"));

        wizard->button(QWizard::CustomButton1)->click();
        QCOMPARE(wizard->editor()->entries().value(0).value, QByteArray("10"));
        QVERIFY(applyThroughReview(wizard));
        QCOMPARE(dataOf(kubectlGet(QStringLiteral("configmap"), QStringLiteral("contested"), m_namespace.name())),
            (QJsonObject { { QStringLiteral("a"), QStringLiteral("10") } }));
    }

    void configMap_renamedInYaml_refusedNothingChanged()
    {
        createConfigMap(QStringLiteral("fixed-name"), { QStringLiteral("a=1") });
        auto *wizard = qobject_cast<Ui::ConfigMapWizard *>(edit(
            kConfigMaps, kubectlGet(QStringLiteral("configmap"), QStringLiteral("fixed-name"), m_namespace.name())));
        QVERIFY(wizard);
        for (int i = 0; i < 10 && wizard->currentPage() != wizard->reviewPage(); ++i) {
            wizard->next();
        }
        // Unchanged, there is nothing to apply.
        QVERIFY2(statusOf(wizard).contains(QLatin1String("Nothing differs")), qPrintable(statusOf(wizard)));
        QVERIFY(!wizard->reviewPage()->isComplete());
        QPlainTextEdit *yaml = wizard->reviewPage()->yamlEdit();
        yaml->setPlainText(
            yaml->toPlainText().replace(QLatin1String("name: fixed-name"), QLatin1String("name: other")));
        wizard->button(QWizard::CustomButton1)->click(); // Check again
        QTRY_VERIFY_WITH_TIMEOUT(
            wizard->reviewPage()->results()->topLevelItem(0)->text(1).contains(QLatin1String("must stay")), 20000);
        QVERIFY(!wizard->reviewPage()->isComplete());
        QCOMPARE(kubectl({ QStringLiteral("get"), QStringLiteral("configmap"), QStringLiteral("other"),
                             QStringLiteral("-n"), m_namespace.name() })
                     .exitCode,
            1);
    }

    void deployment_imageAndReplicasChanged_restKept()
    {
        const QByteArray manifest = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  annotations:\n"
                                    "    team: payments\nspec:\n  replicas: 1\n  revisionHistoryLimit: 4\n"
                                    "  selector:\n    matchLabels:\n      app: api\n  template:\n    metadata:\n"
                                    "      labels:\n        app: api\n    spec:\n"
                                    "      terminationGracePeriodSeconds: 45\n      containers:\n"
                                    "      - name: api\n        image: nginx:1.25\n";
        QVERIFY(kubectlOk({ QStringLiteral("apply"), QStringLiteral("-n"), m_namespace.name(), QStringLiteral("-f"),
                              QStringLiteral("-") },
            manifest));
        const QJsonObject before = kubectlGet(QStringLiteral("deployment"), QStringLiteral("api"), m_namespace.name());
        auto *wizard = qobject_cast<Ui::WorkloadWizard *>(edit(kDeployments, before));
        QVERIFY(wizard);
        QCOMPARE(wizard->windowTitle(), QStringLiteral("Edit Deployment api"));
        QVERIFY(!wizard->basics()->kindBox()->isEnabled());
        QVERIFY(wizard->basics()->nameField()->edit()->isReadOnly());
        QCOMPARE(wizard->containers()->container(0)->imageField()->text(), QStringLiteral("nginx:1.25"));
        wizard->containers()->container(0)->imageField()->setText(QStringLiteral("nginx:1.27"));
        wizard->strategy()->replicas()->setValue(2);
        QVERIFY(goToReview(wizard));
        QVERIFY(applyThroughReview(wizard));

        const QJsonObject after = kubectlGet(QStringLiteral("deployment"), QStringLiteral("api"), m_namespace.name());
        const QJsonObject spec = field(after, "spec");
        const QJsonObject podSpec = field(field(spec, "template"), "spec");
        QCOMPARE(podSpec.value(QLatin1String("containers")).toArray().at(0).toObject().value(QLatin1String("image")),
            QJsonValue(QStringLiteral("nginx:1.27")));
        QCOMPARE(spec.value(QLatin1String("replicas")).toInt(), 2);
        QCOMPARE(spec.value(QLatin1String("revisionHistoryLimit")).toInt(), 4);
        QCOMPARE(podSpec.value(QLatin1String("terminationGracePeriodSeconds")).toInt(), 45);
        QCOMPARE(field(field(after, "metadata"), "annotations").value(QLatin1String("team")).toString(),
            QStringLiteral("payments"));
        QVERIFY(field(after, "metadata").value(QLatin1String("generation")).toInt()
            > field(before, "metadata").value(QLatin1String("generation")).toInt());
    }

    void statefulSet_edited_headlessServiceLeftAlone()
    {
        const QByteArray manifest = "apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  clusterIP: None\n"
                                    "  selector:\n    app: db\n  ports:\n  - port: 5432\n---\n"
                                    "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n"
                                    "  serviceName: db\n  replicas: 1\n  selector:\n    matchLabels:\n      app: db\n"
                                    "  template:\n    metadata:\n      labels:\n        app: db\n    spec:\n"
                                    "      containers:\n      - name: postgres\n        image: postgres:16\n";
        QVERIFY(kubectlOk({ QStringLiteral("apply"), QStringLiteral("-n"), m_namespace.name(), QStringLiteral("-f"),
                              QStringLiteral("-") },
            manifest));
        const QJsonObject service = kubectlGet(QStringLiteral("service"), QStringLiteral("db"), m_namespace.name());
        const Core::ResourceRef statefulSets { QStringLiteral("apps"), QStringLiteral("v1"),
            QStringLiteral("statefulsets"), true };
        auto *wizard = qobject_cast<Ui::WorkloadWizard *>(
            edit(statefulSets, kubectlGet(QStringLiteral("statefulset"), QStringLiteral("db"), m_namespace.name())));
        QVERIFY(wizard);
        wizard->containers()->container(0)->imageField()->setText(QStringLiteral("postgres:17"));
        QVERIFY(goToReview(wizard));
        // The wizard would create a headless Service with a new StatefulSet; an edit changes the StatefulSet alone.
        QCOMPARE(wizard->reviewPage()->results()->topLevelItemCount(), 1);
        QVERIFY(applyThroughReview(wizard));

        const QJsonObject after = kubectlGet(QStringLiteral("statefulset"), QStringLiteral("db"), m_namespace.name());
        QCOMPARE(field(field(field(after, "spec"), "template"), "spec")
                     .value(QLatin1String("containers"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("image")),
            QJsonValue(QStringLiteral("postgres:17")));
        QCOMPARE(field(after, "spec").value(QLatin1String("serviceName")), QJsonValue(QStringLiteral("db")));
        QCOMPARE(field(kubectlGet(QStringLiteral("service"), QStringLiteral("db"), m_namespace.name()), "metadata")
                     .value(QLatin1String("resourceVersion")),
            field(service, "metadata").value(QLatin1String("resourceVersion")));
    }

private:
    static bool kubectlOk(const QStringList &args, const QByteArray &input = {})
    {
        const KubectlResult result = kubectl(args, input);
        if (result.exitCode != 0) {
            qWarning().noquote() << args.join(u' ') << result.exitCode << result.err;
        }
        return result.exitCode == 0;
    }

    void createConfigMap(const QString &name, const QStringList &literals)
    {
        QStringList args { QStringLiteral("create"), QStringLiteral("configmap"), name, QStringLiteral("-n"),
            m_namespace.name() };
        for (const QString &literal : literals) {
            args.append(QStringLiteral("--from-literal=") + literal);
        }
        QVERIFY(kubectlOk(args));
    }

    // Triggers Edit settings… and returns the wizard it opens once the object was read.
    Ui::ResourceWizard *edit(const Core::ResourceRef &resource, const QJsonObject &object)
    {
        Ui::ResourceWizard *wizard = wizardOpenedBy(
            Ui::EditSettingsAction(), m_session.connection(), resource, object, &m_feedback, &m_parent);
        if (wizard) {
            wizard->show();
        }
        return wizard;
    }

    static QString statusOf(Ui::ResourceWizard *wizard) { return wizard->reviewPage()->statusLabel()->text(); }

    static bool goToReview(Ui::ResourceWizard *wizard)
    {
        for (int i = 0; i < 10 && wizard->currentPage() != wizard->reviewPage(); ++i) {
            wizard->next();
        }
        if (wizard->currentPage() != wizard->reviewPage()) {
            qWarning() << "stuck on page" << wizard->currentId();
            return false;
        }
        return QTest::qWaitFor([wizard] { return wizard->reviewPage()->isComplete(); }, 20000);
    }

    static bool applyThroughReview(Ui::ResourceWizard *wizard)
    {
        QSignalSpy applied(wizard, &Ui::ResourceWizard::applied);
        if (!QTest::qWaitFor([wizard] { return wizard->reviewPage()->isComplete(); }, 20000)) {
            qWarning() << statusOf(wizard);
            return false;
        }
        wizard->button(QWizard::FinishButton)->click();
        if (!applied.wait(30000)) {
            qWarning() << statusOf(wizard);
            return false;
        }
        return true;
    }

    KubeSimSession m_session;
    ScratchNamespace m_namespace { QStringLiteral("it-edit") };
    Ui::ActionFeedback m_feedback;
    QWidget m_parent;
};

QTEST_MAIN(TestEditSettings)
#include "tst_editsettings.moc"
