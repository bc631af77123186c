// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/crd/customresourcecatalog.h"
#include "core/watch/objectstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Sextant::Core;

namespace {

QList<QJsonObject> capturedCrds()
{
    QFile file(QStringLiteral(SEXTANT_TEST_DATA_DIR "/crd/crds.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<QJsonObject> out;
    for (const QJsonValue &v :
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("items")).toArray()) {
        out.append(ObjectStore::stripped(v.toObject(), false));
    }
    return out;
}

QJsonObject crd(const QString &group, const QString &kind, const QString &plural, const char *versionsJson,
    const QString &scope = QStringLiteral("Namespaced"), const QString &resourceVersion = QStringLiteral("1"))
{
    return QJsonObject {
        { QStringLiteral("metadata"),
            QJsonObject { { QStringLiteral("name"), QString(plural + QLatin1Char('.') + group) },
                { QStringLiteral("resourceVersion"), resourceVersion } } },
        { QStringLiteral("spec"),
            QJsonObject { { QStringLiteral("group"), group }, { QStringLiteral("scope"), scope },
                { QStringLiteral("names"),
                    QJsonObject { { QStringLiteral("plural"), plural }, { QStringLiteral("kind"), kind },
                        { QStringLiteral("shortNames"), QJsonArray { plural.left(2) } } } },
                { QStringLiteral("versions"), QJsonDocument::fromJson(QByteArray(versionsJson)).array() } } },
    };
}

const char *const kV1 = R"([{"name": "v1", "served": true, "storage": true,
    "additionalPrinterColumns": [{"name": "Size", "type": "integer", "jsonPath": ".spec.size"}]}])";

} // namespace

class TestCustomResourceCatalog final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void entries_capturedCrds_sortedByGroupThenKind()
    {
        ObjectStore store;
        store.replace(capturedCrds());
        store.markSynced();
        store.flush();
        CustomResourceCatalog catalog(&store);
        QCOMPARE(catalog.state(), CustomResourceCatalog::State::Ready);
        QVERIFY(catalog.hint().isEmpty());
        const QList<CustomResourceEntry> entries = catalog.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).group, QStringLiteral("edge.sextant.io"));
        QCOMPARE(entries.at(1).group, QStringLiteral("shop.sextant.io"));
        const CustomResourceEntry &orders = entries.at(1);
        QCOMPARE(orders.kind, QStringLiteral("Order"));
        QCOMPARE(orders.resource,
            (ResourceRef { QStringLiteral("shop.sextant.io"), QStringLiteral("v1"), QStringLiteral("orders"), true }));
        QCOMPARE(orders.shortNames, QStringList { QStringLiteral("ord") });
        QCOMPARE(orders.categories, QStringList { QStringLiteral("shop") });
        QVERIFY(orders.renderer);
        QCOMPARE(orders.renderer->columns().size(), 6); // Name, Customer, Items, Total, Phase, Age
        // The edge CRD serves v1beta1 first but stores v1.
        QCOMPARE(entries.at(0).resource.version, QStringLiteral("v1"));
        QVERIFY(catalog.find(QStringLiteral("shop.sextant.io"), QStringLiteral("orders")).has_value());
        QVERIFY(!catalog.find(QStringLiteral("shop.sextant.io"), QStringLiteral("nope")).has_value());
    }

    void entryFromCrd_versionChoice_data()
    {
        QTest::addColumn<QByteArray>("versions");
        QTest::addColumn<QString>("expected"); // "" = no entry
        QTest::newRow("storage served") << QByteArray(
            R"([{"name": "v1alpha1", "served": true}, {"name": "v1", "served": true, "storage": true}])")
                                        << QStringLiteral("v1");
        QTest::newRow("storage not served")
            << QByteArray(R"([{"name": "v1", "served": false, "storage": true}, {"name": "v2", "served": true}])")
            << QStringLiteral("v2");
        QTest::newRow("nothing served") << QByteArray(R"([{"name": "v1", "served": false, "storage": true}])")
                                        << QString();
    }
    void entryFromCrd_versionChoice()
    {
        QFETCH(QByteArray, versions);
        QFETCH(QString, expected);
        const std::optional<CustomResourceEntry> entry = CustomResourceCatalog::entryFromCrd(
            crd(QStringLiteral("x.io"), QStringLiteral("Thing"), QStringLiteral("things"), versions.constData()));
        QCOMPARE(entry.has_value(), !expected.isEmpty());
        if (entry) {
            QCOMPARE(entry->resource.version, expected);
        }
    }

    void entryFromCrd_clusterScoped_notNamespaced()
    {
        const std::optional<CustomResourceEntry> entry = CustomResourceCatalog::entryFromCrd(crd(
            QStringLiteral("x.io"), QStringLiteral("Thing"), QStringLiteral("things"), kV1, QStringLiteral("Cluster")));
        QVERIFY(entry.has_value());
        QVERIFY(!entry->resource.namespaced);
    }

    void entryFromCrd_notEstablished_skipped()
    {
        QJsonObject object = crd(QStringLiteral("x.io"), QStringLiteral("Thing"), QStringLiteral("things"), kV1);
        object.insert(QStringLiteral("status"),
            QJsonDocument::fromJson(R"({"conditions": [{"type": "Established", "status": "False"}]})").object());
        QVERIFY(!CustomResourceCatalog::entryFromCrd(object).has_value());
    }

    void store_crdAddedAndRemovedLive_changedEmitted()
    {
        ObjectStore store;
        store.markSynced();
        CustomResourceCatalog catalog(&store);
        QSignalSpy changed(&catalog, &CustomResourceCatalog::changed);
        QVERIFY(catalog.entries().isEmpty());

        store.upsert(crd(QStringLiteral("b.io"), QStringLiteral("Bee"), QStringLiteral("bees"), kV1));
        store.upsert(crd(QStringLiteral("a.io"), QStringLiteral("Ant"), QStringLiteral("ants"), kV1));
        store.flush();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(catalog.entries().size(), 2);
        QCOMPARE(catalog.entries().front().kind, QStringLiteral("Ant"));
        const std::shared_ptr<const KindRenderer> antRenderer = catalog.entries().front().renderer;

        // A new resourceVersion with the same columns keeps the renderer: no change.
        QJsonObject relabelled = crd(QStringLiteral("a.io"), QStringLiteral("Ant"), QStringLiteral("ants"), kV1,
            QStringLiteral("Namespaced"), QStringLiteral("2"));
        store.upsert(relabelled);
        store.flush();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(catalog.entries().front().renderer, antRenderer);

        // New printer columns: a new renderer.
        store.upsert(crd(QStringLiteral("a.io"), QStringLiteral("Ant"), QStringLiteral("ants"),
            R"([{"name": "v1", "served": true, "storage": true}])", QStringLiteral("Namespaced"), QStringLiteral("3")));
        store.flush();
        QCOMPARE(changed.size(), 2);
        QVERIFY(catalog.entries().front().renderer != antRenderer);
        QCOMPARE(catalog.entries().front().renderer->columns().size(), 2);
        QCOMPARE(antRenderer->columns().size(), 2); // still alive for a model that holds it

        store.remove(QStringLiteral("bees.b.io"));
        store.flush();
        QCOMPARE(changed.size(), 3);
        QCOMPARE(catalog.entries().size(), 1);
    }

    void store_forbidden_stateAndHint()
    {
        ObjectStore store;
        CustomResourceCatalog catalog(&store);
        QCOMPARE(catalog.state(), CustomResourceCatalog::State::Loading);
        QSignalSpy stateChanged(&catalog, &CustomResourceCatalog::stateChanged);
        ApiError error;
        error.kind = ApiError::Kind::Status;
        error.httpStatus = 403;
        error.reason = QStringLiteral("Forbidden");
        error.message = QStringLiteral("customresourcedefinitions.apiextensions.k8s.io is forbidden");
        store.reportError(error);
        store.setSyncState(ObjectStore::SyncState::Failed);
        QCOMPARE(catalog.state(), CustomResourceCatalog::State::Forbidden);
        QVERIFY(!stateChanged.isEmpty());
        QVERIFY(catalog.hint().contains(QLatin1String("CustomResourceDefinitions")));
        QVERIFY(catalog.entries().isEmpty());
    }

    void store_otherFailure_failedWithMessage()
    {
        ObjectStore store;
        CustomResourceCatalog catalog(&store);
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.message = QStringLiteral("connection refused");
        store.reportError(error);
        store.setSyncState(ObjectStore::SyncState::Failed);
        QCOMPARE(catalog.state(), CustomResourceCatalog::State::Failed);
        QVERIFY(catalog.hint().contains(QLatin1String("connection refused")));
    }

    void nullStore_failedWithoutCrash()
    {
        CustomResourceCatalog catalog(static_cast<ObjectStore *>(nullptr));
        QCOMPARE(catalog.state(), CustomResourceCatalog::State::Failed);
        QVERIFY(catalog.entries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCustomResourceCatalog)
#include "tst_customresourcecatalog.moc"
