// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/metadata/metadatavalidation.h"

#include <QTest>

using namespace Sextant::Core;

namespace {
QString repeat(char c, int n)
{
    return QString(n, QLatin1Char(c));
}

void addRows(const QStringList &values, bool valid, const char *prefix)
{
    for (const QString &value : values) {
        const QString shown = value.size() > 40 ? value.left(20) + QStringLiteral("…(%1)").arg(value.size()) : value;
        QTest::addRow("%s \"%s\"", prefix, qPrintable(shown)) << value << valid;
    }
}
} // namespace

// Cases from k8s.io/apimachinery pkg/util/validation/validation_test.go
// (TestIsQualifiedName, TestIsValidLabelValue, TestIsDNS1123Subdomain) and
// pkg/api/validation/objectmeta_test.go (annotations).
class TestMetadataValidation final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void qualifiedName_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        addRows({ QStringLiteral("simple"), QStringLiteral("now-with-dashes"), QStringLiteral("1-starts-with-num"),
                    QStringLiteral("1234"), QStringLiteral("simple/simple"), QStringLiteral("now-with-dashes/simple"),
                    QStringLiteral("now-with-dashes/now-with-dashes"), QStringLiteral("now.with.dots/simple"),
                    QStringLiteral("now-with.dashes-and.dots/simple"), QStringLiteral("1-num.2-num/3-num"),
                    QStringLiteral("1234/5678"), QStringLiteral("1.2.3.4/5678"), QStringLiteral("Uppercase_Is_OK_123"),
                    QStringLiteral("example.com/Uppercase_Is_OK_123"), QStringLiteral("requests.storage-foo"),
                    repeat('a', 63), repeat('a', 253) + QLatin1Char('/') + repeat('b', 63) },
            true, "valid");
        addRows({ QStringLiteral("nospecialchars%^=@"), QStringLiteral("cantendwithadash-"),
                    QStringLiteral("-cantstartwithadash-"), QStringLiteral("only/one/slash"),
                    QStringLiteral("Example.com/abc"), QStringLiteral("example_com/abc"),
                    QStringLiteral("example.com/"), QStringLiteral("/simple"), repeat('a', 64),
                    repeat('a', 254) + QStringLiteral("/abc"), QString(), QStringLiteral("héllo") },
            false, "invalid");
    }

    void qualifiedName()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        const QStringList problems = MetadataValidation::qualifiedName(value);
        QVERIFY2(problems.isEmpty() == valid, qPrintable(problems.join(QStringLiteral("; "))));
        // Label and taint keys follow the same rules.
        QCOMPARE(MetadataValidation::labelKey(value).isEmpty(), valid);
        QCOMPARE(MetadataValidation::taintKey(value).isEmpty(), valid);
    }

    void qualifiedName_messagesNameThePart_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << QStringLiteral("name part must be non-empty");
        QTest::newRow("empty prefix") << QStringLiteral("/a") << QStringLiteral("prefix part must be non-empty");
        QTest::newRow("empty name") << QStringLiteral("a.com/") << QStringLiteral("name part must be non-empty");
        QTest::newRow("long name") << repeat('a', 64) << QStringLiteral("name part must be no more than 63 characters");
        QTest::newRow("upper-case prefix")
            << QStringLiteral("A.com/a") << QStringLiteral("prefix part a lowercase RFC 1123 subdomain");
        QTest::newRow("long prefix") << repeat('a', 254) + QStringLiteral("/a")
                                     << QStringLiteral("prefix part must be no more than 253 characters");
        QTest::newRow("two slashes") << QStringLiteral("a/b/c")
                                     << QStringLiteral("with an optional DNS subdomain prefix");
        QTest::newRow("bad character") << QStringLiteral("a b") << QStringLiteral("name part must consist of");
    }

    void qualifiedName_messagesNameThePart()
    {
        QFETCH(QString, value);
        QFETCH(QString, message);
        const QString problems = MetadataValidation::qualifiedName(value).join(QStringLiteral("; "));
        QVERIFY2(problems.contains(message), qPrintable(problems));
    }

    void labelValue_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        addRows({ QStringLiteral("simple"), QStringLiteral("now-with-dashes"), QStringLiteral("1-starts-with-num"),
                    QStringLiteral("end-with-num-1"), QStringLiteral("1234"), repeat('a', 63), QString(),
                    QStringLiteral("Under_Score.and.dot") },
            true, "valid");
        addRows({ QStringLiteral("nospecialchars%^=@"), QStringLiteral("Tama-nui-te-rā.is.Māori.sun"),
                    QStringLiteral("\\backslashes\\are\\bad"), QStringLiteral("-starts-with-dash"),
                    QStringLiteral("ends-with-dash-"), QStringLiteral(".starts.with.dot"),
                    QStringLiteral("ends.with.dot."), repeat('a', 64), QStringLiteral("has space") },
            false, "invalid");
    }

    void labelValue()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        const QStringList problems = MetadataValidation::labelValue(value);
        QVERIFY2(problems.isEmpty() == valid, qPrintable(problems.join(QStringLiteral("; "))));
        QCOMPARE(MetadataValidation::taintValue(value).isEmpty(), valid);
    }

    void labelValue_tooLong_saysTheLimit()
    {
        QVERIFY(MetadataValidation::labelValue(repeat('a', 64))
                    .contains(QStringLiteral("must be no more than 63 characters")));
    }

    void dns1123Subdomain_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        addRows({ QStringLiteral("a"), QStringLiteral("ab"), QStringLiteral("a-1"), QStringLiteral("a--1--2--b"),
                    QStringLiteral("0"), QStringLiteral("1--a--b--2"), QStringLiteral("a.a"),
                    QStringLiteral("a--1--2--b.1"), QStringLiteral("a.b.c.d.e"), QStringLiteral("11.22.33.44.55"),
                    repeat('a', 253) },
            true, "valid");
        addRows({ QString(), QStringLiteral("A"), QStringLiteral("aBc"), QStringLiteral("-"), QStringLiteral("a-"),
                    QStringLiteral("-a"), QStringLiteral("_"), QStringLiteral("a_b"), QStringLiteral("."),
                    QStringLiteral("a."), QStringLiteral(".a"), QStringLiteral("a..b"), QStringLiteral("a b"),
                    QStringLiteral("A.a"), QStringLiteral("ab.A"), QStringLiteral("a@b"), QStringLiteral("a:b"),
                    repeat('a', 254) },
            false, "invalid");
    }

    void dns1123Subdomain()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(MetadataValidation::dns1123Subdomain(value).isEmpty(), valid);
    }

    void annotationKey_upperCasePrefix_acceptedUnlikeLabels()
    {
        // ValidateAnnotations lower-cases keys first.
        QVERIFY(MetadataValidation::annotationKey(QStringLiteral("Example.com/Key")).isEmpty());
        QVERIFY(!MetadataValidation::labelKey(QStringLiteral("Example.com/Key")).isEmpty());
        QVERIFY(!MetadataValidation::annotationKey(QStringLiteral("a/b/c")).isEmpty());
        QVERIFY(!MetadataValidation::annotationKey(QString()).isEmpty());
    }

    void annotations_totalSize_limitIs256KiB()
    {
        QMap<QString, QString> annotations;
        annotations.insert(QStringLiteral("a"), repeat('x', 256 * 1024 - 1));
        QCOMPARE(MetadataValidation::annotationsSize(annotations), qsizetype(256 * 1024));
        QVERIFY(MetadataValidation::annotations(annotations).isEmpty());

        annotations.insert(QStringLiteral("b"), QString());
        const QStringList problems = MetadataValidation::annotations(annotations);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("262144")), qPrintable(problems.first()));
    }

    void annotationsSize_countsUtf8Bytes()
    {
        QMap<QString, QString> annotations;
        annotations.insert(QStringLiteral("k"), QStringLiteral("Māori")); // ā is two bytes
        QCOMPARE(MetadataValidation::annotationsSize(annotations), qsizetype(1 + 6));
    }

    void labels_namesTheKeyInEachProblem()
    {
        QMap<QString, QString> labels;
        labels.insert(QStringLiteral("app"), QStringLiteral("web"));
        labels.insert(QStringLiteral("bad key"), QStringLiteral("ok"));
        labels.insert(QStringLiteral("tier"), QStringLiteral("-bad"));
        const QStringList problems = MetadataValidation::labels(labels);
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems[0].startsWith(QStringLiteral("bad key: ")));
        QVERIFY(problems[1].startsWith(QStringLiteral("tier: ")));
    }

    void taintEffect_data()
    {
        QTest::addColumn<QString>("effect");
        QTest::addColumn<bool>("valid");
        QTest::newRow("NoSchedule") << QStringLiteral("NoSchedule") << true;
        QTest::newRow("PreferNoSchedule") << QStringLiteral("PreferNoSchedule") << true;
        QTest::newRow("NoExecute") << QStringLiteral("NoExecute") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("lower case") << QStringLiteral("noschedule") << false;
        QTest::newRow("unknown") << QStringLiteral("NoEntry") << false;
    }

    void taintEffect()
    {
        QFETCH(QString, effect);
        QFETCH(bool, valid);
        QCOMPARE(MetadataValidation::taintEffect(effect).isEmpty(), valid);
    }
};

QTEST_GUILESS_MAIN(TestMetadataValidation)
#include "tst_metadatavalidation.moc"
