// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/metadata/metadatapatches.h"

#include <QJsonDocument>
#include <QTest>

using namespace Sextant::Core;

using StringMap = QMap<QString, QString>;

class TestMetadataPatches final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void labelsPatch_data()
    {
        QTest::addColumn<StringMap>("before");
        QTest::addColumn<StringMap>("after");
        QTest::addColumn<QByteArray>("patch");
        const StringMap start { { QStringLiteral("app"), QStringLiteral("web") },
            { QStringLiteral("tier"), QStringLiteral("front") } };
        QTest::newRow("unchanged: no patch") << start << start << QByteArray();
        QTest::newRow("added") << start
                               << StringMap { { QStringLiteral("app"), QStringLiteral("web") },
                                      { QStringLiteral("tier"), QStringLiteral("front") },
                                      { QStringLiteral("team"), QStringLiteral("shop") } }
                               << QByteArray(R"({"metadata":{"labels":{"team":"shop"}}})");
        QTest::newRow("changed") << start
                                 << StringMap { { QStringLiteral("app"), QStringLiteral("api") },
                                        { QStringLiteral("tier"), QStringLiteral("front") } }
                                 << QByteArray(R"({"metadata":{"labels":{"app":"api"}}})");
        QTest::newRow("removed is null") << start << StringMap { { QStringLiteral("app"), QStringLiteral("web") } }
                                         << QByteArray(R"({"metadata":{"labels":{"tier":null}}})");
        QTest::newRow("renamed key: old null, new set")
            << start
            << StringMap { { QStringLiteral("app"), QStringLiteral("web") },
                   { QStringLiteral("layer"), QStringLiteral("front") } }
            << QByteArray(R"({"metadata":{"labels":{"layer":"front","tier":null}}})");
        QTest::newRow("empty value is a value") << StringMap {} << StringMap { { QStringLiteral("flag"), QString() } }
                                                << QByteArray(R"({"metadata":{"labels":{"flag":""}}})");
    }

    void labelsPatch()
    {
        QFETCH(StringMap, before);
        QFETCH(StringMap, after);
        QFETCH(QByteArray, patch);
        QCOMPARE(MetadataPatches::labelsPatch(before, after), patch);
    }

    void annotationsPatch_onlyChangedKeys()
    {
        const StringMap before { { QStringLiteral("a"), QStringLiteral("1") },
            { QStringLiteral("b"), QStringLiteral("2") } };
        const StringMap after { { QStringLiteral("a"), QStringLiteral("1") },
            { QStringLiteral("b"), QStringLiteral("3") } };
        QCOMPARE(
            MetadataPatches::annotationsPatch(before, after), QByteArray(R"({"metadata":{"annotations":{"b":"3"}}})"));
    }

    void sharedEntries_sameValueOnAllOnly()
    {
        const StringMap web { { QStringLiteral("app"), QStringLiteral("web") },
            { QStringLiteral("team"), QStringLiteral("shop") }, { QStringLiteral("tier"), QStringLiteral("front") } };
        const StringMap api { { QStringLiteral("app"), QStringLiteral("api") },
            { QStringLiteral("team"), QStringLiteral("shop") } };
        const MetadataPatches::SharedEntries shared = MetadataPatches::sharedEntries({ web, api });
        QCOMPARE(shared.same, (StringMap { { QStringLiteral("team"), QStringLiteral("shop") } }));
        QCOMPARE(
            shared.differing, (QMap<QString, int> { { QStringLiteral("app"), 2 }, { QStringLiteral("tier"), 1 } }));
        // One object: everything is shared.
        QCOMPARE(MetadataPatches::sharedEntries({ web }).same, web);
        QVERIFY(MetadataPatches::sharedEntries({ web }).differing.isEmpty());
    }

    void labelsPatch_alsoRemoved_nullForDifferingKeys()
    {
        const StringMap same { { QStringLiteral("team"), QStringLiteral("shop") } };
        StringMap after = same;
        after.insert(QStringLiteral("env"), QStringLiteral("prod"));
        QCOMPARE(MetadataPatches::labelsPatch(same, after, { QStringLiteral("tier") }),
            QByteArray(R"({"metadata":{"labels":{"env":"prod","tier":null}}})"));
        QCOMPARE(MetadataPatches::labelsPatch(same, same, { QStringLiteral("tier") }),
            QByteArray(R"({"metadata":{"labels":{"tier":null}}})"));
    }

    void labelsOf_readsStringsOnly()
    {
        const QJsonObject object
            = QJsonDocument::fromJson(R"({"metadata":{"labels":{"app":"web","odd":5},"annotations":{"note":"hi"}}})")
                  .object();
        QCOMPARE(MetadataPatches::labelsOf(object), (StringMap { { QStringLiteral("app"), QStringLiteral("web") } }));
        QCOMPARE(
            MetadataPatches::annotationsOf(object), (StringMap { { QStringLiteral("note"), QStringLiteral("hi") } }));
        QVERIFY(MetadataPatches::labelsOf(QJsonObject {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMetadataPatches)
#include "tst_metadatapatches.moc"
