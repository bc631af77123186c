// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "configwizardtest.h"
#include "core/api/permissions.h"
#include "core/watch/objectstore.h"
#include "ui/actions/resourceaction.h"
#include "ui/configwizards/configmapwizard.h"
#include "ui/configwizards/duplicateaction.h"
#include "ui/configwizards/keyvalueeditor.h"
#include "ui/wizards/validatedfield.h"
#include "ui/wizards/volumewizard.h"
#include "ui/wizards/wizardcatalog.h"
#include "ui/wizards/wizardfromfile.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>

using namespace Sextant;

namespace {
const Core::ResourceRef kConfigMaps { QString(), QStringLiteral("v1"), QStringLiteral("configmaps"), true };
const Core::ResourceRef kClaims { QString(), QStringLiteral("v1"), QStringLiteral("persistentvolumeclaims"), true };
const Core::ResourceRef kSecrets { QString(), QStringLiteral("v1"), QStringLiteral("secrets"), true };
const Core::ResourceRef kServices { QString(), QStringLiteral("v1"), QStringLiteral("services"), true };
const Core::ResourceRef kPods { QString(), QStringLiteral("v1"), QStringLiteral("pods"), true };
const Core::ResourceRef kNamespaces { QString(), QStringLiteral("v1"), QStringLiteral("namespaces"), false };
const Core::ResourceRef kStorageClasses { QStringLiteral("storage.k8s.io"), QStringLiteral("v1"),
    QStringLiteral("storageclasses"), false };

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write(content);
    return file.fileName();
}
} // namespace

// Starting a wizard from what exists (Duplicate…) or from a file: prefilled,
// server-set fields gone, unmodelled fields kept, the copy created.
class TestWizardStart final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        QVERIFY(m_session.waitConnected());
        QVERIFY(m_namespace.isCreated());
        // As in the app, where the window lists projects and classes already.
        Core::ObjectStore *namespaces = m_session.connection()->store(kNamespaces);
        QTRY_VERIFY_WITH_TIMEOUT(namespaces->contains(m_namespace.name()), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_session.connection()->store(kStorageClasses)->hasSynced(), 20000);
    }

    // Pure functions first: no cluster involved.
    void cleanedForCreation_duplicate_removesServerFieldsAndRenames()
    {
        const QJsonObject service = QJsonDocument::fromJson(R"({"apiVersion":"v1","kind":"Service",
            "metadata":{"name":"web","namespace":"shop","uid":"u1","resourceVersion":"7","generation":2,
              "creationTimestamp":"2026-01-01T00:00:00Z","managedFields":[{}],"ownerReferences":[{}],
              "labels":{"app":"web"},
              "annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{}","keep":"me"}},
            "spec":{"type":"NodePort","clusterIP":"10.0.0.5","clusterIPs":["10.0.0.5"],
              "ports":[{"port":80,"nodePort":30080}]},
            "status":{"loadBalancer":{}}})")
                                        .object();
        const QJsonObject cleaned
            = Ui::ResourceWizard::cleanedForCreation(service, Ui::ResourceWizard::StartMode::Duplicate);
        const QJsonObject metadata = field(cleaned, "metadata");
        QCOMPARE(metadata.value(QLatin1String("name")).toString(), QStringLiteral("web-copy"));
        for (const char *gone :
            { "uid", "resourceVersion", "generation", "creationTimestamp", "managedFields", "ownerReferences" }) {
            QVERIFY2(!metadata.contains(QLatin1String(gone)), gone);
        }
        QCOMPARE(field(metadata, "annotations"), (QJsonObject { { QStringLiteral("keep"), QStringLiteral("me") } }));
        QCOMPARE(field(metadata, "labels").value(QLatin1String("app")).toString(), QStringLiteral("web"));
        QVERIFY(!cleaned.contains(QLatin1String("status")));
        const QJsonObject spec = field(cleaned, "spec");
        QVERIFY(!spec.contains(QLatin1String("clusterIP")));
        QVERIFY(!spec.contains(QLatin1String("clusterIPs")));
        QCOMPARE(spec.value(QLatin1String("ports")).toArray().first().toObject(),
            (QJsonObject { { QStringLiteral("port"), 80 } }));

        // From a file: names and addresses stay as written.
        const QJsonObject fromFile
            = Ui::ResourceWizard::cleanedForCreation(service, Ui::ResourceWizard::StartMode::FromFile);
        QCOMPARE(field(fromFile, "metadata").value(QLatin1String("name")).toString(), QStringLiteral("web"));
        QCOMPARE(field(fromFile, "spec").value(QLatin1String("clusterIP")).toString(), QStringLiteral("10.0.0.5"));
        QVERIFY(!field(fromFile, "metadata").contains(QLatin1String("resourceVersion")));
    }

    void cleanedForCreation_headlessServiceStaysHeadless_secretStringDataFolded()
    {
        const QJsonObject headless = Ui::ResourceWizard::cleanedForCreation(
            QJsonDocument::fromJson(R"({"kind":"Service","metadata":{"name":"db"},
                "spec":{"clusterIP":"None","clusterIPs":["None"]}})")
                .object(),
            Ui::ResourceWizard::StartMode::Duplicate);
        QCOMPARE(field(headless, "spec").value(QLatin1String("clusterIP")).toString(), QStringLiteral("None"));
        const QJsonObject secret = Ui::ResourceWizard::cleanedForCreation(
            QJsonDocument::fromJson(R"({"kind":"Secret","metadata":{"name":"s"},
                "data":{"a":"b2xk","b":"Yg=="},"stringData":{"a":"new"}})")
                .object(),
            Ui::ResourceWizard::StartMode::FromFile);
        QVERIFY(!secret.contains(QLatin1String("stringData")));
        QCOMPARE(field(secret, "data"),
            (QJsonObject {
                { QStringLiteral("a"), QStringLiteral("bmV3") }, { QStringLiteral("b"), QStringLiteral("Yg==") } }));
        const QJsonObject claim = Ui::ResourceWizard::cleanedForCreation(
            QJsonDocument::fromJson(R"({"kind":"PersistentVolumeClaim","metadata":{"name":"d"},
                "spec":{"volumeName":"pv-1","storageClassName":"standard"}})")
                .object(),
            Ui::ResourceWizard::StartMode::Duplicate);
        QCOMPARE(
            field(claim, "spec"), (QJsonObject { { QStringLiteral("storageClassName"), QStringLiteral("standard") } }));
    }

    void cleanedForCreation_duplicateStorageClass_isNotDefault()
    {
        const QJsonObject storageClass = Ui::ResourceWizard::cleanedForCreation(
            QJsonDocument::fromJson(R"({"kind":"StorageClass","metadata":{"name":"fast",
                "annotations":{"storageclass.kubernetes.io/is-default-class":"true"}},"provisioner":"x"})")
                .object(),
            Ui::ResourceWizard::StartMode::Duplicate);
        QVERIFY(!field(storageClass, "metadata").contains(QLatin1String("annotations")));
        QCOMPARE(field(storageClass, "metadata").value(QLatin1String("name")).toString(), QStringLiteral("fast-copy"));
    }

    void copyName_fitsTheKindsLimit_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("copy");
        QTest::newRow("short") << QStringLiteral("web") << QStringLiteral("Deployment") << QStringLiteral("web-copy");
        QTest::newRow("service at 63") << QString(60, u'a') << QStringLiteral("Service")
                                       << QString(58, u'a') + QStringLiteral("-copy");
        QTest::newRow("trailing dash trimmed")
            << QString(57, u'a') + QStringLiteral("-bbbbb") << QStringLiteral("Namespace")
            << QString(57, u'a') + QStringLiteral("-copy");
        QTest::newRow("configmap allows 253")
            << QString(100, u'c') << QStringLiteral("ConfigMap") << QString(100, u'c') + QStringLiteral("-copy");
    }

    void copyName_fitsTheKindsLimit()
    {
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QFETCH(QString, copy);
        QCOMPARE(Ui::ResourceWizard::copyName(name, kind), copy);
    }

    void duplicateAction_appliesToCatalogKindsOnly()
    {
        Ui::DuplicateAction action;
        QCOMPARE(action.id(), QStringLiteral("object.duplicate"));
        QVERIFY(action.appliesTo(kConfigMaps));
        QVERIFY(action.appliesTo(kClaims));
        QVERIFY(action.appliesTo(kStorageClasses));
        QVERIFY(!action.appliesTo(kPods));
    }

    void duplicate_configMap_prefilled_copyKeepsLabels()
    {
        QCOMPARE(kubectl({ QStringLiteral("create"), QStringLiteral("configmap"), QStringLiteral("settings"),
                             QStringLiteral("-n"), m_namespace.name(), QStringLiteral("--from-literal=color=blue"),
                             QStringLiteral("--from-literal=size=large") })
                     .exitCode,
            0);
        QCOMPARE(kubectl({ QStringLiteral("label"), QStringLiteral("configmap"), QStringLiteral("settings"),
                             QStringLiteral("-n"), m_namespace.name(), QStringLiteral("tier=backend") })
                     .exitCode,
            0);
        const QJsonObject original
            = kubectlGet(QStringLiteral("configmap"), QStringLiteral("settings"), m_namespace.name());
        auto *wizard = duplicate(kConfigMaps, original);
        QVERIFY(wizard);
        auto *configMap = qobject_cast<Ui::ConfigMapWizard *>(wizard);
        QVERIFY(configMap);
        QCOMPARE(configMap->nameField()->text(), QStringLiteral("settings-copy"));
        QCOMPARE(configMap->windowTitle(), QStringLiteral("Create config map (copy of settings)"));
        QCOMPARE(configMap->editor()->entries().size(), 2);
        // A key removed in the form is removed from the copy, a new one added.
        configMap->editor()->setEntries(
            { { QStringLiteral("color"), "blue", false }, { QStringLiteral("shape"), "round", false } });
        saveScreenshot(wizard, QStringLiteral("configmap-duplicate"));
        QSignalSpy opened(&m_feedback, &Ui::ActionFeedback::openObject);
        QVERIFY(createThroughReview(wizard));
        // The unmodelled label reached the review's YAML and the cluster.
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 5000);
        QCOMPARE(opened.first().at(2).toString(), QStringLiteral("settings-copy"));
        QCOMPARE(opened.first().at(1).toString(), m_namespace.name());

        const QJsonObject copy
            = kubectlGet(QStringLiteral("configmap"), QStringLiteral("settings-copy"), m_namespace.name());
        QCOMPARE(field(copy, "data"),
            (QJsonObject { { QStringLiteral("color"), QStringLiteral("blue") },
                { QStringLiteral("shape"), QStringLiteral("round") } }));
        QCOMPARE(field(field(copy, "metadata"), "labels").value(QLatin1String("tier")).toString(),
            QStringLiteral("backend"));
        QVERIFY(field(copy, "metadata").value(QLatin1String("uid"))
            != field(original, "metadata").value(QLatin1String("uid")));
    }

    void duplicate_pvc_copyHasItsOwnVolume()
    {
        const QByteArray claim = "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\n  labels:\n"
                                 "    app: db\nspec:\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n"
                                 "      storage: 1Gi\n";
        QCOMPARE(kubectl({ QStringLiteral("apply"), QStringLiteral("-n"), m_namespace.name(), QStringLiteral("-f"),
                             QStringLiteral("-") },
                     claim)
                     .exitCode,
            0);
        const QJsonObject original = kubectlGet(QStringLiteral("pvc"), QStringLiteral("data"), m_namespace.name());
        auto *wizard = qobject_cast<Ui::VolumeWizard *>(duplicate(kClaims, original));
        QVERIFY(wizard);
        QCOMPARE(wizard->nameField()->text(), QStringLiteral("data-copy"));
        QCOMPARE(wizard->sizeField()->text(), QStringLiteral("1Gi"));
        QVERIFY(createThroughReview(wizard));
        const QJsonObject copy = kubectlGet(QStringLiteral("pvc"), QStringLiteral("data-copy"), m_namespace.name());
        const QJsonObject spec = field(copy, "spec");
        QCOMPARE(field(field(spec, "resources"), "requests").value(QLatin1String("storage")).toString(),
            QStringLiteral("1Gi"));
        QCOMPARE(spec.value(QLatin1String("storageClassName")),
            field(original, "spec").value(QLatin1String("storageClassName")));
        QCOMPARE(field(field(copy, "metadata"), "labels").value(QLatin1String("app")).toString(), QStringLiteral("db"));
        const QString originalVolume
            = field(kubectlGet(QStringLiteral("pvc"), QStringLiteral("data"), m_namespace.name()), "spec")
                  .value(QLatin1String("volumeName"))
                  .toString();
        if (!originalVolume.isEmpty()) {
            QVERIFY(spec.value(QLatin1String("volumeName")).toString() != originalVolume);
        }
    }

    void duplicate_basicAuthSecret_keepsItsType()
    {
        QCOMPARE(kubectl({ QStringLiteral("create"), QStringLiteral("secret"), QStringLiteral("generic"),
                             QStringLiteral("login"), QStringLiteral("-n"), m_namespace.name(),
                             QStringLiteral("--type=kubernetes.io/basic-auth"),
                             QStringLiteral("--from-literal=username=admin"),
                             QStringLiteral("--from-literal=password=t0p-secret") })
                     .exitCode,
            0);
        const QJsonObject original = kubectlGet(QStringLiteral("secret"), QStringLiteral("login"), m_namespace.name());
        Ui::ResourceWizard *wizard = duplicate(kSecrets, original);
        QVERIFY(wizard);
        // The form shows the keys; the type it has no choice for is kept, and said so.
        QVERIFY2(
            wizard->startNote().contains(QLatin1String("kubernetes.io/basic-auth")), qPrintable(wizard->startNote()));
        QVERIFY(createThroughReview(wizard));
        const QJsonObject copy = kubectlGet(QStringLiteral("secret"), QStringLiteral("login-copy"), m_namespace.name());
        QCOMPARE(copy.value(QLatin1String("type")).toString(), QStringLiteral("kubernetes.io/basic-auth"));
        QCOMPARE(field(copy, "data"), field(original, "data"));
    }

    void duplicate_service_getsNewAddresses()
    {
        if (!Ui::WizardCatalog::forKind(Ui::WizardCatalog::entries(), QString(), QStringLiteral("Service"))) {
            QSKIP("no Service wizard in the catalog");
        }
        QCOMPARE(kubectl({ QStringLiteral("create"), QStringLiteral("service"), QStringLiteral("nodeport"),
                             QStringLiteral("web"), QStringLiteral("-n"), m_namespace.name(),
                             QStringLiteral("--tcp=80:8080") })
                     .exitCode,
            0);
        QCOMPARE(kubectl({ QStringLiteral("annotate"), QStringLiteral("service"), QStringLiteral("web"),
                             QStringLiteral("-n"), m_namespace.name(), QStringLiteral("team=shop") })
                     .exitCode,
            0);
        const QJsonObject original = kubectlGet(QStringLiteral("service"), QStringLiteral("web"), m_namespace.name());
        const QJsonObject originalSpec = field(original, "spec");
        ResourceWizardPointer wizard = duplicate(kServices, original);
        QVERIFY(wizard);
        QVERIFY(createThroughReview(wizard));
        const QString yaml = wizard ? QString() : QString();
        const QJsonObject copy = kubectlGet(QStringLiteral("service"), QStringLiteral("web-copy"), m_namespace.name());
        const QJsonObject spec = field(copy, "spec");
        QCOMPARE(spec.value(QLatin1String("type")).toString(), QStringLiteral("NodePort"));
        const QJsonObject port = spec.value(QLatin1String("ports")).toArray().first().toObject();
        QCOMPARE(port.value(QLatin1String("port")).toInt(), 80);
        QCOMPARE(port.value(QLatin1String("targetPort")).toInt(), 8080);
        QVERIFY(spec.value(QLatin1String("clusterIP")).toString()
            != originalSpec.value(QLatin1String("clusterIP")).toString());
        QVERIFY(port.value(QLatin1String("nodePort")).toInt()
            != originalSpec.value(QLatin1String("ports"))
                   .toArray()
                   .first()
                   .toObject()
                   .value(QLatin1String("nodePort"))
                   .toInt());
        QCOMPARE(field(field(copy, "metadata"), "annotations").value(QLatin1String("team")).toString(),
            QStringLiteral("shop"));
        Q_UNUSED(yaml)
    }

    void fromYamlFile_pvc_createdWithTheFilesFields()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("claim.yaml"),
            "# a claim for the cache\n---\napiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: cache\n"
            "  labels:\n    source: file\nspec:\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n"
            "      storage: 3Gi\n");
        QString whyNot;
        auto *wizard = qobject_cast<Ui::VolumeWizard *>(
            Ui::WizardFromFile::createWizard(path, m_session.connection(), m_namespace.name(), &m_parent, &whyNot));
        QVERIFY2(wizard, qPrintable(whyNot));
        QCOMPARE(wizard->nameField()->text(), QStringLiteral("cache"));
        QCOMPARE(wizard->windowTitle(), QStringLiteral("Create volume (from claim.yaml)"));
        QCOMPARE(wizard->sizeField()->text(), QStringLiteral("3Gi"));
        QVERIFY(createThroughReview(wizard));
        const QJsonObject claim = kubectlGet(QStringLiteral("pvc"), QStringLiteral("cache"), m_namespace.name());
        QCOMPARE(field(field(field(claim, "spec"), "resources"), "requests").value(QLatin1String("storage")).toString(),
            QStringLiteral("3Gi"));
        QCOMPARE(field(field(claim, "metadata"), "labels").value(QLatin1String("source")).toString(),
            QStringLiteral("file"));
    }

    void fromYamlFile_problems_nameTheFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QStringLiteral("broken.yaml")
                                << QByteArray("apiVersion: v1\nkind: ConfigMap\nmetadata: [unclosed\n")
                                << QStringLiteral("broken.yaml, line ");
        QTest::newRow("no wizard") << QStringLiteral(
            "pdb.yaml") << QByteArray("apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: x\n")
                                   << QStringLiteral(
                                          "pdb.yaml: Sextant has no creation wizard for PodDisruptionBudget");
        QTest::newRow("kind the wizard does not make")
            << QStringLiteral("mixed.yaml")
            << QByteArray("apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: a\n---\n"
                          "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n")
            << QStringLiteral("does not create ConfigMap objects");
        QTest::newRow("no kind") << QStringLiteral("plain.yaml") << QByteArray("name: x\n")
                                 << QStringLiteral("plain.yaml, line 1: the object has no apiVersion or kind");
        QTest::newRow("empty") << QStringLiteral("empty.yaml") << QByteArray("# nothing\n")
                               << QStringLiteral("empty.yaml holds no Kubernetes object");
    }

    void fromYamlFile_problems_nameTheFile()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = writeFile(dir, file, content);
        QString whyNot;
        QVERIFY(
            !Ui::WizardFromFile::createWizard(path, m_session.connection(), m_namespace.name(), &m_parent, &whyNot));
        QVERIFY2(whyNot.contains(expected), qPrintable(whyNot));
        QVERIFY(whyNot.contains(file));
    }

private:
    using ResourceWizardPointer = Ui::ResourceWizard *;

    Ui::ResourceWizard *duplicate(const Core::ResourceRef &resource, const QJsonObject &object)
    {
        return wizardOpenedBy(Ui::DuplicateAction(), m_session.connection(), resource, object, &m_feedback, &m_parent);
    }

    static bool createThroughReview(Ui::ResourceWizard *wizard)
    {
        QSignalSpy created(wizard, &Ui::ResourceWizard::created);
        wizard->show();
        for (int i = 0; i < 10 && wizard->currentPage() != wizard->reviewPage(); ++i) {
            wizard->next();
        }
        if (wizard->currentPage() != wizard->reviewPage()) {
            qWarning() << "stuck on page" << wizard->currentId();
            return false;
        }
        if (!QTest::qWaitFor([wizard] { return wizard->reviewPage()->isComplete(); }, 20000)) {
            qWarning() << wizard->reviewPage()->statusLabel()->text();
            return false;
        }
        wizard->button(QWizard::FinishButton)->click();
        return created.wait(30000);
    }

    KubeSimSession m_session;
    ScratchNamespace m_namespace { QStringLiteral("it-start") };
    Ui::ActionFeedback m_feedback;
    QWidget m_parent;
};

QTEST_MAIN(TestWizardStart)
#include "tst_wizardstart.moc"
