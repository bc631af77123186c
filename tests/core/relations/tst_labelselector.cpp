// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/relations/labelselector.h"

#include <QJsonDocument>
#include <QTest>

using namespace Sextant::Core;

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}
} // namespace

class TestLabelSelector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_valid_canonicalForm_data();
    void parse_valid_canonicalForm();
    void parse_invalid_reportsWhereAndWhy_data();
    void parse_invalid_reportsWhereAndWhy();
    void matches_data();
    void matches();
    void fromJson_matchLabelsAndExpressions_combine();
    void fromJson_nullMatchesNothing_emptyMatchesEverything();
    void fromJson_invalid_explains_data();
    void fromJson_invalid_explains();
    void fromMatchLabels_equalsEachPair();
    void labelKeyProblem_data();
    void labelKeyProblem();
};

void TestLabelSelector::parse_valid_canonicalForm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("blank") << "   "
                           << "";
    QTest::newRow("equals") << "a=b"
                            << "a=b";
    QTest::newRow("double equals") << "a==b"
                                   << "a=b";
    QTest::newRow("not equals") << "a!=b"
                                << "a!=b";
    QTest::newRow("empty value") << "a="
                                 << "a=";
    QTest::newRow("in") << "e in (y,x)"
                        << "e in (x,y)";
    QTest::newRow("in with spaces") << "  e  in  ( x , y )  "
                                    << "e in (x,y)";
    QTest::newRow("in duplicates") << "e in (x,x)"
                                   << "e in (x)";
    QTest::newRow("in empty list") << "e in ()"
                                   << "e in ()";
    QTest::newRow("in empty member") << "e in (,x)"
                                     << "e in (,x)";
    QTest::newRow("notin") << "e notin (x)"
                           << "e notin (x)";
    QTest::newRow("exists") << "f"
                            << "f";
    QTest::newRow("does not exist") << "!f"
                                    << "!f";
    QTest::newRow("does not exist spaced") << "! f"
                                           << "!f";
    QTest::newRow("greater") << "n>3"
                             << "n>3";
    QTest::newRow("less negative") << "n<-3"
                                   << "n<-3";
    QTest::newRow("sorted by key") << "z=1,a=b,c!=d,e in (x,y),!f"
                                   << "a=b,c!=d,e in (x,y),!f,z=1";
    QTest::newRow("prefixed key") << "app.kubernetes.io/name=web"
                                  << "app.kubernetes.io/name=web";
    QTest::newRow("keyword as value") << "a=in"
                                      << "a=in";
    QTest::newRow("keyword as key") << "in=a"
                                    << "in=a";
}

void TestLabelSelector::parse_valid_canonicalForm()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const auto parsed = LabelSelector::parse(text);
    QVERIFY2(parsed.hasValue(), parsed.hasValue() ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->toString(), canonical);
    QVERIFY(!parsed->isNothing());
    // The canonical form parses to the same selector.
    const auto again = LabelSelector::parse(canonical);
    QVERIFY(again.hasValue());
    QCOMPARE(*again, *parsed);
}

void TestLabelSelector::parse_invalid_reportsWhereAndWhy_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("in without parens") << "a in x" << 5 << "expected \"(\" after \"in\", found \"x\"";
    QTest::newRow("unclosed list") << "a in (x" << 7 << "missing \")\"";
    QTest::newRow("space in list") << "a in (x y)" << 8 << "expected a value, \",\" or \")\"";
    QTest::newRow("two keys") << "a b" << 2 << "expected =, ==, !=, in, notin";
    QTest::newRow("no key") << "=b" << 0 << "expected a label key, found \"=\"";
    QTest::newRow("trailing comma") << "a=b," << 4 << "expected a label key";
    QTest::newRow("missing comma") << "a=b c=d" << 4 << "expected \",\" between requirements";
    QTest::newRow("negated with value") << "!a=b" << 2 << "takes no operator or value";
    QTest::newRow("gt not a number") << "a>x" << 1 << "needs a whole number";
    QTest::newRow("bad key") << "-a=b" << 0 << "invalid label key \"-a\"";
    QTest::newRow("bad prefix") << "Ex.com/a=b" << 0 << "prefix must be a DNS subdomain";
    QTest::newRow("bad value") << "a=b$" << 2 << "invalid label value \"b$\"";
    QTest::newRow("long value") << QStringLiteral("a=") + QString(64, u'v') << 2 << "at most 63 characters";
    QTest::newRow("double operator") << "a==!b" << 3 << "expected a value after \"==\"";
}

void TestLabelSelector::parse_invalid_reportsWhereAndWhy()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(QString, messagePart);
    const auto parsed = LabelSelector::parse(text);
    QVERIFY(!parsed.hasValue());
    QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
    QCOMPARE(parsed.error().position, position);
    QVERIFY2(parsed.error().message.contains(QStringLiteral("(column %1)").arg(position + 1)),
        qPrintable(parsed.error().message));
}

void TestLabelSelector::matches_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QString>("labels");
    QTest::addColumn<bool>("expected");
    const QString web = QStringLiteral(R"({"app":"web","tier":"front","n":"5"})");
    QTest::newRow("everything") << "" << web << true;
    QTest::newRow("equals") << "app=web" << web << true;
    QTest::newRow("equals other") << "app=db" << web << false;
    QTest::newRow("equals absent") << "zone=a" << web << false;
    QTest::newRow("not equals") << "app!=db" << web << true;
    QTest::newRow("not equals same") << "app!=web" << web << false;
    QTest::newRow("not equals absent") << "zone!=a" << web << true;
    QTest::newRow("in") << "tier in (back,front)" << web << true;
    QTest::newRow("in miss") << "tier in (back)" << web << false;
    QTest::newRow("in absent") << "zone in (a)" << web << false;
    QTest::newRow("notin") << "tier notin (back)" << web << true;
    QTest::newRow("notin hit") << "tier notin (front)" << web << false;
    QTest::newRow("notin absent") << "zone notin (a)" << web << true;
    QTest::newRow("exists") << "app" << web << true;
    QTest::newRow("exists absent") << "zone" << web << false;
    QTest::newRow("does not exist") << "!zone" << web << true;
    QTest::newRow("does not exist present") << "!app" << web << false;
    QTest::newRow("greater") << "n>4" << web << true;
    QTest::newRow("greater equal") << "n>5" << web << false;
    QTest::newRow("less") << "n<6" << web << true;
    QTest::newRow("gt non-number label") << "app>1" << web << false;
    QTest::newRow("empty value matches empty label") << "e="
                                                     << R"({"e":""})" << true;
    QTest::newRow("empty value absent") << "e=" << web << false;
    QTest::newRow("all must hold") << "app=web,tier=back" << web << false;
    QTest::newRow("all hold") << "app=web,tier in (front),!zone" << web << true;
}

void TestLabelSelector::matches()
{
    QFETCH(QString, selector);
    QFETCH(QString, labels);
    QFETCH(bool, expected);
    const auto parsed = LabelSelector::parse(selector);
    QVERIFY(parsed.hasValue());
    const QJsonObject labelObject = QJsonDocument::fromJson(labels.toUtf8()).object();
    QCOMPARE(parsed->matches(labelObject), expected);
    const QJsonObject object { { QStringLiteral("metadata"),
        QJsonObject { { QStringLiteral("labels"), labelObject } } } };
    QCOMPARE(parsed->matchesObject(object), expected);
}

void TestLabelSelector::fromJson_matchLabelsAndExpressions_combine()
{
    const auto selector = LabelSelector::fromJson(json(R"({
        "matchLabels": {"app": "web"},
        "matchExpressions": [
            {"key": "tier", "operator": "In", "values": ["front", "edge"]},
            {"key": "canary", "operator": "DoesNotExist"},
            {"key": "zone", "operator": "NotIn", "values": ["c"]},
            {"key": "team", "operator": "Exists"}
        ]})"));
    QVERIFY(selector.hasValue());
    QCOMPARE(selector->toString(), QStringLiteral("app=web,!canary,team,tier in (edge,front),zone notin (c)"));
    QVERIFY(selector->matches(json(R"({"app":"web","tier":"edge","team":"x"})")));
    QVERIFY(!selector->matches(json(R"({"app":"web","tier":"edge","team":"x","canary":"1"})")));
    QVERIFY(!selector->matches(json(R"({"app":"web","tier":"edge","team":"x","zone":"c"})")));
    QVERIFY(!selector->matches(json(R"({"app":"web","tier":"edge"})")));
}

void TestLabelSelector::fromJson_nullMatchesNothing_emptyMatchesEverything()
{
    const auto null = LabelSelector::fromJson(QJsonValue::Null);
    QVERIFY(null.hasValue());
    QVERIFY(null->isNothing());
    QVERIFY(!null->matches({}));
    const auto absent = LabelSelector::fromJson(QJsonValue::Undefined);
    QVERIFY(absent.hasValue() && absent->isNothing());
    const auto empty = LabelSelector::fromJson(QJsonObject {});
    QVERIFY(empty.hasValue());
    QVERIFY(empty->isEverything());
    QVERIFY(empty->matches(json(R"({"any":"thing"})")));
}

void TestLabelSelector::fromJson_invalid_explains_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown operator") << R"({"matchExpressions":[{"key":"a","operator":"Equals","values":["b"]}]})"
                                      << "matchExpressions[0]: unknown operator \"Equals\"";
    QTest::newRow("in without values") << R"({"matchExpressions":[{"key":"a","operator":"In"}]})"
                                       << "operator In needs at least one value";
    QTest::newRow("exists with values") << R"({"matchExpressions":[{"key":"a","operator":"Exists","values":["x"]}]})"
                                        << "operator Exists takes no values";
    QTest::newRow("bad key") << R"({"matchLabels":{"a b":"c"}})"
                             << "invalid label key \"a b\" in matchLabels";
    QTest::newRow("bad value") << R"({"matchLabels":{"a":"c d"}})"
                               << "invalid value \"c d\" for \"a\"";
}

void TestLabelSelector::fromJson_invalid_explains()
{
    QFETCH(QString, selector);
    QFETCH(QString, messagePart);
    const auto parsed = LabelSelector::fromJson(QJsonDocument::fromJson(selector.toUtf8()).object());
    QVERIFY(!parsed.hasValue());
    QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
    QCOMPARE(parsed.error().position, -1);
}

void TestLabelSelector::fromMatchLabels_equalsEachPair()
{
    const LabelSelector selector = LabelSelector::fromMatchLabels(json(R"({"b":"2","a":"1"})"));
    QCOMPARE(selector.toString(), QStringLiteral("a=1,b=2"));
    QVERIFY(selector.matches(json(R"({"a":"1","b":"2","c":"3"})")));
    QVERIFY(!selector.matches(json(R"({"a":"1"})")));
    QVERIFY(LabelSelector::fromMatchLabels({}).isEverything());
}

void TestLabelSelector::labelKeyProblem_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << "app" << true;
    QTest::newRow("prefixed") << "app.kubernetes.io/name" << true;
    QTest::newRow("underscore and dot") << "a_b.c-d" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("empty name") << "example.com/" << false;
    QTest::newRow("empty prefix") << "/a" << false;
    QTest::newRow("two slashes") << "a/b/c" << false;
    QTest::newRow("ends with dash") << "a-" << false;
    QTest::newRow("63 chars") << QString(63, u'a') << true;
    QTest::newRow("64 chars") << QString(64, u'a') << false;
}

void TestLabelSelector::labelKeyProblem()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    QCOMPARE(Sextant::Core::labelKeyProblem(key).isEmpty(), valid);
}

QTEST_GUILESS_MAIN(TestLabelSelector)
#include "tst_labelselector.moc"
