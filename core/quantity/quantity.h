// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Sextant::Core {

// A Kubernetes resource.Quantity ("500m", "1Gi", "1e3", "128974848"), held
// exactly in nano-units as apimachinery rounds it (up, away from zero, to 1n).
class Quantity {
public:
    enum class Format {
        DecimalSI, // 1k, 500m
        BinarySI, // 1Ki, 1Gi
        DecimalExponent, // 1e3
    };

    Quantity() = default;
    static Quantity fromMilli(qint64 milli, Format format = Format::DecimalSI);
    static Quantity fromValue(qint64 value, Format format = Format::DecimalSI);

    // std::nullopt for text apimachinery rejects (" 1", "1.1.M", "0.1mi").
    static std::optional<Quantity> parse(QStringView text);
    // parse(), or zero for missing or malformed text: sums must not stop at one bad field.
    static Quantity parseOrZero(const QString &text);

    Format format() const { return m_format; }
    bool isZero() const { return m_nanos == 0; }
    // Rounded up, away from zero, as Quantity.Value() and MilliValue() are.
    qint64 value() const;
    qint64 milliValue() const;
    double toDouble() const;

    // The canonical form kubectl prints: "1536Mi", "1500m", "1G", "1e3".
    QString toString() const;

    Quantity &operator+=(const Quantity &other);
    friend Quantity operator+(Quantity a, const Quantity &b) { return a += b; }
    friend bool operator==(const Quantity &a, const Quantity &b) { return a.m_nanos == b.m_nanos; }
    friend bool operator<(const Quantity &a, const Quantity &b) { return a.m_nanos < b.m_nanos; }

private:
    __extension__ typedef __int128 Nanos;
    Nanos m_nanos = 0;
    Format m_format = Format::DecimalSI;
};

// Human-readable, for dashboards rather than kubectl parity.
// CPU in cores: "250m", "1.5", "12"; bytes: "512 MiB", "1.5 GiB".
QString formatCpu(const Quantity &cores);
QString formatBytes(const Quantity &bytes);

} // namespace Sextant::Core
