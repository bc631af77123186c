// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/crd/jsonpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Sextant::Core;

namespace {

QJsonValue parseJson(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    }
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

// The inputs of client-go's jsonpath tests (TestTypesInput, TestStructInput,
// TestJSONInput, TestKubernetes), as JSON.
const char *const kTypes = R"({
  "bools": [true, false, true, false], "integers": [1, 2, 3, 4], "floats": [1.0, 2.2, 3.3, 4.0],
  "strings": ["one", "two", "three", "four"], "interfaces": [true, "one", 1, 1.1],
  "maps": [{"name": "one", "value": 1}, {"name": "two", "value": 2.02}]})";
const char *const kStore = R"({
  "Name": "jsonpath",
  "Book": [{"Category": "reference", "Author": "Nigel Rees", "Title": "Sayings of the Centurey", "Price": 8.95},
           {"Category": "fiction", "Author": "Evelyn Waugh", "Title": "Sword of Honour", "Price": 12.99},
           {"Category": "fiction", "Author": "Herman Melville", "Title": "Moby Dick", "Price": 8.99}],
  "Bicycle": [{"Color": "red", "Price": 19.95, "IsNew": true}, {"Color": "green", "Price": 20.01, "IsNew": false}],
  "Labels": {"engieer": 10, "web/html": 15, "k8s-app": 20},
  "Employees": {"jason": "manager", "dan": "clerk"}})";
const char *const kPoints = R"([{"id": "i1", "x": 4, "y": -5}, {"id": "i2", "x": -2, "y": -5, "z": 1},
  {"id": "i3", "x": 8, "y": 3}, {"id": "i4", "x": -6, "y": -1}, {"id": "i5", "x": 0, "y": 2, "z": 1},
  {"id": "i6", "x": 1, "y": 4}])";
const char *const kNodes = R"({
  "kind": "List",
  "items": [
    {"kind": "None", "metadata": {"name": "127.0.0.1", "labels": {"kubernetes.io/hostname": "127.0.0.1"}},
     "status": {"capacity": {"cpu": "4"}, "ready": true, "addresses": [{"type": "LegacyHostIP", "address": "127.0.0.1"}]}},
    {"kind": "None", "metadata": {"name": "127.0.0.2", "labels": {"kubernetes.io/hostname": "127.0.0.2"}},
     "status": {"capacity": {"cpu": "8"}, "ready": false, "addresses": [
       {"type": "LegacyHostIP", "address": "127.0.0.2"}, {"type": "another", "address": "127.0.0.3"}]}}],
  "users": [{"name": "myself", "user": {}}, {"name": "e2e", "user": {"username": "admin", "password": "secret"}}]})";
const char *const kCr = R"({
  "metadata": {"name": "w", "labels": {"app": "shop", "topology.kubernetes.io/zone": "zone-a"},
               "annotations": {"example.com/owner": "team-a"}},
  "spec": {"replicas": 3, "x": {"y": "deep"}, "ratio": 0.75, "big": 1000000.5},
  "status": {"replicas": 2, "conditions": [{"type": "Progressing", "status": "True"},
                                           {"type": "Ready", "status": "False", "reason": "Waiting"}]}})";

} // namespace

class TestJsonPath final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void print_kubectlCases_matchKubectlOutput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *input, const char *path, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(path) << QString::fromUtf8(expected);
        };
        // TestTypesInput
        row("boolSlice", kTypes, "{ .bools }", "[true,false,true,false]");
        row("boolSliceIndex", kTypes, "{ .bools[0] }", "true");
        row("boolSliceIndexReverse", kTypes, "{ .bools[-1] }", "false");
        row("boolSubSlice", kTypes, "{ .bools[0:2] }", "true false");
        row("boolSubSliceFirst2", kTypes, "{ .bools[:2] }", "true false");
        row("boolSubSliceStep2", kTypes, "{ .bools[:4:2] }", "true true");
        row("integerSliceIndexReverse", kTypes, "{ .integers[-2] }", "3");
        row("integerSubSliceStep2", kTypes, "{ .integers[:4:2] }", "1 3");
        row("floatSlice", kTypes, "{ .floats }", "[1,2.2,3.3,4]");
        row("floatSliceIndexReverse", kTypes, "{ .floats[-2] }", "3.3");
        row("stringSubSliceStep2", kTypes, "{ .strings[:4:2] }", "one three");
        row("interfaceSlice", kTypes, "{ .interfaces }", R"([true,"one",1,1.1])");
        row("interfaceSubSliceStep2", kTypes, "{ .interfaces[:4:2] }", "true 1");
        row("mapSliceIndex", kTypes, "{ .maps[0] }", R"({"name":"one","value":1})");
        // TestStructInput
        row("filter", "[2, 6, 3, 7]", "{[?(@<5)]}", "2 3");
        row("array", R"(["Monday", "Tudesday"])", "{[0:2]}", "Monday Tudesday");
        row("dict/", kStore, "{$.Labels.web/html}", "15");
        row("dict/ employees", kStore, "{$.Employees.jason}", "manager");
        row("dict-", kStore, "{.Labels.k8s-app}", "20");
        row("nest", kStore, "{.Bicycle[*].Color}", "red green");
        row("allarray", kStore, "{.Book[*].Author}", "Nigel Rees Evelyn Waugh Herman Melville");
        // A JSON object's keys come in order (Bicycle before Book); kubectl's Go struct had Book first.
        row("recurfields", kStore, "{..Price}", "19.95 20.01 8.95 12.99 8.99");
        row("recurdotfields", kStore, "{...Price}", "19.95 20.01 8.95 12.99 8.99");
        row("lastarray", kStore, "{.Book[-1:]}",
            R"({"Author":"Herman Melville","Category":"fiction","Price":8.99,"Title":"Moby Dick"})");
        row("recurarray", kStore, "{..Book[2].Title}", "Moby Dick");
        row("bool", kStore, "{.Bicycle[?(@.IsNew==true)].Color}", "red");
        row("nonexistent field", kStore, "{.hello}", "");
        // TestJSONInput
        row("exists filter", kPoints, "{[?(@.z)].id}", "i2 i5");
        row("bracket key", kPoints, "{[0]['id']}", "i1");
        row("number filter", kPoints, "{[?(@.x>=4)].id}", "i1 i3");
        row("negative filter", kPoints, "{[?(@.y!=-5)].id}", "i3 i4 i5 i6");
        // TestKubernetes
        row("range addresss", kNodes, "{.items[*].status.addresses[*].address}", "127.0.0.1 127.0.0.2 127.0.0.3");
        row("item name", kNodes, "{.items[*].metadata.name}", "127.0.0.1 127.0.0.2");
        row("user password", kNodes, R"({.users[?(@.name=="e2e")].user.password})", "secret");
        row("hostname", kNodes, R"({.items[0].metadata.labels.kubernetes\.io/hostname})", "127.0.0.1");
        row("hostname filter", kNodes, R"({.items[?(@.metadata.labels.kubernetes\.io/hostname=="127.0.0.1")].kind})",
            "None");
        row("bool item", kNodes, "{.items[?(@..ready==true)].metadata.name}", "127.0.0.1");
        // Printer-column shapes
        row("plain field", kCr, ".status.replicas", "2");
        row("nested", kCr, ".spec.x.y", "deep");
        row("label", kCr, ".metadata.labels.app", "shop");
        row("condition", kCr, R"(.status.conditions[?(@.type=="Ready")].status)", "False");
        row("condition single quotes", kCr, ".status.conditions[?(@.type=='Ready')].reason", "Waiting");
        row("escaped annotation", kCr, R"(.metadata.annotations.example\.com/owner)", "team-a");
        row("quoted key is a path", kCr, ".metadata.labels['topology.kubernetes.io/zone']", "");
        row("quoted escaped key", kCr, R"(.metadata.labels['topology\.kubernetes\.io/zone'])", "zone-a");
        row("quoted simple key", kCr, ".metadata['labels'].app", "shop");
        row("wildcard", kCr, ".status.conditions[*].type", "Progressing Ready");
        row("field wildcard", kCr, ".spec.x.*", "deep");
        row("float", kCr, ".spec.ratio", "0.75");
        row("large float", kCr, ".spec.big", "1.0000005e+06");
        row("index out of range", kCr, ".status.conditions[5].type", "");
        row("index on object", kCr, ".spec[0]", "");
        row("dollar root", kCr, "$.metadata.name", "w");
    }
    void print_kubectlCases_matchKubectlOutput()
    {
        QFETCH(QString, input);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const Expected<JsonPath, QString> parsed = JsonPath::parse(path);
        QVERIFY2(parsed.hasValue(), qPrintable(parsed.hasValue() ? QString() : parsed.error()));
        QCOMPARE(parsed->print(parseJson(input.toUtf8().constData())), expected);
    }

    void parse_invalid_reportsReason_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("invalid identifier")
            << QStringLiteral("{hello}") << QStringLiteral("unrecognized identifier hello");
        QTest::newRow("invalid filter operator")
            << QStringLiteral("{.Book[?(@.Price<>10)]}") << QStringLiteral("unrecognized filter operator <>");
        QTest::newRow("unclosed bracket") << QStringLiteral(".a[0") << QStringLiteral("unclosed bracket");
        QTest::newRow("bad index") << QStringLiteral(".a[x]") << QStringLiteral("invalid array index x");
        QTest::newRow("union") << QStringLiteral(".a[1,3]") << QStringLiteral("not supported");
        QTest::newRow("empty") << QStringLiteral("{}") << QStringLiteral("empty JSONPath");
        QTest::newRow("missing field") << QStringLiteral(".a..") << QStringLiteral("missing field name");
        QTest::newRow("unclosed filter") << QStringLiteral(".a[?(@.b==1]") << QStringLiteral("unclosed");
    }
    void parse_invalid_reportsReason()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const Expected<JsonPath, QString> parsed = JsonPath::parse(path);
        QVERIFY(!parsed.hasValue());
        QVERIFY2(parsed.error().contains(reason), qPrintable(parsed.error()));
    }

    void evaluate_multipleMatches_inDocumentOrder()
    {
        const Expected<JsonPath, QString> parsed = JsonPath::parse(QStringLiteral(".items[*].status.capacity.cpu"));
        QVERIFY(parsed.hasValue());
        const QList<QJsonValue> values = parsed->evaluate(parseJson(kNodes));
        QCOMPARE(values.size(), 2);
        QCOMPARE(values.at(0).toString(), QStringLiteral("4"));
        QCOMPARE(values.at(1).toString(), QStringLiteral("8"));
    }

    void goFloat_likeGoPercentV_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fraction") << 0.75 << QStringLiteral("0.75");
        QTest::newRow("integral") << 2.0 << QStringLiteral("2");
        QTest::newRow("million") << 1e6 << QStringLiteral("1e+06");
        QTest::newRow("below million") << 123456.0 << QStringLiteral("123456");
        QTest::newRow("many digits") << 1234567.0 << QStringLiteral("1.234567e+06");
        QTest::newRow("small") << 0.00001 << QStringLiteral("1e-05");
        QTest::newRow("not so small") << 0.0001 << QStringLiteral("0.0001");
        QTest::newRow("negative") << -2.5 << QStringLiteral("-2.5");
    }
    void goFloat_likeGoPercentV()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(JsonPath::goFloat(value), expected);
    }
};

QTEST_GUILESS_MAIN(TestJsonPath)
#include "tst_jsonpath.moc"
