// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/quantity/quantity.h"

#include <QTest>

using namespace Sextant::Core;

Q_DECLARE_METATYPE(Sextant::Core::Quantity::Format)

// Cases from apimachinery's resource.Quantity tests (TestQuantityParse,
// TestQuantityParseEmit, TestNegativeValueRoundsAwayFromZero), checked through
// MilliValue, Format and the canonical String().
class TestQuantity final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_apimachineryCases_valueAndFormat_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<qint64>("milli");
        QTest::addColumn<Quantity::Format>("format");
        using F = Quantity::Format;
        const auto row = [](const char *in, qint64 milli, F format) {
            QTest::newRow(in) << QString::fromLatin1(in) << milli << format;
        };
        row("0", 0, F::DecimalSI);
        row("0Ki", 0, F::BinarySI);
        row("1", 1000, F::DecimalSI);
        row("1Ki", 1024000, F::BinarySI);
        row("7Mi", 7LL * 1024 * 1024 * 1000, F::BinarySI);
        row("3Ei", 3LL * 1024 * 1024 * 1024 * 1024 * 1024 * 1024, F::BinarySI); // milli overflows: clamped below
        row("5n", 1, F::DecimalSI);
        row("3m", 3, F::DecimalSI);
        row("50k", 50000000, F::DecimalSI);
        row("1e3", 1000000, F::DecimalExponent);
        row("1E-3", 1, F::DecimalExponent);
        row("1.3E+6", 1300000000, F::DecimalExponent);
        row("100.035k", 100035000, F::DecimalSI);
        row("0.0005k", 500, F::DecimalSI);
        row("9.01", 9010, F::DecimalSI);
        row("0.5Mi", 524288000, F::BinarySI);
        row(".001", 1, F::DecimalSI);
        row("1.", 1000, F::DecimalSI);
        row("1.G", 1000000000000LL, F::DecimalSI);
        row("0.000000000001Ki", 1, F::DecimalSI); // rounds up to 2n, changes format
        row("-1500m", -1500, F::DecimalSI);
        row("+3m", 3, F::DecimalSI);
        row("128974848", 128974848000LL, F::DecimalSI);
    }
    void parse_apimachineryCases_valueAndFormat()
    {
        QFETCH(QString, input);
        QFETCH(qint64, milli);
        QFETCH(Quantity::Format, format);
        const std::optional<Quantity> q = Quantity::parse(input);
        QVERIFY(q.has_value());
        if (input == QLatin1String("3Ei")) {
            QCOMPARE(q->milliValue(), std::numeric_limits<qint64>::max());
            QCOMPARE(q->value(), 3LL << 60);
        } else {
            QCOMPARE(q->milliValue(), milli);
        }
        QCOMPARE(q->format(), format);
    }

    void parse_invalid_rejected_data()
    {
        QTest::addColumn<QString>("input");
        for (const char *in :
            { "", "1.1.M", "1+1.0M", "0.1mi", "0.1am", "aoeu", ".5i", "1i", "-3.01i", "-3.01e-", " 1", "1 ", "." }) {
            QTest::newRow(in) << QString::fromLatin1(in);
        }
    }
    void parse_invalid_rejected()
    {
        QFETCH(QString, input);
        QVERIFY(!Quantity::parse(input).has_value());
        QVERIFY(Quantity::parseOrZero(input).isZero());
    }

    void toString_parsedText_isCanonical_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *in, const char *out) {
            QTest::newRow(in) << QString::fromLatin1(in) << QString::fromLatin1(out);
        };
        row("1Ki", "1Ki");
        row("1Gi", "1Gi");
        row("1024Mi", "1Gi");
        row("1.5Gi", "1536Mi");
        row("1000M", "1G");
        row(".001Ki", "1024m");
        row(".000001Ki", "1024u");
        row(".000000001Ki", "1024n");
        row(".000000000001Ki", "2n");
        row("-.001Ki", "-1024m");
        row("1000m", "1");
        row("1500m", "1500m");
        row("0.1", "100m");
        row("12E", "12E");
        row("1e3", "1e3");
        row("1.2e3", "1200");
        row("1E-3", "1e-3");
        row("3.001n", "4n");
        row("0", "0");
        row("9Ei", "9223372036854775807");
    }
    void toString_parsedText_isCanonical()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const std::optional<Quantity> q = Quantity::parse(input);
        QVERIFY(q.has_value());
        QCOMPARE(q->toString(), expected);
    }

    void value_negativeFraction_roundsAwayFromZero()
    {
        QCOMPARE(Quantity::parse(u"-0.0005")->value(), -1);
        QCOMPARE(Quantity::parse(u"0.0005")->milliValue(), 1);
        QCOMPARE(Quantity::parse(u"9.5000000001Gi")->value(), 10200547329LL);
        QCOMPARE(Quantity::parse(u"-9.5000000001Gi")->milliValue(), -10200547328108LL);
    }

    void add_mixedUnits_sumsExactly()
    {
        Quantity sum;
        for (const char *text : { "250m", "1", "0.5", "100m" }) {
            sum += Quantity::parseOrZero(QString::fromLatin1(text));
        }
        QCOMPARE(sum.milliValue(), 1850);
        QCOMPARE(sum.toString(), QStringLiteral("1850m"));
        Quantity memory = Quantity::parseOrZero(QStringLiteral("512Mi")) + Quantity::parseOrZero(QStringLiteral("1Gi"));
        QCOMPARE(memory.toString(), QStringLiteral("1536Mi"));
        QVERIFY(Quantity::fromValue(1) < Quantity::fromMilli(1001));
    }

    void formatHuman_cpuAndBytes_readable()
    {
        QCOMPARE(formatCpu(Quantity::fromMilli(250)), QStringLiteral("250m"));
        QCOMPARE(formatCpu(Quantity::fromMilli(8000)), QStringLiteral("8"));
        QCOMPARE(formatCpu(Quantity::fromMilli(1500)), QStringLiteral("1.5"));
        QCOMPARE(formatBytes(Quantity::parseOrZero(QStringLiteral("1536Mi"))), QStringLiteral("1.5 GiB"));
        QCOMPARE(formatBytes(Quantity::parseOrZero(QStringLiteral("32Gi"))), QStringLiteral("32.0 GiB"));
    }
};

QTEST_GUILESS_MAIN(TestQuantity)
#include "tst_quantity.moc"
