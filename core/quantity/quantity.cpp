// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/quantity/quantity.h"

#include <QLocale>

#include <array>
#include <cmath>
#include <limits>

namespace Sextant::Core {

namespace {

__extension__ typedef __int128 Int128;

constexpr qint64 kNanosPerUnit = 1000000000;
// apimachinery saturates at the largest int64 number of units.
const Int128 kMaxNanos = Int128(std::numeric_limits<qint64>::max()) * kNanosPerUnit;
// Keeps intermediate products well inside 128 bits.
constexpr long double kIntermediateLimit = 1e36L;

// 10^exponent for the saturation check; a table, since std::pow on long
// double dominated the profile of summarising 10,000 pods.
long double powerOfTen(int exponent)
{
    constexpr int kRange = 40;
    static const auto table = [] {
        std::array<long double, 2 * kRange + 1> powers {};
        long double up = 1;
        long double down = 1;
        for (int i = 0; i <= kRange; ++i) {
            powers[kRange + i] = up;
            powers[kRange - i] = down;
            up *= 10;
            down /= 10;
        }
        return powers;
    }();
    if (exponent >= -kRange && exponent <= kRange) {
        return table[exponent + kRange];
    }
    return std::pow(10.0L, (long double)exponent);
}

Int128 power(Int128 base, int exponent)
{
    Int128 result = 1;
    for (int i = 0; i < exponent; ++i) {
        result *= base;
    }
    return result;
}

// Division rounding away from zero for non-negative operands: rounds up.
Int128 divideUp(Int128 numerator, Int128 denominator)
{
    return numerator / denominator + (numerator % denominator != 0 ? 1 : 0);
}

QString toDecimal(Int128 value)
{
    if (value == 0) {
        return QStringLiteral("0");
    }
    const bool negative = value < 0;
    QString digits;
    while (value != 0) {
        const int digit = int(value % 10);
        digits.prepend(QChar(u'0' + (negative ? -digit : digit)));
        value /= 10;
    }
    return negative ? QLatin1Char('-') + digits : digits;
}

struct Suffix {
    int base = 10;
    int exponent = 0; // of base: 10^exponent, or 1024^exponent for base 2
    Quantity::Format format = Quantity::Format::DecimalSI;
};

std::optional<Suffix> interpretSuffix(QStringView s)
{
    if (s.isEmpty()) {
        return Suffix {};
    }
    static const std::pair<char16_t, int> decimal[] = { { u'n', -9 }, { u'u', -6 }, { u'm', -3 }, { u'k', 3 },
        { u'M', 6 }, { u'G', 9 }, { u'T', 12 }, { u'P', 15 }, { u'E', 18 } };
    if (s.size() == 1) {
        for (const auto &[c, e] : decimal) {
            if (s.front() == c) {
                return Suffix { 10, e, Quantity::Format::DecimalSI };
            }
        }
        return std::nullopt;
    }
    if (s.size() == 2 && s.at(1) == u'i') {
        static const char16_t binary[] = { u'K', u'M', u'G', u'T', u'P', u'E' };
        for (int i = 0; i < 6; ++i) {
            if (s.front() == binary[i]) {
                return Suffix { 2, i + 1, Quantity::Format::BinarySI };
            }
        }
        return std::nullopt;
    }
    if (s.front() == u'e' || s.front() == u'E') {
        QStringView digits = s.mid(1);
        bool negative = false;
        if (!digits.isEmpty() && (digits.front() == u'+' || digits.front() == u'-')) {
            negative = digits.front() == u'-';
            digits = digits.mid(1);
        }
        if (digits.isEmpty() || digits.size() > 9) {
            return std::nullopt;
        }
        int exponent = 0;
        for (const QChar c : digits) {
            if (!c.isDigit()) {
                return std::nullopt;
            }
            exponent = exponent * 10 + c.digitValue();
        }
        return Suffix { 10, negative ? -exponent : exponent, Quantity::Format::DecimalExponent };
    }
    return std::nullopt;
}

qint64 clampToInt64(Int128 value)
{
    if (value > std::numeric_limits<qint64>::max()) {
        return std::numeric_limits<qint64>::max();
    }
    if (value < std::numeric_limits<qint64>::min()) {
        return std::numeric_limits<qint64>::min();
    }
    return qint64(value);
}

Int128 scaledAwayFromZero(Int128 nanos, qint64 divisor)
{
    return nanos < 0 ? -divideUp(-nanos, divisor) : divideUp(nanos, divisor);
}

} // namespace

Quantity Quantity::fromMilli(qint64 milli, Format format)
{
    Quantity q;
    q.m_nanos = Int128(milli) * 1000000;
    q.m_format = format;
    return q;
}

Quantity Quantity::fromValue(qint64 value, Format format)
{
    Quantity q;
    q.m_nanos = Int128(value) * kNanosPerUnit;
    q.m_format = format;
    return q;
}

std::optional<Quantity> Quantity::parse(QStringView text)
{
    qsizetype pos = 0;
    bool negative = false;
    if (pos < text.size() && (text.at(pos) == u'+' || text.at(pos) == u'-')) {
        negative = text.at(pos) == u'-';
        ++pos;
    }
    QString mantissaDigits;
    int fractionDigits = 0;
    bool seenPoint = false;
    bool seenDigit = false;
    for (; pos < text.size(); ++pos) {
        const QChar c = text.at(pos);
        if (c.isDigit() && c.unicode() < 128) {
            seenDigit = true;
            mantissaDigits.append(c);
            if (seenPoint) {
                ++fractionDigits;
            }
        } else if (c == u'.' && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (!seenDigit) {
        return std::nullopt;
    }
    const std::optional<Suffix> suffix = interpretSuffix(text.mid(pos));
    if (!suffix) {
        return std::nullopt;
    }

    // Significant digits only; the dropped ones make the value round up.
    while (mantissaDigits.size() > 1 && mantissaDigits.front() == u'0') {
        mantissaDigits.remove(0, 1);
    }
    bool truncated = false;
    int dropped = 0;
    while (mantissaDigits.size() > 30) {
        truncated = truncated || mantissaDigits.back() != u'0';
        mantissaDigits.chop(1);
        ++dropped;
    }
    Int128 mantissa = 0;
    for (const QChar c : std::as_const(mantissaDigits)) {
        mantissa = mantissa * 10 + c.digitValue();
    }
    if (truncated) {
        mantissa += 1;
    }
    // value = mantissa * 10^(dropped - fractionDigits) * base^exponent
    int decimalExponent = dropped - fractionDigits + 9; // in nano-units
    Int128 multiplier = 1;
    if (suffix->base == 10) {
        decimalExponent += suffix->exponent;
    } else {
        multiplier = power(1024, suffix->exponent);
    }

    Quantity q;
    q.m_format = suffix->format;
    if (mantissa == 0) {
        q.m_format = suffix->format == Format::DecimalExponent ? Format::DecimalExponent : suffix->format;
        return q;
    }
    const long double approx = (long double)mantissa * (long double)multiplier * powerOfTen(decimalExponent);
    // apimachinery saturates binary quantities only; decimal ones stay exact here up to 10^28 units.
    const Int128 limit = suffix->base == 2 ? kMaxNanos : Int128(kMaxNanos) * 1000000000;
    if (approx > (long double)limit) {
        q.m_nanos = limit;
    } else {
        Int128 numerator = mantissa * multiplier;
        if (decimalExponent >= 0) {
            q.m_nanos = numerator * power(10, decimalExponent);
        } else {
            // Drop precision from numerator first if dividing by a huge power.
            int divide = -decimalExponent;
            while ((long double)numerator > kIntermediateLimit && divide > 0) {
                numerator = divideUp(numerator, 10);
                --divide;
            }
            q.m_nanos = divide > 38 ? 1 : divideUp(numerator, power(10, divide));
        }
    }
    if (negative) {
        q.m_nanos = -q.m_nanos;
    }
    // A fractional binary value below one switches to DecimalSI, as apimachinery does.
    if (q.m_format == Format::BinarySI && q.m_nanos > -kNanosPerUnit && q.m_nanos < kNanosPerUnit) {
        q.m_format = Format::DecimalSI;
    }
    return q;
}

Quantity Quantity::parseOrZero(const QString &text)
{
    return parse(text).value_or(Quantity());
}

qint64 Quantity::value() const
{
    return clampToInt64(scaledAwayFromZero(m_nanos, kNanosPerUnit));
}

qint64 Quantity::milliValue() const
{
    return clampToInt64(scaledAwayFromZero(m_nanos, 1000000));
}

double Quantity::toDouble() const
{
    return double((long double)m_nanos / kNanosPerUnit);
}

QString Quantity::toString() const
{
    if (m_nanos == 0) {
        return QStringLiteral("0");
    }
    if (m_format == Format::BinarySI && m_nanos % kNanosPerUnit == 0) {
        static const char *const suffixes[] = { "", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei" };
        Int128 units = m_nanos / kNanosPerUnit;
        int k = 0;
        while (k < 6 && units % 1024 == 0) {
            units /= 1024;
            ++k;
        }
        return toDecimal(units) + QLatin1String(suffixes[k]);
    }
    // Largest multiple of three that still leaves an integer mantissa.
    int exponent = -9;
    Int128 mantissa = m_nanos;
    while (exponent < 18 && mantissa % 1000 == 0) {
        mantissa /= 1000;
        exponent += 3;
    }
    if (m_format == Format::DecimalExponent) {
        return exponent == 0 ? toDecimal(mantissa) : toDecimal(mantissa) + QStringLiteral("e%1").arg(exponent);
    }
    static const std::pair<int, const char *> suffixes[] = { { -9, "n" }, { -6, "u" }, { -3, "m" }, { 0, "" },
        { 3, "k" }, { 6, "M" }, { 9, "G" }, { 12, "T" }, { 15, "P" }, { 18, "E" } };
    for (const auto &[e, s] : suffixes) {
        if (e == exponent) {
            return toDecimal(mantissa) + QLatin1String(s);
        }
    }
    return toDecimal(mantissa);
}

Quantity &Quantity::operator+=(const Quantity &other)
{
    if (m_nanos == 0 && other.m_nanos != 0) {
        m_format = other.m_format;
    }
    m_nanos += other.m_nanos;
    return *this;
}

QString formatCpu(const Quantity &cores)
{
    const qint64 milli = cores.milliValue();
    if (milli != 0 && milli > -1000 && milli < 1000) {
        return QStringLiteral("%1m").arg(milli);
    }
    return QLocale().toString(double(milli) / 1000.0, 'g', milli >= 100000 ? 6 : 3);
}

QString formatBytes(const Quantity &bytes)
{
    return QLocale().formattedDataSize(bytes.value(), 1, QLocale::DataSizeIecFormat);
}

} // namespace Sextant::Core
