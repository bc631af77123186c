// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/util/yamlwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Sextant::Core;

namespace {

// YAML 1.2 core schema resolution of a plain scalar, as a reader would do it.
QJsonValue resolvePlain(const std::string &text)
{
    const QString s = QString::fromStdString(text);
    if (s.isEmpty() || s == QLatin1String("~") || s == QLatin1String("null")) {
        return QJsonValue::Null;
    }
    if (s == QLatin1String("true")) {
        return true;
    }
    if (s == QLatin1String("false")) {
        return false;
    }
    bool ok = false;
    const qlonglong i = s.toLongLong(&ok);
    if (ok) {
        return double(i);
    }
    const double d = s.toDouble(&ok);
    if (ok) {
        return d;
    }
    return s;
}

QJsonValue toJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &entry : node) {
            object.insert(QString::fromStdString(entry.first.Scalar()), toJson(entry.second));
        }
        return object;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const auto &item : node) {
            array.append(toJson(item));
        }
        return array;
    }
    case YAML::NodeType::Scalar:
        return node.Tag() == "?" ? resolvePlain(node.Scalar()) : QJsonValue(QString::fromStdString(node.Scalar()));
    case YAML::NodeType::Null:
        return QJsonValue::Null;
    case YAML::NodeType::Undefined:
        break;
    }
    return QJsonValue::Undefined;
}

// Parses the YAML back with yaml-cpp; a parse error fails with the text.
QJsonValue parseBack(const QString &yaml, bool *ok)
{
    *ok = false;
    try {
        const YAML::Node node = YAML::Load(yaml.toStdString());
        *ok = true;
        return toJson(node);
    } catch (const YAML::Exception &e) {
        qWarning("yaml-cpp: %s\n%s", e.what(), qPrintable(yaml));
        return {};
    }
}

QList<QJsonObject> parseDocuments(const QString &yaml)
{
    QList<QJsonObject> out;
    try {
        for (const YAML::Node &node : YAML::LoadAll(yaml.toStdString())) {
            out.append(toJson(node).toObject());
        }
    } catch (const YAML::Exception &e) {
        qWarning("yaml-cpp: %s", e.what());
    }
    return out;
}

} // namespace

class TestYamlWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void scalar_data();
    void scalar();
    void string_roundTripsAsKeyAndValue_data() { scalar_data(); }
    void string_roundTripsAsKeyAndValue();
    void nesting_kubectlLayout();
    void emptyCollections_flowStyle();
    void literalBlocks_chompingMatchesTrailingNewlines_data();
    void literalBlocks_chompingMatchesTrailingNewlines();
    void numbers_printedExactly_data();
    void numbers_printedExactly();
    void topLevelScalarsAndLists();
    void documents_separatedByDashes();
    void kubeSimFixtures_roundTrip();
    void randomStrings_roundTrip();
};

void TestYamlWriter::scalar_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // as written after "v: "

    QTest::newRow("plain") << "nginx:1.25"
                           << "nginx:1.25";
    QTest::newRow("path") << "/var/run/secrets"
                          << "/var/run/secrets";
    QTest::newRow("version") << "v1.28.3"
                             << "v1.28.3";
    QTest::newRow("dotted version") << "1.2.3"
                                    << "1.2.3";
    QTest::newRow("words with spaces") << "Back-off restarting failed container"
                                       << "Back-off restarting failed container";
    QTest::newRow("unicode") << QStringLiteral("检查 ✓") << QStringLiteral("检查 ✓");
    QTest::newRow("empty") << ""
                           << "\"\"";
    QTest::newRow("true") << "true"
                          << "\"true\"";
    QTest::newRow("True") << "True"
                          << "\"True\"";
    QTest::newRow("yes") << "yes"
                         << "\"yes\"";
    QTest::newRow("no") << "no"
                        << "\"no\"";
    QTest::newRow("NO") << "NO"
                        << "\"NO\"";
    QTest::newRow("on") << "on"
                        << "\"on\"";
    QTest::newRow("off") << "off"
                         << "\"off\"";
    QTest::newRow("y") << "y"
                       << "\"y\"";
    QTest::newRow("null") << "null"
                          << "\"null\"";
    QTest::newRow("tilde") << "~"
                           << "\"~\"";
    QTest::newRow("int") << "1"
                         << "\"1\"";
    QTest::newRow("negative int") << "-42"
                                  << "\"-42\"";
    QTest::newRow("octal 1.1") << "0755"
                               << "\"0755\"";
    QTest::newRow("octal 1.2") << "0o755"
                               << "\"0o755\"";
    QTest::newRow("hex") << "0x1F"
                         << "\"0x1F\"";
    QTest::newRow("binary") << "0b101"
                            << "\"0b101\"";
    QTest::newRow("float") << "3.14"
                           << "\"3.14\"";
    QTest::newRow("float leading dot") << ".5"
                                       << "\".5\"";
    QTest::newRow("exponent") << "1e3"
                              << "\"1e3\"";
    QTest::newRow("signed exponent") << "-1.5E-3"
                                     << "\"-1.5E-3\"";
    QTest::newRow("infinity") << ".inf"
                              << "\".inf\"";
    QTest::newRow("nan") << ".NaN"
                         << "\".NaN\"";
    QTest::newRow("underscored") << "1_000"
                                 << "\"1_000\"";
    QTest::newRow("base 60") << "1:30"
                             << "\"1:30\"";
    QTest::newRow("timestamp") << "2026-11-27T19:00:00Z"
                               << "\"2026-11-27T19:00:00Z\"";
    QTest::newRow("date") << "2026-11-27"
                          << "\"2026-11-27\"";
    QTest::newRow("leading space") << " a"
                                   << "' a'";
    QTest::newRow("trailing space") << "a "
                                    << "'a '";
    QTest::newRow("colon space") << "a: b"
                                 << "'a: b'";
    QTest::newRow("trailing colon") << "a:"
                                    << "'a:'";
    QTest::newRow("space hash") << "a #b"
                                << "'a #b'";
    QTest::newRow("hash inside") << "a#b"
                                 << "a#b";
    QTest::newRow("star") << "*"
                          << "'*'";
    QTest::newRow("dash") << "-"
                          << "'-'";
    QTest::newRow("dash space") << "- a"
                                << "'- a'";
    QTest::newRow("document start") << "---"
                                    << "'---'";
    QTest::newRow("document end") << "..."
                                  << "'...'";
    QTest::newRow("flow map") << "{a}"
                              << "'{a}'";
    QTest::newRow("flow seq") << "[a]"
                              << "'[a]'";
    QTest::newRow("anchor") << "&a"
                            << "'&a'";
    QTest::newRow("tag") << "!tag"
                         << "'!tag'";
    QTest::newRow("quote inside") << "it's"
                                  << "it's";
    QTest::newRow("leading quote") << "'a'"
                                   << "'''a'''";
    QTest::newRow("leading double quote") << "\"a\""
                                          << "'\"a\"'";
    QTest::newRow("percent") << "%x"
                             << "'%x'";
    QTest::newRow("at") << "@x"
                        << "'@x'";
    QTest::newRow("backtick") << "`x`"
                              << "'`x`'";
    QTest::newRow("pipe") << "|"
                          << "'|'";
    QTest::newRow("merge key") << "<<"
                               << "\"<<\"";
    QTest::newRow("tab") << "a\tb"
                         << "\"a\\tb\"";
    QTest::newRow("carriage return") << "a\r\nb"
                                     << "\"a\\r\\nb\"";
    QTest::newRow("control") << QStringLiteral("a\u0001b") << "\"a\\u0001b\"";
    QTest::newRow("line separator") << QStringLiteral("a\u2028b") << "\"a\\u2028b\"";
    QTest::newRow("newline only") << "\n"
                                  << "\"\\n\"";
    QTest::newRow("indented first line") << " a\nb"
                                         << "\" a\\nb\"";
    QTest::newRow("backslash") << "a\\b"
                               << "a\\b";
}

void TestYamlWriter::scalar()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(toYaml(QJsonObject { { QStringLiteral("v"), value } }), QStringLiteral("v: ") + expected + u'\n');
}

void TestYamlWriter::string_roundTripsAsKeyAndValue()
{
    QFETCH(QString, value);
    const QJsonObject object { { value, value }, { QStringLiteral("list"), QJsonArray { value, value } } };
    bool ok = false;
    const QJsonValue back = parseBack(toYaml(object), &ok);
    QVERIFY(ok);
    QCOMPARE(back, QJsonValue(object));
}

void TestYamlWriter::nesting_kubectlLayout()
{
    const QJsonObject pod = QJsonDocument::fromJson(R"({
        "apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": "web", "labels": {"app": "web", "tier": "1"}},
        "spec": {"containers": [
            {"name": "web", "image": "nginx", "ports": [{"containerPort": 80}], "args": ["-c", "a: b"]},
            {"name": "side", "image": "busybox", "command": ["sh"]}
        ], "matrix": [[1, 2], [3]]}
    })")
                                .object();
    const QString expected = QStringLiteral(R"(apiVersion: v1
kind: Pod
metadata:
  labels:
    app: web
    tier: "1"
  name: web
spec:
  containers:
  - args:
    - '-c'
    - 'a: b'
    image: nginx
    name: web
    ports:
    - containerPort: 80
  - command:
    - sh
    image: busybox
    name: side
  matrix:
  - - 1
    - 2
  - - 3
)");
    QCOMPARE(toYaml(pod), expected);
    bool ok = false;
    QCOMPARE(parseBack(expected, &ok), QJsonValue(pod));
    QVERIFY(ok);
}

void TestYamlWriter::emptyCollections_flowStyle()
{
    const QJsonObject object { { QStringLiteral("map"), QJsonObject {} }, { QStringLiteral("list"), QJsonArray {} },
        { QStringLiteral("items"), QJsonArray { QJsonObject {}, QJsonArray {} } },
        { QStringLiteral("nothing"), QJsonValue::Null } };
    const QString yaml = toYaml(object);
    QCOMPARE(yaml, QStringLiteral("items:\n- {}\n- []\nlist: []\nmap: {}\nnothing: null\n"));
    bool ok = false;
    QCOMPARE(parseBack(yaml, &ok), QJsonValue(object));
    QVERIFY(ok);
    QCOMPARE(toYaml(QJsonObject {}), QStringLiteral("{}\n"));
    QCOMPARE(toYaml(QJsonArray {}), QStringLiteral("[]\n"));
}

void TestYamlWriter::literalBlocks_chompingMatchesTrailingNewlines_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("strip") << "a\nb"
                           << "data:\n  v: |-\n    a\n    b\n";
    QTest::newRow("clip") << "a\nb\n"
                          << "data:\n  v: |\n    a\n    b\n";
    QTest::newRow("keep") << "a\n\n\n"
                          << "data:\n  v: |+\n    a\n\n\n";
    QTest::newRow("inner blank line") << "a\n\nb\n"
                                      << "data:\n  v: |\n    a\n\n    b\n";
    QTest::newRow("leading blank line") << "\na"
                                        << "data:\n  v: |-\n\n    a\n";
    QTest::newRow("indented later lines") << "if x:\n  y: 1 # c\n"
                                          << "data:\n  v: |\n    if x:\n      y: 1 # c\n";
    QTest::newRow("trailing spaces kept") << "a  \nb"
                                          << "data:\n  v: |-\n    a  \n    b\n";
    QTest::newRow("tab inside") << "a\n\tb"
                                << "data:\n  v: |-\n    a\n    \tb\n";
    QTest::newRow("document markers") << "---\n...\n"
                                      << "data:\n  v: |\n    ---\n    ...\n";
}

void TestYamlWriter::literalBlocks_chompingMatchesTrailingNewlines()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const QJsonObject object { { QStringLiteral("data"), QJsonObject { { QStringLiteral("v"), value } } } };
    QCOMPARE(toYaml(object), expected);
    bool ok = false;
    QCOMPARE(parseBack(expected, &ok), QJsonValue(object));
    QVERIFY(ok);
    // Inside a list and at the top level too.
    const QJsonArray list { value, QJsonArray { value }, QJsonObject { { QStringLiteral("k"), value } } };
    QCOMPARE(parseBack(toYaml(list), &ok), QJsonValue(list));
    QVERIFY(ok);
    QCOMPARE(parseBack(toYaml(value), &ok), QJsonValue(value));
    QVERIFY(ok);
}

void TestYamlWriter::numbers_printedExactly_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("int") << 3.0 << "3";
    QTest::newRow("negative") << -7.0 << "-7";
    QTest::newRow("big int") << 9007199254740992.0 << "9007199254740992";
    QTest::newRow("fraction") << 0.25 << "0.25";
    QTest::newRow("third") << 1.0 / 3.0 << "0.3333333333333333";
    QTest::newRow("huge") << 1e300 << "1e+300";
}

void TestYamlWriter::numbers_printedExactly()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    const QJsonObject object { { QStringLiteral("num"), value } };
    QCOMPARE(toYaml(object), QStringLiteral("num: ") + expected + u'\n');
    bool ok = false;
    QCOMPARE(parseBack(toYaml(object), &ok), QJsonValue(object));
    QVERIFY(ok);
}

void TestYamlWriter::topLevelScalarsAndLists()
{
    QCOMPARE(toYaml(QJsonValue(true)), QStringLiteral("true\n"));
    QCOMPARE(toYaml(QJsonValue(QStringLiteral("yes"))), QStringLiteral("\"yes\"\n"));
    QCOMPARE(toYaml(QJsonArray { 1, QStringLiteral("a") }), QStringLiteral("- 1\n- a\n"));
    QCOMPARE(toYaml(QJsonValue::Null), QStringLiteral("null\n"));
}

void TestYamlWriter::documents_separatedByDashes()
{
    const QJsonObject a { { QStringLiteral("kind"), QStringLiteral("A") } };
    const QJsonObject b { { QStringLiteral("kind"), QStringLiteral("B") }, { QStringLiteral("x"), QJsonObject {} } };
    const QString yaml = toYamlDocuments({ a, b });
    QCOMPARE(yaml, QStringLiteral("kind: A\n---\nkind: B\nx: {}\n"));
    QCOMPARE(parseDocuments(yaml), (QList<QJsonObject> { a, b }));
    QCOMPARE(toYamlDocuments({}), QString());
    QCOMPARE(toYamlDocuments({ a }), QStringLiteral("kind: A\n"));
}

void TestYamlWriter::kubeSimFixtures_roundTrip()
{
    // Real objects captured from kube-sim: status, annotations with JSON, secrets' base64, etc.
    const QDir dir(QStringLiteral(SEXTANT_TEST_DATA_DIR "/kube-sim"));
    const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files);
    QVERIFY(files.size() > 10);
    int objects = 0;
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject list = QJsonDocument::fromJson(file.readAll()).object();
        bool ok = false;
        const QJsonValue back = parseBack(toYaml(list), &ok);
        QVERIFY2(ok, qPrintable(name));
        QVERIFY2(back == QJsonValue(list), qPrintable(name));
        objects += int(list.value(QStringLiteral("items")).toArray().size());
    }
    QVERIFY(objects > 50);
}

void TestYamlWriter::randomStrings_roundTrip()
{
    // Strings built from the characters that matter to YAML, in every arrangement the seed gives.
    const QString alphabet = QStringLiteral("ab01 :#-?,[]{}&*!|>'\"%@`~.\n\t\\eE+xo_");
    QRandomGenerator random(20261127);
    for (int n = 0; n < 3000; ++n) {
        QString s;
        const int length = int(random.bounded(1, 9));
        for (int i = 0; i < length; ++i) {
            s += alphabet.at(int(random.bounded(qsizetype(alphabet.size()))));
        }
        const QJsonObject object { { s, s }, { QStringLiteral("l"), QJsonArray { s } } };
        bool ok = false;
        const QJsonValue back = parseBack(toYaml(object), &ok);
        QVERIFY2(ok && back == QJsonValue(object), qPrintable(toYaml(object)));
    }
}

QTEST_GUILESS_MAIN(TestYamlWriter)
#include "tst_yamlwriter.moc"
