// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/yaml/manifestformat.h"
#include "core/yaml/yamldocument.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Sextant::Core;

namespace {

QList<QJsonValue> values(const QByteArray &yaml)
{
    QList<QJsonValue> out;
    const YamlParseResult parsed = parseYaml(yaml);
    for (const YamlDocument &document : parsed.documents) {
        out.append(document.value);
    }
    return out;
}

} // namespace

class TestManifestFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void formatSorted_kubectlStyle()
    {
        const FormatResult result
            = formatYaml("kind: ConfigMap\napiVersion: v1\ndata:\n      b: \"0123\"\n      a: yes\n", true);
        QVERIFY(result.ok);
        QCOMPARE(result.text, QByteArray("apiVersion: v1\ndata:\n  a: true\n  b: \"0123\"\nkind: ConfigMap\n"));
    }

    void formatKeepingOrder_reindentsAndKeepsQuotedStrings()
    {
        const QByteArray input = "kind: ConfigMap\napiVersion: v1\ndata:\n      b: \"0123\"\n      a: x\nlist:\n       "
                                 " - 1\n        - two\n";
        const FormatResult result = formatYaml(input, false);
        QVERIFY(result.ok);
        QVERIFY2(result.text.startsWith("kind: ConfigMap\napiVersion: v1\ndata:\n  b: \"0123\"\n  a: x\n"),
            result.text.constData());
        QCOMPARE(values(result.text), values(input));
    }

    void format_multiDocument_bothModesKeepTheData()
    {
        const QByteArray input = "a: 1\n---\nb: [1, 2]\n---\nc: {d: e}\n";
        for (const bool sorted : { true, false }) {
            const FormatResult result = formatYaml(input, sorted);
            QVERIFY(result.ok);
            QCOMPARE(result.text.count("---\n"), 2);
            QCOMPARE(values(result.text), values(input));
        }
    }

    void format_corpusRoundTrips()
    {
        const QDir dir(QStringLiteral(SEXTANT_TEST_DATA_DIR "/yaml/valid"));
        const QStringList files = dir.entryList({ QStringLiteral("*.yaml") });
        QVERIFY(!files.isEmpty());
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray input = file.readAll();
            for (const bool sorted : { true, false }) {
                const FormatResult result = formatYaml(input, sorted);
                QVERIFY2(result.ok, qPrintable(name));
                QCOMPARE(values(result.text), values(input));
            }
        }
    }

    void format_syntaxErrorOrHostile_refusedWithDiagnostics()
    {
        for (const QByteArray &input : { QByteArray("a: [1,\n"), QByteArray(","), QByteArray(600, '[') }) {
            const FormatResult result = formatYaml(input, false);
            QVERIFY(!result.ok);
            QVERIFY(!result.diagnostics.isEmpty());
        }
    }

    void yamlToJson_singleAndMulti()
    {
        const FormatResult one = yamlToJson("kind: Pod\nspec:\n  replicas: 2\n");
        QVERIFY(one.ok);
        QCOMPARE(QJsonDocument::fromJson(one.text).object()[QStringLiteral("spec")][QStringLiteral("replicas")],
            QJsonValue(2));
        const FormatResult many = yamlToJson("kind: A\n---\nkind: B\n");
        const QJsonObject list = QJsonDocument::fromJson(many.text).object();
        QCOMPARE(list[QStringLiteral("kind")].toString(), QStringLiteral("List"));
        QCOMPARE(list[QStringLiteral("items")].toArray().size(), 2);
    }

    void jsonToYaml_roundTrip_andListAsDocuments()
    {
        const QByteArray json = R"({"apiVersion":"v1","kind":"List","items":[{"kind":"A","n":"007"},{"kind":"B"}]})";
        const FormatResult asList = jsonToYaml(json);
        QVERIFY(asList.ok);
        QCOMPARE(values(asList.text).first().toObject(), QJsonDocument::fromJson(json).object());
        const FormatResult split = jsonToYaml(json, true);
        QVERIFY(split.ok);
        const QList<QJsonValue> documents = values(split.text);
        QCOMPARE(documents.size(), 2);
        QCOMPARE(documents.first()[QStringLiteral("n")], QJsonValue(QStringLiteral("007")));
    }

    void jsonToYaml_invalidJson_reportsPosition()
    {
        const FormatResult result = jsonToYaml("{\n  \"a\": tru\n}");
        QVERIFY(!result.ok);
        // Qt reports the offset where it gave up, just after the bad token.
        QVERIFY(result.diagnostics.first().line >= 2);
        QVERIFY(result.diagnostics.first().message.startsWith(QStringLiteral("invalid JSON: ")));
    }
};

QTEST_GUILESS_MAIN(TestManifestFormat)
#include "tst_manifestformat.moc"
