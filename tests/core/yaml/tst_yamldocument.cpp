// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/yaml/yamldocument.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Sextant::Core;

namespace {

QString messages(const YamlParseResult &result)
{
    QStringList out;
    for (const Diagnostic &d : result.diagnostics) {
        out << QStringLiteral("%1:%2: %3").arg(d.line).arg(d.column).arg(d.message);
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestYamlDocument : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_nestedMapAndList_valuesAndPositions()
    {
        const QByteArray text = "apiVersion: v1\n"
                                "kind: Pod\n"
                                "metadata:\n"
                                "  name: web\n"
                                "  labels: {app.kubernetes.io/name: web}\n"
                                "spec:\n"
                                "  containers:\n"
                                "  - name: c\n"
                                "    image: \"nginx\"\n"
                                "    ports: [{containerPort: 80}]\n";
        const YamlParseResult result = parseYaml(text);
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(messages(result)));
        QCOMPARE(result.documents.size(), 1);
        const YamlDocument &doc = result.documents.first();
        QVERIFY(doc.parsed);
        const QJsonObject pod = doc.value.toObject();
        QCOMPARE(pod.value(QStringLiteral("kind")).toString(), QStringLiteral("Pod"));
        const QJsonObject container = pod[QStringLiteral("spec")][QStringLiteral("containers")][0].toObject();
        QCOMPARE(container.value(QStringLiteral("ports")).toArray().first()[QStringLiteral("containerPort")].toDouble(),
            80.0);
        const YamlLocation image = doc.location(QStringLiteral("spec.containers[0].image"));
        QCOMPARE(image.key.line, 9);
        QCOMPARE(image.key.column, 5);
        QCOMPARE(image.value.column, 12);
        const YamlLocation label = doc.location(QStringLiteral("metadata.labels[app.kubernetes.io/name]"));
        QCOMPARE(label.key.line, 5);
        QCOMPARE(label.key.column, 12);
        const YamlLocation port = doc.location(QStringLiteral("spec.containers[0].ports[0].containerPort"));
        QCOMPARE(port.key.line, 10);
        QCOMPARE(port.key.column, 14);
        // A path that does not exist falls back to its nearest ancestor.
        QCOMPARE(doc.location(QStringLiteral("spec.containers[0].nope.deeper")).value.line, 8);
    }

    void parse_columnsCountCharactersNotBytes()
    {
        const YamlParseResult result = parseYaml("é: {ü: x, k: v}\n");
        QVERIFY(result.diagnostics.isEmpty());
        QCOMPARE(result.documents.first().location(QStringLiteral("é.k")).key.column, 11);
    }

    void parse_plainScalars_yaml11Typing_quotedStayStrings()
    {
        const YamlParseResult result
            = parseYaml("a: 1\nb: \"1\"\nc: true\nd: yes\ne: ~\nf: 0x10\ng: !!str 5\nh: 1.5\n");
        const QJsonObject o = result.documents.first().value.toObject();
        QCOMPARE(o[QStringLiteral("a")], QJsonValue(1));
        QCOMPARE(o[QStringLiteral("b")], QJsonValue(QStringLiteral("1")));
        QCOMPARE(o[QStringLiteral("c")], QJsonValue(true));
        QCOMPARE(o[QStringLiteral("d")], QJsonValue(true));
        QVERIFY(o[QStringLiteral("e")].isNull());
        QCOMPARE(o[QStringLiteral("f")], QJsonValue(16));
        QCOMPARE(o[QStringLiteral("g")], QJsonValue(QStringLiteral("5")));
        QCOMPARE(o[QStringLiteral("h")], QJsonValue(1.5));
    }

    void parse_multiDocument_errorInOneLeavesOthers()
    {
        const QByteArray text = "# leading comment\n"
                                "---\n"
                                "a: 1\n"
                                "---\n"
                                "b: [1, 2\n"
                                "---\n"
                                "c: 3\n"
                                "...\n";
        const YamlParseResult result = parseYaml(text);
        QCOMPARE(result.documents.size(), 3);
        QVERIFY(result.documents[0].parsed);
        QVERIFY(!result.documents[1].parsed);
        QVERIFY(result.documents[2].parsed);
        QCOMPARE(result.documents[2].value[QStringLiteral("c")], QJsonValue(3));
        QCOMPARE(result.documents[2].firstLine, 6);
        QCOMPARE(result.diagnostics.size(), 1);
        QCOMPARE(result.diagnostics.first().document, 1);
        QVERIFY(result.diagnostics.first().line >= 5);
    }

    void parse_duplicateKey_flaggedOnSecondKeyLastWins()
    {
        const YamlParseResult result = parseYaml("metadata:\n  name: a\n  name: b\n");
        QCOMPARE(result.diagnostics.size(), 1);
        const Diagnostic d = result.diagnostics.first();
        QCOMPARE(d.line, 3);
        QCOMPARE(d.column, 3);
        QCOMPARE(d.message, QStringLiteral("mapping key \"name\" already defined at line 2"));
        QCOMPARE(d.path, QStringLiteral("metadata.name"));
        QCOMPARE(result.documents.first().value[QStringLiteral("metadata")][QStringLiteral("name")].toString(),
            QStringLiteral("b"));
    }

    void parse_anchorsAndAliases_expandSmallOnes()
    {
        const YamlParseResult result = parseYaml("base: &b {x: 1}\ncopy: *b\n");
        QVERIFY(result.diagnostics.isEmpty());
        QCOMPARE(result.documents.first().value[QStringLiteral("copy")][QStringLiteral("x")], QJsonValue(1));
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");

        QByteArray bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
        for (char c = 'b'; c <= 'i'; ++c) {
            const char prev = char(c - 1);
            bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [";
            for (int i = 0; i < 9; ++i) {
                bomb += QByteArray(i ? "," : "") + "*" + QByteArray(1, prev);
            }
            bomb += "]\n";
        }
        QTest::newRow("billion laughs") << bomb << QStringLiteral("document contains excessive aliasing") << 6 << 0;
        QTest::newRow("10,000 nested flow")
            << QByteArray(10000, '[') << QStringLiteral("nesting is deeper than 500 levels") << 1 << 501;
        QByteArray blockNest;
        for (int i = 0; i < 10000; ++i) {
            blockNest += "- ";
        }
        QTest::newRow("10,000 nested block") << blockNest + "x\n"
                                             << QStringLiteral("nesting is deeper than 500 levels") << 1 << 0;
        QByteArray mapNest;
        for (int i = 0; i < 10000; ++i) {
            mapNest += "{k: ";
        }
        QTest::newRow("10,000 nested flow maps")
            << mapNest << QStringLiteral("nesting is deeper than 500 levels") << 1 << 2001;
        QByteArray blockMaps;
        for (int i = 0; i < 1000; ++i) {
            blockMaps += QByteArray(i, ' ') + "k:\n";
        }
        QTest::newRow("1,000 nested block maps")
            << blockMaps << QStringLiteral("nesting is deeper than 500 levels") << 0 << 0;
        QTest::newRow("lone comma") << QByteArray(",") << QStringLiteral("did not find expected node content") << 1
                                    << 1;
        QTest::newRow("comma after a document")
            << QByteArray("a: 1\n---\n,\n") << QStringLiteral("did not find expected node content") << 3 << 1;
        QTest::newRow("invalid UTF-8") << QByteArray("a: ok\nb: \"x\xff\"\n")
                                       << QStringLiteral("invalid UTF-8 at byte offset 11") << 2 << 6;
        QTest::newRow("overlong UTF-8") << QByteArray("a: \xc0\xaf\n")
                                        << QStringLiteral("invalid UTF-8 at byte offset 3") << 1 << 4;
        QTest::newRow("NUL") << QByteArray("a: \"x\0\"\n", 8)
                             << QStringLiteral("control character (NUL) is not allowed") << 1 << 6;
        QTest::newRow("tab indentation") << QByteArray("a:\n\tb: 1\n") << QString() << 2 << 0;
        QTest::newRow("undefined alias") << QByteArray("a: *nope\n")
                                         << QStringLiteral("the referenced anchor is not defined") << 1 << 4;
    }

    void hostile()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        QElapsedTimer timer;
        timer.start();
        const YamlParseResult result = parseYaml(text);
        QVERIFY2(timer.elapsed() < 5000, "hostile input must be refused quickly");
        QVERIFY2(result.hasErrors(), qPrintable(messages(result)));
        const Diagnostic d = result.diagnostics.first();
        if (!message.isEmpty()) {
            QCOMPARE(d.message, message);
        }
        if (line > 0) {
            QCOMPARE(d.line, line);
        }
        if (column > 0) {
            QCOMPARE(d.column, column);
        }
    }

    void hostile_50MbScalar_refusedBySize()
    {
        QByteArray text = "data: ";
        text.append(QByteArray(50 * 1024 * 1024, 'x'));
        QElapsedTimer timer;
        timer.start();
        const YamlParseResult result = parseYaml(text);
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(result.diagnostics.size(), 1);
        QVERIFY(result.diagnostics.first().message.contains(QStringLiteral("larger than 24 MiB")));
        QVERIFY(result.documents.isEmpty());
    }

    void large_10MbScalar_parses()
    {
        QByteArray text = "data: ";
        text.append(QByteArray(10 * 1024 * 1024, 'x'));
        const YamlParseResult result = parseYaml(text);
        QVERIFY(result.diagnostics.isEmpty());
        QCOMPARE(result.documents.first().value[QStringLiteral("data")].toString().size(), 10 * 1024 * 1024);
    }

    void large_20MbManyDocuments_parses()
    {
        const QByteArray doc = "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n  namespace: default\n"
                               "data:\n  key: value\n  other: \"quoted value here\"\n";
        QByteArray text;
        while (text.size() < 20'000'000) {
            text += doc;
        }
        QElapsedTimer timer;
        timer.start();
        const YamlParseResult result = parseYaml(text);
        qInfo() << "20 MB," << result.documents.size() << "documents parsed in" << timer.elapsed() << "ms";
        QVERIFY(result.diagnostics.isEmpty());
        QCOMPARE(result.documents.size(), (text.size() / doc.size()));
        QCOMPARE(result.documents.last().location(QStringLiteral("data.other")).key.line, int(text.count('\n')) - 0);
    }

    void utf8Scan_reportsFirstBadByte_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qsizetype>("offset");
        QTest::newRow("ascii") << QByteArray("abc") << qsizetype(-1);
        QTest::newRow("valid multibyte") << QByteArray("é€😀") << qsizetype(-1);
        QTest::newRow("truncated") << QByteArray("ab\xe2\x82") << qsizetype(2);
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << qsizetype(0);
        QTest::newRow("lone continuation") << QByteArray("a\x80") << qsizetype(1);
    }
    void utf8Scan_reportsFirstBadByte()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qsizetype, offset);
        QCOMPARE(firstInvalidUtf8(bytes), offset);
    }
};

QTEST_GUILESS_MAIN(TestYamlDocument)
#include "tst_yamldocument.moc"
