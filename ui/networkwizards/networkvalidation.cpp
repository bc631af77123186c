// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/networkwizards/networkvalidation.h"

#include "core/metadata/metadatavalidation.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace Sextant::Ui::NetworkValidation {

QStringList portNumber(const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535) {
        return { QCoreApplication::translate(
            "Sextant::Ui::NetworkValidation", "must be between 1 and 65535, inclusive") };
    }
    return {};
}

QStringList portName(const QString &text)
{
    QStringList problems;
    if (text.size() > 15) {
        problems.append(
            QCoreApplication::translate("Sextant::Ui::NetworkValidation", "must be no more than 15 characters"));
    }
    static const QRegularExpression allowed(QStringLiteral("^[-a-z0-9]+$"));
    static const QRegularExpression letter(QStringLiteral("[a-z]"));
    if (!allowed.match(text).hasMatch()) {
        problems.append(QCoreApplication::translate("Sextant::Ui::NetworkValidation",
            "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)"));
    } else if (!letter.match(text).hasMatch()) {
        problems.append(
            QCoreApplication::translate("Sextant::Ui::NetworkValidation", "must contain at least one letter (a-z)"));
    }
    if (text.contains(QLatin1String("--"))) {
        problems.append(
            QCoreApplication::translate("Sextant::Ui::NetworkValidation", "must not contain consecutive hyphens"));
    }
    if (text.startsWith(QLatin1Char('-')) || text.endsWith(QLatin1Char('-'))) {
        problems.append(
            QCoreApplication::translate("Sextant::Ui::NetworkValidation", "must not begin or end with a hyphen"));
    }
    return problems;
}

QStringList targetPort(const QString &text)
{
    bool isNumber = false;
    text.toInt(&isNumber);
    return isNumber ? portNumber(text) : portName(text);
}

QStringList dns1035Label(const QString &text)
{
    static const QRegularExpression label(QStringLiteral("^[a-z]([-a-z0-9]*[a-z0-9])?$"));
    QStringList problems;
    if (text.size() > Core::MetadataValidation::Dns1123LabelMaxLength) {
        problems.append(
            QCoreApplication::translate("Sextant::Ui::NetworkValidation", "must be no more than 63 characters"));
    }
    if (!label.match(text).hasMatch()) {
        problems.append(QCoreApplication::translate("Sextant::Ui::NetworkValidation",
            "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with "
            "an alphabetic character, and end with an alphanumeric character (e.g. 'my-name', or "
            "'abc-123')"));
    }
    return problems;
}

QStringList ingressHost(const QString &text)
{
    if (QHostAddress().setAddress(text)) {
        return { QCoreApplication::translate(
            "Sextant::Ui::NetworkValidation", "must be a DNS name, not an IP address") };
    }
    if (text.contains(QLatin1Char('*'))) {
        if (!text.startsWith(QLatin1String("*."))
            || !Core::MetadataValidation::dns1123Subdomain(text.mid(2)).isEmpty()) {
            return { QCoreApplication::translate("Sextant::Ui::NetworkValidation",
                "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, "
                "which must consist of lower case alphanumeric characters, '-' or '.' and end with an "
                "alphanumeric character (e.g. '*.example.com')") };
        }
        return {};
    }
    return Core::MetadataValidation::dns1123Subdomain(text);
}

} // namespace Sextant::Ui::NetworkValidation
